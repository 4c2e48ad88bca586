#!/bin/sh
# Unpacks the archives in dist/ and runs them as a plan office would, outside the build:
#   verify-dist.sh DIST VERSION JDK
# - the zip holds the launchers, lantu.jar, the docs, the examples, LICENSE and NOTICE;
# - the tar.gz, unpacked into a read-only folder, checks the examples with only a Java on the PATH,
#   twice (the second run uses the start-up cache), and writes nothing beside itself;
# - without Java 21+ the launcher says in one line what to install (exit 2);
# - the linux-x86_64 archive (if built) runs with no Java anywhere on the machine's PATH, and writes a
#   Word document with its own runtime;
# - SHA256SUMS holds for every archive, and the SBOMs (the command line's, the Maven plugin's when it
#   was built in the same run) list the engine's components.
set -u
dist=$1 version=$2 jdk=$3
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "verify-dist: $*" >&2; exit 1; }
run() { # env... command: sets $out and $code
  code=0
  out=$(env -i LANG=C.UTF-8 HOME="$work/home" "$@" 2>&1) || code=$?
}

"$jdk/bin/jar" tf "$dist/lantu-$version.zip" > "$work/zip.list" || fail "cannot list lantu-$version.zip"
for f in bin/lantu bin/lantu.cmd lib/lantu.jar LICENSE NOTICE CHANGELOG.md README.md docs/security.md docs/checks.md \
    examples/wutongqiao-industrial-base-2016-2030.plan; do
  grep -qx "lantu-$version/$f" "$work/zip.list" || fail "lantu-$version.zip has no $f"
done

mkdir -p "$work/cli" "$work/home"
tar xzf "$dist/lantu-$version.tar.gz" -C "$work/cli" || fail "cannot unpack lantu-$version.tar.gz"
app=$work/cli/lantu-$version
[ -x "$app/bin/lantu" ] || fail "bin/lantu is not executable"
tr -d '\n' < "$app/bin/lantu.cmd" | grep -q "$(printf '\r')" || fail "bin/lantu.cmd does not have Windows line ends"
chmod -R a-w "$work/cli"
find "$work/cli" | sort > "$work/before.list"
for attempt in first second; do
  run PATH="$jdk/bin:/usr/bin:/bin" LANTU_JVM_DIRS=/nonexistent "$app/bin/lantu" check "$app/examples"
  [ "$code" = 1 ] || fail "$attempt run: bin/lantu check examples exited $code, not 1 (the examples have errors): $out"
  echo "$out" | grep -q "^已检查 4 份规划：" || fail "$attempt run: no summary line: $out"
done
find "$work/cli" | sort | cmp -s - "$work/before.list" || fail "bin/lantu wrote beside itself"
[ -d "$work/home/.cache/lantu" ] || fail "no start-up cache in the user's cache folder"
run PATH="$jdk/bin:/usr/bin:/bin" "$app/bin/lantu" --version
echo "$out" | grep -q "^lantu $version " || fail "--version: $out"

# without a Java 21+: one line, exit 2 (on a machine whose own java is older, it is named)
system=$(/usr/bin/java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [ -n "$system" ] && [ "$system" -lt 21 ] 2>/dev/null; then
  run PATH=/usr/bin:/bin LANTU_JVM_DIRS=/nonexistent "$app/bin/lantu" check "$app/examples"
  [ "$code" = 2 ] || fail "with only Java $system the launcher exited $code: $out"
  [ "$(echo "$out" | wc -l)" = 1 ] && echo "$out" | grep -q "needs Java 21 or newer; found only Java $system" || fail "with only Java $system: $out"
fi
run PATH=/nonexistent LANTU_JVM_DIRS=/nonexistent "$app/bin/lantu" check "$app/examples"
[ "$code" = 2 ] && echo "$out" | grep -q "needs Java 21 or newer" || fail "with no Java at all: $out"

bundled=$dist/lantu-$version-linux-x86_64.tar.gz
if [ -f "$bundled" ]; then
  mkdir -p "$work/bundled"
  tar xzf "$bundled" -C "$work/bundled" || fail "cannot unpack $bundled"
  run PATH=/nonexistent LANTU_JVM_DIRS=/nonexistent "$work/bundled/lantu-$version/bin/lantu" check "$work/bundled/lantu-$version/examples"
  [ "$code" = 1 ] && echo "$out" | grep -q "^已检查 4 份规划：" || fail "the linux-x86_64 archive with no Java on the PATH exited $code: $out"
  # the official document needs the runtime's XML and desktop modules (Apache POI)
  run PATH=/nonexistent LANTU_JVM_DIRS=/nonexistent "$work/bundled/lantu-$version/bin/lantu" export --format docx -o "$work/docx" "$work/bundled/lantu-$version/examples"
  [ "$code" = 0 ] && [ -s "$work/docx/leshan-hitech-zone-opinion-2022.docx" ] || fail "the linux-x86_64 archive could not write a Word document ($code): $out"
  echo "$out" | grep -q "StatusLogger\|Exception" && fail "the Word export printed a log or a trace: $out"
fi

(cd "$dist" && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS does not hold"
grep -q '"name" *: *"org.eclipse.xtext"' "$dist/lantu-$version.cdx.json" || fail "the SBOM does not list Xtext"
plugin_sbom=$dist/lantu-maven-plugin-$version.cdx.json
[ ! -f "$plugin_sbom" ] || grep -q '"name" *: *"org.lantu.plan"' "$plugin_sbom" || fail "the Maven plugin's SBOM does not list the engine"
echo "verify-dist: the archives in $dist install and run"
