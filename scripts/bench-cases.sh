#!/usr/bin/env bash
# Issue 5's goals (docs/PERFORMANCE.md, "Cases (issue 5)"), all on 127.0.0.1, bounded in count and time, and every
# process it starts stopped on exit:
#   1. case submits with a 1 MB PDF through the local hub's gateway (cases/s, p50/p95/p99, status counts, hub CPU/case);
#   2. the clinic inbox (first page) with INBOX_SEED more cases seeded straight into the hub's store;
#   3. (PostgreSQL only, PURGE=1) the retention purge of PURGE_CASES expired cases, in-process silo on its own database.
#   SKIP_BUILD=1 scripts/bench-cases.sh                            # the hub on its embedded SQLite store
#   SKIP_BUILD=1 PURGE=1 scripts/with-postgres.sh scripts/bench-cases.sh   # the hub on PostgreSQL, then the purge
# Settings (environment): CASES=5000 WARMUP=300 CONCURRENCY=32 RESIDENTS=256 FILE_BYTES=1048576 INBOX_SEED=100000
#   INBOX_GETS=2000 PURGE=0 PURGE_CASES=1000000 PURGE_LIVE=100000 SKIP_BUILD=1 LOCALHUB_PROJECT=deploy/LocalHub
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${CASES:-5000}; WARMUP=${WARMUP:-300}; CONCURRENCY=${CONCURRENCY:-32}; RESIDENTS=${RESIDENTS:-256}
FILE_BYTES=${FILE_BYTES:-1048576}; INBOX_SEED=${INBOX_SEED:-100000}; INBOX_GETS=${INBOX_GETS:-2000}
PURGE=${PURGE:-0}; PURGE_CASES=${PURGE_CASES:-1000000}; PURGE_LIVE=${PURGE_LIVE:-100000}

say() { printf '[bench-cases] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build deploy/LocalHub -c Release -nologo -v q >/dev/null
  dotnet build tests/IntegrationHub.Benchmarks -c Release -nologo -v q >/dev/null
fi

work=$(mktemp -d)
hub_pid=""
cleanup() {
  if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

store_args=(); inbox_args=(--sqlite "$work/data/hub.db")
if [ -n "${HUB_TEST_POSTGRES:-}" ]; then
  # The hub gets a database of its own, so that the purge below can have another.
  psql_conn="$HUB_TEST_POSTGRES"
  db="bench_cases_$$"
  python3 - "$psql_conn" "$db" <<'PY' || { say "could not create the database"; exit 1; }
import subprocess, sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
subprocess.run(["psql", "-h", parts["Host"], "-p", parts["Port"], "-U", parts["Username"], "-d", parts.get("Database", "postgres"), "-qc", f'CREATE DATABASE "{sys.argv[2]}"'], check=True)
PY
  hub_conn=$(echo "$psql_conn" | sed "s/Database=[^;]*/Database=$db/")
  store_args=(--Hub:Store=postgres "--ConnectionStrings:Hub=$hub_conn")
  inbox_args=(--postgres "$hub_conn")
fi

hub_port=$(free_port)
mkdir -p "$work/data"
dotnet run --no-build -c Release --project "${LOCALHUB_PROJECT:-deploy/LocalHub}" -- --urls "http://127.0.0.1:$hub_port" \
  --Hub:Simulation=true "--Hub:DataDirectory=$work/data" "${store_args[@]}" \
  --Hub:Gateway:LoginRateLimit:PermitLimit=1000000 >"$work/hub.log" 2>&1 &
hub_pid=$!
hub="http://127.0.0.1:$hub_port"
for _ in $(seq 1 120); do
  curl -fs "$hub/health/ready" >/dev/null 2>&1 && break
  kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log" >&2; say "the hub did not start"; exit 1; }
  sleep 0.5
done
curl -fs "$hub/health/ready" >/dev/null || { say "the hub is not ready"; exit 1; }
store_name=sqlite; [ -n "${HUB_TEST_POSTGRES:-}" ] && store_name=postgres
say "hub $hub (store: $store_name); load: $(cut -d' ' -f1-3 /proc/loadavg)"

bench() { dotnet run --no-build -c Release --project tests/IntegrationHub.Benchmarks -- "$@"; }
hub_app=$(pgrep -P "$hub_pid" | head -n 1)   # dotnet run's child: the hub itself
bench cases --hub "$hub" --count "$CASES" --warmup "$WARMUP" --concurrency "$CONCURRENCY" --residents "$RESIDENTS" \
  --file-bytes "$FILE_BYTES" --max-seconds 180 --cpu-pid "$hub_app" --inbox-seed "$INBOX_SEED" --inbox-gets "$INBOX_GETS" "${inbox_args[@]}"
du -sh "$work/data" >&2 || true
kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; hub_pid=""
rm -rf "$work/data"

if [ "$PURGE" = 1 ]; then
  [ -n "${HUB_TEST_POSTGRES:-}" ] || { say "PURGE=1 needs PostgreSQL: run under scripts/with-postgres.sh"; exit 1; }
  bench case-purge --cases "$PURGE_CASES" --live "$PURGE_LIVE" --max-seconds 600
fi
