#!/usr/bin/env bash
# A private PostgreSQL cluster on loopback for tests: `scripts/pg.sh start` prints the URL to export
# as ANQUAN_TEST_PG_URL; `scripts/pg.sh stop` stops it and removes its files.
# Installs Debian's postgresql when missing (root only); `scripts/pg.sh install` only does that. State lives in $ANQUAN_PG_DIR (default /tmp/anquan-pg).
set -euo pipefail
DIR="${ANQUAN_PG_DIR:-/tmp/anquan-pg}"
PORT="${ANQUAN_PG_PORT:-55432}"
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

install_server() {
  if [ -z "$(pgbin)" ]; then
    echo "pg.sh: installing postgresql (Debian)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  fi
}

case "${1:-}" in
  install)
    install_server
    ;;
  start)
    install_server
    BIN=$(pgbin)
    [ -n "$BIN" ] || { echo "pg.sh: no PostgreSQL server binaries found" >&2; exit 1; }
    if [ -f "$DIR/data/postmaster.pid" ]; then
      echo "pg.sh: already running in $DIR" >&2
    else
      rm -rf "$DIR"; mkdir -p "$DIR/data" "$DIR/sock"; chown -R postgres:postgres "$DIR"
      runuser -u postgres -- "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
      runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR/sock -c fsync=off -c max_connections=100" start >/dev/null
      psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE ROLE anquan LOGIN PASSWORD 'anquan'" -c "CREATE DATABASE anquan_test OWNER anquan" >/dev/null
    fi
    echo "postgres://anquan:anquan@127.0.0.1:$PORT/anquan_test"
    ;;
  stop)
    BIN=$(pgbin)
    if [ -n "$BIN" ] && [ -f "$DIR/data/postmaster.pid" ]; then
      runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$DIR"
    ;;
  *) echo "usage: scripts/pg.sh install|start|stop" >&2; exit 2 ;;
esac
