#!/usr/bin/env bash
# Feedback benchmark: a site with one large survey export, built cold through ./cxsite, side by
# side with DuckDB computing NPS by month x channel from the same CSV (bench/DuckNps.java). A third
# command builds the same site with a 1,000-row export over the same two years: the same periods,
# pages and charts without the rows, so the report can say what the rows cost and what the pages do.
#
#   bench/feedback-bench.sh [ROWS]          default: 1000000 (about 80 MB)
#
# Environment:
#   BENCH_RUNS        timed runs of each tool, alternating (default 5; the median is reported)
#   BENCH_JAVA_OPTS   extra JVM options for cxsite, after the ./cxsite launcher's defaults
#   BENCH_SETTLE      at most this many seconds to wait for a settled file system first (default 420)
#
# Everything is written under target/bench/ (see bench/README.md, "Feedback benchmark"):
# feedback-ROWS/site/ is the site, feedback-ROWS/logs/ has the output and time of every run, and
# lib/ and classes/ hold the DuckDB JDBC jar and the compiled DuckNps.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS=${1:-1000000}
RUNS=${BENCH_RUNS:-5}
BENCH="$ROOT/target/bench/feedback-$ROWS"
SITE="$BENCH/site"
EXPORT="$SITE/content/feedback/export.csv"
FEW_ROWS=1000
FEW="$BENCH/site-$FEW_ROWS-rows"
LOGS="$BENCH/logs"
TRASH="$BENCH/.trash"
JAR="$ROOT/target/cxsite.jar"
DUCK_VERSION=2.0.0.1
DUCK_URL="https://repo1.maven.org/maven2/org/duckdb/duckdb_jdbc/$DUCK_VERSION/duckdb_jdbc-$DUCK_VERSION.jar"
DUCK_JAR="$ROOT/target/bench/lib/duckdb_jdbc-$DUCK_VERSION.jar"
CLASSES="$ROOT/target/bench/classes"

if ! [[ "$ROWS" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/feedback-bench.sh [ROWS]   (ROWS = answers in the export, e.g. 1000000)" >&2; exit 2
fi
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "BENCH_RUNS must be a positive integer, got '$RUNS'" >&2; exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is needed for peak RSS (Debian: apt-get install time)" >&2; exit 2
fi
for tool in java javac curl python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then echo "$tool is needed and not on PATH" >&2; exit 2; fi
done

# ---------------------------------------------------------------- preparation (not timed)

"$ROOT/cxsite" --version >/dev/null   # builds the jar first if needed

if [[ ! -f "$DUCK_JAR" ]]; then
    echo "downloading DuckDB JDBC $DUCK_VERSION from Maven Central ..."
    mkdir -p "$(dirname "$DUCK_JAR")"
    curl -fsSL --retry 2 -o "$DUCK_JAR.part" "$DUCK_URL"
    expected=$(curl -fsSL --retry 2 "$DUCK_URL.sha1" | cut -c1-40)
    actual=$(sha1sum "$DUCK_JAR.part" | cut -c1-40)
    if [[ "$expected" != "$actual" ]]; then
        echo "the downloaded jar's SHA-1 is $actual, Maven Central says $expected; not used" >&2
        rm -f "$DUCK_JAR.part"; exit 1
    fi
    mv "$DUCK_JAR.part" "$DUCK_JAR"
fi
# DuckDB's jar holds its native library for four platforms and, on every start, copies this
# platform's (71 MB) into a temporary file that it deletes at exit. Writing and deleting that much
# just before cxsite's turn made the next cxsite build 10-12 % slower (paired runs: 2.12 s after a
# plain copy-and-delete of the library, 1.90 s after another cxsite build). So the jar's classes
# are unpacked once without the libraries and this platform's is put where System.loadLibrary
# finds it, which DuckDB tries when the jar has none: each DuckDB run does less, and leaves cxsite
# a machine as it found it. Where the library cannot be found, the jar is used as it is.
DUCK_CP="$DUCK_JAR"
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) DUCK_LIB=libduckdb_java.so_linux_amd64 ;;
    Linux-aarch64) DUCK_LIB=libduckdb_java.so_linux_arm64 ;;
    *) DUCK_LIB="" ;;
