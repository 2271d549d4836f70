#!/usr/bin/env bash
# Build benchmark: cold `cxsite build` on synthetic N-page sites, side by side with Hugo.
#
#   bench/build-bench.sh [N ...]          default: 1000 10000
#
# Environment:
#   BENCH_RUNS        timed runs per tool and N (default 3; the median is reported)
#   BENCH_JAVA_OPTS   extra JVM options for cxsite, after the ./cxsite launcher's defaults
#   BENCH_NO_HUGO=1   skip Hugo even when it is installed
#
# Everything is written under target/bench/ (see bench/README.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH="$ROOT/target/bench"
JAR="$ROOT/target/cxsite.jar"
TRASH="$BENCH/.trash"
SETTLE=0
RUNS=${BENCH_RUNS:-3}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
if [[ $# -gt 0 ]]; then SIZES=("$@"); else SIZES=(1000 10000); fi

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "BENCH_RUNS must be a positive integer, got '$RUNS'" >&2; exit 2
fi
for n in "${SIZES[@]}"; do
    if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
        echo "usage: bench/build-bench.sh [N ...]   (N = number of pages, e.g. 1000 10000)" >&2; exit 2
    fi
done
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is needed for peak RSS (Debian: apt-get install time)" >&2; exit 2
fi

HAVE_HUGO=0
if [[ -z "${BENCH_NO_HUGO:-}" ]] && command -v hugo >/dev/null 2>&1; then HAVE_HUGO=1; fi

echo "== cxsite build benchmark"
echo "machine : $(nproc) CPUs (nproc), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java    : $(java -version 2>&1 | head -n 1)"
if [[ $HAVE_HUGO == 1 ]]; then
    echo "hugo    : $(hugo version 2>&1 | head -n 1)"
else
    echo "hugo    : not used (not on PATH, or BENCH_NO_HUGO set)"
fi
echo "runs    : $RUNS cold runs per tool and N, the tools taking turns; medians reported${JAVA_OPTS:+; JVM options: $JAVA_OPTS}"
echo

mkdir -p "$BENCH"
if [[ -e "$TRASH" ]]; then rm -rf "$TRASH"; SETTLE=1; fi

# ---------------------------------------------------------------- helpers

# median of the numbers given as arguments
median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.3f\n", (a[m]+a[m+1])/2}'
}

now_ns() { date +%s%N; }

# Old output trees are moved aside (and deleted at the very end) instead of deleted before each
# run: on ext4, creating files shortly after deleting many others is measurably slower (the inode
# allocator skips "recently deleted" inodes), which would charge our own clean-up to the tool.
discard() {
    if [[ -e "$1" ]]; then
        mkdir -p "$TRASH"
        mv "$1" "$(mktemp -d "$TRASH/x.XXXXXX")/"
    fi
}
# Before the first timed run of a size, and after a large delete, wait until making files is as
# quick as usual again: ext4 without a journal skips inodes deleted in the last one to six minutes
# (this bench's own clean-up or another bench's), see settle-fs.py. At most BENCH_SETTLE seconds.
settle() {
    if [[ $SETTLE == 1 ]]; then
        mkdir -p "$TRASH"
        python3 "$ROOT/bench/settle-fs.py" "$TRASH" "${BENCH_SETTLE:-420}" | sed 's/^/  /'
        SETTLE=0
    fi
}

# time_run LABEL OUTFILE_PREFIX -- command...
# Runs the command once under /usr/bin/time -v. Sets RUN_WALL (s), RUN_RSS (MiB), RUN_CPU (user+sys s),
# RUN_RC. The command's stdout/stderr go to PREFIX.out / PREFIX.err.
time_run() {
    local prefix=$1; shift
    local t0 t1
    t0=$(now_ns)
    set +e
    /usr/bin/time -v -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err"
    RUN_RC=$?
    set -e
    t1=$(now_ns)
    RUN_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b-a)/1e9}')
    RUN_RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$prefix.time")
    RUN_CPU=$(awk -F': ' '/User time \(seconds\)/ {u=$2} /System time \(seconds\)/ {s=$2} END {printf "%.2f", u+s}' "$prefix.time")
}

