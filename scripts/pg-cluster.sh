#!/usr/bin/env bash
# A throwaway PostgreSQL 15 (+ PostGIS) cluster for the tests: never a real database.
#
#   scripts/pg-cluster.sh start   initdb if needed, start, create database situation_test; prints the DATABASE_URL
#   scripts/pg-cluster.sh url     prints the DATABASE_URL
#   scripts/pg-cluster.sh stop    stops the server by its pid (the folder is kept, and reused by the next start)
#
#   export TEST_DATABASE_URL=$(scripts/pg-cluster.sh start)
#
# Environment: PG_DIR (default $TMPDIR/situation-pg, or /tmp/situation-pg), PG_PORT (default 55432),
# PG_BIN (default /usr/lib/postgresql/15/bin), PG_RESET=1 to delete the cluster and make it anew,
# PG_SHARED_BUFFERS (e.g. 6GB; default PostgreSQL's own 128MB: the bench sets a quarter of memory).
# Trust authentication, listening on 127.0.0.1 only; durability is off (fsync=off): test data only.
# Run as root, the server runs as the `postgres` user (which owns the folder); otherwise as you.
# Only the URL goes to stdout; everything else to stderr.
set -euo pipefail

DIR="${PG_DIR:-${TMPDIR:-/tmp}/situation-pg}"
PORT="${PG_PORT:-55432}"
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DB=situation_test
DATA="$DIR/data"
LOG="$DIR/server.log"
MARKER="$DIR/SITUATION-PG-CLUSTER"

say() { echo "pg-cluster: $*" >&2; }
die() { say "$*"; exit 1; }

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

# The pid and port of the running server, from postmaster.pid (empty when it is not running).
server_pid() {
  [ -f "$DATA/postmaster.pid" ] || return 0
  local pid
  pid="$(sed -n 1p "$DATA/postmaster.pid")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}
server_port() { sed -n 4p "$DATA/postmaster.pid"; }

url() {
  local port="$PORT"
  [ -n "$(server_pid)" ] && port="$(server_port)"
  echo "postgres://postgres@127.0.0.1:${port}/${DB}"
}

start() {
  [ -x "$BIN/initdb" ] || die "no PostgreSQL 15 at $BIN (apt-get install postgresql postgresql-15-postgis-3, or set PG_BIN)"
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then die "running as root needs the 'postgres' user (Debian's postgresql package creates it)"; fi

  if [ -n "$(server_pid)" ]; then
    if [ "${PG_RESET:-}" = 1 ]; then stop; else say "already running (pid $(server_pid), port $(server_port))"; fi
  fi
  if [ -e "$DIR" ] && [ ! -f "$MARKER" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
    die "$DIR exists and was not made by this script: choose another PG_DIR"
  fi
  if [ "${PG_RESET:-}" = 1 ] || { [ -d "$DIR" ] && [ ! -f "$DATA/PG_VERSION" ]; }; then
    say "removing $DIR"
    rm -rf "$DIR"
  fi

  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DIR"
    touch "$MARKER"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR" "$MARKER"
    as_owner test -w "$DIR" || die "the postgres user cannot write $DIR (is a parent folder private?): set PG_DIR"
    say "initdb $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  elif [ "$(cat "$DATA/PG_VERSION")" != 15 ]; then
    die "$DATA holds a PostgreSQL $(cat "$DATA/PG_VERSION") cluster; run with PG_RESET=1 to replace it"
  fi

  if [ -z "$(server_pid)" ]; then
    say "starting on 127.0.0.1:$PORT"
    # Options on the command line, so a reused cluster takes the port asked for now.
    local opts="-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100${PG_SHARED_BUFFERS:+ -c shared_buffers=$PG_SHARED_BUFFERS}"
    if ! as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -o "$opts" start >&2; then
      tail -n 20 "$LOG" >&2 || true
      die "the server did not start (is port $PORT taken? set PG_PORT)"
    fi
  fi

  local port
  port="$(server_port)"
  local psql=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  if [ "$("${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    "${psql[@]}" -d postgres -c "CREATE DATABASE $DB" >&2
  fi
  # The extensions the store's migrations create, made once here so that they live in public.
  "${psql[@]}" -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS btree_gist" >&2
  url
}

stop() {
  local pid
  pid="$(server_pid)"
  if [ -z "$pid" ]; then
    say "not running"
    return 0
  fi
  say "stopping pid $pid"
  kill -INT "$pid" # fast shutdown: ends the sessions, then a clean checkpoint
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  say "pid $pid still running after 30 s: immediate shutdown"
  kill -QUIT "$pid" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) die "usage: $0 start|stop|url" ;;
esac