esac
DUCK_DIR="$(dirname "$DUCK_JAR")/duckdb-$DUCK_VERSION"
if [[ -n "$DUCK_LIB" && ! -f "$DUCK_DIR/native/libduckdb_java.so" ]]; then
    rm -rf "$DUCK_DIR"
    mkdir -p "$DUCK_DIR/classes" "$DUCK_DIR/native"
    if (cd "$DUCK_DIR/classes" && jar xf "$DUCK_JAR") && [[ -f "$DUCK_DIR/classes/$DUCK_LIB" ]]; then
        mv "$DUCK_DIR/classes/$DUCK_LIB" "$DUCK_DIR/native/libduckdb_java.so"
        rm -f "$DUCK_DIR"/classes/libduckdb_java.so_*
    else
        rm -rf "$DUCK_DIR"
    fi
fi
DUCK_OPTS=()
if [[ -f "$DUCK_DIR/native/libduckdb_java.so" ]]; then
    DUCK_CP="$DUCK_DIR/classes"
    DUCK_OPTS=(-Djava.library.path="$DUCK_DIR/native")
fi

# Compiled once, so that the timings hold no javac (java File.java compiles on every start).
if [[ ! -f "$CLASSES/DuckNps.class" || "$ROOT/bench/DuckNps.java" -nt "$CLASSES/DuckNps.class" ]]; then
    mkdir -p "$CLASSES"
    javac -d "$CLASSES" "$ROOT/bench/DuckNps.java"
fi

# The export is generated once per ROWS and kept (again when GenerateExport.java is newer).
mkdir -p "$SITE/content/feedback" "$LOGS"
if [[ -f "$EXPORT" && ! "$ROOT/bench/GenerateExport.java" -nt "$EXPORT" ]]; then
    echo "export: $EXPORT (already generated)"
else
    echo -n "export: "
    java "$ROOT/bench/GenerateExport.java" "$EXPORT.part" "$ROWS"
    mv "$EXPORT.part" "$EXPORT"
fi
# The rest of the site is small and rewritten every time: one page, the sample site's topics
# (so that every comment is matched as on a real site) and the export.
cat >"$SITE/site.yaml" <<'EOF'
# Written by bench/feedback-bench.sh: a site whose only data is one large survey export.
title: Feedback bench site
baseUrl: https://example.org/
audience: all
timeZone: Europe/Stockholm
EOF
cat >"$SITE/content/_index.md" <<EOF
---
title: Feedback bench site
description: One survey export of $ROWS rows for the feedback benchmark
---

