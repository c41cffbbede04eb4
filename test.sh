#!/usr/bin/env bash
# Runs every test of the solution against a throw-away PostgreSQL cluster (scripts/with-postgres.sh).
# Installs what it needs on a fresh Debian machine (as root): PostgreSQL's server binaries, Debian's Chromium for the
# browser tests (Playwright drives it; it cannot download a browser of its own here) and the npm packages of the FHIR
# schema validator and of the Kubernetes manifests' validator.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '[test.sh] %s\n' "$*"; }

if [ -f tests/fhir-validator/package-lock.json ]; then
  if ! command -v npm >/dev/null; then
    say "npm is missing: install Node.js 20 and npm"
    exit 1
  fi
  say "installing the FHIR schema validator's npm packages"
  npm ci --prefix tests/fhir-validator --no-audit --no-fund --loglevel=error >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    say "/usr/bin/chromium is missing: install Debian's 'chromium' package (apt-get install chromium) for the browser tests"
    exit 1
  fi
fi

# The Kubernetes manifests of deploy/k8s against the Kubernetes API's schemas (kubernetes-models, deploy/k8s/validate):
# every document's apiVersion and kind must be one Kubernetes has, its required fields present and its fields of the
# schema's types and values (a field the schema lacks passes: its compiled schemas allow extra properties). Silo.Tests'
# Deployment tests check the manifests against the hub: settings, secrets, ports, probes, selectors.
if ! command -v npm >/dev/null; then
  say "npm is missing: install Node.js 20 and npm"
  exit 1
fi
say "validating deploy/k8s"
npm ci --prefix deploy/k8s/validate --no-audit --no-fund --loglevel=error >/dev/null
if ! node deploy/k8s/validate/validate.mjs; then
  say "deploy/k8s does not validate"
  exit 1
fi

# The systemd units of deploy/systemd. A unit passes when systemd-analyze has nothing at all to say about it: unknown
# keys and bad values are only warnings to it.
if command -v systemd-analyze >/dev/null; then
  say "verifying deploy/systemd"
  if ! findings=$(systemd-analyze verify deploy/systemd/*.service 2>&1) || [ -n "$findings" ]; then
    printf '%s\n' "$findings"
    say "deploy/systemd does not verify"
    exit 1
  fi
else
  say "systemd-analyze is missing: deploy/systemd not verified"
fi

say "building"
dotnet build IntegrationHub.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

log=$(mktemp)
trap 'rm -f "$log"' EXIT
say "testing"
set +e
# A failed test prints its message and stack (the console logger at minimal), a passed one nothing.
scripts/with-postgres.sh dotnet test IntegrationHub.slnx -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over all test projects.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
