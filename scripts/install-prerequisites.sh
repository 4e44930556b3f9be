#!/usr/bin/env bash
# Installs what VetCrm needs beyond the .NET SDK: PostgreSQL (initdb/postgres) and redis-server; with --browser
# also Debian's chromium (browser tests) and Node.js with npm (the generated-client contract test, whose npm packages
# the test installs with `npm ci` from VetCrm.Tests/clients/openapi/package-lock.json), with --bench also wrk and
# pgbench (benchmarks). Runs apt-get only when
# something is missing and we are root; otherwise it names what to install and fails.
set -euo pipefail
missing=()
has_postgres() { command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
has_postgres || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
for flag in "$@"; do
  case "$flag" in
    --browser) [ -x /usr/bin/chromium ] || missing+=(chromium)
               command -v node >/dev/null 2>&1 || missing+=(nodejs)
               command -v npm >/dev/null 2>&1 || missing+=(npm) ;;
    --bench) command -v wrk >/dev/null 2>&1 || missing+=(wrk)
             command -v pgbench >/dev/null 2>&1 || missing+=(postgresql-client) ;;
    *) echo "unknown option $flag (use --browser, --bench)" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "VetCrm needs: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts redis-server as a system service on install; VetCrm runs its own instances.
if command -v systemctl >/dev/null 2>&1; then systemctl disable --now redis-server >/dev/null 2>&1 || true; fi
pkill -f '^/usr/bin/redis-server 127.0.0.1:6379' 2>/dev/null || true
echo "Installed ${missing[*]}."
