#!/usr/bin/env bash
# Builds Java PathFinder (jpf-core, java-17 branch) without Gradle: plain javac + jar, following
# jpf-core's gradle/source-sets.gradle and build.gradle, with the fixes in jpf-core-fixes.patch.
#
#   jpf/build-jpf.sh [SOURCE] [OUT]
#
# SOURCE: a jpf-core source directory or .tar.gz archive
#         (default: $JPF_SRC, else ../shared/jpf/jpf-core-java17-src.tar.gz beside the checkout)
# OUT:    the JPF home to create (default: $JPF_HOME, else ~/.cache/tcheck/jpf-<source hash>)
#
# OUT gets jpf.properties, build/{jpf.jar,jpf-classes.jar,jpf-annotations.jar,RunJPF.jar} and the
# patched sources: the layout of a Gradle-built jpf-core, so JPF_HOME=OUT works like a user's build.
# A build whose stamp matches the source and the patch is reused (about 1-2 min otherwise).
# Prints OUT on its last line of stdout. Needs JDK 17 (javac, jar, patch or git).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
src="${1:-${JPF_SRC:-$root/../shared/jpf/jpf-core-java17-src.tar.gz}}"
patchfile="$here/jpf-core-fixes.patch"

[ -e "$src" ] || { echo "build-jpf: no jpf-core source at $src (pass a directory or .tar.gz)" >&2; exit 2; }
for tool in javac jar sha256sum; do
  command -v "$tool" >/dev/null || { echo "build-jpf: needs $tool on the PATH" >&2; exit 2; }
done
jv="$(javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')"
[ "$jv" = "17" ] || { echo "build-jpf: needs JDK 17's javac (jpf-core's java-17 branch), found $(javac -version 2>&1)" >&2; exit 2; }

if [ -d "$src" ]; then
  hash="$( (cd "$src" && find src jpf.properties -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-12)"
else
  hash="$(sha256sum "$src" | cut -c1-12)"
fi
stamp="$hash-$(sha256sum "$patchfile" | cut -c1-12)"
out="${2:-${JPF_HOME:-$HOME/.cache/tcheck/jpf-$hash}}"

if [ -f "$out/.tcheck-build" ] && [ "$(cat "$out/.tcheck-build")" = "$stamp" ] \
   && [ -f "$out/build/jpf.jar" ] && [ -f "$out/build/jpf-classes.jar" ]; then
  echo "build-jpf: reusing $out" >&2
  echo "$out"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "build-jpf: building JPF from $src into $out" >&2
if [ -d "$src" ]; then
  mkdir -p "$work/jpf-core" && cp -r "$src"/. "$work/jpf-core/"
else
  tar xzf "$src" -C "$work"
  top="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)"
  [ "$top" = "$work/jpf-core" ] || mv "$top" "$work/jpf-core"
fi
j="$work/jpf-core"
[ -d "$j/src/main/gov/nasa/jpf" ] || { echo "build-jpf: $src does not look like jpf-core (no src/main/gov/nasa/jpf)" >&2; exit 2; }

# the fixes: two upstream bugs (Thread.onSpinWait model; zero-length arrayCopy) and the SharedSecrets
# accessor that Stream.toList() needs (JPF reported it as the program's NoSuchMethodException)
if command -v patch >/dev/null; then
  patch -s -d "$j" -p1 < "$patchfile"
else
  git -C "$j" apply "$patchfile" 2>/dev/null || (cd "$j" && git apply "$patchfile")
fi

b="$j/build"
mkdir -p "$b"/{annotations,main,peers,classes,examples}
jc() {
  if ! javac -nowarn -encoding UTF-8 -g -source 17 -target 17 -Xlint:none "$@" > "$work/javac.log" 2>&1; then
    grep -v -E '^(Note:|warning:|[0-9]+ warnings?$)' "$work/javac.log" >&2 || true
    echo "build-jpf: javac failed" >&2
    exit 1
  fi
}
list() { find "$@" -name '*.java' 2>/dev/null; }