# one_run TOOL N OUTDIR I -- command...
# Run I of TOOL: OUTDIR moved aside first, so every run writes a fresh tree. Appends the run's
# wall, RSS and CPU to WALLS[TOOL], RSSS[TOOL], CPUS[TOOL] (space-separated). Returns 1, with the
# command's output shown, when it fails.
declare -A WALLS RSSS CPUS
one_run() {
    local tool=$1 n=$2 outdir=$3 i=$4; shift 4
    local logs="$BENCH/logs"
    mkdir -p "$logs"
    discard "$outdir"
    settle
    time_run "$logs/$tool-$n-run$i" "$@"
    if [[ $RUN_RC != 0 ]]; then
        echo "  $tool N=$n run $i FAILED (exit $RUN_RC); its output:" >&2
        sed -n '1,40p' "$logs/$tool-$n-run$i.err" "$logs/$tool-$n-run$i.out" | sed 's/^/    /' >&2
        local total
        total=$(cat "$logs/$tool-$n-run$i.err" "$logs/$tool-$n-run$i.out" | wc -l)
        if ((total > 40)); then echo "    ... ($total lines in all: $logs/$tool-$n-run$i.err)" >&2; fi
        return 1
    fi
    printf '  %-6s N=%-6s run %d: %7.3f s  %7.1f MiB  cpu %6.2f s\n' "$tool" "$n" "$i" "$RUN_WALL" "$RUN_RSS" "$RUN_CPU"
    WALLS[$tool]+=" $RUN_WALL"; RSSS[$tool]+=" $RUN_RSS"; CPUS[$tool]+=" $RUN_CPU"
}

# summary TOOL N OUTDIR: the medians of TOOL's runs as a RESULTS row, and its warnings once.
summary() {
    local tool=$1 n=$2 outdir=$3 logs="$BENCH/logs"
    # Warnings are worth seeing once (they may point at generator or cxsite bugs).
    if [[ -s "$logs/$tool-$n-run$RUNS.err" ]]; then
        local lines
        lines=$(wc -l <"$logs/$tool-$n-run$RUNS.err")
        echo "  $tool printed $lines line(s) on stderr (first 10; all in $logs/$tool-$n-run$RUNS.err):"
        head -n 10 "$logs/$tool-$n-run$RUNS.err" | sed 's/^/    /'
    fi
    # shellcheck disable=SC2086
    RESULTS+=("$tool $n $(median ${WALLS[$tool]}) $(median ${RSSS[$tool]}) $(median ${CPUS[$tool]}) $(find "$outdir" -type f | wc -l)")
}

# pair_ratio A B: the median over runs i of A's wall time / B's wall time in run i. The runs
# alternate, A then B, so each pair ran in the same minute: the machine's drift over a series
# (seen here: the same build taking 1.6 s in one minute and 2.2 s a few minutes later) cancels out.
pair_ratio() {
    local ratios
    # shellcheck disable=SC2086
    ratios=$(paste <(printf '%s\n' ${WALLS[$1]}) <(printf '%s\n' ${WALLS[$2]}) | awk '$2 > 0 {print $1 / $2}')
    # shellcheck disable=SC2086
    if [[ -n "$ratios" ]]; then printf '%.2f' "$(median $ratios)"; fi
}

# ---------------------------------------------------------------- Hugo theme and config (bench-only)

