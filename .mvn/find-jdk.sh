# Sourced by ./mvnw, ./lantu and .ci/run: selects a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is >= 21, then the newest JDK >= 21 under /usr/lib/jvm (or
# $LANTU_JVM_DIR). Never falls back to an older java: stops with one line saying what to install.
lantu_java_major() {
  # prints the feature version of the java binary in $1, or nothing; read from the JDK's release
  # file when it has one, without starting a process (./lantu runs this on every start; starting
  # a JVM to ask costs a tenth of a second per candidate)
  local release line version=""
  release="${1%/*}/../release"
  if [ -f "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version//\"/}; break ;;
      esac
    done <"$release"
    case "$version" in
      1.*) version=${version#1.}; echo "${version%%.*}"; return ;;
      [0-9]*) version=${version%%[!0-9]*}; echo "$version"; return ;;
    esac
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -1
}
lantu_find_jdk() {
  local required=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(lantu_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$required" ]; then return 0; fi
  fi
  for candidate in "${LANTU_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(lantu_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$required" ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "lantu: needs a JDK 21 or newer (found none in JAVA_HOME or ${LANTU_JVM_DIR:-/usr/lib/jvm}); install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
