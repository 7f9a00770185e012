#!/usr/bin/env bash
# Fetch LanguageTool (server + English) from Maven Central into a folder of jars that
# copydesk starts with `java -cp 'DIR/*' org.languagetool.server.HTTPServer`.
# Same result as `copydesk languagetool install --maven`, without Python (CI uses it).
#
#   packaging/fetch-languagetool.sh [DIR]
#
# DIR defaults to $COPYDESK_LT_CLASSPATH, else <cache>/copydesk/languagetool-6.8/lib where
# <cache> is $COPYDESK_CACHE_DIR or the user cache (platformdirs' choice: $XDG_CACHE_HOME
# or ~/.cache on Linux, ~/Library/Caches on macOS). Prints the folder on stdout.
# A second run does nothing once the folder is complete (a stamp file marks it).
# Needs Java 17+ (to run it later) and Maven; exits 3 when either is missing.
set -euo pipefail

LT_VERSION=6.8 # keep equal to checks/grammar/lt_backend.py LT_VERSION (a test checks it)
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1
STAMP=.copydesk-complete

if [ $# -ge 1 ]; then
  dest=$1
elif [ -n "${COPYDESK_LT_CLASSPATH:-}" ]; then
  dest=$COPYDESK_LT_CLASSPATH
else
  if [ -n "${COPYDESK_CACHE_DIR:-}" ]; then
    cache=$COPYDESK_CACHE_DIR
  elif [ "$(uname -s)" = Darwin ]; then
    cache=$HOME/Library/Caches/copydesk
  else
    cache=${XDG_CACHE_HOME:-$HOME/.cache}/copydesk
  fi
  dest=$cache/languagetool-$LT_VERSION/lib
fi

complete() {
  [ -f "$dest/$STAMP" ] &&
    [ -f "$dest/languagetool-server-$LT_VERSION.jar" ] &&
    [ -f "$dest/language-en-$LT_VERSION.jar" ]
}

if complete; then
  echo "fetch-languagetool: LanguageTool $LT_VERSION already complete in $dest" >&2
  echo "$dest"
  exit 0
fi
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "fetch-languagetool: '$tool' is not on PATH (LanguageTool needs Java 17+; fetching needs Maven)" >&2
    exit 3
  fi
done

mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-ltpom-XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.copydesk</groupId><artifactId>languagetool-fetch</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-server</artifactId><version>$LT_VERSION</version></dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-en</artifactId><version>$LT_VERSION</version></dependency>
  </dependencies>
</project>
EOF
echo "fetch-languagetool: LanguageTool $LT_VERSION from Maven Central into $dest" >&2
start=$(date +%s)
mvn -q -B -f "$work/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
  "-DoutputDirectory=$dest" -DincludeScope=runtime >&2
if [ ! -f "$dest/languagetool-server-$LT_VERSION.jar" ] || [ ! -f "$dest/language-en-$LT_VERSION.jar" ]; then
  echo "fetch-languagetool: Maven finished but $dest lacks the LanguageTool jars" >&2
  exit 1
fi
echo "org.languagetool:languagetool-server,language-en:$LT_VERSION" >"$dest/$STAMP"
jars=$(find "$dest" -maxdepth 1 -name '*.jar' | wc -l)
size=$(du -sm "$dest" | cut -f1)
echo "fetch-languagetool: $jars jars, ${size} MB in $(($(date +%s) - start)) s" >&2
echo "$dest"
