#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the benchmark: a new data directory under
# /tmp, a free port on 127.0.0.1, password logins over TCP, nothing kept afterwards.
#
#   url=$(scripts/postgres.sh start)   # prints a superuser URL to the new cluster
#   scripts/postgres.sh stop           # stops it and removes its directory
#
# Debian's `postgresql` package provides the server (scripts/setup.sh --test installs it). As
# root the cluster runs as the `postgres` user, since the server refuses to run as root.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "PostgreSQL's server is not installed: run scripts/setup.sh --test" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" = 0 ]; then
    as_owner=(runuser -u postgres --)
fi

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/cxo-review-postgres.XXXXXX)
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$password" > "$dir/password"
    chmod 600 "$dir/password"
    # TLS as a real server offers it: a self-signed certificate for 127.0.0.1, which the tests
    # also use as the CA to verify the server by (sslrootcert).
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
        -keyout "$dir/server.key" -out "$dir/server.crt" 2> /dev/null
    chmod 600 "$dir/server.key"
    chmod 644 "$dir/server.crt"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    # fsync off: the cluster lives for one run. Connections for 20 benchmark clients and the
    # tests' parallel threads.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start > /dev/null
    echo "$dir" > /tmp/cxo-review-postgres.current
    echo "postgres://postgres:$password@127.0.0.1:$port/postgres" > "$dir/url"
    echo "postgres://postgres:$password@127.0.0.1:$port/postgres"
    ;;
stop)
    # The cluster named, or the one started last.
    current=$(cat /tmp/cxo-review-postgres.current 2>/dev/null || true)
    dir=${2:-$current}
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
        rm -rf "$dir"
    fi
    if [ "$dir" = "$current" ]; then rm -f /tmp/cxo-review-postgres.current; fi
    ;;
*)
    echo "usage: scripts/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
