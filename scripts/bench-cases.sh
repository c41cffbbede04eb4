#!/usr/bin/env bash
# Kept for the commands of the older sections of docs/PERFORMANCE.md: the case rows now run in scripts/bench-batch.sh
# (case submission beside raw inserts; PURGE=1 adds the retention purge), on PostgreSQL, which it starts when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bench-batch.sh cases
if [ "${PURGE:-0}" = 1 ]; then scripts/bench-batch.sh purge; fi
