#!/usr/bin/env bash
# Search benchmark: the browser's search index of a synthetic N-page site, its size, and the time
# from a keystroke in the header box to its results, measured in headless Chromium.
#
#   bench/search-bench.sh [N]          default: 10000
#
# Environment:
#   BENCH_RUNS     timed keystrokes per query (default 20; 18 queries in 5 kinds)
#   BENCH_PORT     port of the local server (default 8799)
#   CHROMIUM       the browser (default: chromium; Debian's package works)
#
# Steps: generate the site (bench/GenerateSite.java, kept between runs), build it with ./cxsite,
# report search/en.json raw and gzip -9 sizes, serve the site with bench/search-serve.py, open the
# home page in headless Chromium with bench/search-bench.js added, and print what it measured:
# index load (fetch + JSON.parse), the first query of the page view, and median / p95 per query
# kind. Last, SearchParity checks that the browser's results equal SearchQuery.query's.
# Everything is written under target/bench/search-N/ (see bench/README.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-10000}
RUNS=${BENCH_RUNS:-20}
PORT=${BENCH_PORT:-8799}
CHROMIUM=${CHROMIUM:-chromium}
BENCH="$ROOT/target/bench/search-$N"
SITE="$BENCH/site"
RESULTS="$BENCH/browser-results.json"

if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/search-bench.sh [N]   (N = number of pages, e.g. 10000)" >&2; exit 2
fi
if ! command -v "$CHROMIUM" >/dev/null 2>&1; then
    echo "$CHROMIUM not found (Debian: apt-get install chromium, or set CHROMIUM)" >&2; exit 2
fi

"$ROOT/cxsite" --version >/dev/null   # builds the jar first if needed, outside the timings
mkdir -p "$BENCH"
if [[ "$(cat "$SITE/.bench-n" 2>/dev/null)" != "$N" ]]; then
    rm -rf "$SITE"
    java "$ROOT/bench/GenerateSite.java" "$SITE" "$N"
fi

echo "== cxsite search benchmark, $N pages"
echo "machine  : $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "browser  : $("$CHROMIUM" --version 2>/dev/null | head -n 1)"
rm -rf "$SITE/public"
start=$(date +%s%N)
"$ROOT/cxsite" build -s "$SITE" >"$BENCH/build.out" 2>&1
end=$(date +%s%N)
echo "build    : $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f s", (b-a)/1e9}') (whole site, cold)"

size() {
    local raw gz
    raw=$(wc -c <"$1")
    gz=$(gzip -9 -c "$1" | wc -c)
    printf '%-22s %10s bytes raw  %10s bytes gzip -9  (%.2f / %.2f MB)\n' "$2" "$raw" "$gz" \
        "$(awk -v b="$raw" 'BEGIN {print b/1e6}')" "$(awk -v b="$gz" 'BEGIN {print b/1e6}')"
}
echo
size "$SITE/public/search/en.json" "search/en.json"
size "$SITE/public/search-index.json" "search-index.json"
echo "                       (search-index.json is the full-text contract file; the browser does not load it)"

# ---------------------------------------------------------------- the browser

rm -f "$RESULTS"
python3 "$ROOT/bench/search-serve.py" "$SITE/public" "$ROOT/bench" "$RESULTS" "$PORT" &
SERVER=$!
CHROME=""
cleanup() {
    [[ -n "$CHROME" ]] && kill "$CHROME" 2>/dev/null || true
    kill "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
    sleep 0.1
done

rm -rf "$BENCH/chromium-profile"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --window-size=1280,900 \
    --user-data-dir="$BENCH/chromium-profile" \
    "http://127.0.0.1:$PORT/?bench=1&runs=$RUNS" >"$BENCH/chromium.log" 2>&1 &
CHROME=$!
for _ in $(seq 1 600); do
    [[ -s "$RESULTS" ]] && break
    if ! kill -0 "$CHROME" 2>/dev/null; then
        echo "chromium exited early; see $BENCH/chromium.log" >&2; exit 1
    fi
    sleep 1
done
if [[ ! -s "$RESULTS" ]]; then
    echo "no results from the browser after 10 minutes; see $BENCH/chromium.log" >&2; exit 1
fi
kill "$CHROME" 2>/dev/null || true
CHROME=""

python3 - "$RESULTS" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
if "error" in r:
    sys.exit("the benchmark page failed: " + r["error"])
ms = lambda v: "%6.1f" % v
print()
print("index    : %d pages, %d terms" % (r["pages"], r["terms"]))
print("load     : first focus to ready %s ms (fetch %s, parse %s)" % (
    ms(r["firstLoad"]["untilReady"]).strip(), ms(r["firstLoad"]["fetch"]).strip(), ms(r["firstLoad"]["parse"]).strip()))
l = r["load"]
print("           %d more cold loads, median: fetch %s ms, JSON.parse %s ms, total %s ms (p95 %s)" % (
    l["total"]["n"], ms(l["fetch"]["median"]).strip(), ms(l["parse"]["median"]).strip(),
    ms(l["total"]["median"]).strip(), ms(l["total"]["p95"]).strip()))
print("first query: %s ms for the page's warm-up query (cold code, run when the index arrives), then"
      " %s ms for the first keystroke" % (ms(r.get("warmUp") or 0).strip(), ms(r["firstQuery"]).strip()))
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
(cd "$ROOT" && ./mvnw -B -q test-compile >/dev/null)
java -cp "$ROOT/target/cxsite.jar:$ROOT/target/test-classes" io.cxsite.render.SearchParity \
    "$RESULTS" "$SITE/public/search/en.json" | sed 's/^/parity   : /'
