#!/bin/sh
# Archives Lantu Studio for every platform built, and the update site, so that two builds of the
# same commit give the same bytes and no archive names a folder of the build machine
# (org.lantu.plan.build's ReproducibleProduct, from the folders Tycho materialised: Tycho's own
# archives keep p2's time stamps and the install folder); checks the archives (only Linux x86_64
# can be started here: its UI tests run in org.lantu.plan.eclipse.tests); writes them into dist/
# with a CycloneDX SBOM of each (ProductSbom: every bundle, its hash and licence, and the jars
# inside Lantu's), and writes SHA256SUMS again over everything there:
#   verify-products.sh PRODUCTS SITE DIST JDK BUILD_CLASSES VERSION BUILD_TIME ROOT
set -u
products=$1 site=$2 dist=$3 jdk=$4 build=$5 version=$6 time=$7 root=$8
fail() { echo "verify-products: $*" >&2; exit 1; }
mkdir -p "$dist"
archive() { # FOLDER ROOT_NAME OUT
  [ -d "$1" ] || fail "no $1: Tycho did not materialise it"
  "$jdk/bin/java" -cp "$build" org.lantu.plan.build.ReproducibleProduct "$1" "$2" "$3" "$time" "$root" || fail "cannot archive $1 as $3"
}
linux=$dist/lantu-studio-linux.gtk.x86_64.tar.gz
windows=$dist/lantu-studio-win32.win32.x86_64.zip
archive "$products/org.lantu.studio/linux/gtk/x86_64/lantu-studio" lantu-studio "$linux"
archive "$products/org.lantu.studio/win32/win32/x86_64/lantu-studio" lantu-studio "$windows"
[ -f "$site" ] && archive "$(dirname "$site")/repository" . "$dist/$(basename "$site")"
tar tzvf "$linux" > /tmp/lantu-linux.$$ || fail "cannot list $linux"
"$jdk/bin/jar" tf "$windows" > /tmp/lantu-windows.$$ || fail "cannot list $windows"
trap 'rm -f /tmp/lantu-linux.$$ /tmp/lantu-windows.$$' EXIT
has() { grep -Eq "$2" "$1" || fail "$3"; }
lacks() { ! grep -Eq "$2" "$1" || fail "$3"; }
# Linux: the gtk SWT fragment, the start script (executable), the examples, the Lantu plugin
has /tmp/lantu-linux.$$ 'plugins/org\.eclipse\.swt\.gtk\.linux\.x86_64_' "the Linux archive has no gtk SWT fragment"
has /tmp/lantu-linux.$$ '^-rwx.* lantu-studio/lantu-studio$' "the Linux archive's start script is missing or not executable"
has /tmp/lantu-linux.$$ '^-rw-.* lantu-studio/configuration/config\.ini$' "the Linux archive has no configuration/config.ini"
has /tmp/lantu-linux.$$ '^-rw-.* lantu-studio/examples/wutongqiao-industrial-base-2016-2030\.plan$' "the Linux archive has no examples"
lacks /tmp/lantu-linux.$$ 'swt\.win32' "the Linux archive carries Windows' SWT"
# Windows: the win32 SWT fragment and no gtk, the .cmd start script, the launcher jar, the configuration, the examples
has /tmp/lantu-windows.$$ '^lantu-studio/plugins/org\.eclipse\.swt\.win32\.win32\.x86_64_.*\.jar$' "the Windows archive has no win32 SWT fragment"
lacks /tmp/lantu-windows.$$ 'swt\.gtk|filesystem\.linux|launcher\.gtk' "the Windows archive carries Linux fragments"
has /tmp/lantu-windows.$$ '^lantu-studio/lantu-studio\.cmd$' "the Windows archive has no lantu-studio.cmd"
has /tmp/lantu-windows.$$ '^lantu-studio/plugins/org\.eclipse\.equinox\.launcher_.*\.jar$' "the Windows archive has no Equinox launcher jar"
has /tmp/lantu-windows.$$ '^lantu-studio/configuration/config\.ini$' "the Windows archive has no configuration/config.ini"
has /tmp/lantu-windows.$$ '^lantu-studio/examples/wutongqiao-industrial-base-2016-2030\.plan$' "the Windows archive has no examples"
has /tmp/lantu-windows.$$ '^lantu-studio/plugins/org\.lantu\.plan\.eclipse_' "the Windows archive has no Lantu plugin"
for f in /tmp/lantu-linux.$$ /tmp/lantu-windows.$$; do
  [ "$(grep -Ec 'plugins/org\.lantu\.plan\.eclipse_' "$f")" -ge 1 ] || fail "no Lantu plugin in $f"
done
# Lantu's bundle and features in each product are this build's, byte for byte: p2 takes an artifact of the same id and
# version from wherever it finds one (the local Maven repository included), so a stale one would pass every other check
fresh() { # PLATFORM_FOLDER
  bundle=$(ls "$1"/plugins/org.lantu.plan.eclipse_*.jar 2>/dev/null | head -1)
  cmp -s "$bundle" "$root/plugins/org.lantu.plan.eclipse/target/org.lantu.plan.eclipse-$version.jar" \
    || fail "$1 holds a Lantu bundle other than this build's (${bundle:-none}): an earlier build's of the same version, installed in the local Maven repository? (a version is a commit's time: uncommitted changes installed twice share one). Remove org/lantu from the local repository and build again"
  for feature in org.lantu.plan.eclipse.feature org.lantu.studio.feature; do
    cmp -s "$(ls -d "$1"/features/${feature}_* | head -1)/feature.xml" "$root/features/$feature/target/feature.xml" \
      || fail "$1 holds a $feature other than this build's"
  done
}
fresh "$products/org.lantu.studio/linux/gtk/x86_64/lantu-studio"
fresh "$products/org.lantu.studio/win32/win32/x86_64/lantu-studio"
sbom() { # FOLDER (holding plugins/, at most two levels down) NAME OUT
  plugins=$(find "$1" -maxdepth 3 -type d -name plugins | sort | head -1)
  [ -n "$plugins" ] || fail "no plugins folder under $1"
  "$jdk/bin/java" -cp "$build" org.lantu.plan.build.ProductSbom "$(dirname "$plugins")" "$2" "$version" "$3" || fail "cannot write $3"
  grep -q '"name": "org.lantu.plan.eclipse"' "$3" || fail "$3 does not list the Lantu plugin"
  grep -q '"name": "org.eclipse.swt' "$3" || [ "$2" = org.lantu.plan.eclipse.site ] || fail "$3 does not list SWT"
}
sbom "$products/org.lantu.studio/linux/gtk/x86_64" lantu-studio "$dist/lantu-studio-linux.gtk.x86_64.cdx.json"
sbom "$products/org.lantu.studio/win32/win32/x86_64" lantu-studio "$dist/lantu-studio-win32.win32.x86_64.cdx.json"
[ -f "$site" ] && sbom "$(dirname "$site")/repository" org.lantu.plan.eclipse.site "$dist/org.lantu.plan.eclipse.site-$version.cdx.json"
(cd "$dist" && rm -f SHA256SUMS && sha256sum lantu-* org.lantu.* 2>/dev/null > SHA256SUMS)
echo "verify-products: Lantu Studio for Linux x86_64 and Windows x86_64 checked and copied to $dist, with their SBOMs"
