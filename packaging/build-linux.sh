#!/usr/bin/env bash
# Build the Linux bundle of copydesk from a clean clone of this repository.
#
#   packaging/build-linux.sh            -> dist/copydesk/ (one folder) and
#                                          dist/copydesk-<version>-linux-<arch>.tar.gz
#
# Only committed files go in: the build clones HEAD into a temporary folder, installs
# copydesk (a wheel built from that clone) and PyInstaller into a fresh venv there,
# and runs packaging/copydesk.spec. Nothing from the build machine's home is bundled.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=${PYTHON:-python3}

# PyInstaller bundles the X11 libraries Qt's xcb plugin needs only when they are installed
# here; without them the bundle would not open a window on a bare desktop.
missing=$("$python" -c "import sys; sys.path.insert(0, '$repo'); from desktop.platform_libs import missing_packages; print(' '.join(missing_packages({'DISPLAY': ':0'})))")
if [ -n "$missing" ]; then
  echo "build-linux: install these first so the bundle carries them: apt-get install $missing" >&2
  exit 2
fi
echo "== clean clone of $(git -C "$repo" rev-parse --short HEAD)"
git clone -q "$repo" "$work/src"
echo "== venv with copydesk and PyInstaller"
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
"$work/venv/bin/pip" install -q "$work/src[packaging]"
version=$("$work/venv/bin/copydesk" --version | awk '{print $2}')
echo "== PyInstaller (copydesk $version)"
mkdir -p "$repo/dist"
rm -rf "$repo/dist/copydesk"
(cd "$work/src" && HOME="$work/home" "$work/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$repo/dist" --workpath "$work/build" packaging/copydesk.spec)
# Desktop integration files travel with the bundle.
install -m 644 "$work/src/packaging/linux/copydesk.desktop" "$repo/dist/copydesk/"
install -m 644 "$work/src/packaging/linux/io.github.copydesk.Copydesk.metainfo.xml" "$repo/dist/copydesk/"
install -m 644 "$work/src/resources/icons/copydesk.svg" "$repo/dist/copydesk/copydesk.svg"
install -m 644 "$work/src/resources/icons/copydesk-256.png" "$repo/dist/copydesk/copydesk.png"
arch=$(uname -m)
tarball="$repo/dist/copydesk-$version-linux-$arch.tar.gz"
tar -C "$repo/dist" -czf "$tarball" copydesk
echo "== built $repo/dist/copydesk ($(du -sh "$repo/dist/copydesk" | cut -f1)), $tarball ($(du -sh "$tarball" | cut -f1))"
