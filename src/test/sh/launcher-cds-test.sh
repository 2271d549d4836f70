#!/usr/bin/env bash
# Tests the ./cxsite launcher's class-data archive with the checkout's target/cxsite.jar: the
# archive comes from the launcher's fixed workload, whatever the user runs first; the user's
# command prints, exits and writes exactly as without an archive; nothing is written outside
# target/ and the temporary folder; a failed or impossible archive never fails the command. It runs
# once with the java the environment gives (JAVA_HOME or the PATH), and once more with a JDK 25 or
# newer from /usr/lib/jvm when there is one, where the archive is an AOT cache (JEP 483) instead of
# a dynamic AppCDS archive. The launcher's choice of java (JAVA_HOME before the PATH) is tested too.
# Then, with a stub JDK and a stub Maven wrapper (a few seconds): launches at the same time, a jar
# rebuilt while another launch waits or a JVM still runs from the old one, Ctrl-C and a closed
# terminal, a JDK older than 17, and the environments the launcher must survive (BSD stat, a failing df, CDPATH, no
# TMPDIR, no HOME). LAUNCHER_TEST_BASH=/path/to/bash runs those with that bash as well (e.g. a
# bash 3.2, the /bin/bash of macOS).
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
# The JDK under test: its home in $jdk ("" for the environment's java), its archive's file ending.
jdk="" ending=jsa
# launch_tmp replaces the TMPDIR, launch_wrap goes before the launcher (to run it as another user).
launch_tmp="" launch_wrap=()
launch() {
  local vars=(TMPDIR="${launch_tmp:-$scratch/tmp}")
  [[ -n "$jdk" ]] && vars+=(JAVA_HOME="$jdk" PATH="$scratch/nojava:$PATH")
  ${launch_wrap[@]+"${launch_wrap[@]}"} env "${vars[@]}" "$scratch/co/cxsite" "$@"
}
# A build's summary line ends with its duration; everything else must match byte for byte.
untimed() { sed -E 's/ in [0-9]+ ms$/ in N ms/' "$1"; }
archives() { find "$scratch/co/target" -name "cxsite-cds-*.$ending" | wc -l; }

# The major version of the JDK whose java binary is $1, from its release file (as the launcher reads it).
major_of() {
  local home version
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null | head -n 1)"
  [[ "$version" == 1 ]] && version="$(sed -n 's/^JAVA_VERSION="1\.\([0-9]*\).*/\1/p' "$home/release")"
  echo "${version:-0}"
}

# A java on the PATH that fails loudly: with JAVA_HOME set, the launcher must never run it.
mkdir -p "$scratch/nojava"
printf '#!/bin/sh\necho "java from the PATH was run" >&2\nexit 97\n' >"$scratch/nojava/java"
chmod 755 "$scratch/nojava" "$scratch/nojava/java"

# Two small sites: one with a broken link (check exits 1), one that builds.
mkdir -p "$scratch/broken/content" "$scratch/plain/content/guides"
printf 'title: Broken\nbaseUrl: https://example.org/\n' >"$scratch/broken/site.yaml"
printf -- '---\ntitle: Home\n---\n\nSee [the guide](missing.md).\n' >"$scratch/broken/content/_index.md"
printf 'title: Plain\nbaseUrl: https://example.org/\n' >"$scratch/plain/site.yaml"
printf -- '---\ntitle: Home\n---\n\n[Guide](guides/a.md)\n' >"$scratch/plain/content/_index.md"
printf -- '---\ntitle: A guide\ntags: [x]\n---\n\n## Steps\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n' \
  >"$scratch/plain/content/guides/a.md"
chmod -R a+rwX "$scratch/broken" "$scratch/plain"
# Dated in the past, so that any file a run writes into a site is newer than its site.yaml.
find "$scratch/broken" "$scratch/plain" -exec touch -d '2000-01-01 00:00' {} +