# A minimal Hugo theme doing about the work of cxsite's default theme: every page gets the
# section menu, breadcrumbs, tags, prev/next in section and its content; section pages list their
# sub-sections and pages; home lists the 8 newest pages and the top sections; tag pages list their
# pages; plus 404, aliases, sitemap.xml, robots.txt, one feed and a search-index.json with each
# page's plain text (cxsite writes all of those too).
write_hugo_theme() {
    local hugo="$BENCH/hugo"
    local layouts="$hugo/themes/bench/layouts"
    mkdir -p "$layouts/_default" "$hugo/work"
    cat >"$hugo/hugo.toml" <<'EOF'
# Bench-only Hugo config, written by bench/build-bench.sh. The content folder is the generated
# cxsite site's, passed with --contentDir; nothing is written into it.
baseURL = "https://example.org/"
title = "Synthetic bench site"
languageCode = "en"
theme = "bench"
enableRobotsTXT = true
# cxsite publishes pages dated in the future; Hugo would skip them by default
buildFuture = true
disableHugoGeneratorInject = true
[taxonomies]
  tag = "tags"
[outputFormats.SearchIndex]
  mediaType = "application/json"
  baseName = "search-index"
  isPlainText = true
  notAlternative = true
[outputs]
  home = ["HTML", "RSS", "SearchIndex"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML"]
[services.rss]
  limit = 20
[markup.goldmark.renderer]
  unsafe = false
EOF
    cat >"$layouts/_default/baseof.html" <<'EOF'
<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
<link rel="alternate" type="application/atom+xml" href="{{ "index.xml" | absURL }}">
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><ul>
{{- $current := . }}
{{- range .Site.Sections }}
<li><a href="{{ .RelPermalink }}"{{ if or (eq $current .) ($current.IsDescendant .) }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
{{- end }}
</ul></nav>
</header>
{{ if not .IsHome }}<nav class="crumbs">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</nav>{{ end }}
<main>
{{ block "main" . }}{{ end }}
</main>
<footer>{{ .Site.Title }}</footer>
</body>
</html>
EOF
    cat >"$layouts/_default/single.html" <<'EOF'
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Date }}{{ if not .IsZero }}<time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time>{{ end }}{{ end }}
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ .Content }}
</article>
<nav class="pager">
{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
{{ end }}
EOF
    cat >"$layouts/_default/summary.html" <<'EOF'
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ with .Date }}{{ if not .IsZero }}<time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time>{{ end }}{{ end }}
{{ with .Description }}<p>{{ . }}</p>{{ end }}
{{ with .GetTerms "tags" }}<span class="tags">{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</span>{{ end }}
</li>
EOF
    cat >"$layouts/_default/list.html" <<'EOF'
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ if eq .Kind "taxonomy" }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ else }}
{{ with .Sections }}<ul class="sections">{{ range . }}{{ .Render "summary" }}{{ end }}</ul>{{ end }}
<ul class="pages">{{ range .RegularPages }}{{ .Render "summary" }}{{ end }}</ul>
{{ end }}
{{ end }}
EOF
    cat >"$layouts/index.html" <<'EOF'
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<h2>Latest</h2>
<ul>{{ range first 8 .Site.RegularPages.ByDate.Reverse }}{{ .Render "summary" }}{{ end }}</ul>
<h2>Sections</h2>
<ul>{{ range .Site.Sections }}{{ .Render "summary" }}{{ end }}</ul>
{{ end }}
EOF
    cat >"$layouts/index.searchindex.json" <<'EOF'
{{- $items := slice -}}
{{- range .Site.RegularPages -}}
{{- $top := "" -}}{{- with .FirstSection -}}{{- $top = .Title -}}{{- end -}}
{{- $items = $items | append (dict "title" .Title "url" .RelPermalink "section" $top "tags" (.Params.tags | default slice) "body" .Plain) -}}
{{- end -}}
{{- $items | jsonify -}}
EOF
    cat >"$layouts/404.html" <<'EOF'
{{ define "main" }}<h1>Page not found</h1><p><a href="{{ "/" | relURL }}">Home</a></p>{{ end }}
EOF
}

# ---------------------------------------------------------------- main loop

