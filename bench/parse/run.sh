#!/usr/bin/env bash
# Anchor: Parse Server on the seed's schema, its own durable PostgreSQL (default settings), measured with wrk: the flows,
# flags and report lines of ../shared/bench/parse-anchor/run.sh, at any size. Usage: bench/parse/run.sh [pets=5000] [seconds=15]
# Seeding: ../shared/bench/parse-anchor/seed.js through Parse's REST API for the first pets (so Parse makes its own schema,
# _SCHEMA, users and ACL columns), then grow.sql in SQL up to N pets of the same shape; the indexes the shared script adds
# (INDEXES=1, default; INDEXES=0 skips them), then VACUUM ANALYZE. A database per size (parse_<N>) is kept in $W between
# calls, so a size is seeded once; RESEED=1 seeds it again; SEED_ONLY=1 seeds (if needed) and measures nothing.
# Prints "seeded <N> pets in <s> s" (or "… (kept)") first.
set -euo pipefail
PETS=${1:-5000}; SECS=${2:-15}; INDEXES=${INDEXES:-1}; RESEED=${RESEED:-0}
REST_PETS=$(( PETS < 100 ? PETS : 100 ))
W=${PARSE_WORK:-/tmp/vetcrm-parse}; PG_PORT=${PARSE_PG_PORT:-5498}; PORT=${PARSE_PORT:-1338}
DB=parse_$PETS$([ "$INDEXES" = 1 ] || echo _noindex)
mkdir -p $W; chmod 777 $W
here=$(cd "$(dirname "$0")" && pwd); shared=$(cd "$here/../../../shared/bench/parse-anchor" && pwd)
[ -d $W/node_modules/parse-server ] || (cd $W && cp $shared/package.json . && npm install --no-audit --no-fund >/dev/null 2>&1)
command -v wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
sql() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 "$@"; }
# Leave nothing running: stop Parse Server and this script's own PostgreSQL on every exit (the data directory stays).
cleanup() { [ -f $W/parse.pid ] && kill $(cat $W/parse.pid) 2>/dev/null; rm -f $W/parse.pid
            [ -f $W/pg/postmaster.pid ] && su postgres -c "$PGBIN/pg_ctl -D $W/pg -m fast stop" >/dev/null 2>&1; true; }
trap cleanup EXIT
if ! pg_isready -h 127.0.0.1 -p $PG_PORT >/dev/null 2>&1; then
  [ -f $W/pg/PG_VERSION ] || { rm -rf $W/pg; mkdir -p $W/pg; chown postgres $W/pg; su postgres -c "$PGBIN/initdb -D $W/pg -A trust -U postgres >/dev/null"; }
  su postgres -c "$PGBIN/pg_ctl -D $W/pg -o '-p $PG_PORT -k /tmp' -l $W/pg.log -w start >/dev/null"
fi
start_parse() {
  cp $here/server.js $W/
  (cd $W; PARSE_DB=postgres://postgres@127.0.0.1:$PG_PORT/$DB PARSE_PORT=$PORT nohup node server.js > $W/parse.log 2>&1 & echo $! > $W/parse.pid)
  for i in $(seq 60); do curl -sf http://127.0.0.1:$PORT/parse/health >/dev/null && return; sleep 1; done
  echo "Parse Server did not start: $(tail -5 $W/parse.log)" >&2; exit 1
}
# The database is marked seeded (its comment) only once growing, indexing and analysing are done.
SEEDED=$(sql -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")
if [ "$RESEED" = 1 ] || [ -z "$SEEDED" ]; then
  started=$(date +%s.%N)
  sql -qc "drop database if exists $DB" -c "create database $DB"
  start_parse
  (cd $W && node $shared/seed.js http://127.0.0.1:$PORT/parse vetcrm masterkey $REST_PETS >/dev/null)
  sql -q $DB -v pets=$PETS -v rest=$REST_PETS -f $here/grow.sql
  if [ "$INDEXES" = 1 ]; then  # includes look up targets by "objectId", already the primary key
    sql $DB -qc 'create index referral_receivedat on "Referral" ("receivedAt" desc)' -c 'create index pet_updatedat on "Pet" ("updatedAt" desc)'
  fi
  # What a bulk load is followed by (autovacuum would otherwise start on the fresh tables mid-measurement).
  sql $DB -qc 'vacuum (analyze)'
  SEEDED=$(printf "seeded %s pets in %.1f s" $PETS $(echo "$(date +%s.%N) - $started" | bc))
  sql -qc "comment on database $DB is '$SEEDED'"
  echo "$SEEDED"
else
  start_parse
  echo "$SEEDED (kept)"
fi
[ "${SEED_ONLY:-0}" = 1 ] && exit 0
H='X-Parse-Application-Id: vetcrm'
B=http://127.0.0.1:$PORT/parse
TOKEN=$(curl -s -X POST -H "$H" -H 'Content-Type: application/json' -d '{"username":"staff1","password":"Passw0rd!1"}' $B/login | python3 -c 'import sys,json;print(json.load(sys.stdin)["sessionToken"])')
# Parse's answers at this size are what the flows ask for: 50 rows, newest first, with the pointers included.
READS=("$B/classes/Referral?include=pet,receivedBy&order=-receivedAt&limit=50" "$B/classes/Pet?include=assignedSpecialist&order=-updatedAt&limit=50")
curl -sf -H "$H" -H "X-Parse-Session-Token: $TOKEN" "${READS[0]}" | python3 $here/check.py receivedAt pet,receivedBy
curl -sf -H "$H" -H "X-Parse-Session-Token: $TOKEN" "${READS[1]}" | python3 $here/check.py updatedAt assignedSpecialist
# Parse Server and its database are fresh from a start when the size was kept: warm both up unmeasured (wrk, 5 s a read
# flow), as seeding through the same process does when the size is new.
for url in "${READS[@]}"; do
  wrk -t2 -c32 -d5s -H "$H" -H "X-Parse-Session-Token: $TOKEN" "$url" >/dev/null
done
report() { wrk -t2 -c${3:-32} -d${SECS}s ${4:-} -H "$H" -H "X-Parse-Session-Token: $TOKEN" --latency "$2" | awk -v n="$1" '/Requests\/sec/{r=$2} / 50%/{p50=$2} / 99%/{p99=$2} /Non-2xx/{e=$NF} END{printf "%-22s %9s req/s  p50 %-9s p99 %-9s non2xx %s\n", n, r, p50, p99, (e==""?0:e)}'; }
report referral-queue "$B/classes/Referral?include=pet,receivedBy&order=-receivedAt&limit=50"
report pet-pipeline "$B/classes/Pet?include=assignedSpecialist&order=-updatedAt&limit=50"
PET=$(sql $DB -Atc 'select "objectId" from "Pet" limit 1')
U=$(sql $DB -Atc "select \"objectId\" from \"_User\" where username='staff1'")
cat > $W/post.lua <<LUA
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"pet":{"__type":"Pointer","className":"Pet","objectId":"$PET"},"user":{"__type":"Pointer","className":"_User","objectId":"$U"},"interactionType":"call","summary":"Called owner","followUpNeeded":false,"interactionAt":{"__type":"Date","iso":"2026-11-21T10:00:00Z"}}'
LUA
report create-interaction "$B/classes/InteractionLog" 16 "-s $W/post.lua"
