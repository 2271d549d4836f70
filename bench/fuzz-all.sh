#!/usr/bin/env bash
# Fuzz campaign: every Jazzer target in src/test/java/io/cxsite/fuzz/ for N minutes each, one at a
# time, then a table of executions and findings per target.
#
#   bench/fuzz-all.sh [MINUTES] [Class#method ...]     default: 10 minutes, every target
#
# A finding stops its target (Jazzer stops at the first one) and is written by Jazzer as
# src/test/resources/io/cxsite/fuzz/<Class>Inputs/<method>/crash-<sha1>, where `./mvnw verify`
# replays it from then on. Logs go to target/fuzz/<Class>-<method>.log; the inputs that reached
# new code stay in .cifuzz-corpus/ for the next campaign.
set -uo pipefail

cd "$(dirname "$0")/.."
MINUTES=${1:-10}
if ! [[ "$MINUTES" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/fuzz-all.sh [MINUTES] [Class#method ...]" >&2; exit 2
fi
shift $(( $# > 0 ? 1 : 0 ))
if [[ $# -gt 0 ]]; then
    TARGETS=("$@")
else
    # every @FuzzTest method, as Class#method
    TARGETS=()
    for f in src/test/java/io/cxsite/fuzz/*FuzzTest.java; do
        class=$(basename "$f" .java)
        for m in $(grep -A1 '@FuzzTest' "$f" | sed -n 's/^ *void \([A-Za-z0-9_]*\)(.*/\1/p'); do
            TARGETS+=("$class#$m")
        done
    done
fi

LOGS=target/fuzz
mkdir -p "$LOGS"
# inputs are read from the class path: drop copies of inputs that were moved or deleted since
rm -rf target/test-classes/io/cxsite/fuzz
./mvnw -B -q test-compile || exit 1

printf '%-32s %12s %10s %8s  %s\n' target executions exec/s corpus finding > "$LOGS/summary.txt"
for target in "${TARGETS[@]}"; do
    log="$LOGS/${target/\#/-}.log"
    echo "fuzzing $target for $MINUTES min (log: $log)" >&2
    JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${MINUTES}m" ./mvnw -B -o test -Dtest="$target" \
        -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
    # libFuzzer's last status line: "#123456 DONE cov: ... corp: 210/40Kb ... exec/s: 205 ..."
    last=$(grep -aE '^#[0-9]+\s' "$log" | tail -1)
    runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
    rate=$(sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$last")
    corpus=$(sed -nE 's/.*corp: ([0-9]+)\/.*/\1/p' <<<"$last")
    finding=$(grep -a -m1 'FuzzTestFindingException: ' "$log" | sed 's/.*FuzzTestFindingException: //' | cut -c1-160)
    crash=$(grep -a -m1 -o 'Test unit written to .*' "$log" | sed 's/.*\///')
    [[ -n "$crash" ]] && finding="$crash: $finding"
    if [[ -z "$finding" ]] && grep -aq 'BUILD FAILURE' "$log"; then
        finding="test failed, see $log"
    fi
    printf '%-32s %12s %10s %8s  %s\n' "$target" "${runs:-?}" "${rate:-?}" "${corpus:-?}" "${finding:-none}" \
        >> "$LOGS/summary.txt"
done
cat "$LOGS/summary.txt"
git status --short -- src/test/resources/io/cxsite/fuzz | grep crash- && echo "new crashing inputs above: commit them with their fix"
exit 0
