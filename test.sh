#!/usr/bin/env bash
# Runs every test of the solution against a throw-away PostgreSQL cluster (scripts/with-postgres.sh).
# Installs what it needs on a fresh Debian machine (as root): PostgreSQL's server binaries, Debian's Chromium for the
# browser tests (Playwright drives it; it cannot download a browser of its own here) and the npm packages of the FHIR
# schema validator.
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
