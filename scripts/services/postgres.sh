#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the tests and prints its URL.
#
#   scripts/services/postgres.sh DIR [PORT]      start (initdb into DIR first if it is empty)
#   scripts/services/postgres.sh --stop DIR      stop it
#
# Uses the installed binaries (initdb, pg_ctl; Debian's postgresql package has them under
# /usr/lib/postgresql/*/bin). Run as root, it runs the server as the `postgres` user, since
# PostgreSQL refuses to run as root. Durability is off (fsync=off): the cluster is for tests.
set -euo pipefail

if [ "${1:-}" = "--stop" ]; then
    dir=$(realpath "${2:?usage: postgres.sh --stop DIR}")
    as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    as_owner pg_ctl -D "$dir/data" -m fast -w stop > /dev/null
    exit 0
fi

dir=${1:?usage: postgres.sh DIR [PORT]}
port=${2:-55432}
mkdir -p "$dir"
dir=$(realpath "$dir")
PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
command -v initdb > /dev/null && command -v pg_ctl > /dev/null \
    || { echo "postgres.sh: initdb and pg_ctl not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
    id postgres > /dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
fi

if [ ! -s "$dir/data/PG_VERSION" ]; then
    as_owner initdb -D "$dir/data" -U gleaner --auth=trust -E UTF8 --locale=C > "$dir/initdb.log"
fi
if ! as_owner pg_ctl -D "$dir/data" status > /dev/null 2>&1; then
    as_owner pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        > /dev/null
fi
echo "postgres://gleaner@127.0.0.1:$port/postgres"