echo "build-jpf: annotations, main" >&2
jc -d "$b/annotations" $(list "$j/src/annotations")
jc -d "$b/main" -cp "$b/annotations" $(list "$j/src/main")
echo "build-jpf: peers" >&2
jc -d "$b/peers" -cp "$b/main:$b/annotations" \
   --add-exports java.base/jdk.internal.access=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED \
   $(list "$j/src/peers")
echo "build-jpf: model classes" >&2
jc -d "$b/classes" -cp "$b/main:$b/annotations" -implicit:none \
   --patch-module java.base="$j/src/classes/modules/java.base" \
   --patch-module java.logging="$j/src/classes/modules/java.logging" \
   --add-exports java.base/sun.net.www.protocol.http=ALL-UNNAMED --add-reads java.base=ALL-UNNAMED \
   $(list "$j/src/classes/gov" "$j/src/classes/org")
jc -d "$b/classes/modules" -cp "$b/classes:$b/main:$b/annotations" -implicit:none \
   --module-source-path "$j/src/classes/modules" \
   --patch-module java.base="$j/src/classes/modules/java.base" \
   --patch-module java.logging="$j/src/classes/modules/java.logging" \
   --add-exports java.base/sun.net.www.protocol.http=ALL-UNNAMED --add-reads java.base=ALL-UNNAMED \
   $(list "$j/src/classes/modules")
echo "build-jpf: examples" >&2
jc -d "$b/examples" -cp "$b/main:$b/annotations:$b/classes" $(list "$j/src/examples")

for d in main peers classes classes/modules; do
  n="$(find "$b/$d" -name '*.class' | wc -l)"
  [ "$n" -gt 0 ] || { echo "build-jpf: compiling $d produced no classes" >&2; exit 1; }
done
printf 'revision=%s\njava.version=%s\n' "$hash" "$(javac -version 2>&1)" > "$b/main/gov/nasa/jpf/build.properties"
echo "$hash" > "$b/main/gov/nasa/jpf/.version"

echo "build-jpf: jars" >&2
jar --create --file "$b/jpf-annotations.jar" -C "$b/annotations" .
jar --create --file "$b/jpf.jar" -C "$b/main" . -C "$b/peers" . -C "$b/annotations" . \
    $(cd "$b/classes" && find org/junit -maxdepth 1 -name '*.class' 2>/dev/null | sed "s#^#-C $b/classes #")
jar --create --file "$b/jpf-classes.jar" -C "$b/classes" . -C "$b/annotations" . \
    $(cd "$b/main" && for c in gov/nasa/jpf/JPFShell.class gov/nasa/jpf/vm/Verify.class gov/nasa/jpf/util/TypeRef.class \
        gov/nasa/jpf/util/test/TestJPF.class gov/nasa/jpf/util/test/TestMultiProcessJPF.class gov/nasa/jpf/util/test/TestJPFHelper.class; do
        [ -f "$c" ] && echo "-C $b/main $c"; done)
run_classes=""
for c in tool/Run tool/RunJPF Config ConfigChangeListener 'Config$MissingRequiredKeyException' JPFClassLoader JPFShell \
         JPFException JPFConfigException JPFTargetException util/JPFSiteUtils util/FileUtils util/StringMatcher util/Pair; do
  [ -f "$b/main/gov/nasa/jpf/$c.class" ] && run_classes="$run_classes gov/nasa/jpf/$c.class"
done
printf 'Main-Class: gov.nasa.jpf.tool.RunJPF\nImplementation-Title: Java Pathfinder core launch system\n' > "$work/manifest"
(cd "$b/main" && jar --create --file "$b/RunJPF.jar" --manifest "$work/manifest" $run_classes)

rm -rf "$out.tmp" && mkdir -p "$out.tmp/build"
cp "$b"/*.jar "$out.tmp/build/"
cp -r "$b/examples" "$out.tmp/build/examples"
cp "$j/jpf.properties" "$out.tmp/"
cp -r "$j/src" "$out.tmp/src"
[ -f "$j/LICENSE-2.0.txt" ] && cp "$j/LICENSE-2.0.txt" "$out.tmp/"
echo "$stamp" > "$out.tmp/.tcheck-build"
rm -rf "$out" && mkdir -p "$(dirname "$out")" && mv "$out.tmp" "$out"
echo "build-jpf: done: $out" >&2
echo "$out"