# The checks of one JDK: the archive's workload, its use, and when it cannot be written.
suite() {
  local say="launcher-cds-test ($1):"
  echo "$say --version writes no archive"
  checkout
  launch --version >"$scratch/v.out" 2>&1 || fail "$1: --version failed: $(cat "$scratch/v.out")"
  CXSITE_CDS=0 launch --version >"$scratch/v0.out" 2>&1 || true
  cmp -s "$scratch/v.out" "$scratch/v0.out" || fail "$1: --version prints differently with CDS on"
  [[ "$(archives)" == 0 ]] || fail "$1: --version wrote an archive"

  echo "$say a failing check first: same output and exit code, then an archive (stale ones removed)"
  # Left by another jar or JDK: an AppCDS archive, an AOT cache and a failure marker.
  touch "$scratch"/co/target/cxsite-cds-1-2-3-4.{jsa,aot,failed}
  if [[ -z "$jdk" ]]; then rm -rf "$scratch/tmp"; mkdir -p "$scratch/tmp"; fi
  local status=0 status0=0
  launch check -s "$scratch/broken" >"$scratch/c.out" 2>"$scratch/c.err" || status=$?
  CXSITE_CDS=0 launch check -s "$scratch/broken" >"$scratch/c0.out" 2>"$scratch/c0.err" || status0=$?
  [[ $status == 1 && $status0 == 1 ]] || fail "$1: check of a broken site exited $status (without CDS $status0), expected 1"
  cmp -s "$scratch/c.out" "$scratch/c0.out" && cmp -s "$scratch/c.err" "$scratch/c0.err" ||
    fail "$1: check prints differently when the launcher writes its archive first"
  [[ "$(archives)" == 1 ]] || fail "$1: expected one .$ending archive in target/, found $(archives)"
  local extra
  extra="$(find "$scratch/co/target" -mindepth 1 ! -name cxsite.jar ! -name "cxsite-cds-*.$ending")"
  [[ -z "$extra" ]] || fail "$1: left in target/: $extra"
  [[ -z "$(ls -A "$scratch/tmp")" ]] || fail "$1: left in TMPDIR: $(ls -A "$scratch/tmp")"
  local written_in_site
  written_in_site="$(find "$scratch/broken" -newer "$scratch/broken/site.yaml")"
  [[ -z "$written_in_site" ]] || fail "$1: the archive's workload wrote into the user's site: $written_in_site"
  local written
  written="$(stat -c '%i %Y %s' "$scratch"/co/target/cxsite-cds-*."$ending" 2>/dev/null || true)"

  echo "$say the archive holds the workload's classes, not the first command's"
  # The broken site has no report, so chart classes can only be in the archive from the workload.
  # (An AppCDS archive on top of the JDK's own is "shared objects file (top)", an AOT cache is one.)
  rm -rf "$scratch/p1" "$scratch/s1" "$scratch/starter"
  CXSITE_JAVA_OPTS='-Xlog:class+load=info:file='"$scratch"'/classes.txt' \
    launch build -s "$scratch/plain" -o "$scratch/p1" >/dev/null 2>&1 || fail "$1: build with the archive failed"
  grep -q 'io.cxsite.publish.Staging source: shared objects file' "$scratch/classes.txt" ||
    fail "$1: the build did not take its publishing classes from the archive"
  launch init "$scratch/starter" >/dev/null 2>&1 || fail "$1: init failed"
  CXSITE_JAVA_OPTS='-Xlog:class+load=info:file='"$scratch"'/report-classes.txt' \
    launch build -s "$scratch/starter" -o "$scratch/s1" >/dev/null 2>&1 || fail "$1: build of the starter failed"
  grep -q 'io.cxsite.charts.SvgChart source: shared objects file' "$scratch/report-classes.txt" ||
    fail "$1: the archive holds no chart classes: it was not written by the workload"

  echo "$say a build maps the archive and writes the same files as without it"
  rm -rf "$scratch/p" "$scratch/p0" "$scratch/p2"
  launch build -s "$scratch/plain" -o "$scratch/p" >"$scratch/b.out" 2>"$scratch/b.err" ||
    fail "$1: build with the archive failed"
  mv "$scratch/p" "$scratch/p2" 2>/dev/null || true
  CXSITE_CDS=0 launch build -s "$scratch/plain" -o "$scratch/p" >"$scratch/b0.out" 2>"$scratch/b0.err" ||
    fail "$1: build without an archive failed"
  mv "$scratch/p" "$scratch/p0" 2>/dev/null || true
  diff -r "$scratch/p2" "$scratch/p0" >/dev/null || fail "$1: build output differs with the archive"
  cmp -s <(untimed "$scratch/b.out") <(untimed "$scratch/b0.out") && cmp -s "$scratch/b.err" "$scratch/b0.err" ||
    fail "$1: build prints differently with the archive"
  [[ "$(stat -c '%i %Y %s' "$scratch"/co/target/cxsite-cds-*."$ending" 2>/dev/null)" == "$written" ]] ||
    fail "$1: the archive was written again instead of being reused"

  echo "$say an archive the JVM cannot use (the user's own options differ) prints nothing"
  CXSITE_JAVA_OPTS=-XX:-UseCompressedOops launch build -s "$scratch/plain" -o "$scratch/p" \
    >"$scratch/m.out" 2>"$scratch/m.err" || fail "$1: build with an unusable archive failed"
  cmp -s <(untimed "$scratch/m.out") <(untimed "$scratch/b0.out") && cmp -s "$scratch/m.err" "$scratch/b0.err" ||
    fail "$1: an unusable archive changed what the build prints: $(cat "$scratch/m.out" "$scratch/m.err")"

  echo "$say a truncated archive (a crash, a full disk, a copy) is never mapped, and is written again"
  # A JDK 17 that maps one dies of SIGBUS; a JDK 25 ignores it, so that it would never be replaced.
  local cut size
  cut="$(find "$scratch/co/target" -name "cxsite-cds-*.$ending")"
  size="$(stat -c %s "$cut")"
  chmod u+w "$cut" && truncate -s "$((size / 2))" "$cut"
  status=0
  (cd "$scratch" && launch check -s "$scratch/broken") >"$scratch/t.out" 2>"$scratch/t.err" || status=$?
  [[ $status == 1 ]] && cmp -s "$scratch/t.out" "$scratch/c0.out" && cmp -s "$scratch/t.err" "$scratch/c0.err" ||
    fail "$1: check with a truncated archive exited $status and printed: $(head -c 400 "$scratch/t.out" "$scratch/t.err")"
  [[ "$(archives)" == 1 && -z "$(find "$scratch/co/target" -name "cxsite-cds-*.$ending" -size -"$((size / 2 + 1))"c)" ]] ||
    fail "$1: the truncated archive was not replaced: $(ls -l "$scratch/co/target")"

  echo "$say a workload that cannot run leaves no archive, fails nothing, is not retried"
  checkout
  status=0; launch_tmp="$scratch/none"; launch check -s "$scratch/broken" >"$scratch/f.out" 2>"$scratch/f.err" || status=$?
  [[ $status == 1 ]] && cmp -s "$scratch/f.out" "$scratch/c0.out" && cmp -s "$scratch/f.err" "$scratch/c0.err" ||
    fail "$1: check behaved differently when the archive could not be written (exit $status)"
  launch_tmp=""
  [[ "$(archives)" == 0 ]] || fail "$1: an archive appeared although its workload could not run"
  [[ -n "$(find "$scratch/co/target" -name 'cxsite-cds-*.failed')" ]] || fail "$1: no marker against retrying"

  if [[ $(id -u) == 0 ]] && command -v setpriv >/dev/null; then
    echo "$say read-only target/ (as user nobody): no archive, same output"
    checkout
    chmod 555 "$scratch/co/target"
    status=0
    launch_wrap=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp)
    launch check -s "$scratch/broken" >"$scratch/r.out" 2>"$scratch/r.err" || status=$?
    launch_wrap=()
    [[ $status == 1 ]] && cmp -s "$scratch/r.out" "$scratch/c0.out" && cmp -s "$scratch/r.err" "$scratch/c0.err" ||
      fail "$1: check behaved differently with a read-only target/ (exit $status)"
    [[ -z "$(find "$scratch/co/target" -mindepth 1 ! -name cxsite.jar)" ]] || fail "$1: wrote into a read-only target/"
  else
    echo "$say read-only target/ skipped (needs root and setpriv to act as another user)"
  fi
}

