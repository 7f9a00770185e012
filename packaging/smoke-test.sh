#!/usr/bin/env bash
# Smoke-test a built Linux bundle with an empty environment (no venv, no PYTHONPATH):
#   packaging/smoke-test.sh [BUNDLE_DIR] [REFERENCE_COPYDESK]
# 1. --version; 2. check the shipped sample and compare the issues (JSON) with the
# reference command (the installed CLI, default .venv/bin/copydesk); 3. the window,
# started offscreen, opens the sample and closes cleanly.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bundle=${1:-$repo/dist/copydesk}
reference=${2:-$repo/.venv/bin/copydesk}
sample="$repo/resources/samples/sample-article.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
run() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

echo "== bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
# The bundle carries Qt's X11 libraries, so a bare Linux desktop needs no extra package.
for lib in $(sed -n 's/^    "\([a-z0-9-]*\)": "lib.*",$/\1/p' "$repo/desktop/platform_libs.py"); do
  ls "$bundle"/_internal/lib"$lib".so* > /dev/null 2>&1 \
    || { echo "FAIL: the bundle lacks lib$lib (install it on the build machine)"; exit 1; }
done
echo "   Qt's X11 libraries are in the bundle"
start=$EPOCHREALTIME
run "$bundle/copydesk" --version
echo "   start-up and --version: $(since "$start") s"

start=$EPOCHREALTIME
set +e
run "$bundle/copydesk" check --no-languagetool --format json "$sample" > "$tmp/bundle.json"
code=$?
set -e
echo "   check of the sample: exit $code in $(since "$start") s"
[ "$code" = 1 ] || { echo "FAIL: expected exit 1 (issues found), got $code"; exit 1; }
env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$reference" check --no-languagetool \
  --format json "$sample" > "$tmp/reference.json" || true
if ! cmp -s "$tmp/bundle.json" "$tmp/reference.json"; then
  echo "FAIL: the bundle's issues differ from the installed CLI's:"
  diff <(grep '"rule"' "$tmp/reference.json") <(grep '"rule"' "$tmp/bundle.json") | head -20
  exit 1
fi
echo "   same $(grep -c '"rule"' "$tmp/bundle.json") issues as $reference"

if [ -n "${SMOKE_SKIP_GUI:-}" ]; then
  echo "== GUI part skipped (SMOKE_SKIP_GUI set)"
else
  start=$EPOCHREALTIME
  run "$bundle/copydesk" gui --smoke-test "$sample"
  echo "   window opened the sample and closed: $(since "$start") s"
fi
echo "== smoke test passed"
