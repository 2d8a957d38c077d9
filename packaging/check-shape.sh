#!/bin/sh
# The shape of the code, checked so that it holds without anyone remembering (CI runs this
# first; the test suite runs it as the test "shape"). Each failure names the file and the
# rule it breaks; it exits non-zero when any rule fails.
set -u
cd "$(dirname "$0")/.."
failures=0
fail() {
    echo "$1: $2" >&2
    failures=$((failures + 1))
}

# Every C++ file as clang-format (.clang-format, Debian 12's clang-format 14) lays it out.
for f in $(git ls-files '*.cpp' '*.h'); do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 \
        || fail "$f" "not formatted: run clang-format -i $f"
done

# No source file of the programs and libraries over 450 lines: split it by concern.
for f in $(git ls-files 'app/*.cpp' 'app/*.h' 'lib/*.cpp' 'lib/*.h' 'ui/*.cpp' 'ui/*.h'); do
    lines=$(wc -l <"$f")
    [ "$lines" -le 450 ] || fail "$f" "$lines lines, more than 450: split it by concern"
done

# MainWindow builds and lays out the parts; what reacts to a team's session is in ui/teams/.
grep -n '&Session::' ui/window/mainwindow.cpp >/dev/null \
    && fail ui/window/mainwindow.cpp "connects to a Session signal: do it in ui/teams/ (TeamList)"

# Requests are made in lib/core/api (lib/core/net below it sends them), with typed results.
for f in $(git ls-files 'app/*' 'lib/core/*' 'ui/*' | grep -E '\.(cpp|h)$' \
    | grep -v -e '^lib/core/api/' -e '^lib/core/net/'); do
    grep -nE 'ApiJob|QNetworkRequest|QNetworkAccessManager|session(\(\))?->(get|put|post)\(' \
        "$f" >/dev/null \
        && fail "$f" "makes a request itself: add a typed request to lib/core/api"
done

# Views read tree rows through the model's roles (ResourceTreeModel::rowType, loadState).
for f in $(git ls-files 'ui/*.cpp' 'ui/*.h'); do
    grep -n 'TreeNode' "$f" >/dev/null \
        && fail "$f" "reads TreeNode: use ResourceTreeModel's roles (rowType, loadState)"
done

[ "$failures" -eq 0 ] && echo "shape: all rules hold"
[ "$failures" -eq 0 ]
