#!/bin/sh
# Builds the command line and its archives a second time, from a clean copy of the sources in a
# temporary folder, and compares them byte for byte with the ones this build left in dist/:
#   verify-reproducible.sh ROOT DIST
# (project.build.outputTimestamp fixes every archive entry's time, the commit is the same; the second build takes
# what it needs from the local repository the first one filled.) Skip with -Dlantu.skipReproducible.
set -u
root=$1 dist=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "verify-reproducible: $*" >&2; exit 1; }
(cd "$root" && tar --exclude=./dist --exclude='*/target' --exclude='*/src-gen' -cf - .) | (cd "$work" && tar -xf -) \
  || fail "cannot copy the sources"
(cd "$work" && ./mvnw -B -q package -pl plugins/lantu-dist -am -DskipTests -Dinvoker.skip=true -Dlantu.skipReproducible >"$work/build.log" 2>&1) \
  || { tail -30 "$work/build.log" >&2; fail "the second build failed"; }
# the command line's archives (not Lantu Studio's, which a later module adds to dist/); the SBOM is
# left out: it records the hashes of Lantu's own module jars, whose OSGi manifests an incremental
# build (not a clean one) may write in another order
(cd "$dist" && sha256sum lantu-[0-9]*.zip lantu-[0-9]*.tar.gz) > "$work/first.sums"
(cd "$work/dist" && sha256sum lantu-[0-9]*.zip lantu-[0-9]*.tar.gz) > "$work/second.sums" || fail "the second build left no archives"
cmp -s "$work/first.sums" "$work/second.sums" || {
  diff "$work/first.sums" "$work/second.sums"
  fail "a second clean build gave different archives"
}
echo "verify-reproducible: a second clean build gave the same archives, byte for byte"
