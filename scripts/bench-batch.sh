#!/usr/bin/env bash
# Issue 12's batch rows on PostgreSQL (docs/PERFORMANCE.md, "13th-birthday sweep, case purge and case submission on
# Orleans"), each beside its peer in the same run, bounded in count and time (a watchdog per row), with the machine's
# load printed beside every figure; every process it starts is stopped on exit.
#   scripts/bench-batch.sh [sweep|purge|cases|all]     # default all; starts a throw-away PostgreSQL when
#                                                      # HUB_TEST_POSTGRES is not set (scripts/with-postgres.sh)
#   sweep: the daily work with the 13th-birthday stages over RESIDENTS seeded residents; peer: the same SQL alone
#   purge: the CS7 retention purge of PURGE_CASES expired cases beside PURGE_LIVE live ones; peer: the same SQL alone
#   cases: POST /api/cases with one FILE_BYTES PDF through the local hub on PostgreSQL (attachment in the store);
#          peer: the same bytes inserted straight into the hub's database
# Settings (environment): RESIDENTS=1000000 SWEEP_SECONDS=120 (the custody check beyond it is projected from its rate)
#   PURGE_CASES=1000000 PURGE_LIVE=100000 PURGE_SECONDS=600 CASES=3000 WARMUP=300 CONCURRENCY=32 RESIDENTS_LOGGED_IN=256
#   FILE_BYTES=1048576 CASES_SECONDS=180 SKIP_BUILD=1 LOCALHUB_PROJECT=deploy/LocalHub
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-all}
case "$ROWS" in sweep|purge|cases|all) ;; *) echo "usage: $0 [sweep|purge|cases|all]" >&2; exit 2 ;; esac
if [ -z "${HUB_TEST_POSTGRES:-}" ]; then
  exec scripts/with-postgres.sh "$0" "$ROWS"
fi

RESIDENTS=${RESIDENTS:-1000000}; SWEEP_SECONDS=${SWEEP_SECONDS:-120}
PURGE_CASES=${PURGE_CASES:-1000000}; PURGE_LIVE=${PURGE_LIVE:-100000}; PURGE_SECONDS=${PURGE_SECONDS:-600}
CASES=${CASES:-3000}; WARMUP=${WARMUP:-300}; CONCURRENCY=${CONCURRENCY:-32}; RESIDENTS_LOGGED_IN=${RESIDENTS_LOGGED_IN:-256}
FILE_BYTES=${FILE_BYTES:-1048576}; CASES_SECONDS=${CASES_SECONDS:-180}
runs() { [ "$ROWS" = all ] || [ "$ROWS" = "$1" ]; }

say() { printf '[bench-batch] %s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if [ -z "${SKIP_BUILD:-}" ]; then
  runs cases && dotnet build "${LOCALHUB_PROJECT:-deploy/LocalHub}" -c Release -nologo -v q >/dev/null
  dotnet build tests/IntegrationHub.Benchmarks -c Release -nologo -v q >/dev/null
fi

work=$(mktemp -d)
hub_pid=""
cleanup() {
  if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The watchdog: a row that outlives its bound (plus seeding and start-up) is killed, and the script goes on.
bench() {
  local limit=$1; shift
  timeout --kill-after=30 "$limit" dotnet run --no-build -c Release --project tests/IntegrationHub.Benchmarks -- "$@" || say "$1 ended with $? (124: the watchdog stopped it after ${limit} s)"
}

if runs sweep; then
  say "sweep over $RESIDENTS residents; load $(load)"
  bench $((SWEEP_SECONDS + 1200)) sweep --residents "$RESIDENTS" --max-seconds "$SWEEP_SECONDS"
fi

if runs purge; then
  say "purge of $PURGE_CASES expired cases beside $PURGE_LIVE live ones; load $(load)"
  bench $((2 * PURGE_SECONDS + 1800)) case-purge --cases "$PURGE_CASES" --live "$PURGE_LIVE" --max-seconds "$PURGE_SECONDS"
fi

if runs cases; then
  # The local hub on a database of its own, so that the peer inserts into the same store the hub writes; on
  # PostgreSQL it takes its pseudonym key from configuration (a throw-away one per run).
  db="bench_cases_$$"
  python3 - "$HUB_TEST_POSTGRES" "$db" <<'PY' || { say "could not create the database"; exit 1; }
import subprocess, sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
subprocess.run(["psql", "-h", parts["Host"], "-p", parts["Port"], "-U", parts["Username"], "-d", parts.get("Database", "postgres"), "-qc", f'CREATE DATABASE "{sys.argv[2]}"'], check=True)
PY
  hub_conn=$(echo "$HUB_TEST_POSTGRES" | sed "s/Database=[^;]*/Database=$db/")
  hub_port=$(free_port)
  mkdir -p "$work/data"
  dotnet run --no-build -c Release --project "${LOCALHUB_PROJECT:-deploy/LocalHub}" -- --urls "http://127.0.0.1:$hub_port" \
    --Hub:Simulation=true "--Hub:DataDirectory=$work/data" --Hub:Store=postgres "--ConnectionStrings:Hub=$hub_conn" \
    "--Hub:PseudonymKey=$(head -c 32 /dev/urandom | base64 -w0)" \
    --Hub:Gateway:LoginRateLimit:PermitLimit=1000000 >"$work/hub.log" 2>&1 &
  hub_pid=$!
  hub="http://127.0.0.1:$hub_port"
  for _ in $(seq 1 240); do
    curl -fs "$hub/health/ready" >/dev/null 2>&1 && break
    kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log" >&2; say "the hub did not start"; exit 1; }
    sleep 0.5
  done
  curl -fs "$hub/health/ready" >/dev/null || { say "the hub is not ready"; exit 1; }
  hub_app=$(pgrep -P "$hub_pid" | head -n 1)   # dotnet run's child: the hub itself
  say "case submission: hub $hub on PostgreSQL; load $(load)"
  bench $((2 * CASES_SECONDS + 600)) cases --hub "$hub" --count "$CASES" --warmup "$WARMUP" --concurrency "$CONCURRENCY" \
    --residents "$RESIDENTS_LOGGED_IN" --file-bytes "$FILE_BYTES" --max-seconds "$CASES_SECONDS" --cpu-pid "$hub_app" --postgres "$hub_conn"
  kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; hub_pid=""
fi
say "done; load $(load)"
