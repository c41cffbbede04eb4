#!/usr/bin/env bash
# Logins on a 1-silo/1-gateway cluster on PostgreSQL, and at national scale (docs/PERFORMANCE.md, issue 12).
#   scripts/bench-scale.sh cluster    # logins through the gateway at 16 (and 64) in flight; peer: the registry lookup alone
#   scripts/bench-scale.sh national   # bulk-loaded accounts: login p99 at SMALL_ACCOUNTS against ACCOUNTS, then
#                                     # DISTINCT distinct residents logging in and out with the silo's RSS and activations sampled
# Starts what it needs: a throw-away PostgreSQL through scripts/with-postgres.sh (unless HUB_POSTGRES or HUB_TEST_POSTGRES is
# set), the cluster with scripts/cluster.sh (1 silo, 1 gateway, one simulator process) in a temp dir; bounded in count and
# time (MAX_SECONDS for the whole run, a watchdog), prints the figures with the machine's load and stops everything on exit.
# Settings (environment): LOGINS=10000 LOGIN_CONCURRENCY="16 64" REGISTRY_PEER=5000 (cluster)
#   ACCOUNTS=10500000 SMALL_ACCOUNTS=10000 SCALE_LOGINS=5000 DISTINCT=200000 DISTINCT_SECONDS=600 TAIL_SECONDS=180
#   COLLECTION_AGE=00:02:00 COLLECTION_QUANTUM=00:00:15 AUDIT_ROWS=1 (national) MAX_SECONDS=1800 (cluster) or
#   5400 (national: the bulk load of 10.5 M accounts alone took 30 min at load 25) SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  cluster | national) ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac

# A throw-away PostgreSQL unless one is given: this script again, under with-postgres.sh.
if [ -z "${HUB_POSTGRES:-}" ] && [ -z "${HUB_TEST_POSTGRES:-}" ]; then
  exec scripts/with-postgres.sh "$0" "$@"
fi
export HUB_POSTGRES=${HUB_POSTGRES:-$HUB_TEST_POSTGRES}

LOGINS=${LOGINS:-10000}
LOGIN_CONCURRENCY=${LOGIN_CONCURRENCY:-16 64}
REGISTRY_PEER=${REGISTRY_PEER:-5000}
ACCOUNTS=${ACCOUNTS:-10500000}
SMALL_ACCOUNTS=${SMALL_ACCOUNTS:-10000}
SCALE_LOGINS=${SCALE_LOGINS:-5000}
DISTINCT=${DISTINCT:-200000}
DISTINCT_SECONDS=${DISTINCT_SECONDS:-600}
TAIL_SECONDS=${TAIL_SECONDS:-180}
COLLECTION_AGE=${COLLECTION_AGE:-00:02:00}
COLLECTION_QUANTUM=${COLLECTION_QUANTUM:-00:00:15}
AUDIT_ROWS=${AUDIT_ROWS:-1}
if [ "$mode" = national ]; then MAX_SECONDS=${MAX_SECONDS:-5400}; else MAX_SECONDS=${MAX_SECONDS:-1800}; fi

