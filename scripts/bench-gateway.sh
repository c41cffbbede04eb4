#!/usr/bin/env bash
# The gateway's side-by-side run (docs/PERFORMANCE.md, issues 3 and 12), each scenario beside its peer in the same run:
# resident logins through the gateway (peer: the login's registry lookup alone), a 1 KB GET straight to a static
# upstream, through Debian's nginx as a plain reverse proxy, through the gateway's hop-out route without the session
# check (the harness's yarp-peer) and through the gateway's /hop/samples (session-grain check + YARP) with the same wrk
# settings, and FHIR GET Patient?identifier= (peer: GET /health/live through the same stack).
# Starts the local hub and nginx in temp dirs on 127.0.0.1, bounded in count and time (MAX_SECONDS for the whole run),
# and stops everything on exit. Installs wrk and nginx with apt-get when run as root without them.
#   scripts/bench-gateway.sh                       # embedded SQLite store
#   scripts/with-postgres.sh scripts/bench-gateway.sh   # the hub on PostgreSQL (HUB_TEST_POSTGRES)
# Settings (environment): WRK_THREADS=2 WRK_CONNECTIONS=64 WRK_DURATION=15s LOGINS=20000 LOGIN_CONCURRENCY="64 16"
#   (one login run per value, fresh residents each) REGISTRY_PEER=5000 (lookups in the peer run, 0: none)
#   SESSIONS=256 (the sessions wrk rotates over on the gateway) FHIR_RESIDENTS=200 MAX_SECONDS=1200 SKIP_BUILD=1
#   SCENARIOS="logins hopout fhir" (any subset, to measure one row alone) WRK_WARMUP=5s (per row, not counted; on a
#   loaded machine the hub's JIT still tiers up after 5 s: a perf profile of the hop-out row showed 14 % in the JIT)
set -euo pipefail
cd "$(dirname "$0")/.."

WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_DURATION=${WRK_DURATION:-15s}
WRK_WARMUP=${WRK_WARMUP:-5s}
LOGINS=${LOGINS:-20000}
LOGIN_CONCURRENCY=${LOGIN_CONCURRENCY:-64 16}
REGISTRY_PEER=${REGISTRY_PEER:-5000}
SESSIONS=${SESSIONS:-256}
FHIR_RESIDENTS=${FHIR_RESIDENTS:-200}
MAX_SECONDS=${MAX_SECONDS:-1200}
SCENARIOS=${SCENARIOS:-logins hopout fhir}
runs() { case " $SCENARIOS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

say() { printf '[bench-gateway] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if ! command -v wrk >/dev/null || { ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing wrk and nginx (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
  else
    say "needs Debian's wrk and nginx packages"; exit 1
  fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build deploy/LocalHub -c Release -nologo -v q >/dev/null
  dotnet build tests/IntegrationHub.Benchmarks -c Release -nologo -v q >/dev/null
fi

work=$(mktemp -d)
hub_pid=""
peer_pid=""
watchdog=""
cleanup() {
  [ -n "$watchdog" ] && kill "$watchdog" 2>/dev/null || true
  if [ -n "$peer_pid" ]; then kill "$peer_pid" 2>/dev/null || true; wait "$peer_pid" 2>/dev/null || true; fi
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
# The whole run is bounded: past MAX_SECONDS this script is stopped (and its trap stops the rest).
( sleep "$MAX_SECONDS"; say "MAX_SECONDS=$MAX_SECONDS reached: stopping"; kill -TERM $$ ) & watchdog=$!

# nginx: a static 1 KB upstream (the "hop-out service") and a plain reverse proxy in front of it.
upstream_port=$(free_port); proxy_port=$(free_port); hub_port=$(free_port)
mkdir -p "$work/www" "$work/nginx"
python3 -c 'import json,sys; body=json.dumps({"service":"bench","pad":"x"*(1024-31)}); assert len(body)==1024, len(body); open(sys.argv[1],"w").write(body)' "$work/www/1k.json"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  open_file_cache max=16;
  server { listen 127.0.0.1:$upstream_port; root $work/www; }
  upstream hopout { server 127.0.0.1:$upstream_port; keepalive 128; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://hopout;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering on;
    }
  }
}
CONF
chmod 755 "$work" "$work/www"; chmod 644 "$work/www/1k.json"  # nginx workers run as www-data when started as root
"$NGINX" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log"

# The hub, with /hop/samples pointed at the static upstream and the login rate limit out of the way.
store_args=()
if [ -n "${HUB_TEST_POSTGRES:-}" ]; then
  # On PostgreSQL the hub takes its pseudonym key from configuration (a cluster shares it): a throw-away one per run.
  store_args=(--Hub:Store=postgres "--ConnectionStrings:Hub=$HUB_TEST_POSTGRES" "--Hub:PseudonymKey=$(head -c 32 /dev/urandom | base64)")
fi
mkdir -p "$work/data"
dotnet run --no-build -c Release --project deploy/LocalHub -- --urls "http://127.0.0.1:$hub_port" \
  --Hub:Simulation=true "--Hub:DataDirectory=$work/data" "${store_args[@]}" \
  --Hub:Gateway:LoginRateLimit:PermitLimit=1000000 "--Hub:HopOuts:samples=http://127.0.0.1:$upstream_port" \
  >"$work/hub.log" 2>&1 &
hub_pid=$!
hub="http://127.0.0.1:$hub_port"
for _ in $(seq 1 120); do
  curl -fs "$hub/health/ready" >/dev/null 2>&1 && break
  kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log" >&2; say "the hub did not start"; exit 1; }
  sleep 0.5
done
curl -fs "$hub/health/ready" >/dev/null || { say "the hub is not ready"; exit 1; }
say "hub $hub, upstream :$upstream_port, nginx proxy :$proxy_port; load: $(cut -d' ' -f1-3 /proc/loadavg)"

bench() { dotnet run --no-build -c Release --project tests/IntegrationHub.Benchmarks -- "$@"; }

# 1. Logins (the harness creates residents and assertions first, untimed), then the registry lookup alone (peer).
first=0
runs logins || LOGIN_CONCURRENCY=""
for c in $LOGIN_CONCURRENCY; do
  say "logins, $c concurrent; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  bench login --hub "$hub" --count "$LOGINS" --concurrency "$c" --warmup 1000 --first "$first" \
    --cpu-pid "$(pgrep -P "$hub_pid" | head -n 1)" --registry-peer "$REGISTRY_PEER" | tee -a "$work/login.txt"
  first=$((first + LOGINS + 1000))
done

summarize() { # table.tsv peer-name: req/s, latency, the ratio to the peer and the CPU per request of each row
python3 - "$1" "$(getconf CLK_TCK)" "$2" <<'PY'
import sys
def ms(v):
    for unit, f in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if v.endswith(unit): return float(v[:-len(unit)]) * f
    return float(v)
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = {r[0]: r for r in rows}
ng = by.get(sys.argv[3])
hz = int(sys.argv[2])
print(f"{'path':<20}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'non-2xx':>8}{'vs peer':>9}{'p99 added':>10}{'hub CPU/req':>13}{'nginx CPU/req':>15}{'load':>7}")
for name, rps, p50, p99, bad, total, hub, ngx, load in rows:
    ratio = float(rps) / float(ng[1]) if ng else float("nan")
    added = ms(p99) - ms(ng[3]) if ng else float("nan")
    per = lambda ticks: f"{int(ticks) / hz / int(total) * 1e6:.0f} us"
    print(f"{name:<20}{float(rps):>10,.0f}{ms(p50):>9.2f}{ms(p99):>9.2f}{bad:>8}{ratio:>9.2f}{added:>+10.2f}{per(hub):>13}{per(ngx):>15}{load:>7}")
PY
}

# CPU time (clock ticks, user + system) of processes: per request it does not depend on what else runs on the machine.
cpu_ticks() { local t=0 pid; for pid in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
hub_app=$(pgrep -P "$hub_pid" | head -n 1)   # dotnet run's child: the hub itself
nginx_pids=$(cat "$work/nginx.pid"; pgrep -P "$(cat "$work/nginx.pid")")
measured_app=""  # whose CPU the "hub CPU/req" column counts: the hub, unless a row names another process (the YARP peer)
run_wrk() { # name url [extra wrk args]
  local name=$1 url=$2; shift 2
  local app=${measured_app:-$hub_app}
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_WARMUP" "$@" "$url" >/dev/null # warm-up (JIT, pools), not counted
  local hub0 ngx0 hub1 ngx1
  hub0=$(cpu_ticks "$app"); ngx0=$(cpu_ticks $nginx_pids)
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency "$@" "$url" > "$work/wrk-$name.txt"
  hub1=$(cpu_ticks "$app"); ngx1=$(cpu_ticks $nginx_pids)
  local rps p50 p99 non2xx total
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk-$name.txt")
  total=$(awk '/requests in/ {print $1}' "$work/wrk-$name.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk-$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk-$name.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk-$name.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "$total" $((hub1 - hub0)) $((ngx1 - ngx0)) "$(cut -d' ' -f1 /proc/loadavg)" >> "$table"
  cat "$work/wrk-$name.txt" >&2
}
if runs hopout; then
# The peer "the same YARP route without the check": the gateway's hop-out endpoint, forwarder and transformer in a
# process of its own (the bench harness's yarp-peer), allowing every request without a session, one assertion reused.
peer_port=$(free_port)
dotnet run --no-build -c Release --project tests/IntegrationHub.Benchmarks -- yarp-peer \
  --upstream "http://127.0.0.1:$upstream_port" --urls "http://127.0.0.1:$peer_port" >"$work/peer.log" 2>&1 &
peer_pid=$!
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://127.0.0.1:$peer_port/hop/samples/1k.json" 2>/dev/null && break
  kill -0 "$peer_pid" 2>/dev/null || { cat "$work/peer.log" >&2; say "the YARP peer did not start"; exit 1; }
  sleep 0.5
done
peer_app=$(pgrep -P "$peer_pid" | head -n 1)   # dotnet run's child: the peer itself
# Sessions for wrk: each request carries one of them, round robin, so the session grains are many, as in real use.
bench login --hub "$hub" --count "$SESSIONS" --concurrency 16 --warmup 0 --first 100000 --cookies "$work/cookies.txt" | tail -n 2 >&2
cat > "$work/cookies.lua" <<LUA
local cookies = {}
for line in io.lines("$work/cookies.txt") do cookies[#cookies + 1] = line end
local i = 0
function setup(thread) i = i + 1; thread:set("offset", i * 97) end
function init(args) n = offset or 0 end
function request()
  n = n + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end
LUA
head -n 1 "$work/cookies.txt" | sed 's/^/Cookie: /' > "$work/one-cookie.txt"

# Check each path answers 200 with the 1 KB body before measuring.
for url in "http://127.0.0.1:$upstream_port/1k.json" "http://127.0.0.1:$proxy_port/1k.json" "http://127.0.0.1:$peer_port/hop/samples/1k.json"; do
  curl -fs -o /dev/null "$url"
done
curl -fs -o /dev/null -H "@$work/one-cookie.txt" "$hub/hop/samples/1k.json"

: > "$work/table.tsv"
table="$work/table.tsv"
say "load before wrk: $(cut -d' ' -f1-3 /proc/loadavg)"
run_wrk direct "http://127.0.0.1:$upstream_port/1k.json"
run_wrk nginx-proxy "http://127.0.0.1:$proxy_port/1k.json"
measured_app=$peer_app
run_wrk yarp-no-check "http://127.0.0.1:$peer_port/hop/samples/1k.json" -s "$work/cookies.lua"
measured_app=""
run_wrk gateway "$hub/hop/samples/1k.json" -s "$work/cookies.lua"
one_cookie=$(head -n 1 "$work/cookies.txt")
run_wrk gateway-1-session "$hub/hop/samples/1k.json" -H "Cookie: $one_cookie"
say "load after wrk: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if runs fhir; then
# 3. FHIR GET Patient?identifier= for residents with an account (logged in once, untimed), rotating over them, as a
# system client with system/Patient.read; the peer is GET /health/live through the same Kestrel and pipeline.
bench login --hub "$hub" --count "$FHIR_RESIDENTS" --concurrency 16 --warmup 0 --first 200000 --personnummers "$work/fhir-residents.txt" | tail -n 2 >&2
token=$(curl -fs -X POST "$hub/sim/fhir/token" -H 'content-type: application/json' \
  -d '{"clientId":"bench","scopes":["system/Patient.read"]}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
cat > "$work/fhir.lua" <<LUA
local ids = {}
for line in io.lines("$work/fhir-residents.txt") do ids[#ids + 1] = line end
local i = 0
function setup(thread) i = i + 1; thread:set("offset", i * 31) end
function init(args) n = offset or 0 end
function request()
  n = n + 1
  return wrk.format("GET", "/fhir/r4/Patient?identifier=http://electronichealth.se/identifier/personnummer%7C" .. ids[(n % #ids) + 1])
end
LUA
curl -fs -o /dev/null -H "Authorization: Bearer $token" \
  "$hub/fhir/r4/Patient?identifier=http://electronichealth.se/identifier/personnummer%7C$(head -n 1 "$work/fhir-residents.txt")"
: > "$work/fhir.tsv"
table="$work/fhir.tsv"
run_wrk health-live "$hub/health/live"
run_wrk fhir-patient "$hub" -s "$work/fhir.lua" -H "Authorization: Bearer $token"
say "load after FHIR: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if runs logins; then
echo
echo "== logins (goal >= 1,000/s, p99 <= 25 ms at <= 16 in flight; peer: the registry lookup alone) =="
grep -E '^(resident logins|p95|hub CPU|peer|ratio)' "$work/login.txt"
fi
if runs hopout; then
echo
echo "== 1 KB GET, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION (goal: gateway >= 0.8 x nginx req/s, p99 <= 1.5 x nginx's, <= 60 us hub CPU/req) =="
summarize "$work/table.tsv" nginx-proxy
echo "(yarp-no-check: the gateway's hop-out route in the bench harness without the session check; its 'hub CPU/req' is that process's)"
python3 - "$work/table.tsv" <<'PY'
import sys
by = {r[0]: r for r in (l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip())}
if "yarp-no-check" in by:
    peer = float(by["yarp-no-check"][1])
    for name in ("gateway", "gateway-1-session"):
        if name in by: print(f"{name} / yarp-no-check req/s: {float(by[name][1]) / peer:.2f}")
PY
fi
if runs fhir; then
echo
echo "== FHIR GET Patient?identifier=, $FHIR_RESIDENTS residents, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION (goal >= 5,000/s, p99 <= 10 ms; peer: /health/live) =="
summarize "$work/fhir.tsv" health-live
fi
