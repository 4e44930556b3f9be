#!/usr/bin/env bash
# README command one: installs what is missing, builds, and starts the whole VetCrm stack on .NET Aspire
# (Ctrl+C stops all of it). It prints the dashboard's login URL and the web app's address.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prerequisites.sh
dotnet build VetCrm.AppHost/VetCrm.AppHost.csproj -c Debug -nologo -v quiet -clp:NoSummary
exec dotnet run --project VetCrm.AppHost/VetCrm.AppHost.csproj -c Debug --no-build --launch-profile http -- "$@"
