#!/usr/bin/env bash
# README command two: installs what is missing (PostgreSQL, Redis, Chromium for browser tests), builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prerequisites.sh --browser
dotnet build VetCrm.sln -c Debug -nologo -v quiet -clp:NoSummary
results=$(mktemp -d)
status=0
dotnet test VetCrm.sln -c Debug --no-build --logger trx --results-directory "$results" "$@" || status=$?
# One plain summary line that any CI can read, summed over every test project's results.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
done
echo "$passed passed, $failed failed"
rm -rf "$results"
exit $status
