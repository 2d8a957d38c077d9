#!/bin/sh
# Installs every build and test dependency of EMS Explorer on Debian 12.
# Idempotent: prints nothing and does nothing when everything is present.
set -eu

PACKAGES="g++ cmake ninja-build ccache pkg-config
qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6svg6 qt6-qpa-plugins qtkeychain-qt6-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core openssl
dpkg-dev file desktop-file-utils appstream qt6-translations-l10n clang clang-format libclang-rt-14-dev curl git"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
