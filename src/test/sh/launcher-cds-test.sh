#!/usr/bin/env bash
# Tests the ./cxsite launcher's class-data archive (AppCDS) with the checkout's target/cxsite.jar:
# the archive comes from the launcher's fixed workload, whatever the user runs first; the user's
# command prints, exits and writes exactly as without an archive; nothing is written outside
# target/ and the temporary folder; a failed or impossible archive never fails the command.
#
#   src/test/sh/launcher-cds-test.sh      (after ./mvnw package; .ci/run runs it after verify)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
[[ -f "$root/target/cxsite.jar" ]] || { echo "launcher-cds-test: build target/cxsite.jar first" >&2; exit 2; }
scratch="$(mktemp -d "${TMPDIR:-/tmp}/cxsite-launcher-test.XXXXXX")"
chmod 755 "$scratch"
trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# A copy of the launcher and jar (no src/, so the launcher never rebuilds the jar), and a private
# TMPDIR, so that the test sees every temporary file the launcher leaves.
checkout() {
  rm -rf "$scratch/co" "$scratch/tmp"
  mkdir -p "$scratch/co/target" "$scratch/tmp"
  cp "$root/cxsite" "$scratch/co/"
  cp -p "$root/target/cxsite.jar" "$scratch/co/target/"
  chmod -R a+rX "$scratch/co" "$scratch/tmp"
}
launch() { TMPDIR="$scratch/tmp" "$scratch/co/cxsite" "$@"; }
# A build's summary line ends with its duration; everything else must match byte for byte.
untimed() { sed -E 's/ in [0-9]+ ms$/ in N ms/' "$1"; }
archives() { find "$scratch/co/target" -name 'cxsite-cds-*.jsa' | wc -l; }

# Two small sites: one with a broken link (check exits 1), one that builds.
mkdir -p "$scratch/broken/content" "$scratch/plain/content/guides"
printf 'title: Broken\nbaseUrl: https://example.org/\n' >"$scratch/broken/site.yaml"
printf -- '---\ntitle: Home\n---\n\nSee [the guide](missing.md).\n' >"$scratch/broken/content/_index.md"
printf 'title: Plain\nbaseUrl: https://example.org/\n' >"$scratch/plain/site.yaml"
printf -- '---\ntitle: Home\n---\n\n[Guide](guides/a.md)\n' >"$scratch/plain/content/_index.md"
printf -- '---\ntitle: A guide\ntags: [x]\n---\n\n## Steps\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n' \
  >"$scratch/plain/content/guides/a.md"
chmod -R a+rwX "$scratch/broken" "$scratch/plain"

echo "launcher-cds-test: --version writes no archive"
checkout
launch --version >"$scratch/v.out" 2>&1
CXSITE_CDS=0 launch --version >"$scratch/v0.out" 2>&1
cmp -s "$scratch/v.out" "$scratch/v0.out" || fail "--version prints differently with CDS on"
[[ "$(archives)" == 0 ]] || fail "--version wrote an archive"

echo "launcher-cds-test: a failing check first: same output and exit code, then an archive"
status=0; launch check -s "$scratch/broken" >"$scratch/c.out" 2>"$scratch/c.err" || status=$?
status0=0; CXSITE_CDS=0 launch check -s "$scratch/broken" >"$scratch/c0.out" 2>"$scratch/c0.err" || status0=$?
[[ $status == 1 && $status0 == 1 ]] || fail "check of a broken site exited $status (without CDS $status0), expected 1"
cmp -s "$scratch/c.out" "$scratch/c0.out" && cmp -s "$scratch/c.err" "$scratch/c0.err" ||
  fail "check prints differently when the launcher writes its archive first"
[[ "$(archives)" == 1 ]] || fail "expected one archive in target/, found $(archives)"
extra="$(find "$scratch/co/target" -mindepth 1 ! -name cxsite.jar ! -name 'cxsite-cds-*.jsa')"
[[ -z "$extra" ]] || fail "left in target/: $extra"
[[ -z "$(ls -A "$scratch/tmp")" ]] || fail "left in TMPDIR: $(ls -A "$scratch/tmp")"
[[ -z "$(find "$scratch/broken" -newer "$scratch/broken/site.yaml" ! -path "$scratch/broken")" ]] ||
  fail "the archive's workload wrote into the user's site"

echo "launcher-cds-test: the archive holds the workload's classes, not the first command's"
# The broken site has no report, so chart classes can only be in the archive from the workload.
CXSITE_JAVA_OPTS='-Xlog:class+load=info:file='"$scratch"'/classes.txt' \
  launch build -s "$scratch/plain" -o "$scratch/p1" >/dev/null 2>&1 || fail "build with the archive failed"
grep -q 'io.cxsite.publish.Staging source: shared objects file (top)' "$scratch/classes.txt" ||
  fail "the build did not take its publishing classes from the archive"
