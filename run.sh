#!/usr/bin/env bash
# README command one: installs what is missing, builds, and starts the whole VetCrm stack (Ctrl+C stops all of it).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prerequisites.sh
dotnet build VetCrm.AppHost/VetCrm.AppHost.csproj -c Debug -nologo -v quiet -clp:NoSummary
exec dotnet VetCrm.AppHost/bin/Debug/net10.0/VetCrm.AppHost.dll "$@"
