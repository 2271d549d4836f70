#!/usr/bin/env bash
# Report benchmark: what metric snapshots and charts add to a build.
#
#   bench/report-bench.sh [PAGES] [PERIODS] [SEGMENTS]     default: 1000 200 10
#
# Builds the same synthetic site twice per run, plain and with PERIODS months x (SEGMENTS + 1)
# snapshot files plus a report page with every chart (GenerateMetrics.java), cold (a new JVM, no
# output folder; the PNG cache filled by one untimed build first), through ./cxsite, and prints the
# medians and the difference. BENCH_RUNS (default 5) runs each.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PAGES=${1:-1000}
PERIODS=${2:-200}
SEGMENTS=${3:-10}
RUNS=${BENCH_RUNS:-5}
BENCH="$ROOT/target/bench/reports-$PAGES-$PERIODS-$SEGMENTS"

"$ROOT/cxsite" --version >/dev/null   # builds the jar first if needed, outside the timings
rm -rf "$BENCH"
mkdir -p "$BENCH"
java "$ROOT/bench/GenerateSite.java" "$BENCH/plain" "$PAGES" >/dev/null
cp -r "$BENCH/plain" "$BENCH/reports"
echo "audience: all" >>"$BENCH/reports/site.yaml"
java "$ROOT/bench/GenerateMetrics.java" "$BENCH/reports" "$PERIODS" "$SEGMENTS"
# Let the file system settle before timing: right after thousands of files are deleted (the last
# run's sites, just above), ext4 without a journal skips their inodes for one to six minutes when
# it makes new ones, which made builds here spend seconds in the kernel (4-7 s of system time
# instead of 0.7-1.3 s) and charged the bench's own clean-up to cxsite. settle-fs.py waits until
# making files is as quick as usual again (at most BENCH_SETTLE seconds, default 420).
python3 "$ROOT/bench/settle-fs.py" "$BENCH" "${BENCH_SETTLE:-420}"

median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'
}

# One untimed build of each site first: it fills the reports site's PNG cache (.cxsite/cache/png,
# which a site's workflow keeps between builds), so the timed runs measure the steady state; what
# an empty cache costs is bench/png-bench.sh's "cold" column.
for site in plain reports; do
    "$ROOT/cxsite" build -s "$BENCH/$site" >"$BENCH/$site.out" 2>&1
done

declare -A WALLS
for ((i = 1; i <= RUNS; i++)); do
    # Alternate the two sites so that drift of the machine hits both alike.
    for site in plain reports; do
        # Move the old output aside rather than delete it: on ext4, creating thousands of files
        # right after deleting thousands is slower, which would be charged to the next build.
        if [[ -e "$BENCH/$site/public" ]]; then mv "$BENCH/$site/public" "$(mktemp -d "$BENCH/.trash.XXXXXX")/"; fi
        # Each build starts with the previous one's files on disk: otherwise the kernel writes them
        # back while the next build runs (about 100 MB per build with reports), on the same cores.
        sync
        start=$(date +%s%N)
        "$ROOT/cxsite" build -s "$BENCH/$site" >"$BENCH/$site.out" 2>&1
        end=$(date +%s%N)
        wall=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", (e - s) / 1e9}')
        WALLS[$site]="${WALLS[$site]:-} $wall"
        printf '  run %d %-8s %6.3f s  (%s)\n' "$i" "$site" "$wall" "$(tail -n 1 "$BENCH/$site.out")"
    done
done
rm -rf "$BENCH"/.trash.*
plain=$(median ${WALLS[plain]})
reports=$(median ${WALLS[reports]})
charts=$(find "$BENCH/reports/public/charts" -name '*.svg' | wc -l)
echo
echo "median of $RUNS: plain $plain s, with reports $reports s; reports add $(awk -v a="$reports" -v b="$plain" 'BEGIN {printf "%.3f", a - b}') s"
echo "($PERIODS months x $((SEGMENTS + 1)) snapshot files, $charts distinct charts drawn and written as SVG and CSV)"
