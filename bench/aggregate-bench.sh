#!/usr/bin/env bash
# Aggregate benchmark: the sample site built as it is ("plain") and with 10 million answers more in
# one aggregated export (content/feedback/warehouse.agg.csv, about 100,000 rows, written by
# bench/GenerateAggregate.java), cold through ./cxsite, runs alternating. Target: the aggregate
# adds under 3 seconds to the build.
#
#   bench/aggregate-bench.sh [ANSWERS]      default: 10000000
#
# BENCH_RUNS timed runs of each (default 5; medians are reported). Needs /usr/bin/time. Everything goes under
# target/bench/aggregate-ANSWERS/: plain/ and aggregate/ are the sites, logs/ each run's output.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ANSWERS=${1:-10000000}
RUNS=${BENCH_RUNS:-5}
BENCH="$ROOT/target/bench/aggregate-$ANSWERS"
LOGS="$BENCH/logs"
if ! [[ "$ANSWERS" =~ ^[1-9][0-9]*$ && "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: BENCH_RUNS=N bench/aggregate-bench.sh [ANSWERS]" >&2; exit 2
fi

./cxsite --help >/dev/null   # builds target/cxsite.jar when it is missing or stale
rm -rf "$BENCH"
mkdir -p "$LOGS"
for site in plain aggregate; do
    mkdir -p "$BENCH/$site"
    cp -r site.yaml content "$BENCH/$site/"
    [[ -d themes ]] && cp -r themes "$BENCH/$site/"
done
# Eleven months up to the end of the sample's data, in the site's zone; none after today.
java bench/GenerateAggregate.java "$BENCH/aggregate/content/feedback/warehouse.agg.csv" "$ANSWERS" \
    2026-01-01 2026-11-30 content/topics.yaml

# The launcher's class-data archive, written before the first build after the jar changes: untimed.
./cxsite check -s "$BENCH/plain" >/dev/null 2>&1 || true

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for i in $(seq 1 "$RUNS"); do
    for site in plain aggregate; do
        rm -rf "$BENCH/$site/public"
        /usr/bin/time -f "%e %U %S" -o "$LOGS/$site-$i.time" ./cxsite build -s "$BENCH/$site" \
            > "$LOGS/$site-$i.out" 2>&1 || {
            echo "build of $site failed:" >&2; tail -n 20 "$LOGS/$site-$i.out" >&2; exit 1; }
        read -r wall user sys < <(tail -n 1 "$LOGS/$site-$i.time")
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
        echo "$wall" >> "$LOGS/$site.wall"
        echo "$cpu" >> "$LOGS/$site.cpu"
        printf '  run %d  %-9s %6.2f s wall  %6.2f s cpu   %s\n' "$i" "$site" "$wall" "$cpu" \
            "$(tail -n 1 "$LOGS/$site-$i.out")"
    done
done
# On a shared machine one run of either can stall: the medians and the median of the differences
# of each pair of runs (aggregate minus the plain run just before it) are all reported.
paste "$LOGS/aggregate.wall" "$LOGS/plain.wall" | awk '{print $1 - $2}' > "$LOGS/diff.wall"
paste "$LOGS/aggregate.cpu" "$LOGS/plain.cpu" | awk '{print $1 - $2}' > "$LOGS/diff.cpu"
RESPONSES=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['feedback']['responses'])" \
    "$BENCH/aggregate/public/data/metrics.json")
printf 'median of %d runs       wall    cpu\n' "$RUNS"
printf '  plain               %6.2f %6.2f\n' "$(median < "$LOGS/plain.wall")" "$(median < "$LOGS/plain.cpu")"
printf '  with the aggregate  %6.2f %6.2f   (%s answers in metrics.json)\n' "$(median < "$LOGS/aggregate.wall")" \
    "$(median < "$LOGS/aggregate.cpu")" "$RESPONSES"
DIFF=$(median < "$LOGS/diff.wall")
printf '  difference          %6.2f %6.2f   (median of the pairs)\n' "$DIFF" "$(median < "$LOGS/diff.cpu")"
awk -v d="$DIFF" 'BEGIN {printf "the aggregate adds %.2f s wall (target: under 3 s): %s\n", d, \
    (d < 3 ? "met" : "NOT met"); exit (d < 3 ? 0 : 1)}'
