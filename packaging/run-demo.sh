#!/bin/sh
# Builds EMS Explorer and starts it against the built-in sandbox team.
set -eu
cd "$(dirname "$0")/.."
./packaging/build.sh
exec "${EMS_BUILD_DIR:-build}/app/ems-explorer/ems-explorer" --demo "$@"