say() { printf '[bench-scale] %s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ -z "${SKIP_BUILD:-}" ]; then
  for project in silo/IntegrationHub.Silo.Host gateway/IntegrationHub.Gateway.Host deploy/SimulatorHost tests/IntegrationHub.Benchmarks; do
    dotnet build "$project" -c Release -nologo -v q >/dev/null
  done
fi

work=$(mktemp -d)
watchdog=""
cleanup() {
  [ -n "$watchdog" ] && kill "$watchdog" 2>/dev/null || true
  [ -f "$work/cluster/cluster.json" ] && scripts/cluster.sh down "$work/cluster" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
# The whole run is bounded: past MAX_SECONDS this script is stopped (and its trap stops the cluster).
( sleep "$MAX_SECONDS"; say "MAX_SECONDS=$MAX_SECONDS reached: stopping"; kill -TERM $$ ) & watchdog=$!

settings=(--Hub:Gateway:LoginRateLimit:PermitLimit=1000000)
if [ "$mode" = national ]; then
  settings+=("--Hub:GrainCollectionAge=$COLLECTION_AGE" "--Hub:GrainCollectionQuantum=$COLLECTION_QUANTUM")
fi
say "starting a 1-silo/1-gateway cluster on PostgreSQL; load: $(load)"
scripts/cluster.sh up "$work/cluster" --silos 1 --gateways 1 -- "${settings[@]}"
json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval("d"+sys.argv[2]))' "$work/cluster/cluster.json" "$1"; }
gateway=$(json '["gateways"][0]["url"]'); gateway_pid=$(json '["gateways"][0]["pid"]')
silo_pid=$(json '["silos"][0]["pid"]'); silo_http=$(json '["silos"][0]["health"]'); silo_http=${silo_http%/health/ready}
sim=$(json '["simulators"]')
say "gateway $gateway (pid $gateway_pid), silo $silo_http (pid $silo_pid), simulators $sim"

bench() { dotnet run --no-build -c Release --project tests/IntegrationHub.Benchmarks -- "$@"; }
psql_hub() { python3 - "$HUB_POSTGRES" "$1" <<'PY'
import subprocess, sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
sql = sys.argv[2]
out = subprocess.run(["psql", "-h", parts["Host"], "-p", parts["Port"], "-U", parts["Username"], "-d", parts["Database"], "-Atc", sql],
                     check=True, capture_output=True, text=True).stdout
print(out.strip())
PY
}
accounts_stored() { psql_hub "SELECT count(*) FROM orleansstorage WHERE graintypestring = 'account'"; }

# login at CONCURRENCY from resident FIRST: COUNT timed after WARMUP; extra arguments go to the harness.
logins() {
  local first=$1 count=$2 warmup=$3 concurrency=$4; shift 4
  bench login --hub "$gateway" --sim "$sim" --count "$count" --concurrency "$concurrency" --warmup "$warmup" \
    --first "$first" --max-seconds 600 --cpu-pid "$silo_pid,$gateway_pid" "$@"
}

if [ "$mode" = cluster ]; then
  first=0
  for c in $LOGIN_CONCURRENCY; do
    say "logins through the gateway, $c concurrent; load: $(load)"
    logins "$first" "$LOGINS" 1000 "$c" --registry-peer "$REGISTRY_PEER" | tee -a "$work/login.txt"
    first=$((first + LOGINS + 1000))
  done
  echo
  echo "== logins on a 1-silo/1-gateway cluster on PostgreSQL (goal >= 1,000/s, p99 <= 25 ms at <= 16 in flight; peer: the registry lookup alone) =="
  grep -E '^(resident logins|p95|hub CPU|peer|ratio)' "$work/login.txt"
  exit 0
fi

# national
[ "$SMALL_ACCOUNTS" -ge $((SCALE_LOGINS + 1000)) ] || { say "SMALL_ACCOUNTS must hold SCALE_LOGINS + 1000 residents"; exit 2; }
mid=$((ACCOUNTS / 2))
[ $((mid + SCALE_LOGINS + 1000 + DISTINCT)) -le "$ACCOUNTS" ] || { say "ACCOUNTS too small for SCALE_LOGINS + DISTINCT from its middle"; exit 2; }
audit=(); [ "$AUDIT_ROWS" = 1 ] || audit=(--no-audit)
HUB_PSEUDONYM_KEY=$(sed -n 's/^Hub__PseudonymKey=//p' "$work/cluster/secrets.env")
export HUB_PSEUDONYM_KEY

say "seeding $SMALL_ACCOUNTS accounts; load: $(load)"
bench seed-accounts --count "$SMALL_ACCOUNTS" "${audit[@]}" | tail -n 1 | tee "$work/seed-small.txt"
say "logins at $SMALL_ACCOUNTS accounts (residents 0..$((SCALE_LOGINS + 999)), each an existing account); load: $(load)"
logins 0 "$SCALE_LOGINS" 1000 16 --registry-peer "$REGISTRY_PEER" | tee "$work/login-small.txt"
stored=$(accounts_stored)
[ "$stored" = "$SMALL_ACCOUNTS" ] || { say "account rows $stored != $SMALL_ACCOUNTS seeded: the logins did not read the seeded rows"; exit 1; }

say "bulk-loading accounts $SMALL_ACCOUNTS..$((ACCOUNTS - 1)); load: $(load)"
start=$(date +%s)
bench seed-accounts --first "$SMALL_ACCOUNTS" --count $((ACCOUNTS - SMALL_ACCOUNTS)) --max-seconds "$MAX_SECONDS" "${audit[@]}" | tee "$work/seed-big.txt"
seeded=$(($(date +%s) - start))
say "analyze after the load; load: $(load)"
psql_hub "ANALYZE orleansstorage; ANALYZE hub_index" >/dev/null
sizes=$(psql_hub "SELECT pg_size_pretty(pg_total_relation_size('orleansstorage')) || ' orleansstorage, ' || pg_size_pretty(pg_total_relation_size('hub_index')) || ' hub_index'")
say "logins at $ACCOUNTS accounts (residents from $mid); load: $(load)"
logins "$mid" "$SCALE_LOGINS" 1000 16 --registry-peer "$REGISTRY_PEER" | tee "$work/login-big.txt"
stored=$(accounts_stored)
[ "$stored" = "$ACCOUNTS" ] || { say "account rows $stored != $ACCOUNTS seeded: the logins did not read the seeded rows"; exit 1; }

say "$DISTINCT distinct residents within ${DISTINCT_SECONDS}s, then ${TAIL_SECONDS}s of collection; collection age $COLLECTION_AGE; load: $(load)"
bench distinct-logins --hub "$gateway" --sim "$sim" --silo-metrics "$silo_http/metrics" --silo-pid "$silo_pid" \
  --first $((mid + SCALE_LOGINS + 1000)) --count "$DISTINCT" --concurrency 16 --seconds "$DISTINCT_SECONDS" \
  --tail-seconds "$TAIL_SECONDS" --sample-seconds 15 | tee "$work/distinct.txt"

echo
echo "== national scale: $ACCOUNTS accounts bulk-loaded (goal: login p99 <= 1.2 x its value at $SMALL_ACCOUNTS accounts) =="
echo "bulk load of $((ACCOUNTS - SMALL_ACCOUNTS)) accounts$([ "$AUDIT_ROWS" = 1 ] && echo ' + one audit row each'): ${seeded} s; store: $sizes"
for f in small big; do
  echo "-- at $([ $f = small ] && echo "$SMALL_ACCOUNTS" || echo "$ACCOUNTS") accounts:"
  grep -E '^(resident logins|p95|hub CPU|peer|ratio)' "$work/login-$f.txt"
done
python3 - "$work/login-small.txt" "$work/login-big.txt" <<'PY'
import re, sys
def p99(path):
    line = next(l for l in open(path) if l.startswith("resident logins"))
    return float(re.search(r"p99 ([0-9.]+) µs", line).group(1)) / 1000
small, big = p99(sys.argv[1]), p99(sys.argv[2])
print(f"login p99: {small:.1f} ms at the small store, {big:.1f} ms at national scale: ratio {big / small:.2f} (goal <= 1.2)")
PY
echo
echo "== silo memory while distinct residents log in and out (collection age $COLLECTION_AGE, quantum $COLLECTION_QUANTUM) =="
cat "$work/distinct.txt"
