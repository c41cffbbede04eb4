#!/usr/bin/env bash
# The bounded fault run of docs/RELIABILITY.md: a local cluster of 2 silos and 2 gateways (scripts/cluster.sh) under
# steady logins and case creations; kill -9 of a silo, its restart, a PostgreSQL restart; locks measured end to end.
# 127.0.0.1 only, about 3 minutes with start-up and shutdown; everything it started is stopped on exit.
#   scripts/chaos.sh [SECONDS=100] [WORKERS=8]
# It prints the figures as markdown; the cluster's logs and chaos-report.json stay in a temp folder, which the run
# also greps for 12-digit numbers (none may appear in any log line).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-100}
workers=${2:-8}
dir=$(mktemp -d /tmp/hub-chaos.XXXXXX)
trap 'scripts/cluster.sh down "$dir" >/dev/null 2>&1 || true' EXIT INT TERM

dotnet build tests/IntegrationHub.Chaos -c Release -nologo -v q >/dev/null
for project in silo/IntegrationHub.Silo.Host gateway/IntegrationHub.Gateway.Host deploy/SimulatorHost; do
  dotnet build "$project" -c Release -nologo -v q >/dev/null
done
scripts/cluster.sh up "$dir" --silos 2 --gateways 2 -- --Hub:Gateway:LoginRateLimit:PermitLimit=1000000
printf '[chaos] load for %ss with %s workers; load %s\n' "$seconds" "$workers" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
status=0
dotnet tests/IntegrationHub.Chaos/bin/Release/net10.0/IntegrationHub.Chaos.dll "$dir" "$PWD/scripts/cluster.sh" "$seconds" "$workers" || status=$?
if scripts/find-personnummer.py "$dir"/logs/silo-*.log "$dir"/logs/gateway-*.log >&2; then
  printf '[chaos] no personnummer in any silo or gateway log\n' >&2
else
  printf '[chaos] a personnummer was written to a silo or gateway log (above)\n' >&2
  status=1
fi
printf '[chaos] logs and chaos-report.json in %s\n' "$dir" >&2
trap - EXIT INT TERM
scripts/cluster.sh down "$dir" >/dev/null 2>&1 || true
exit "$status"
