#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster on a free 127.0.0.1 port, its admin connection string in
# HUB_TEST_POSTGRES, and always stops the cluster afterwards. Installs Debian's postgresql package when run as root
# on a machine without it.
#   scripts/with-postgres.sh dotnet test IntegrationHub.slnx
set -euo pipefail

say() { printf '[with-postgres] %s\n' "$*" >&2; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PG_BIN=$(pg_bin)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing PostgreSQL (Debian package postgresql)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(pg_bin)
  else
    say "PostgreSQL's server binaries are missing: install Debian's 'postgresql' package (apt-get install postgresql)"
    exit 1
  fi
fi

work=$(mktemp -d)
pgdata="$work/pgdata"
mkdir -p "$pgdata"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root.
  chown -R postgres:postgres "$work"
  as_pg=(runuser -u postgres --)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

stop_cluster() {
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_cluster EXIT

say "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$pgdata" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pgdata" -l "$work/postgres.log" -w -o \
  "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=256MB" \
  start >/dev/null

export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
set +e
"$@"
status=$?
set -e
exit "$status"
