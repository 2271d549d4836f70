#!/usr/bin/env bash
# Snapshot benchmark: what reading content/metrics/ costs, without rendering.
#
#   bench/snapshot-bench.sh [PERIODS] [SEGMENTS]     default: 200 10 (2,200 files, as report-bench.sh)
#
# Writes PERIODS months x (SEGMENTS + 1) snapshot files (GenerateMetrics.java) and loads them with
# bench/SnapshotsLoad.java in a new JVM per run, with the launcher's JVM options, BENCH_RUNS times
# (default 9), and prints the median wall, user and system seconds. REF_JAR=path/to/other/cxsite.jar
# times that jar too, runs alternating, and prints the ratios of the medians.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PERIODS=${1:-200}
SEGMENTS=${2:-10}
RUNS=${BENCH_RUNS:-9}
BENCH="$ROOT/target/bench/snapshots-$PERIODS-$SEGMENTS"

"$ROOT/cxsite" --version >/dev/null   # builds the jar first if needed
rm -rf "$BENCH"
mkdir -p "$BENCH/site" "$BENCH/classes"
echo "title: Snapshots" >"$BENCH/site/site.yaml"
java "$ROOT/bench/GenerateMetrics.java" "$BENCH/site" "$PERIODS" "$SEGMENTS"
rm -rf "$BENCH/site/content/reports"   # the report pages: this bench reads snapshots only
javac -d "$BENCH/classes" -cp "$ROOT/target/cxsite.jar" "$ROOT/bench/SnapshotsLoad.java"

OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g -Xms1g -XX:MaxNewSize=96m)
median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'
}

declare -A WALL USER SYS
jars=(this)
[[ -n "${REF_JAR:-}" ]] && jars+=(ref)
for ((i = 0; i <= RUNS; i++)); do
    for name in "${jars[@]}"; do
        jar="$ROOT/target/cxsite.jar"
        [[ $name == ref ]] && jar=$REF_JAR
        times=$( { /usr/bin/time -f '%e %U %S' java "${OPTS[@]}" -cp "$jar:$BENCH/classes" SnapshotsLoad "$BENCH/site" \
            >"$BENCH/$name.out"; } 2>&1 | tail -n 1)
        (( i == 0 )) && continue   # the first run of each warms the file cache
        read -r wall user sys <<<"$times"
        WALL[$name]="${WALL[$name]:-} $wall"; USER[$name]="${USER[$name]:-} $user"; SYS[$name]="${SYS[$name]:-} $sys"
        printf '  run %d %-4s %s s wall, %s s user, %s s sys  (%s)\n' "$i" "$name" "$wall" "$user" "$sys" "$(cat "$BENCH/$name.out")"
    done
done
echo
for name in "${jars[@]}"; do
    printf 'median of %d, %s: %s s wall, %s s user, %s s sys\n' "$RUNS" "$name" "$(median ${WALL[$name]})" \
        "$(median ${USER[$name]})" "$(median ${SYS[$name]})"
done
if [[ -n "${REF_JAR:-}" ]]; then
    awk -v a="$(median ${WALL[this]})" -v b="$(median ${WALL[ref]})" -v c="$(median ${USER[this]})" \
        -v d="$(median ${USER[ref]})" 'BEGIN {printf "this/ref: wall %.3f, user %.3f\n", a / b, c / d}'
fi
