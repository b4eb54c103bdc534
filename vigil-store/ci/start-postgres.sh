#!/usr/bin/env bash
# Starts a PostgreSQL server on 127.0.0.1:5432 for the store tests and prints the JDBC URL to use as
# VIGIL_TEST_PG_URL (the only line on stdout; progress goes to stderr).
#
#   export VIGIL_TEST_PG_URL="$(bash vigil-store/ci/start-postgres.sh)"
#
# Installs Debian's postgresql package when it is missing (needs root and the Debian package mirror), starts the
# packaged cluster (pg_ctlcluster 15 main) or, where there is none, initdb's one into a temporary folder as the
# postgres user, then creates the role vigil_test and the database vigil_test (idempotent). Loopback only.
set -euo pipefail
log() { echo "start-postgres: $*" >&2; }

PORT="${VIGIL_PG_PORT:-5432}"
DB=vigil_test
USER_NAME=vigil_test
PASSWORD=vigil_test

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
VERSION="$(basename "$(dirname "$BIN")")"

ready() { "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q; }

if ! ready; then
  if command -v pg_ctlcluster >/dev/null && [ -d "/etc/postgresql/$VERSION/main" ]; then
    log "starting cluster $VERSION/main"
    pg_ctlcluster "$VERSION" main start >&2 || true
    # after an unclean shutdown the cluster replays and syncs its files before it takes connections, which can
    # outlast pg_ctlcluster's own wait: while it answers "rejecting connections" (status 1), wait for it
    for _ in $(seq 1 600); do
      status=0; "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q || status=$?
      [ "$status" = 1 ] || break
      sleep 1
    done
  fi
fi
if ! ready; then
  DATA="${VIGIL_PG_DATA:-/tmp/vigil-pg-data}"
  log "initdb into $DATA"
  if [ ! -s "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    mkdir -p "$DATA"
    chown postgres:postgres "$DATA"
    su postgres -s /bin/sh -c "'$BIN/initdb' -D '$DATA' -A trust -U postgres" >&2
  fi
  su postgres -s /bin/sh -c "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w \
    -o \"-c listen_addresses=127.0.0.1 -p $PORT -k /tmp\" start" >&2
fi
for _ in $(seq 1 30); do ready && break; sleep 1; done
ready || { log "server not ready on 127.0.0.1:$PORT"; exit 1; }

psql_admin() { su postgres -s /bin/sh -c "psql -h 127.0.0.1 -p $PORT -U postgres -v ON_ERROR_STOP=1 -qAt $*" 2>/dev/null \
  || su postgres -s /bin/sh -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt $*"; }
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname='$USER_NAME'\"")" != "1" ]; then
  psql_admin "-c \"create role $USER_NAME login password '$PASSWORD'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname='$DB'\"")" != "1" ]; then
  psql_admin "-c \"create database $DB owner $USER_NAME\"" >&2
fi
log "ready: PostgreSQL $VERSION on 127.0.0.1:$PORT, database $DB"
echo "jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$USER_NAME&password=$PASSWORD"
