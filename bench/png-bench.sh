#!/usr/bin/env bash
# PNG benchmark: what the PNG copies of the charts cost the report benchmark's site, cold (empty
# chart cache) and warm (the cache of the previous build), against a cxsite without PNGs.
#
#   bench/png-bench.sh OTHER_JAR [PAGES] [PERIODS] [SEGMENTS]     default: 1000 200 10
#
# OTHER_JAR is the reference cxsite.jar (e.g. built in a copy of main, which draws no PNG). Per run,
# alternating: the plain site and the site with reports built by OTHER_JAR, then the reports site
# built by this checkout's jar with its .cxsite/cache removed (cold) and kept (warm). Both jars are
# copied first (so a rebuild meanwhile changes nothing) and run with the launcher's JVM options,
# without its class-data archive. Prints each build's wall and CPU (user + sys) seconds, the medians,
# and the median of the per-run ratios to OTHER_JAR's reports build. BENCH_JAVA_OPTS go to both.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OTHER_JAR=${1:?usage: bench/png-bench.sh OTHER_JAR [PAGES] [PERIODS] [SEGMENTS]}
PAGES=${2:-1000}
PERIODS=${3:-200}
SEGMENTS=${4:-10}
RUNS=${BENCH_RUNS:-5}
BENCH="$ROOT/target/bench/png-$PAGES-$PERIODS-$SEGMENTS"

"$ROOT/cxsite" --version >/dev/null    # builds this checkout's jar first if needed
rm -rf "$BENCH"
mkdir -p "$BENCH"
cp "$ROOT/target/cxsite.jar" "$BENCH/this.jar"
cp "$OTHER_JAR" "$BENCH/other.jar"
THIS="$BENCH/this.jar"
OTHER="$BENCH/other.jar"
java "$ROOT/bench/GenerateSite.java" "$BENCH/plain" "$PAGES" >/dev/null
cp -r "$BENCH/plain" "$BENCH/reports"
echo "audience: all" >>"$BENCH/reports/site.yaml"
java "$ROOT/bench/GenerateMetrics.java" "$BENCH/reports" "$PERIODS" "$SEGMENTS"

median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'
}

# build NAME JAR SITE: one cold-JVM build, its wall and CPU seconds appended to WALL[NAME] and CPU[NAME].
declare -A WALL CPU
build() {
    local name=$1 jar=$2 site=$3
    if [[ -e "$BENCH/$site/public" ]]; then mv "$BENCH/$site/public" "$(mktemp -d "$BENCH/.trash.XXXXXX")/"; fi
    # The launcher's options (./cxsite), so that both run as users run them.
    /usr/bin/time -f '%e %U %S' -o "$BENCH/time" java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g \
        -XX:MaxNewSize=96m ${BENCH_JAVA_OPTS:-} -jar "$jar" build -s "$BENCH/$site" >"$BENCH/$name.out" 2>&1
    read -r wall user sys <"$BENCH/time"
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    WALL[$name]="${WALL[$name]:-} $wall"
    CPU[$name]="${CPU[$name]:-} $cpu"
    printf '  run %d %-12s wall %6.2f s  cpu %6.2f s  (%s)\n' "$i" "$name" "$wall" "$cpu" "$(tail -n 1 "$BENCH/$name.out")"
}

i=0
rm -rf "$BENCH/reports/.cxsite"
build warm-up "$THIS" reports   # fills the cache that the first warm build reads
for ((i = 1; i <= RUNS; i++)); do
    build plain "$OTHER" plain
    build reference "$OTHER" reports
    rm -rf "$BENCH/reports/.cxsite"
    build cold "$THIS" reports
    build warm "$THIS" reports
done
rm -rf "$BENCH"/.trash.*

echo
pngs=$(find "$BENCH/reports/public/charts" -name '*.png' | wc -l)
plain=$(median ${WALL[plain]})
for name in plain reference cold warm; do
    w=$(median ${WALL[$name]})
    c=$(median ${CPU[$name]})
    printf 'median of %d: %-10s wall %6.2f s (reports add %5.2f s)  cpu %6.2f s\n' "$RUNS" "$name" "$w" \
        "$(awk -v a="$w" -v b="$plain" 'BEGIN {print a - b}')" "$c"
done
# Ratios run by run, each against the reference build of the same run.
for name in cold warm; do
    read -ra r <<<"${WALL[reference]}"; read -ra x <<<"${WALL[$name]}"
    read -ra rc <<<"${CPU[reference]}"; read -ra xc <<<"${CPU[$name]}"
    walls=(); cpus=()
    for ((k = 0; k < RUNS; k++)); do
        walls+=("$(awk -v a="${x[$k]}" -v b="${r[$k]}" 'BEGIN {printf "%.3f", a / b}')")
        cpus+=("$(awk -v a="${xc[$k]}" -v b="${rc[$k]}" 'BEGIN {printf "%.3f", a / b}')")
    done
    echo "$name / reference, median of paired ratios: wall $(median "${walls[@]}"), cpu $(median "${cpus[@]}")"
done
echo "($pngs PNGs in the reports site's charts/)"
