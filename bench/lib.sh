# Shared by the benchmark scripts: a fresh PostgreSQL database and the platform started on it.
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-18080}
export PGHOST PGUSER
BASE=http://127.0.0.1:$PORT
APP=

jar() {
  local jar
  jar=$(ls target/urbangrid-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$jar" ]]; then
    mvn -q -B -DskipTests package >&2
    jar=$(ls target/urbangrid-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

# start_app DB WORKDIR [extra JDBC URL query]: the packaged platform on DB with the demo district forced in (without
# its played week, URBANGRID_DEMO_HISTORY=true adds it), so that every run starts from the same data; the assessment
# ledger does not derive seeded cases in the background while a benchmark runs (they are seeded without histories
# for it; bench/assessment.sh seeds the ledger's own rows).
start_app() {
  local db=$1 work=$2 query=${3:-}
  URBANGRID_DB_URL="jdbc:postgresql://$PGHOST:5432/$db$query" URBANGRID_DB_USER=$PGUSER URBANGRID_DB_PASSWORD= \
    URBANGRID_DEMO=true URBANGRID_DEMO_HISTORY=${URBANGRID_DEMO_HISTORY:-false} URBANGRID_DATA_DIR=$work/data URBANGRID_ADMIN_PASSWORD=bench-admin PORT=$PORT \
    java ${JAVA_OPTS:--Xms1g -Xmx1g} -jar "$(jar)" --urbangrid.assessment.catch-up-on-start=false ${APP_ARGS:-} \
    > "$work/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 $APP 2>/dev/null || { tail -50 "$work/app.log"; return 1; }
    sleep 1
  done
  echo "the platform did not start"; return 1
}

stop_app() {
  if [[ -n "$APP" ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}

token_for() {
  curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo123\"}" "$BASE/api/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, PostgreSQL $(psql -At -d postgres -c 'show server_version' | cut -d' ' -f1), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# cleanup_seeded: the EXIT trap of the seeded benchmarks (DB, WORK set by the caller): stops the platform and drops
# the database unless KEEP_DB=1 or REUSE_DB names a kept one.
cleanup_seeded() {
  stop_app
  [[ "${KEEP_DB:-}" == "1" || -n "${REUSE_DB:-}" ]] || psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
