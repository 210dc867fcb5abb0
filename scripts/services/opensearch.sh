#!/usr/bin/env bash
# Starts osmem-server, a single binary from PyPI that speaks the OpenSearch API in memory, on
# 127.0.0.1 for the tests, and prints its URL.
#
#   scripts/services/opensearch.sh VENV PORT      install into VENV if needed, start, print the URL
#   scripts/services/opensearch.sh --stop VENV    stop it
#
# The server keeps nothing on disk and stops with --stop (its pid is in VENV/osmem.pid).
set -euo pipefail

if [ "${1:-}" = "--stop" ]; then
    venv=${2:?usage: opensearch.sh --stop VENV}
    if [ -s "$venv/osmem.pid" ]; then
        kill "$(cat "$venv/osmem.pid")" 2> /dev/null || true
        rm -f "$venv/osmem.pid"
    fi
    exit 0
fi

venv=${1:?usage: opensearch.sh VENV PORT}
port=${2:?usage: opensearch.sh VENV PORT}
if ! compgen -G "$venv/lib/python3*/site-packages/osmem_server/bin/osmem-server" > /dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet osmem-server
fi
server=$(ls "$venv"/lib/python3*/site-packages/osmem_server/bin/osmem-server | head -1)
"$0" --stop "$venv"
"$server" -addr "127.0.0.1:$port" -no-stdin-watch < /dev/null > "$venv/osmem.log" 2>&1 &
echo $! > "$venv/osmem.pid"
for _ in $(seq 1 100); do
    if grep -q '"url"' "$venv/osmem.log" 2> /dev/null; then
        echo "http://127.0.0.1:$port"
        exit 0
    fi
    sleep 0.1
done
echo "opensearch.sh: osmem-server did not start; see $venv/osmem.log" >&2
exit 1
