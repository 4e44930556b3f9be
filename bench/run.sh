#!/usr/bin/env bash
# VetCrm benchmark: starts the AppHost's model with N pets of bench data (binary COPY), runs wrk on the API's main
# flows and pgbench on the SQL the API sends, times the reminder scan, and writes bench/RESULTS.md.
# Usage: bench/run.sh [--pets 5000,100000,1000000] [--rounds 3] [--seconds 10] [--scan 100000,1000000] [--parse] [--parse-pets 5000,100000,1000000] [--hold]
#   --hold loads the first size, prints the API's address and an admin token, and keeps the stack up for profiling.
#   --parse also runs Parse Server (bench/parse/run.sh) after each round, for the ratio side by side: at every size, or at
#   those of --parse-pets. Its database is seeded once per size (REST for the first pets, then SQL) and kept in /tmp/vetcrm-parse.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh --bench
dotnet build bench/VetCrm.Bench/VetCrm.Bench.csproj -c Release -nologo -v quiet -clp:NoSummary
args=()
for arg in "$@"; do
  if [ "$arg" = "--parse" ]; then args+=(--parse bench/parse/run.sh); else args+=("$arg"); fi
done
exec dotnet bench/VetCrm.Bench/bin/Release/net10.0/VetCrm.Bench.dll "${args[@]}"
