#!/bin/sh
# Builds Lantu Studio and the update site a second time, from a clean copy of the sources in a
# temporary folder, and compares their archives byte for byte with the ones this build left in
# dist/ (verify-products.sh archives them with fixed times and without the build's folders):
#   verify-reproducible.sh ROOT DIST
# The second build takes what it needs from the local repository the first one filled. Skip with
# -Dlantu.skipReproducible.
set -u
root=$1 dist=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "verify-reproducible: $*" >&2; exit 1; }
(cd "$root" && tar --exclude=./dist --exclude='*/target' --exclude='*/src-gen' --exclude='*/xtend-gen' -cf - .) | (cd "$work" && tar -xf -) \
  || fail "cannot copy the sources"
# the product needs its features and the site by p2, and the editor bundle copies the engine jar
# the command line's module makes, not by Maven dependencies: name them all, or the second build
# would take an older engine from the local repository
modules=plugins/org.lantu.plan.build,plugins/org.lantu.plan.cli,plugins/org.lantu.plan.eclipse,features/org.lantu.plan.eclipse.feature,features/org.lantu.plan.eclipse.site
modules=$modules,features/org.lantu.studio.feature,features/org.lantu.studio.product
(cd "$work" && ./mvnw -B -q verify -pl "$modules" -am -DskipTests -Dinvoker.skip=true -Dlantu.skipReproducible >"$work/build.log" 2>&1) \
  || { tail -30 "$work/build.log" >&2; fail "the second build failed"; }
archives="lantu-studio-linux.gtk.x86_64.tar.gz lantu-studio-win32.win32.x86_64.zip org.lantu.plan.eclipse.site-*.zip"
(cd "$dist" && sha256sum $archives) > "$work/first.sums" || fail "this build left no Studio archives in $dist"
(cd "$work/dist" && sha256sum $archives) > "$work/second.sums" || fail "the second build left no Studio archives"
cmp -s "$work/first.sums" "$work/second.sums" || {
  echo "this build:" >&2; cat "$work/first.sums" >&2
  echo "the second build:" >&2; cat "$work/second.sums" >&2
  fail "a second clean build gave different Studio or update-site archives"
}
echo "verify-reproducible: a second clean build gave the same Studio and update-site archives, byte for byte"
