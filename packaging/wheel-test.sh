#!/usr/bin/env bash
# Build a wheel from a clean clone, install it into a fresh venv, and use it from
# outside the source tree: `copydesk check` finds the packaged rules and data, and
# the window opens offscreen with the default settings.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=${PYTHON:-python3}

git clone -q "$repo" "$work/src"
"$python" -m venv "$work/build-venv"
"$work/build-venv/bin/pip" wheel -q --no-deps -w "$work/wheels" "$work/src"
wheel=$(ls "$work/wheels"/copydesk-*.whl)
echo "== built $(basename "$wheel") ($(du -h "$wheel" | cut -f1))"
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$wheel"
"$work/venv/bin/python" - "$wheel" <<'PY'
import sys, zipfile
tops = {n.split("/")[0] for n in zipfile.ZipFile(sys.argv[1]).namelist()}
extra = sorted(t for t in tops if t != "copydesk" and not t.endswith(".dist-info"))
assert not extra, f"the wheel installs more than the copydesk package: {extra}"
print("   wheel top level:", ", ".join(sorted(tops)))
PY
cd "$work"  # nothing of the source tree is importable from here
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
rules=$("$work/venv/bin/copydesk" rules | wc -l)
echo "   copydesk rules: $rules checks"
"$work/venv/bin/python" - <<'PY'
from importlib.resources import files
need = [
    "samples/sample-article.txt",
    "icons/copydesk.svg",
    "lexicon/abbreviations.txt",
    "glossary/default.toml",
    "grammar/harper.toml",
]
missing = [n for n in need if not (files("copydesk.resources") / n).is_file()]
assert not missing, f"package data missing from the wheel: {missing}"
print("   package data found:", ", ".join(need))
PY
sample="$work/venv/lib/python3"*"/site-packages/copydesk/resources/samples/sample-article.txt"
set +e
"$work/venv/bin/copydesk" check --no-languagetool $sample > "$work/check.txt"
code=$?
set -e
[ "$code" = 1 ] || { echo "FAIL: copydesk check exit $code (expected 1)"; cat "$work/check.txt"; exit 1; }
echo "   copydesk check on the sample: $(wc -l < "$work/check.txt") issues"
if [ -z "${SMOKE_SKIP_GUI:-}" ]; then
  "$work/venv/bin/copydesk" gui --smoke-test $sample
  echo "   window opened the sample offscreen and closed"
fi
echo "== wheel test passed"
