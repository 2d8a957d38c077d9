#!/bin/sh
# Builds EMS Explorer (optimised) and runs the benchmarks: prints a table, writes the
# figures to build-bench/benchmarks.json and the table into docs/benchmarks.md.
set -eu
cd "$(dirname "$0")/.."
EMS_BUILD_DIR=${EMS_BUILD_DIR:-build-bench} ./packaging/build.sh -DCMAKE_BUILD_TYPE=Release
BUILD_DIR=${EMS_BUILD_DIR:-build-bench}
QT_LOGGING_RULES="ems.*.info=false" "$BUILD_DIR/tests/benchmarks/ems-benchmarks" \
    --json "$BUILD_DIR/benchmarks.json" --markdown docs/benchmarks.md