jdk="" ending=jsa
env_major="$(major_of "$(if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME/bin/java"; else command -v java; fi)")"
if ((env_major >= 25)); then ending=aot; fi
suite "the environment's java, JDK $env_major"

jdk25=""
for release in /usr/lib/jvm/*/release; do
  home="$(dirname "$release")"
  if [[ -x "$home/bin/java" ]] && (( $(major_of "$home/bin/java") >= 25 )); then jdk25=$home; break; fi
done
if [[ -n "$jdk25" ]]; then
  jdk=$jdk25 ending=aot
  suite "JDK $(major_of "$jdk25/bin/java") by JAVA_HOME"
  jdk="" ending=jsa
else
  echo "launcher-cds-test: JDK 25 path skipped: no JDK 25 (or newer) under /usr/lib/jvm"
fi

echo "launcher-cds-test: JAVA_HOME that holds no java: one message naming the path, exit code 2"
checkout
status=0
JAVA_HOME="$scratch/no-jdk" TMPDIR="$scratch/tmp" "$scratch/co/cxsite" build -s "$scratch/plain" \
  >"$scratch/j.out" 2>"$scratch/j.err" || status=$?
[[ $status == 2 ]] || fail "JAVA_HOME without java: exit code $status, expected 2"
[[ ! -s "$scratch/j.out" && "$(wc -l <"$scratch/j.err")" == 1 ]] &&
  grep -q "JAVA_HOME is $scratch/no-jdk, but $scratch/no-jdk/bin/java is not an executable file" "$scratch/j.err" ||
  fail "JAVA_HOME without java: expected one line naming $scratch/no-jdk/bin/java, got: $(cat "$scratch/j.out" "$scratch/j.err")"
[[ -z "$(find "$scratch/co/target" -mindepth 1 ! -name cxsite.jar)" && ! -e "$scratch/plain/public" ]] ||
  fail "JAVA_HOME without java: something was written"

# Ctrl-C while the archive is written: a stub java takes its time over one step of the workload
# (after leaving a file where that step writes), so that Ctrl-C lands in the training; the launcher
# runs in a process group of its own, which gets the SIGINT as from a terminal. Its other steps take
# half a second, as a JVM's start does at the least. $1 names the case,
# $2 is the JDK folder of the stub (its release file says which JDK it claims to be, if any), $3 the
# step it dwells on, $4 the JAVA_HOME to run with ("" for none: the stub is then on the PATH), $5 the
# signal (INT as Ctrl-C sends it, HUP as a closed terminal does) and $6 the exit code it should give.
interrupt_training() {
  local signal=${5:-INT} expected=${6:-130}
  echo "launcher-cds-test ($1): SIG$signal while the archive is written: nothing left running or behind"
  checkout
  rm -f "$scratch/pg" "$scratch/dwelling"
  mkdir -p "$2/bin"
  cat >"$2/bin/java" <<STUB
#!/bin/bash
case " \$* " in
  *"$3"*)
    for arg; do [[ \$arg == -XX:AOTConfiguration=* ]] && : >"\${arg#*=}"; done
    : >"$scratch/dwelling"
    exec sleep 30;;
esac
sleep 0.5
exit 0
STUB
  chmod +x "$2/bin/java"
  ( env -u JAVA_HOME ${4:+JAVA_HOME="$4"} PATH="$2/bin:$PATH" TMPDIR="$scratch/tmp" \
      setsid bash -c 'echo $$ >"$1/pg"; exec "$1/co/cxsite" build -s "$1/plain"' _ "$scratch" ) \
    >/dev/null 2>&1 &
  local launcher=$! group status left
  for _ in $(seq 100); do [[ -s "$scratch/pg" && -e "$scratch/dwelling" ]] && break; sleep 0.1; done
  [[ -e "$scratch/dwelling" ]] || fail "$1: the training never reached $3"
  group="$(cat "$scratch/pg")"
  kill -"$signal" -- "-$group" 2>/dev/null || true
  status=0; wait "$launcher" || status=$?
  [[ $status == "$expected" ]] || fail "$1: the launcher exited $status after SIG$signal, expected $expected"
  for _ in $(seq 50); do [[ -z "$(ps -o pid=,stat= -g "$group" | grep -v ' Z')" ]] && break; sleep 0.1; done
  left="$(ps -o pid=,stat=,args= -g "$group" | grep -v ' Z ' || true)"
  [[ -z "$left" ]] || { fail "$1: left running after SIG$signal: $left"; kill -KILL -- "-$group" 2>/dev/null || true; }
  [[ -z "$(ls -A "$scratch/tmp")" ]] || fail "$1: left in TMPDIR after SIG$signal: $(ls -A "$scratch/tmp")"
  [[ -z "$(find "$scratch/co/target" -name '*.part')" ]] || fail "$1: a half-written archive left in target/"
  [[ -z "$(find "$scratch/co/target" -name '*.lock')" ]] || fail "$1: the archive's lock left in target/"
}

if command -v setsid >/dev/null; then
  # A JDK without a release file (the launcher asks the stub's java -version, which says nothing:
  # the AppCDS path), and a JDK 25 by JAVA_HOME, interrupted while it records the AOT configuration.
  interrupt_training "AppCDS, the workload's init" "$scratch/stub" " init " ""
  interrupt_training "AppCDS, the terminal closed" "$scratch/stub" " init " "" HUP 129
  mkdir -p "$scratch/stub25"
  echo 'JAVA_VERSION="25.0.1"' >"$scratch/stub25/release"
  interrupt_training "AOT cache, recording" "$scratch/stub25" "-XX:AOTMode=record" "$scratch/stub25"
fi

# The launcher's own logic around the JVM, with a stub JDK (quick): the stub's java notes each of
# its runs in $scratch/runs (init, archive, record, create or run), takes half a second over the
# workload's init (so that launches started together meet there), writes 1000 bytes where it is to
# write an archive, and for the user's command prints "ran" and the arguments after the jar (all of
# them go to $scratch/args), or fails when the jar it is given is not the whole jar (as a
# half-written jar would fail).
stub_home="$scratch/stubjdk"
mkdir -p "$stub_home/bin"
echo 'JAVA_VERSION="17.0.9"' >"$stub_home/release"
cat >"$stub_home/bin/java" <<STUB
#!/bin/bash
case " \$* " in
  *" init --lang "*) echo init >>"$scratch/runs"; sleep 0.5; exit 0;;
  *-XX:ArchiveClassesAtExit=*)
    echo archive >>"$scratch/runs"
    for arg; do [[ \$arg == -XX:ArchiveClassesAtExit=* ]] && head -c 1000 /dev/zero >"\${arg#*=}"; done
    exit 0;;
esac
echo run >>"$scratch/runs"
printf '%s\n' "\$@" >"$scratch/args"
while [[ \$# -gt 0 && \$1 != -jar ]]; do shift; done
[[ "\$(wc -c <"\$2")" == "$(wc -c <"$root/target/cxsite.jar")" ]] || { echo "stub java: corrupt jar" >&2; exit 1; }
shift 2
echo "ran \$*"
STUB
chmod 755 "$stub_home/bin/java"
# A stub Maven wrapper for a checkout whose sources are newer than its jar: it notes its run in
# $scratch/runs, needs HOME (as ./mvnw does), writes part of the jar, waits ($stub_maven_wait
# seconds; "forever" to stay until stopped), then writes the whole jar.
stub_checkout() {
  checkout
  rm -f "$scratch/runs"
  mkdir -p "$scratch/co/src/main"
  touch "$scratch/co/src/main/Edited.java"
  cat >"$scratch/co/mvnw" <<STUB
#!/bin/sh
set -u
: "\$HOME"
echo maven >>"$scratch/runs"
head -c 1000 "$root/target/cxsite.jar" >target/cxsite.jar
if [ "\${stub_maven_wait:-0}" = forever ]; then exec sleep 60; fi
sleep "\${stub_maven_wait:-0}"
cp "$root/target/cxsite.jar" target/cxsite.jar
STUB
  chmod 755 "$scratch/co/mvnw"
  echo "the old jar" >"$scratch/co/target/cxsite.jar"
  touch -d '2000-01-01 00:00' "$scratch/co/target/cxsite.jar"
}
# stub_unset: variables to unset; stub_tmp replaces the TMPDIR; stub_self runs the launcher by
# another path; launcher_bash runs it with that bash instead of the one its first line names.
stub_unset=() stub_tmp="" stub_self="" launcher_bash=""
stub_launch() {
  env ${stub_unset[@]+"${stub_unset[@]}"} JAVA_HOME="$stub_home" PATH="$scratch/nojava:$PATH" \
    TMPDIR="${stub_tmp:-$scratch/tmp}" ${launcher_bash:+"$launcher_bash"} "${stub_self:-$scratch/co/cxsite}" "$@"
}
runs() { if [[ -f "$scratch/runs" ]]; then grep -c "^$1\$" "$scratch/runs" || true; else echo 0; fi; }

stub_suite() {
  local say="launcher-cds-test (stub JDK$2):" status out
  echo "$say arguments pass unchanged, exit code 0 and no archive with CXSITE_CDS=0"
  checkout
  status=0
  out="$(CXSITE_CDS=0 stub_launch new guide "a b" "'q\" \$x *" 'é' 2>&1)" || status=$?
  [[ $status == 0 && "$out" == "ran new guide a b 'q\" \$x * é" ]] ||
    fail "stub: CXSITE_CDS=0 launch exited $status, printed: $out"

  echo "$say a JDK older than 17 gets one line and exit code 2, and java is not run"
  local old
  for old in 11.0.2:11 1.8.0_392:8; do
    echo "JAVA_VERSION=\"${old%:*}\"" >"$stub_home/release"
    rm -f "$scratch/runs"
    status=0
    out="$(stub_launch build -s "$scratch/plain" 2>&1)" || status=$?
    [[ $status == 2 && "$out" == "cxsite: $stub_home/bin/java is Java ${old#*:}, and cxsite needs a JDK 17 or newer;"* \
        && ! -e "$scratch/runs" ]] || fail "stub: with a JDK ${old%:*} the launcher exited $status and printed: $out"
  done
  echo 'JAVA_VERSION="17.0.9"' >"$stub_home/release"

  echo "$say the words of CXSITE_JAVA_OPTS are never taken as file patterns"
  mkdir -p "$scratch/globbed" && touch "$scratch/globbed/-Dcxsite.test=matched"
  (cd "$scratch/globbed" && CXSITE_CDS=0 CXSITE_JAVA_OPTS='-Dcxsite.test=* -Xlog:gc*' stub_launch --version) >/dev/null 2>&1 ||
    fail "stub: a launch with CXSITE_JAVA_OPTS failed"
  grep -qx -- '-Dcxsite.test=\*' "$scratch/args" && grep -qx -- '-Xlog:gc\*' "$scratch/args" ||
    fail "stub: CXSITE_JAVA_OPTS reached java as: $(tr '\n' ' ' <"$scratch/args")"

  echo "$say three launches at once write one archive, all three run"
  checkout
  rm -f "$scratch/runs"
  local pids=() pid
  for n in 1 2 3; do
    stub_launch build -s "$scratch/plain" >"$scratch/par$n.out" 2>&1 & pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || fail "stub: a parallel launch failed: $(cat "$scratch"/par*.out)"; done
  [[ "$(runs init)" == 1 && "$(runs run)" == 3 ]] ||
    fail "stub: three launches at once trained $(runs init) times (expected 1) and ran $(runs run) commands"
  [[ "$(find "$scratch/co/target" -name 'cxsite-cds-*.jsa' | wc -l)" == 1 &&
     -z "$(find "$scratch/co/target" -name '*.part' -o -name '*.lock')" ]] ||
    fail "stub: after three launches at once: $(ls -A "$scratch/co/target")"

  echo "$say a df that fails: no archive, the command runs"
  checkout
  mkdir -p "$scratch/baddf"
  printf '#!/bin/sh\necho "df: cannot read table of mounted file systems" >&2\nexit 1\n' >"$scratch/baddf/df"
  chmod 755 "$scratch/baddf/df"
  status=0
  out="$(PATH="$scratch/baddf:$PATH" stub_launch build -s "$scratch/plain" 2>&1)" || status=$?
  [[ $status == 0 && "$out" == "ran build -s $scratch/plain" ]] || fail "stub: with a failing df, exit $status: $out"

  echo "$say BSD stat (macOS): a new jar gets a new archive"
  checkout
  rm -f "$scratch/runs"
  mkdir -p "$scratch/bsdstat"
  # BSD's stat -f FORMAT (%m time stamp, %z size, %N name) by GNU's stat -c; BSD's has no -c.
  cat >"$scratch/bsdstat/stat" <<STUB
#!/bin/bash
[[ \$1 == -f ]] || { echo "stat: illegal option -- \${1#-}" >&2; exit 1; }
format=\${2//%m/%Y}; format=\${format//%z/%s}; format=\${format//%N/%n}; shift 2
exec $(command -v stat) -c "\$format" "\$@"
STUB
  chmod 755 "$scratch/bsdstat/stat"
  PATH="$scratch/bsdstat:$PATH" stub_launch build -s "$scratch/plain" >/dev/null 2>&1 || fail "stub: BSD stat: build failed"
  touch -d '2001-01-01 00:00' "$scratch/co/target/cxsite.jar"
  PATH="$scratch/bsdstat:$PATH" stub_launch build -s "$scratch/plain" >/dev/null 2>&1 || fail "stub: BSD stat: build failed"
  [[ "$(runs init)" == 2 ]] || fail "stub: with BSD stat, two jars were trained $(runs init) time(s), expected 2"

  echo "$say CDPATH set, launched by a relative path"
  checkout
  mkdir -p "$scratch/elsewhere/co"
  status=0
  out="$(cd "$scratch" && CDPATH="$scratch/elsewhere" stub_self=co/cxsite stub_launch --version 2>&1)" || status=$?
  [[ $status == 0 && "$out" == "ran --version" ]] || fail "stub: with CDPATH set, exit $status: $out"

  echo "$say sources newer than the jar, TMPDIR missing and HOME unset: Maven runs, then the command"
  stub_checkout
  # The old jar as a JVM still running from it (a serve) sees it: Maven must not rewrite it in place.
  ln "$scratch/co/target/cxsite.jar" "$scratch/running.jar"
  status=0
  out="$(stub_unset=(-u HOME); stub_tmp="$scratch/none"; stub_launch --version 2>&1)" || status=$?
  [[ $status == 0 && "$(runs maven)" == 1 && "$out" == *"ran --version" ]] ||
    fail "stub: rebuild without TMPDIR and HOME: exit $status: $out"
  [[ "$(cat "$scratch/running.jar")" == "the old jar" ]] ||
    fail "stub: the rebuild wrote over the jar that a running JVM reads"
  rm -f "$scratch/running.jar"

  echo "$say two launches while Maven builds: one build, the other waits for the whole jar"
  stub_checkout
  stub_maven_wait=1 stub_launch --version >"$scratch/m1.out" 2>&1 & pid=$!
  for _ in $(seq 50); do [[ -s "$scratch/runs" ]] && break; sleep 0.1; done
  status=0
  stub_launch --version >"$scratch/m2.out" 2>&1 || status=$?
  wait "$pid" || fail "stub: the launch that built the jar failed: $(cat "$scratch/m1.out")"
  [[ $status == 0 && "$(runs maven)" == 1 ]] && grep -q 'ran --version' "$scratch/m2.out" ||
    fail "stub: the second launch exited $status after $(runs maven) Maven run(s): $(cat "$scratch/m2.out")"
  [[ ! -e "$scratch/co/target/cxsite-build.lock" ]] || fail "stub: the build lock was left behind"

  echo "$say a build lock whose launch was killed outright (kill -9) is taken over"
  local lock="$scratch/co/target/cxsite-build.lock"
  stub_checkout
  mkdir "$lock"
  sh -c 'echo $$' >"$lock/pid"  # a process that has ended
  status=0
  out="$(stub_launch --version 2>&1)" || status=$?
  [[ $status == 0 && "$(runs maven)" == 1 && ! -e "$lock" ]] ||
    fail "stub: with a dead launch's build lock, exit $status after $(runs maven) Maven run(s): $out"
  stub_checkout
  mkdir "$lock"
  echo "$$" >"$lock/pid"  # a process id that has since gone to another process (this one)
  touch -d '40 minutes ago' "$lock"
  status=0
  out="$(stub_launch --version 2>&1)" || status=$?
  [[ $status == 0 && "$(runs maven)" == 1 && ! -e "$lock" ]] ||
    fail "stub: with a build lock 40 minutes old, exit $status after $(runs maven) Maven run(s): $out"

  echo "$say Ctrl-C while Maven writes the jar: no half-written jar is left to run"
  stub_checkout
  rm -f "$scratch/pg"
  ( export stub_maven_wait=forever launcher_bash
    env JAVA_HOME="$stub_home" PATH="$scratch/nojava:$PATH" TMPDIR="$scratch/tmp" \
      setsid ${launcher_bash:-bash} -c 'echo $$ >"$1/pg"; exec ${launcher_bash:-} "$1/co/cxsite" --version' _ "$scratch" ) \
    >/dev/null 2>&1 & pid=$!
  for _ in $(seq 50); do [[ -s "$scratch/pg" && "$(runs maven)" == 1 ]] && break; sleep 0.1; done
  kill -INT -- "-$(cat "$scratch/pg")" 2>/dev/null || true
  status=0; wait "$pid" || status=$?
  [[ $status == 130 ]] || fail "stub: Ctrl-C during the build: exit $status, expected 130"
  status=0
  out="$(stub_launch --version 2>&1)" || status=$?
  [[ $status == 0 && "$(runs maven)" == 2 && "$out" == *"ran --version" ]] ||
    fail "stub: after Ctrl-C during the build, the next launch exited $status after $(runs maven) Maven run(s): $out"
}

if command -v setsid >/dev/null; then
  stub_suite "" ""
  # LAUNCHER_TEST_BASH=/path/to/bash-3.2 runs the stub checks with that bash too (macOS's /bin/bash).
  if [[ -n "${LAUNCHER_TEST_BASH:-}" ]]; then
    launcher_bash=$LAUNCHER_TEST_BASH stub_suite "" ", $("$LAUNCHER_TEST_BASH" -c 'echo bash $BASH_VERSION')"
  fi
fi

if ((failures > 0)); then echo "launcher-cds-test: $failures failure(s)" >&2; exit 1; fi
echo "launcher-cds-test: all passed"