RESULTS=()   # lines: tool N wall rss cpu files
declare -A PAIRED   # N -> median of the runs' cxsite/hugo wall ratios
for n in "${SIZES[@]}"; do
    site="$BENCH/site-$n"
    echo "== N=$n"
    SETTLE=1
    if [[ -f "$site/.bench-n" && "$(cat "$site/.bench-n")" == "$n" && ! "$ROOT/bench/GenerateSite.java" -nt "$site/.bench-n" ]]; then
        echo "  site: $site (already generated)"
    else
        if [[ -e "$site" ]]; then rm -rf "$site"; SETTLE=1; fi
        echo -n "  site: "
        java "$ROOT/bench/GenerateSite.java" "$site" "$n"
    fi

    if [[ ! -f "$JAR" ]]; then
        echo "  cxsite: $JAR not found; build it first (./mvnw -q package or ./cxsite), skipping"
        RESULTS+=("cxsite $n MISSING")
        echo
        continue
    fi
    # shellcheck disable=SC2086
    export CXSITE_JAVA_OPTS="$JAVA_OPTS"
    # Before the first build, check or serve after the jar changes, the launcher writes its
    # class-data archive from a fixed workload (the starter site), which makes that command slower
    # by a few seconds. Let it happen here, untimed, so that the timed runs are what every later
    # build costs: a fresh JVM that maps the archive.
    "$ROOT/cxsite" check -s "$site" >/dev/null 2>&1 || true
    hout="$BENCH/hugo-out-$n"
    if [[ $HAVE_HUGO == 1 ]]; then write_hugo_theme; fi
    WALLS=() RSSS=() CPUS=()
    failed=""
    # The two tools take turns, run by run, so that drift of the machine hits both alike.
    for ((i = 1; i <= RUNS; i++)); do
        one_run cxsite "$n" "$site/public" "$i" "$ROOT/cxsite" build -s "$site" || { failed=cxsite; break; }
        if [[ $HAVE_HUGO == 1 ]]; then
            one_run hugo "$n" "$hout" "$i" hugo --quiet -s "$BENCH/hugo/work" --config "$BENCH/hugo/hugo.toml" \
                --themesDir "$BENCH/hugo/themes" --contentDir "$site/content" --cacheDir "$BENCH/hugo/cache" \
                -d "$hout" || { failed=hugo; break; }
        fi
    done
    if [[ -n "$failed" ]]; then
        RESULTS+=("$failed $n FAILED")
    else
        summary cxsite "$n" "$site/public"
        if [[ $HAVE_HUGO == 1 ]]; then
            summary hugo "$n" "$hout"
            PAIRED[$n]=$(pair_ratio cxsite hugo)
        fi
    fi
    echo
done

# ---------------------------------------------------------------- table

echo "== Results (median of $RUNS cold runs; pages/s = N / wall; cpu = user+sys)"
printf '%-7s %7s %9s %9s %13s %8s %7s\n' tool N "wall s" "pages/s" "peak RSS MiB" "cpu s" "files"
printf '%-7s %7s %9s %9s %13s %8s %7s\n' ------- ------- --------- --------- ------------- -------- -------
declare -A WALL RSS
for row in "${RESULTS[@]}"; do
    read -r tool n wall rss cpu files <<<"$row"
    if [[ $wall == FAILED || $wall == MISSING ]]; then
        printf '%-7s %7s %9s\n' "$tool" "$n" "$wall"
        continue
    fi
    pps=$(awk -v n="$n" -v w="$wall" 'BEGIN {printf "%.0f", (w > 0 ? n / w : 0)}')
    printf '%-7s %7s %9.2f %9s %13.0f %8.2f %7s\n' "$tool" "$n" "$wall" "$pps" "$rss" "$cpu" "$files"
    WALL[$tool-$n]=$wall; RSS[$tool-$n]=$rss
done
if [[ $HAVE_HUGO == 1 ]]; then
    echo
    echo "ratios cxsite/hugo (above 1 = cxsite slower / bigger):"
    for n in "${SIZES[@]}"; do
        if [[ -n "${WALL[cxsite-$n]:-}" && -n "${WALL[hugo-$n]:-}" ]]; then
            awk -v n="$n" -v cw="${WALL[cxsite-$n]}" -v hw="${WALL[hugo-$n]}" -v cr="${RSS[cxsite-$n]}" -v hr="${RSS[hugo-$n]}" \
                -v p="${PAIRED[$n]:-n/a}" \
                'BEGIN {printf "  N=%-6s time %.2fx (median of the runs\x27 own ratios %sx)   memory %.2fx\n", n, cw / hw, p, cr / hr}'
        else
            echo "  N=$n  (n/a: a run is missing or failed)"
        fi
    done
fi

# Clean up the moved-aside output trees now that nothing is being timed.
rm -rf "$TRASH"
