#!/usr/bin/env bash
# README command two: installs what is missing (PostgreSQL, Redis, Chromium for browser tests), builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prerequisites.sh --browser
dotnet build VetCrm.sln -c Debug -nologo -v quiet -clp:NoSummary
results=$(mktemp -d)
status=0
dotnet test VetCrm.sln -c Debug --no-build --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?
# One plain summary line that any CI can read, from the test results themselves.
if counters=$(grep -o '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | head -1); then
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  echo "${passed:-0} passed, ${failed:-0} failed"
fi
rm -rf "$results"
exit $status