launch init "$scratch/starter" >/dev/null 2>&1 || fail "init failed"
CXSITE_JAVA_OPTS='-Xlog:class+load=info:file='"$scratch"'/report-classes.txt' \
  launch build -s "$scratch/starter" -o "$scratch/s1" >/dev/null 2>&1 || fail "build of the starter failed"
grep -q 'io.cxsite.charts.SvgChart source: shared objects file (top)' "$scratch/report-classes.txt" ||
  fail "the archive holds no chart classes: it was not written by the workload"

echo "launcher-cds-test: a build maps the archive and writes the same files as without it"
launch build -s "$scratch/plain" -o "$scratch/p" >"$scratch/b.out" 2>"$scratch/b.err"
mv "$scratch/p" "$scratch/p2"
CXSITE_CDS=0 launch build -s "$scratch/plain" -o "$scratch/p" >"$scratch/b0.out" 2>"$scratch/b0.err"
mv "$scratch/p" "$scratch/p0"
diff -r "$scratch/p2" "$scratch/p0" >/dev/null || fail "build output differs with the archive"
cmp -s <(untimed "$scratch/b.out") <(untimed "$scratch/b0.out") && cmp -s "$scratch/b.err" "$scratch/b0.err" ||
  fail "build prints differently with the archive"

echo "launcher-cds-test: a workload that cannot run leaves no archive, fails nothing, is not retried"
checkout
status=0; TMPDIR="$scratch/none" "$scratch/co/cxsite" check -s "$scratch/broken" >"$scratch/f.out" 2>"$scratch/f.err" || status=$?
[[ $status == 1 ]] && cmp -s "$scratch/f.out" "$scratch/c0.out" && cmp -s "$scratch/f.err" "$scratch/c0.err" ||
  fail "check behaved differently when the archive could not be written (exit $status)"
[[ "$(archives)" == 0 ]] || fail "an archive appeared although its workload could not run"
[[ -n "$(find "$scratch/co/target" -name 'cxsite-cds-*.failed')" ]] || fail "no marker against retrying"

if [[ $(id -u) == 0 ]] && command -v setpriv >/dev/null; then
  echo "launcher-cds-test: read-only target/ (as user nobody): no archive, same output"
  checkout
  chmod 555 "$scratch/co/target"
  as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp "$@"; }
  status=0; as_nobody env TMPDIR="$scratch/tmp" "$scratch/co/cxsite" check -s "$scratch/broken" \
    >"$scratch/r.out" 2>"$scratch/r.err" || status=$?
  [[ $status == 1 ]] && cmp -s "$scratch/r.out" "$scratch/c0.out" && cmp -s "$scratch/r.err" "$scratch/c0.err" ||
    fail "check behaved differently with a read-only target/ (exit $status)"
  [[ -z "$(find "$scratch/co/target" -mindepth 1 ! -name cxsite.jar)" ]] || fail "wrote into a read-only target/"
else
  echo "launcher-cds-test: read-only target/ skipped (needs root and setpriv to act as another user)"
fi

if command -v setsid >/dev/null; then
  echo "launcher-cds-test: Ctrl-C while the archive is written: nothing left running or behind"
  # A stub java that takes its time over the workload's init, so that Ctrl-C lands in the training;
  # the launcher runs in a process group of its own, which gets the SIGINT as from a terminal.
  checkout
  mkdir -p "$scratch/bin"
  printf '#!/bin/bash\ncase " $* " in *" init "*) exec sleep 30;; esac\nexit 0\n' >"$scratch/bin/java"
  chmod +x "$scratch/bin/java"
  ( PATH="$scratch/bin:$PATH" TMPDIR="$scratch/tmp" \
      setsid bash -c 'echo $$ >"$1/pg"; exec "$1/co/cxsite" build -s "$1/plain"' _ "$scratch" ) \
    >/dev/null 2>&1 &
  launcher=$!
  for _ in $(seq 50); do [[ -s "$scratch/pg" && -n "$(ls -A "$scratch/tmp")" ]] && break; sleep 0.1; done
  group="$(cat "$scratch/pg")"
  kill -INT -- "-$group" 2>/dev/null || true
  status=0; wait "$launcher" || status=$?
  [[ $status == 130 ]] || fail "the launcher exited $status after Ctrl-C, expected 130"
  for _ in $(seq 50); do [[ -z "$(ps -o pid=,stat= -g "$group" | grep -v ' Z')" ]] && break; sleep 0.1; done
  left="$(ps -o pid=,stat=,args= -g "$group" | grep -v ' Z ' || true)"
  [[ -z "$left" ]] || { fail "left running after Ctrl-C: $left"; kill -KILL -- "-$group" 2>/dev/null || true; }
  [[ -z "$(ls -A "$scratch/tmp")" ]] || fail "left in TMPDIR after Ctrl-C: $(ls -A "$scratch/tmp")"
  [[ -z "$(find "$scratch/co/target" -name '*.part')" ]] || fail "a half-written archive left in target/"
fi

if ((failures > 0)); then echo "launcher-cds-test: $failures failure(s)" >&2; exit 1; fi
echo "launcher-cds-test: all passed"
