#!/usr/bin/env bash
# Search benchmark: the browser's search index of a synthetic N-page site, what a first search
# downloads, and the time from a keystroke in the header box to its results, measured in headless
# Chromium with the CPU slowed down (default 4x, as a mid-range phone).
#
#   bench/search-bench.sh [N]          default: 10000
#
# Environment:
#   BENCH_RUNS     timed keystrokes per query (default 20; 18 queries in 5 kinds)
#   BENCH_PORT     port of the local server (default 8799)
#   BENCH_CPU      CPU slowdown through DevTools' Emulation.setCPUThrottlingRate (default 4)
#
# Steps: generate the site (bench/GenerateSite.java, kept between runs), build it with ./cxsite,
# report the index's files (search/en/) and the index build time on its own (SearchIndexBench),
# serve the site with bench/search-serve.py, open the home page in headless Chromium (through
# chromedriver: SearchBench) with bench/search-bench.js added, and print what it measured: the
# first search typed a letter at a time and the files it fetched, gzip -9 (the payload, script
# included), and median / p95 keystroke-to-results per query kind. Last, SearchParity checks that
# the browser's results equal SearchQuery.query's.
# Everything is written under target/bench/search-N/ (see bench/README.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-10000}
RUNS=${BENCH_RUNS:-20}
PORT=${BENCH_PORT:-8799}
CPU=${BENCH_CPU:-4}
BENCH="$ROOT/target/bench/search-$N"
SITE="$BENCH/site"
RESULTS="$BENCH/browser-results.json"

if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/search-bench.sh [N]   (N = number of pages, e.g. 10000)" >&2; exit 2
fi
if ! [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    echo "chromium and chromedriver not found (Debian: apt-get install chromium chromium-driver)" >&2; exit 2
fi

"$ROOT/cxsite" --version >/dev/null   # builds the jar first if needed, outside the timings
mkdir -p "$BENCH"
if [[ "$(cat "$SITE/.bench-n" 2>/dev/null)" != "$N" ]]; then
    rm -rf "$SITE"
    java "$ROOT/bench/GenerateSite.java" "$SITE" "$N"
fi

echo "== cxsite search benchmark, $N pages"
echo "machine  : $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "browser  : $(/usr/bin/chromium --version 2>/dev/null | head -n 1), CPU slowed down ${CPU}x"
rm -rf "$SITE/public"
start=$(date +%s%N)
"$ROOT/cxsite" build -s "$SITE" >"$BENCH/build.out" 2>&1
end=$(date +%s%N)
echo "build    : $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f s", (b-a)/1e9}') (whole site, cold)"

gz() { gzip -9 -c "$1" | wc -c; }
INDEX="$SITE/public/search/en"
files=$(find "$INDEX" -type f | wc -l)
raw=$(find "$INDEX" -type f -print0 | xargs -0 cat | wc -c)
echo
echo "index    : search/en/: $files files, $raw bytes raw; manifest $(wc -c <"$INDEX/index.json") bytes raw," \
    "$(gz "$INDEX/index.json") gzip -9; script js/search.js $(gz "$SITE/public/js/search.js") gzip -9"
echo "           term shards: largest $(find "$INDEX/t" -type f -printf '%s\n' | sort -n | tail -n 1) bytes raw;" \
    "page shards: $(find "$INDEX/p" -type f | wc -l) files"
(cd "$ROOT" && ./mvnw -B -q test-compile >/dev/null)
CP="$ROOT/target/cxsite.jar:$ROOT/target/test-classes:$(cd "$ROOT" && ./mvnw -B -q dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout 2>/dev/null)"
java -cp "$CP" io.cxsite.render.SearchIndexBench "$SITE/public/search-index.json" | sed 's/^/           /'

# ---------------------------------------------------------------- the browser

rm -f "$RESULTS"
python3 "$ROOT/bench/search-serve.py" "$SITE/public" "$ROOT/bench" "$RESULTS" "$PORT" &
SERVER=$!
cleanup() {
    kill "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
    sleep 0.1
done

java -cp "$CP" io.cxsite.browser.SearchBench "http://127.0.0.1:$PORT/?bench=1&runs=$RUNS" "$CPU" "$RESULTS" \
    >"$BENCH/chromium.log" 2>&1 || { echo "no results from the browser; see $BENCH/chromium.log" >&2; exit 1; }

python3 - "$RESULTS" "$SITE/public" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
if "error" in r:
    sys.exit("the benchmark page failed: " + r["error"])
ms = lambda v: "%6.1f" % v
print()
print("index    : %d pages, %d term shards; manifest loaded %s ms after first focus" % (
    r["pages"], r["shards"], ms(r["firstLoad"]["untilReady"]).strip()))
print("first search: '%s' typed a letter at a time, results after each: %s ms in all" % (
    r["firstQueryText"], ms(r["firstQuery"]).strip()))
import gzip, os
total = 0
for path in sorted(set(r["firstFiles"])):
    local = os.path.join(sys.argv[2], path.lstrip("/"))
    if os.path.isdir(local):
        local = os.path.join(local, "index.html")
    if path.endswith(".json") or path.endswith(".js"):
        total += len(gzip.compress(open(local, "rb").read(), 9))
print("payload  : %d files (script, manifest, term and page shards), %.1f kB gzip -9 in all" % (
    len([p for p in set(r["firstFiles"]) if p.endswith(".json") or p.endswith(".js")]), total / 1000))
print()
print("keystroke to results, %d keystrokes per query:" % r["runs"])
print("| kind | queries | results in DOM median ms | p95 ms | next frame median ms | p95 ms |")
print("|---|---|---:|---:|---:|---:|")
for kind, v in r["kinds"].items():
    queries = ", ".join("%s (%d)" % (q["query"], q["count"]) for q in r["queries"] if q["kind"] == kind)
    print("| %s | %s | %s | %s | %s | %s |" % (kind, queries, ms(v["dom"]["median"]), ms(v["dom"]["p95"]),
                                            ms(v["frame"]["median"]), ms(v["frame"]["p95"])))
EOF

echo
java -cp "$CP" io.cxsite.render.SearchParity "$RESULTS" "$SITE/public/search/en/" | sed 's/^/parity   : /'
