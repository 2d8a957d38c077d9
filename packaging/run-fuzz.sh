#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) into ./build-fuzz and fuzzes each
# for a while (default 20 s; FUZZ_SECONDS=600 for a real run) from its seed corpus, after
# running every input that once crashed it. New corpus entries go to a scratch folder;
# a crash leaves its input in build-fuzz/crashes/ and fails the run.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
SECONDS_EACH=${FUZZ_SECONDS:-20}
BUILD=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DEMS_FUZZ=ON -DEMS_BUILD_BENCHMARKS=OFF \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
TARGETS="fuzz_resources fuzz_answers fuzz_files"
# shellcheck disable=SC2086
cmake --build "$BUILD" --target $TARGETS
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$BUILD/crashes"
for t in $TARGETS; do
    mkdir -p "$SCRATCH/$t"
    "$BUILD/tests/fuzz/$t" -runs=0 "tests/fuzz/crashes/$t" 2>&1 | tail -n 1
    "$BUILD/tests/fuzz/$t" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
        -artifact_prefix="$BUILD/crashes/$t-" "$SCRATCH/$t" "tests/fuzz/corpus/$t" 2>&1 |
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR' || true
    if ls "$BUILD/crashes/$t-"* >/dev/null 2>&1; then
        echo "$t found a crash: $(ls "$BUILD/crashes/$t-"*)"
        exit 1
    fi
done
echo "fuzzing: no crash in $TARGETS"
