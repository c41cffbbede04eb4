#!/usr/bin/env bash
# A local cluster in one command (API.md "A local cluster"): N silos and M gateways of the Release build on one
# PostgreSQL database, and one simulator process, all on 127.0.0.1 and free ports.
#   scripts/cluster.sh up DIR [--silos N] [--gateways M] [--tls] [-- SETTING...]   (defaults 2 and 2)
#   scripts/cluster.sh down DIR
#   scripts/cluster.sh restart-silo DIR INDEX        (after a kill -9; writes the new pid into cluster.json)
#   scripts/cluster.sh restart-postgres DIR          (the PostgreSQL it started: fast shutdown, then start)
# PostgreSQL: the connection string in HUB_POSTGRES, or else a throw-away cluster started in DIR/pgdata. Every SETTING
# (e.g. --Hub:Gateway:LoginRateLimit:PermitLimit=1000000) goes to every silo and gateway. Each process logs to
# DIR/logs/. --tls: silos and gateways speak Orleans over mutual TLS with a certificate of a throw-away CA made in
# DIR/tls (docs/OPERATIONS.md); HTTP stays plain on 127.0.0.1. `up` returns when every gateway is ready, having written DIR/cluster.json:
#   {"gateways": [{"url", "pid"}], "silos": [{"pid", "health"}], "simulators": url, "postgres": connectionString}
set -euo pipefail
shopt -s inherit_errexit
root=$(cd "$(dirname "$0")/.." && pwd)

