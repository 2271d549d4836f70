#!/usr/bin/env bash
# Incremental-rebuild benchmark: how fast serve puts an edit on disk.
#
#   bench/incremental-bench.sh [PAGES] [MONTHS] [SEGMENTS]     default: 10000 24 2
#
# Generates the synthetic site (GenerateSite.java) with MONTHS x (SEGMENTS + 1) metric snapshots
# and a report page with every chart (GenerateMetrics.java), then runs incremental-bench.java in one
# JVM with the launcher's settings: a first build, then BENCH_EDITS (20) one-page body edits and
# BENCH_EDITS metric-snapshot edits, each kind after BENCH_WARMUP (5) untimed edits, and prints
# medians, p95 and where the time goes. BENCH_JAVA_OPTS come after the launcher's JVM options and
# win (e.g. BENCH_JAVA_OPTS='-XX:TieredStopAtLevel=4 -Xmx2g'). A full build of the edited site is
# then compared with the incremental output, file for file (BENCH_NO_VERIFY=1 skips it). Last, the
# same kinds of edits under a running `./cxsite serve`, timed from the write to the reload event,
# twice: with a 5 s pause after each reload (serve finishes the search indexes between edits) and
# with a typist's 300 ms (serve gives them up for the next edit). BENCH_NO_SERVE=1 skips it.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PAGES=${1:-10000}
MONTHS=${2:-24}
SEGMENTS=${3:-2}
BENCH="$ROOT/target/bench/incremental-$PAGES-$MONTHS-$SEGMENTS"

"$ROOT/cxsite" --version >/dev/null   # builds the jar first if needed, outside the timings
rm -rf "$BENCH"
mkdir -p "$BENCH"
java "$ROOT/bench/GenerateSite.java" "$BENCH/site" "$PAGES" >/dev/null
echo "audience: all" >>"$BENCH/site/site.yaml"
java "$ROOT/bench/GenerateMetrics.java" "$BENCH/site" "$MONTHS" "$SEGMENTS" >/dev/null

# The launcher's JVM options (see ./cxsite), so that the figures are what `cxsite serve` gets.
# shellcheck disable=SC2086
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$ROOT/target/cxsite.jar" \
    "$ROOT/bench/incremental-bench.java" "$BENCH/site" "$BENCH/served" "${BENCH_EDITS:-20}" "${BENCH_WARMUP:-5}"

# The incremental output must be what a full build of the edited site writes.
if [[ -z "${BENCH_NO_VERIFY:-}" ]]; then
    "$ROOT/cxsite" build -s "$BENCH/site" -o "$BENCH/full" --base-url http://127.0.0.1:8080/ >/dev/null
    if diff -r -q "$BENCH/full" "$BENCH/served" >"$BENCH/diff.txt"; then
        echo "verified: the incremental output equals a full build of the edited site, file for file"
    else
        echo "MISMATCH between the incremental output and a full build:" >&2
        head -20 "$BENCH/diff.txt" >&2
        exit 1
    fi
fi

# The same edits under a running `cxsite serve`, timed from the write to the reload event.
if [[ -z "${BENCH_NO_SERVE:-}" ]]; then
    # shellcheck disable=SC2086
    CXSITE_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" "$ROOT/cxsite" serve -s "$BENCH/site" --port 0 >"$BENCH/serve.log" 2>&1 &
    SERVE=$!
    trap 'kill "$SERVE" 2>/dev/null || true' EXIT
    for _ in $(seq 600); do
        URL=$(sed -n 's/^serving .* at \(http[^ ]*\) .*/\1/p' "$BENCH/serve.log")
        [[ -n "$URL" ]] && break
        sleep 0.5
    done
    if [[ -z "${URL:-}" ]]; then echo "serve did not start:" >&2; cat "$BENCH/serve.log" >&2; exit 1; fi
    for PAUSE in 5000 300; do
        BENCH_PAUSE_MS=$PAUSE java -cp "$ROOT/target/cxsite.jar" "$ROOT/bench/incremental-bench.java" --serve "$URL" \
            "$BENCH/site" "${BENCH_EDITS:-20}" "${BENCH_WARMUP:-5}"
    done
    kill "$SERVE"
    wait "$SERVE" 2>/dev/null || true
    trap - EXIT
fi
