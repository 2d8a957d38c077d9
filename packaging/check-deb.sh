#!/bin/sh
# Builds the .deb from a build folder and checks it without installing it: the files a
# desktop needs are in it, its Depends were computed (and name libsecret), and the
# programs run from the unpacked package.
set -eu
BUILD=$(realpath "$1")
cd "$BUILD"
rm -f ems-explorer_*.deb
cpack -G DEB >/dev/null
DEB=$(ls ems-explorer_*.deb)
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"
for f in usr/bin/ems-explorer usr/bin/ems-sandbox \
    usr/share/applications/invalid.example.EmsExplorer.desktop \
    usr/share/metainfo/invalid.example.EmsExplorer.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/ems-explorer.svg \
    usr/share/icons/hicolor/48x48/apps/ems-explorer.png \
    usr/share/man/man1/ems-explorer.1 usr/share/man/man1/ems-sandbox.1; do
    [ -e "$ROOT/$f" ] || { echo "missing in $DEB: $f"; exit 1; }
done
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for d in libsecret-1-0 libqt6keychain1 libqt6widgets6 libqt6network6 libcpp-httplib0.11; do
    echo "$DEPENDS" | grep -q "$d" || { echo "Depends of $DEB lacks $d: $DEPENDS"; exit 1; }
done
"$ROOT/usr/bin/ems-explorer" --version
"$ROOT/usr/bin/ems-sandbox" --help >/dev/null
echo "ok: $DEB"
