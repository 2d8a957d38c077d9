#!/bin/sh
# Builds EMS Explorer and runs the whole test suite headless: the offscreen Qt platform,
# and a private D-Bus session with an unlocked gnome-keyring for the keychain tests.
# Arguments go to CMake: -DEMS_SANITIZE=ON builds and tests with ASan and UBSan, where any
# report fails its test (use another EMS_BUILD_DIR for it).
set -eu
cd "$(dirname "$0")/.."
./packaging/build.sh "$@"
BUILD_DIR=$(realpath "${EMS_BUILD_DIR:-build}")

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/home" "$SCRATCH/data" "$SCRATCH/runtime"
chmod 700 "$SCRATCH/runtime"

# dbus-run-session outside everything else, so no password prompt can open on a display.
env HOME="$SCRATCH/home" XDG_DATA_HOME="$SCRATCH/data" XDG_RUNTIME_DIR="$SCRATCH/runtime" \
    QT_QPA_PLATFORM=offscreen EMS_REQUIRE_KEYCHAIN=1 \
    dbus-run-session -- sh -c '
        echo -n ems-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
        ctest --test-dir "$0" --output-on-failure --parallel 2' "$BUILD_DIR"
