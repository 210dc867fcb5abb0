#!/usr/bin/env bash
# Property-based tests of the desk's API against its OpenAPI document (issue 13): schemathesis
# generates requests from docs/openapi.json and checks that no answer is a server error (5xx)
# and that every answer fits the document.
#
#   bash scripts/desk/schemathesis.sh [ST]       # ST: the schemathesis command (default: st)
#
# It curates the bundled demo into a throwaway workspace, starts the desk example on a free
# port of 127.0.0.1 in single-user mode, takes a session and its CSRF token (so that
# state-changing operations are exercised, not only refused), and runs schemathesis with
# `not_a_server_error` and `response_schema_conformance`. Needs the examples built
# (cargo build --examples) and schemathesis (pip install schemathesis). Exits non-zero when a
# check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
st=${1:-st}
# A path is made absolute: schemathesis runs in the throwaway directory (its cache goes there).
case $st in
    */*) st="$(cd "$(dirname "$st")" && pwd)/$(basename "$st")" ;;
esac
target=${CARGO_TARGET_DIR:-target}/debug/examples
work=$(mktemp -d)
trap 'kill "${desk:-0}" 2> /dev/null || true; rm -rf "$work"' EXIT

"$target/curate" --quiet --workspace "$work/ws" --out "$work/out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$target/desk" --workspace "$work/ws" --out "$work/out" --port "$port" > "$work/desk.log" 2>&1 &
desk=$!
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/api/session" && break
    sleep 0.1
done
session=$(curl -s -D "$work/headers" "http://127.0.0.1:$port/api/session")
cookie=$(sed -n 's/^set-cookie: \([^;]*\).*/\1/ip' "$work/headers" | head -1)
csrf=$(printf '%s' "$session" | python3 -c 'import json, sys; print(json.load(sys.stdin)["csrf"])')

(cd "$work" && "$st" run "http://127.0.0.1:$port/api/openapi.json" \
    --url "http://127.0.0.1:$port" \
    --header "Cookie: $cookie" \
    --header "X-CSRF-Token: $csrf" \
    --checks not_a_server_error,response_schema_conformance \
    --max-examples "${GLEANER_SCHEMATHESIS_EXAMPLES:-25}" \
    --generation-deterministic)
