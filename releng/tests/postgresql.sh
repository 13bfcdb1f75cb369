#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, as an office server is set up (README, "Office server"):
# a cluster in a temporary folder, listening on 127.0.0.1 only, TLS on (a self-signed certificate for
# localhost, which the tests verify), password logins (SCRAM) for the role `homeward`, and one database
# per test bundle so that every test runtime starts empty.
#
#   releng/tests/postgresql.sh start DIR PORT DATABASE...   prints the JDBC URL prefix and options
#   releng/tests/postgresql.sh stop DIR
#
# Needs Debian's postgresql package (initdb, pg_ctl) and openssl. PostgreSQL refuses to run as root: as
# root, the cluster belongs to the `postgres` user the package creates.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgresql.sh: no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

command=$1 dir=$2
case "$command" in
  start)
    port=$3; shift 3
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/cluster" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # TLS: a certificate for localhost the clients check with sslmode=verify-full
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost" -keyout "$dir/server.key" -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
    cp "$dir/server.crt" "$dir/root.crt"
    chmod 644 "$dir/root.crt"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/server.key" "$dir/server.crt"; fi
    cat >"$dir/cluster/pg_hba.conf" <<EOF
local   all  postgres                trust
hostssl all  homeward  127.0.0.1/32  scram-sha-256
EOF
    as_owner "$bin/pg_ctl" -D "$dir/cluster" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
      -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key -c max_connections=200 \
      -c password_encryption=scram-sha-256" start >/dev/null
    password=$(openssl rand -hex 16)
    as_owner "$bin/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE homeward LOGIN PASSWORD '$password'" >/dev/null
    for db in "$@"; do
      as_owner "$bin/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE \"$db\" OWNER homeward ENCODING 'UTF8'" >/dev/null
    done
    echo "url=jdbc:postgresql://localhost:$port/"
    echo "options=?sslmode=verify-full&sslrootcert=$dir/root.crt"
    echo "password=$password"
    ;;
  stop)
    if [ -d "$dir/cluster" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/cluster" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgresql.sh start DIR PORT DATABASE... | stop DIR" >&2
    exit 64
    ;;
esac
