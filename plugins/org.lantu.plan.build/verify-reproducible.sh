#!/bin/sh
# Builds some of Lantu a second time, from a clean copy of the sources in a temporary folder, and
# compares the archives it leaves in dist/ byte for byte with the ones this build left there:
#   verify-reproducible.sh ROOT DIST PHASE MODULES ARCHIVE...
# MODULES is Maven's -pl list (built with -am up to PHASE); each ARCHIVE a file name or pattern in
# dist/. project.build.outputTimestamp fixes every archive entry's time and the commit is the same;
# the second build takes third-party artifacts from the local repository the first one filled.
# The command line's module and Lantu Studio's product module run it; skip with -Dlantu.skipReproducible.
set -u
root=$1 dist=$2 phase=$3 modules=$4
shift 4
archives="$*"
[ -n "$archives" ] || { echo "verify-reproducible: no archives named" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "verify-reproducible: $*" >&2; exit 1; }
(cd "$root" && tar --exclude=./dist --exclude='*/target' --exclude='*/src-gen' --exclude='*/xtend-gen' -cf - .) | (cd "$work" && tar -xf -) \
  || fail "cannot copy the sources"
(cd "$work" && ./mvnw -B -q "$phase" -pl "$modules" -am -DskipTests -Dinvoker.skip=true -Dlantu.skipReproducible >"$work/build.log" 2>&1) \
  || { tail -30 "$work/build.log" >&2; fail "the second build failed"; }
# the patterns are expanded in each dist/ folder
(cd "$dist" && sha256sum $archives) > "$work/first.sums" || fail "this build left none of $archives in $dist"
(cd "$work/dist" && sha256sum $archives) > "$work/second.sums" || fail "the second build left none of $archives"
cmp -s "$work/first.sums" "$work/second.sums" || {
  echo "this build:" >&2; cat "$work/first.sums" >&2
  echo "the second build:" >&2; cat "$work/second.sums" >&2
  fail "a second clean build gave different archives"
}
echo "verify-reproducible: a second clean build gave the same archives, byte for byte: $(cd "$dist" && echo $archives)"