say() { printf '[cluster] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

SILO_DLL=$root/silo/IntegrationHub.Silo.Host/bin/Release/net10.0/IntegrationHub.Silo.Host.dll
GATEWAY_DLL=$root/gateway/IntegrationHub.Gateway.Host/bin/Release/net10.0/IntegrationHub.Gateway.Host.dll
SIMULATOR_DLL=$root/deploy/SimulatorHost/bin/Release/net10.0/IntegrationHub.SimulatorHost.dll

# Waits until URL answers 200, or the process PID is gone, or LIMIT seconds passed.
wait_ready() {
  local url=$1 pid=$2 limit=${3:-180} waited=0
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || die "process $pid exited before $url was ready (see its log in $dir/logs)"
    [ "$waited" -lt "$limit" ] || die "$url was not ready after ${limit}s"
    sleep 1; waited=$((waited + 1))
  done
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  local bin; bin=$(pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing PostgreSQL (Debian package postgresql)"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(pg_bin)
    else
      die "PostgreSQL's server binaries are missing: install Debian's postgresql, or set HUB_POSTGRES"
    fi
  fi

  local port; port=$(free_port)
  mkdir -p "$dir/pgdata"
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root; the postgres user must reach the data directory.
    chmod o+x "$dir"
    chown -R postgres:postgres "$dir/pgdata"
  fi
  as_pg "$bin/initdb" -D "$dir/pgdata" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  printf '%s\n' "$bin" > "$dir/pg.bin"
  printf '%s\n' "$port" > "$dir/pg.port"
  pg_start
  as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE hub" >/dev/null
  printf 'Host=127.0.0.1;Port=%s;Username=postgres;Database=hub' "$port"
}

pg_start() {
  local bin port; bin=$(cat "$dir/pg.bin"); port=$(cat "$dir/pg.port")
  if [ "$(id -u)" = 0 ]; then
    chmod o+x "$dir/logs"
    touch "$dir/logs/postgres.log" && chown postgres:postgres "$dir/logs/postgres.log"
  fi
  as_pg "$bin/pg_ctl" -D "$dir/pgdata" -l "$dir/logs/postgres.log" -w -o \
    "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB" start >/dev/null
}

# The settings every silo and gateway of this cluster shares; secrets go by environment, never on a command line.
write_shared() {
  local pseudonym id_key
  pseudonym=$(head -c 32 /dev/urandom | base64 -w0)
  id_key=$(head -c 32 /dev/urandom | base64 -w0)
  openssl ecparam -name prime256v1 -genkey -noout -out "$dir/fhir-token.pem" 2>/dev/null
  openssl ecparam -name prime256v1 -genkey -noout -out "$dir/gateway-signing.pem" 2>/dev/null
  chmod 600 "$dir"/*.pem
  cat > "$dir/secrets.env" <<ENV
Hub__PseudonymKey=$pseudonym
Hub__Fhir__IdKey=$id_key
ENV
  chmod 600 "$dir/secrets.env"
}

# A throw-away CA in DIR/tls and one certificate of it (serverAuth and clientAuth) that every process of this cluster shows.
write_tls() {
  local t=$dir/tls
  mkdir -p "$t"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=IntegrationHub local CA" \
    -addext basicConstraints=critical,CA:TRUE,pathlen:0 -addext keyUsage=critical,keyCertSign,cRLSign \
    -keyout "$t/ca.key" -out "$t/ca.crt" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=integrationhub-node" \
    -keyout "$t/node.key" -out "$t/node.csr" 2>/dev/null
  openssl x509 -req -in "$t/node.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" -CAcreateserial -days 2 -out "$t/node.crt" \
    -extfile <(printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:integrationhub-silo,DNS:localhost,IP:127.0.0.1\n') 2>/dev/null
  chmod 600 "$t"/*.key
}

# The environment of every silo and gateway: the shared secrets.
secrets() {
  mapfile -t envs < "$dir/secrets.env"
  envs+=("Hub__Fhir__TokenKeyPem=$(cat "$dir/fhir-token.pem")" "Hub__Gateway__SigningKeyPem=$(cat "$dir/gateway-signing.pem")")
}


write_json() {
  python3 - "$dir" <<'PY'
import json, os, sys
d = sys.argv[1]
def lines(name):
    p = os.path.join(d, name)
    return [l.strip() for l in open(p)] if os.path.exists(p) else []
silos = [{"pid": int(lines(f"silo-{i}.pid")[0]), "health": lines(f"silo-{i}.health")[0]}
         for i in range(int(lines("silos.count")[0]))]
gateways = [{"url": lines(f"gateway-{i}.url")[0], "pid": int(lines(f"gateway-{i}.pid")[0])}
            for i in range(int(lines("gateways.count")[0]))]
json.dump({"gateways": gateways, "silos": silos, "simulators": lines("simulators.url")[0],
           "postgres": lines("postgres.connection")[0]}, open(os.path.join(d, "cluster.json"), "w"), indent=2)
PY
}

launch_silo() {
  local index=$1 args envs
  mapfile -t args < "$dir/silo-$index.args"
  secrets
  env "${envs[@]}" setsid dotnet "$SILO_DLL" "${args[@]}" >>"$dir/logs/silo-$index.log" 2>&1 < /dev/null &
  printf '%s\n' "$!" > "$dir/silo-$index.pid"
}

launch_gateway() {
  local index=$1 args envs
  mapfile -t args < "$dir/gateway-$index.args"
  secrets
  env "${envs[@]}" setsid dotnet "$GATEWAY_DLL" "${args[@]}" >>"$dir/logs/gateway-$index.log" 2>&1 < /dev/null &
  printf '%s\n' "$!" > "$dir/gateway-$index.pid"
}

up() {
  local silos=2 gateways=2 tls=0 settings=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --silos) silos=$2; shift 2 ;;
      --gateways) gateways=$2; shift 2 ;;
      --tls) tls=1; shift ;;
      --) shift; settings=("$@"); break ;;
      *) die "unknown argument $1" ;;
    esac
  done
  [ -e "$dir/cluster.json" ] && die "$dir already holds a cluster: scripts/cluster.sh down $dir first"
  mkdir -p "$dir/logs"

  if [ ! -f "$SILO_DLL" ] || [ ! -f "$GATEWAY_DLL" ] || [ ! -f "$SIMULATOR_DLL" ]; then
    say "building the Release build of the silo, gateway and simulator hosts"
    for project in silo/IntegrationHub.Silo.Host gateway/IntegrationHub.Gateway.Host deploy/SimulatorHost; do
      dotnet build "$root/$project" -c Release -nologo -v q >/dev/null
    done
  fi

  local connection
  if [ -n "${HUB_POSTGRES:-}" ]; then
    connection=$HUB_POSTGRES
  else
    say "starting a throw-away PostgreSQL in $dir/pgdata"
    connection=$(start_postgres)
  fi
  printf '%s\n' "$connection" > "$dir/postgres.connection"
  write_shared

  local sim_port; sim_port=$(free_port)
  setsid dotnet "$SIMULATOR_DLL" --urls "http://127.0.0.1:$sim_port" >>"$dir/logs/simulators.log" 2>&1 < /dev/null &
  local sim_pid=$!
  printf '%s\n' "$sim_pid" > "$dir/simulators.pid"
  printf 'http://127.0.0.1:%s\n' "$sim_port" > "$dir/simulators.url"
  wait_ready "http://127.0.0.1:$sim_port/health/live" "$sim_pid" 60
  local addresses; addresses=$(curl -fsS "http://127.0.0.1:$sim_port/sim/addresses")
  addr() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(eval("d"+sys.argv[2]))' "$addresses" "$1"; }
  local adapters=(
    "--Hub:Adapters:PopulationRegistry:BaseAddress=$(addr '["populationRegistry"]')"
    "--Hub:Adapters:Hsa:BaseAddress=$(addr '["hsa"]')"
    "--Hub:Adapters:Journal:BaseAddress=$(addr '["journal"]')"
    "--Hub:Adapters:Notifications:BaseAddress=$(addr '["notifications"]')"
    "--Hub:Adapters:IdentityProvider:BaseAddress=$(addr '["identityProvider"]')"
    "--Hub:Adapters:IdentityProvider:Issuer=$(addr '["identityProviderIssuer"]')"
  )
  local hop_outs; mapfile -t hop_outs < <(python3 -c 'import json,sys; [print(f"--Hub:HopOuts:{k}={v}") for k,v in json.loads(sys.argv[1])["hopOuts"].items()]' "$addresses")
  local cluster_id="local-$(basename "$dir")-$$"
  local common=("--ConnectionStrings:Hub=$connection" "--Hub:ClusterId=$cluster_id")
  if [ "$tls" = 1 ]; then
    write_tls
    common+=("--Hub:Tls:CertificatePath=$dir/tls/node.crt" "--Hub:Tls:KeyPath=$dir/tls/node.key" "--Hub:Tls:CaPath=$dir/tls/ca.crt")
  fi

  printf '%s\n' "$silos" > "$dir/silos.count"
  for ((i = 0; i < silos; i++)); do
    local http silo_port gateway_port
    http=$(free_port); silo_port=$(free_port); gateway_port=$(free_port)
    printf '%s\n' --urls "http://127.0.0.1:$http" --Hub:Store=postgres "${common[@]}" "--Hub:SiloPort=$silo_port" \
      "--Hub:GatewayPort=$gateway_port" "${adapters[@]}" "${settings[@]}" > "$dir/silo-$i.args"
    printf 'http://127.0.0.1:%s/health/ready\n' "$http" > "$dir/silo-$i.health"
    launch_silo "$i"
  done
  for ((i = 0; i < silos; i++)); do
    wait_ready "$(cat "$dir/silo-$i.health")" "$(cat "$dir/silo-$i.pid")"
  done
  say "$silos silos ready"

  printf '%s\n' "$gateways" > "$dir/gateways.count"
  for ((i = 0; i < gateways; i++)); do
    local port; port=$(free_port)
    printf '%s\n' --urls "http://127.0.0.1:$port" "${common[@]}" "${adapters[@]}" "${hop_outs[@]}" "${settings[@]}" > "$dir/gateway-$i.args"
    printf 'http://127.0.0.1:%s\n' "$port" > "$dir/gateway-$i.url"
    launch_gateway "$i"
  done
  for ((i = 0; i < gateways; i++)); do
    wait_ready "$(cat "$dir/gateway-$i.url")/health/ready" "$(cat "$dir/gateway-$i.pid")"
  done
  write_json
  say "$gateways gateways ready; $dir/cluster.json"
}

stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

down() {
  for file in "$dir"/gateway-*.pid "$dir"/silo-*.pid "$dir"/simulators.pid; do
    [ -f "$file" ] && stop_pid "$(cat "$file")"
  done
  if [ -f "$dir/pg.bin" ]; then
    as_pg "$(cat "$dir/pg.bin")/pg_ctl" -D "$dir/pgdata" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -f "$dir/cluster.json"
  say "stopped"
}

restart_silo() {
  local index=$1
  [ -f "$dir/silo-$index.args" ] || die "no silo $index in $dir"
  local old; old=$(cat "$dir/silo-$index.pid")
  kill -0 "$old" 2>/dev/null && stop_pid "$old"
  launch_silo "$index"
  wait_ready "$(cat "$dir/silo-$index.health")" "$(cat "$dir/silo-$index.pid")"
  write_json
  say "silo $index restarted (pid $(cat "$dir/silo-$index.pid"))"
}

restart_postgres() {
  [ -f "$dir/pg.bin" ] || die "this cluster's PostgreSQL was given (HUB_POSTGRES), not started by this script"
  as_pg "$(cat "$dir/pg.bin")/pg_ctl" -D "$dir/pgdata" -m fast stop >/dev/null
  pg_start
  say "PostgreSQL restarted"
}

[ $# -ge 2 ] || { sed -n '2,12p' "$0"; exit 2; }
command=$1; dir=$(mkdir -p "$2" && cd "$2" && pwd); shift 2
case "$command" in
  up) up "$@" ;;
  down) down ;;
  restart-silo) restart_silo "${1:?index}" ;;
  restart-postgres) restart_postgres ;;
  *) die "unknown command $command" ;;
esac
