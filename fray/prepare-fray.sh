#!/usr/bin/env bash
# Prepares Fray (org.pastalab.fray 0.9.2, Maven Central) for the tcheck "fray" engine, without Fray's Maven
# plugin, whose own JDK step fails here (it downloads a Corretto 25, and its jlink step wants <jdk>/jmods,
# which Temurin 25 does not ship). Instead, the same jlink step runs over a JDK 25's run-time image (JEP 493).
#
#   fray/prepare-fray.sh [OUT]
#
# OUT (default: $FRAY_HOME, else ~/.cache/tcheck/fray-0.9.2) gets:
#   lib/    the Fray runtime jars (fray-junit, fray-core and what they need), the agent and the JVMTI jar
#   java/   the instrumented JDK 25 image (about 190 MB), with a fray-version file
#   jvmti/  libjvmti.so, unpacked from fray-jvmti-linux-x8664
# A complete OUT is reused. Needs Maven and a JDK 25 ($JDK25_HOME, else /usr/lib/jvm/*25*).
# Prints OUT on its last line of stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=0.9.2
out="${1:-${FRAY_HOME:-$HOME/.cache/tcheck/fray-$version}}"

if [ -f "$out/java/fray-version" ] && [ "$(cat "$out/java/fray-version")" = "$version" ] \
   && [ -f "$out/jvmti/libjvmti.so" ] && ls "$out"/lib/fray-core-*.jar >/dev/null 2>&1; then
  echo "prepare-fray: reusing $out" >&2
  echo "$out"
  exit 0
fi

jdk25="${JDK25_HOME:-}"
if [ -z "$jdk25" ]; then
  for d in /usr/lib/jvm/*25*; do
    if [ -x "$d/bin/jlink" ] && grep -q 'JAVA_VERSION="25' "$d/release" 2>/dev/null; then jdk25="$d"; break; fi
  done
fi
[ -n "$jdk25" ] && [ -x "$jdk25/bin/jlink" ] || { echo "prepare-fray: needs a JDK 25 with jlink (set JDK25_HOME)" >&2; exit 2; }
command -v mvn >/dev/null || { echo "prepare-fray: needs Maven (mvn) to fetch Fray's jars" >&2; exit 2; }

mkdir -p "$out"
rm -rf "$out/lib" "$out/jlink" "$out/java" "$out/jvmti"
echo "prepare-fray: fetching Fray $version jars" >&2
mvn -B -q -f "$here/run-pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DoutputDirectory="$out/lib" >&2
mvn -B -q -f "$here/jlink-pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DoutputDirectory="$out/jlink" >&2

# The modules of the JDK image, except the linker and the packager (a run-time image cannot link them again).
mods="$("$jdk25/bin/java" --list-modules | sed 's/@.*//' | grep -v -x -e jdk.jlink -e jdk.jpackage | paste -sd, -)"
cp="$(ls "$out"/jlink/*.jar | paste -sd: -)"
jlinkjar="$(ls "$out"/jlink/fray-instrumentation-jdk-*.jar)"
echo "prepare-fray: instrumenting $jdk25 with jlink (a minute or two)" >&2
"$jdk25/bin/jlink" "-J-javaagent:$jlinkjar" "-J--module-path=$cp" -J--add-modules=org.pastalab.fray.instrumentation.jdk \
    "-J--class-path=$cp" "--output=$out/java" "--add-modules=$mods" --release-info add:IMPLEMENTOR=Fray \
    --fray-instrumentation >&2
echo "$version" > "$out/java/fray-version"

mkdir -p "$out/jvmti"
(cd "$out/jvmti" && "$jdk25/bin/jar" xf "$(ls "$out"/lib/fray-jvmti-linux-x8664-*.jar)")
so="$(find "$out/jvmti" -name 'libjvmti.so' | head -1)"
[ -n "$so" ] || { echo "prepare-fray: no libjvmti.so in fray-jvmti-linux-x8664" >&2; exit 1; }
[ "$so" = "$out/jvmti/libjvmti.so" ] || cp "$so" "$out/jvmti/libjvmti.so"
"$out/java/bin/java" -version >&2
echo "prepare-fray: done: $out" >&2
echo "$out"
