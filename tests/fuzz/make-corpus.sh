#!/bin/sh
# Writes the seed corpus of the fuzz targets from the sandbox's own answers:
#   tests/fuzz/make-corpus.sh build/app/ems-sandbox/ems-sandbox
# fuzz_resources inputs start with a byte for the family (0 space, 1 node, 2 data pool,
# 3 data model, 4 workspace, 5 analysis; +128 for a single object); fuzz_files inputs with
# 1 for a pending-edits file, 0 for a settings file.
set -eu
SANDBOX=$1
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=18777
"$SANDBOX" --port $PORT >/dev/null 2>&1 &
PID=$!
trap 'kill $PID' EXIT
BASE=http://127.0.0.1:$PORT
KEY=$("$SANDBOX" --list-keys | awk '$3 == "admin" { print $2 }')
until curl -s -o /dev/null "$BASE/api/cloud"; do sleep 0.1; done
get() { curl -s -H "Authorization: Bearer $KEY" "$BASE$1"; }
first_id() { grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4; }
seed() { # target name family-byte
    out="$HERE/corpus/$1/$2"
    printf "\\$(printf '%03o' "$3")" > "$out"
    cat >> "$out"
}
R=fuzz_resources
SPACE=$(get /package-manager/api/spaces | first_id)
POOL=$(get /integration/api/pools | first_id)
WORKSPACE=$(get /process-mining/api/processes | first_id)
get /package-manager/api/spaces | seed $R spaces 0
get "/package-manager/api/spaces/$SPACE" | seed $R space 128
get "/package-manager/api/nodes/tree?spaceId=$SPACE" | seed $R nodes 1
NODE=$(get "/package-manager/api/nodes/tree?spaceId=$SPACE" | first_id)
get "/package-manager/api/nodes/$NODE" | seed $R node 129
get /integration/api/pools | seed $R pools 2
get "/integration/api/pools/$POOL" | seed $R pool 130
get "/integration/api/pools/$POOL/data-models" | seed $R data-models 3
MODEL=$(get "/integration/api/pools/$POOL/data-models" | first_id)
get "/integration/api/pools/$POOL/data-models/$MODEL" | seed $R data-model 131
get /process-mining/api/processes | seed $R workspaces 4
get "/process-mining/api/processes/$WORKSPACE" | seed $R workspace 132
get "/process-mining/api/analysis?processId=$WORKSPACE" | seed $R analyses 5
A=fuzz_answers
get /api/cloud > "$HERE/corpus/$A/cloud"
get /api/cloud/permissions > "$HERE/corpus/$A/permissions"
get /package-manager/api/spaces/unknown > "$HERE/corpus/$A/not-found"
curl -s -X PUT -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
    -d "{\"id\":\"$SPACE\",\"name\":\" \"}" "$BASE/package-manager/api/spaces/$SPACE" \
    > "$HERE/corpus/$A/validation"
curl -s -X POST -d "grant_type=password" "$BASE/oauth2/token" > "$HERE/corpus/$A/oauth-error"
printf '120' > "$HERE/corpus/$A/retry-after"
printf 'Sun, 29 Nov 2026 12:00:05 GMT' > "$HERE/corpus/$A/retry-after-date"
F=fuzz_files
printf '{"team":"%s","edits":[{"family":0,"kind":0,"id":"%s","parentId":"","name":"Finance","changeStamp":1700000000000,"seen":{"name":"Finance"},"changes":{"name":"Finanzen"},"previous":{"name":"Finance"}}]}' \
    "$BASE" "$SPACE" | seed $F pending-edits 1
printf '[profiles]\nAcme\\url=https://acme.eu-1.celonis.cloud\nAcme\\auth=OAUTH_CLIENT\nAcme\\clientId=explorer\nAcme\\scopes=studio package-manager\nAcme\\keyType=APP_KEY\nAcme\\timeoutSeconds=60\nAcme\\totalRetries=3\nAcme\\backoffFactor=0.5\nAcme\\maxAnswerBytes=67108864\nAcme\\keyStorage=keychain\n' \
    | seed $F profiles 0
