#!/usr/bin/env bash
# Runs every test of the solution against a throw-away PostgreSQL cluster on a free 127.0.0.1 port.
# Installs what it needs on a fresh Debian machine (as root): PostgreSQL's server binaries and the npm packages of
# the FHIR schema validator. The cluster is always stopped, whatever happens.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '[test.sh] %s\n' "$*"; }

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

if [ -f tests/fhir-validator/package-lock.json ]; then
  if ! command -v npm >/dev/null; then
    say "npm is missing: install Node.js 20 and npm"
    exit 1
  fi
  say "installing the FHIR schema validator's npm packages"
  npm ci --prefix tests/fhir-validator --no-audit --no-fund --loglevel=error >/dev/null
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

say "building"
dotnet build IntegrationHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly

say "testing"
log="$work/dotnet-test.log"
set +e
dotnet test IntegrationHub.sln -c Release --no-build -nologo -v quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over all test projects.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "dotnet test exited with $status"
fi
exit "$status"
