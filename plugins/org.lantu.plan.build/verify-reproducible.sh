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
# what differs between two copies of one archive: the entries, the jars' entries, and the first lines of each text that differs
unpack() { # ARCHIVE FOLDER
  mkdir -p "$2"
  case $1 in
    *.tar.gz) tar -xzf "$1" -C "$2" ;;
    *) unzip -q -o "$1" -d "$2" ;;
  esac
}
explain() { # FIRST SECOND (folders)
  diff -rq "$1" "$2" 2>&1 | head -40 >&2
  diff -rq "$1" "$2" 2>/dev/null | sed -n 's/^Files \(.*\) and \(.*\) differ$/\1|\2/p' | head -20 | while IFS='|' read -r a b; do
    case $a in
      *.jar|*.zip) echo "  inside $a:" >&2; rm -rf "$work/ja" "$work/jb"; unpack "$a" "$work/ja"; unpack "$b" "$work/jb"; diff -rq "$work/ja" "$work/jb" 2>&1 | head -20 >&2
        diff -r "$work/ja" "$work/jb" 2>/dev/null | grep -av '^Binary' | head -30 >&2 ;;
      *.gz) zcat "$a" > "$work/ga" 2>/dev/null; zcat "$b" > "$work/gb" 2>/dev/null; diff "$work/ga" "$work/gb" | head -30 >&2 ;;
      *) diff "$a" "$b" | head -30 >&2 ;;
    esac
  done
}
cmp -s "$work/first.sums" "$work/second.sums" || {
  echo "this build:" >&2; cat "$work/first.sums" >&2
  echo "the second build:" >&2; cat "$work/second.sums" >&2
  for a in $(cd "$dist" && echo $archives); do
    if [ -f "$work/dist/$a" ] && ! cmp -s "$dist/$a" "$work/dist/$a"; then
      echo "what differs in $a (this build, then the second):" >&2
      unpack "$dist/$a" "$work/first/$a" && unpack "$work/dist/$a" "$work/second/$a" && explain "$work/first/$a" "$work/second/$a"
    fi
  done
  fail "a second clean build gave different archives"
}
echo "verify-reproducible: a second clean build gave the same archives, byte for byte: $(cd "$dist" && echo $archives)"
