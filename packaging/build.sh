#!/bin/sh
# Installs the dependencies and builds EMS Explorer into ./build (or $EMS_BUILD_DIR).
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
BUILD_DIR=${EMS_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
cmake --build "$BUILD_DIR"
