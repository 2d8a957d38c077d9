#!/bin/sh
# Builds EMS Explorer and runs the soak benchmark: half an hour (or SOAK_MINUTES) against a
# sandbox with every fault flag on, browsing, renaming and refreshing; prints the report
# and writes it to build/soak.json. Exits non-zero when a write was lost, a name appeared
# that nobody wrote, or requests or rows stayed stuck.
set -eu
cd "$(dirname "$0")/.."
./packaging/build.sh
BUILD_DIR=${EMS_BUILD_DIR:-build}
QT_LOGGING_RULES="ems.*.info=false" "$BUILD_DIR/tests/benchmarks/ems-soak" \
    --minutes "${SOAK_MINUTES:-30}" --json "$BUILD_DIR/soak.json"