This site is built by \`bench/feedback-bench.sh\`. Its only data is \`content/feedback/export.csv\`,
written by \`bench/GenerateExport.java\`.
EOF
cp "$ROOT/content/topics.yaml" "$SITE/content/topics.yaml"
# The pages without the rows: the same site.yaml, page and topics, and an export of FEW_ROWS rows
# over the same two years (GenerateExport spreads any number of rows over them).
mkdir -p "$FEW/content/feedback"
cp "$SITE/site.yaml" "$FEW/site.yaml"
cp "$SITE/content/_index.md" "$SITE/content/topics.yaml" "$FEW/content/"
if [[ ! -f "$FEW/content/feedback/export.csv" || "$ROOT/bench/GenerateExport.java" -nt "$FEW/content/feedback/export.csv" ]]; then
    java "$ROOT/bench/GenerateExport.java" "$FEW/content/feedback/export.csv" "$FEW_ROWS" >/dev/null
fi
# The first build, check or serve after the jar changes makes the launcher write its class-data
# archive from a fixed workload first (a few seconds, and that JVM's memory): done here, untimed.
# The small site is built once untimed too, so that its PNG charts are in its cache, as the large
# site's are after its first run (both keep them in their .cxsite/, as the workflows do).
"$ROOT/cxsite" check -s "$SITE" >/dev/null 2>&1 || true
"$ROOT/cxsite" build -s "$FEW" >/dev/null 2>&1 || true

echo "machine: $(nproc) CPUs (nproc), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java   : $(java -version 2>&1 | head -n 1)"
echo "load   : $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min; other work on the machine skews the times)"
echo "export : $(stat -c %s "$EXPORT" | awk '{printf "%.1f", $1 / 1e6}') MB, $ROWS rows; $RUNS runs of each tool, alternating${BENCH_JAVA_OPTS:+; cxsite JVM options: $BENCH_JAVA_OPTS}"
echo

# ---------------------------------------------------------------- helpers

median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'
}

# Move the old output aside rather than delete it: on ext4, creating many files right after
# deleting many is slower (recently freed inodes are skipped), which would be charged to the
# next build. The moved trees are deleted at the end, when nothing is timed.
discard() {
    if [[ -e "$1" ]]; then
        mkdir -p "$TRASH"
        mv "$1" "$(mktemp -d "$TRASH/x.XXXXXX")/"
    fi
}

# timed NAME command...: runs it once under /usr/bin/time; sets WALL (s), RSS (MiB) and CPU (user +
# system s), or fails the script with the command's output when it exits non-zero.
timed() {
    local name=$1; shift
    if ! /usr/bin/time -f '%e %M %U %S' -o "$LOGS/$name.time" "$@" >"$LOGS/$name.out" 2>"$LOGS/$name.err"; then
        echo "  $name FAILED; its output (all in $LOGS/$name.*):" >&2
        tail -n 20 "$LOGS/$name.err" "$LOGS/$name.out" | sed 's/^/    /' >&2
        exit 1
    fi
    local kib user system
    read -r WALL kib user system <"$LOGS/$name.time"
    RSS=$(awk -v k="$kib" 'BEGIN {printf "%.1f", k / 1024}')
    CPU=$(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}')
}

jar_stamp() { stat -c %Y "$JAR" 2>/dev/null || echo none; }

# ---------------------------------------------------------------- runs

rm -rf "$TRASH"   # left over from an interrupted run
# Only cxsite writes files here (DuckDB prints one line), so a file system still slow from someone's
# recent mass delete (ext4 without a journal skips inodes freed in the last one to six minutes, see
# settle-fs.py) would be charged to cxsite alone: wait until making files is as quick as usual.
mkdir -p "$TRASH"
python3 "$ROOT/bench/settle-fs.py" "$TRASH" "${BENCH_SETTLE:-420}" | sed 's/^/  /'
export CXSITE_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
STAMP=$(jar_stamp)
DUCK_WALLS=() DUCK_RSSS=() DUCK_CPUS=() CX_WALLS=() CX_RSSS=() CX_CPUS=() FEW_WALLS=() FEW_CPUS=()
for ((i = 1; i <= RUNS; i++)); do
    # Alternate the two tools so that drift of the machine hits both alike.
    timed "duckdb-run$i" java "${DUCK_OPTS[@]}" -cp "$DUCK_CP:$CLASSES" DuckNps "$EXPORT"
    DUCK_WALLS+=("$WALL"); DUCK_RSSS+=("$RSS"); DUCK_CPUS+=("$CPU")
    printf '  run %d  duckdb  %7.2f s  %7.1f MiB  cpu %6.2f s   %s\n' "$i" "$WALL" "$RSS" "$CPU" \
        "$(tail -n 1 "$LOGS/duckdb-run$i.out")"

    discard "$SITE/public"
    # The launcher rebuilds the jar when the sources are newer; let it do so here, untimed, and
    # check afterwards that it did not do so inside the timed run.
    "$ROOT/cxsite" --version >/dev/null
    before=$(jar_stamp)
    timed "cxsite-run$i" "$ROOT/cxsite" build -s "$SITE"
    if [[ "$(jar_stamp)" != "$before" ]]; then
        echo "  target/cxsite.jar was rebuilt during cxsite run $i, so its time includes Maven;" \
            "run the benchmark again when the sources stand still" >&2
        exit 1
    fi
    CX_WALLS+=("$WALL"); CX_RSSS+=("$RSS"); CX_CPUS+=("$CPU")
    printf '  run %d  cxsite  %7.2f s  %7.1f MiB  cpu %6.2f s   %s\n' "$i" "$WALL" "$RSS" "$CPU" \
        "$(tail -n 1 "$LOGS/cxsite-run$i.out")"

    discard "$FEW/public"
    timed "pages-run$i" "$ROOT/cxsite" build -s "$FEW"
    FEW_WALLS+=("$WALL"); FEW_CPUS+=("$CPU")
    printf '  run %d  pages   %7.2f s  %7.1f MiB  cpu %6.2f s   %s\n' "$i" "$WALL" "$RSS" "$CPU" \
        "$(tail -n 1 "$LOGS/pages-run$i.out")"
done
if [[ "$(jar_stamp)" != "$STAMP" ]]; then
    echo "  note: target/cxsite.jar was rebuilt between runs; the runs may mix two versions of cxsite" >&2
fi
if [[ -s "$LOGS/cxsite-run$RUNS.err" ]]; then
    echo "  cxsite wrote to stderr (first 5 lines; all in $LOGS/cxsite-run$RUNS.err):"
    head -n 5 "$LOGS/cxsite-run$RUNS.err" | sed 's/^/    /'
fi

# ---------------------------------------------------------------- same answers?

# DuckDB prints "duckdb: G month x channel groups, A answers"; cxsite's metrics.json has one
# period of kind "month" per month, with its responses and a byChannel entry per channel.
read -r DUCK_GROUPS DUCK_ANSWERS < <(sed -n 's/^duckdb: \([0-9]*\) month x channel groups, \([0-9]*\) answers$/\1 \2/p' \
    "$LOGS/duckdb-run$RUNS.out") || true
read -r CX_GROUPS CX_ANSWERS CX_UNFINISHED CX_BAD < <(python3 - "$SITE/public/data/metrics.json" <<'EOF'
import json, sys
metrics = json.load(open(sys.argv[1], encoding="utf-8"))
months = [p for p in metrics["periods"] if p["kind"] == "month"]
feedback = metrics.get("feedback", {})
print(sum(len(p.get("byChannel", {})) for p in months), sum(p.get("responses", 0) for p in months),
      feedback.get("unfinished", "?"), feedback.get("badRows", "?"))
EOF
) || true

DUCK_WALL=$(median "${DUCK_WALLS[@]}")
DUCK_RSS=$(median "${DUCK_RSSS[@]}")
DUCK_CPU=$(median "${DUCK_CPUS[@]}")
CX_WALL=$(median "${CX_WALLS[@]}")
CX_RSS=$(median "${CX_RSSS[@]}")
CX_CPU=$(median "${CX_CPUS[@]}")
FEW_WALL=$(median "${FEW_WALLS[@]}")
FEW_CPU=$(median "${FEW_CPUS[@]}")
CX_RSS_MAX=$(printf '%s\n' "${CX_RSSS[@]}" | sort -g | tail -n 1)
RATIO=$(awk -v c="$CX_WALL" -v d="$DUCK_WALL" 'BEGIN {printf "%.2f", c / d}')

echo
echo "== median of $RUNS runs ($ROWS rows, $(stat -c %s "$EXPORT" | awk '{printf "%.1f", $1 / 1e6}') MB)"
printf '  %-7s %8s %8s %14s %10s %8s\n' tool "wall s" "cpu s" "peak RSS MiB" "answers" "groups"
printf '  %-7s %8.2f %8.2f %14.0f %10s %8s\n' duckdb "$DUCK_WALL" "$DUCK_CPU" "$DUCK_RSS" "$DUCK_ANSWERS" "$DUCK_GROUPS"
printf '  %-7s %8.2f %8.2f %14.0f %10s %8s\n' cxsite "$CX_WALL" "$CX_CPU" "$CX_RSS" "$CX_ANSWERS" "$CX_GROUPS"
echo "  (groups: month x channel; cxsite also skipped $CX_UNFINISHED unfinished answers and $CX_BAD bad rows)"
printf '  %-7s %8.2f %8.2f %14s   the same site with %d rows: its pages and charts, not the rows\n' \
    pages "$FEW_WALL" "$FEW_CPU" "" "$FEW_ROWS"
echo
echo "cxsite/duckdb time: ${RATIO}x (target at most 1.5x); cpu $(awk -v c="$CX_CPU" -v d="$DUCK_CPU" 'BEGIN {printf "%.2f", c / d}')x"
awk -v c="$CX_WALL" -v p="$FEW_WALL" -v d="$DUCK_WALL" -v cc="$CX_CPU" -v pc="$FEW_CPU" 'BEGIN {
    printf "of that: the pages without the rows %.2fx DuckDB'"'"'s time; the rows %.2f s (cpu %.2f s)\n", p / d, c - p, cc - pc }'
echo "cxsite peak RSS: median $CX_RSS MiB, highest $CX_RSS_MAX MiB (target at most 256 MiB)"
status=0
if [[ -n "${DUCK_ANSWERS:-}" && "$DUCK_ANSWERS" == "${CX_ANSWERS:-}" && "$DUCK_GROUPS" == "$CX_GROUPS" ]]; then
    echo "answers: both counted $CX_ANSWERS in $CX_GROUPS month x channel groups"
else
    echo "answers: MISMATCH, DuckDB ${DUCK_ANSWERS:-?} in ${DUCK_GROUPS:-?} groups, cxsite ${CX_ANSWERS:-?} in ${CX_GROUPS:-?}" >&2
    status=1
fi

echo "load at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"

rm -rf "$TRASH"
exit $status
