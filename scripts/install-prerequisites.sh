#!/usr/bin/env bash
# Installs what VetCrm needs beyond the .NET SDK: PostgreSQL (initdb/postgres), redis-server and,
# for browser tests, Debian's chromium. Runs apt-get only when something is missing and we are root;
# otherwise it names what to install and fails.
set -euo pipefail
want_browser=${1:-}
missing=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
command -v initdb >/dev/null 2>&1 || [ -n "$pg_bin" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "$want_browser" = "--browser" ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
fi
command -v wrk >/dev/null 2>&1 || [ "$want_browser" != "--bench" ] || missing+=(wrk postgresql-contrib)
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
