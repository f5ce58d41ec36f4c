#!/usr/bin/env bash
# Console pages rendered on the server with a million cases (BENCHMARKS.md): a fresh PostgreSQL database, the
# platform on it (demo district), N cases seeded by seed-cases.sql, one form login per role (session cookie), then
# each main page and the map's layers through HTTP with wrk (4 connections) and their p50/p95/p99. Beside each page
# its physical reference: the same page's JSON API where one exists (the data without the rendering).
# Usage: bench/pages.sh             (env: CASES=1000000 SECONDS_EACH=8; KEEP_DB=1, REUSE_DB=<name> as queues.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-1000000}
SECS=${SECONDS_EACH:-8}
source bench/lib.sh
DB=${REUSE_DB:-urbangrid_pages_$$}
WORK=$(mktemp -d)
trap cleanup_seeded EXIT
[[ -n "${REUSE_DB:-}" ]] || psql -q -d postgres -c "create database $DB"
echo "database $DB"
start_app "$DB" "$WORK"
if [[ -z "${REUSE_DB:-}" ]]; then
  started=$(date +%s)
  psql -q -d "$DB" -v n="$CASES" -f bench/seed-cases.sql > "$WORK/seed.txt"
  echo "seeded $CASES cases in $(( $(date +%s) - started )) s"
fi
psql -q -d "$DB" -c "vacuum analyze" >/dev/null

declare -A COOKIES
login() { # a console session for $1: the login form's CSRF token, then the form post; prints the cookie header
  local jar=$WORK/$1.jar csrf
  csrf=$(curl -fs -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=demo123" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"
}
declare -A TOKENS
for user in operator shiftleader dispatcher handler inspector leader admin; do
  COOKIES[$user]=$(login $user); TOKENS[$user]=$(token_for $user)
done
DETAIL=$(psql -At -d "$DB" -c "select max(id) from cases where status = 'CLOSED'")
OPEN=$(psql -At -d "$DB" -c "select max(id) from cases where status = 'DISPATCHED'")
NUMBER=$(psql -At -d "$DB" -c "select case_number from cases where id = $OPEN")
BBOX=$(psql -At -d "$DB" -c "select min(longitude) || ',' || min(latitude) || ',' || max(longitude) || ',' || max(latitude) from cases")
PAGES=(${PAGES_OVERRIDE:-})
if [[ ${#PAGES[@]} -eq 0 ]]; then PAGES=(
  "queue operator|operator|/console|/api/cases/my-tasks?size=20"
  "queue dispatcher|dispatcher|/console|/api/cases/my-tasks?size=20"
  "queue handler|handler|/console|/api/cases/my-tasks?size=20"
  "queue shift leader|shiftleader|/console|/api/cases/my-tasks?size=20"
  "overdue list|dispatcher|/console/overdue|/api/cases/overdue?size=20"
  "overview (leader)|leader|/console/overview"
  "case page, closed|leader|/console/cases/$DETAIL|/api/cases/$DETAIL"
  "case page, dispatched|leader|/console/cases/$OPEN|/api/cases/$OPEN"
  "search: partial number|leader|/console/cases?q=${NUMBER:4:8}"
  "search: keyword|leader|/console/cases?q=%E8%B7%AF%E7%81%AF"
  "grid map page|leader|/console/map"
  "phone tasks|inspector|/m"
  "rankings|leader|/console/assessment"
  "big screen|leader|/console/screen"
  "map: grids layer|leader|/console/map/geojson"
  "map: open cases per grid|leader|/console/map/counts"
  "map: case points (district)|leader|/console/map/cases?bbox=$BBOX"
  "map: base layer, zoom 13|leader|/console/map/base?bbox=$BBOX&zoom=13|/api/map/base?bbox=$BBOX&zoom=13"
  "map: base layer, zoom 16|leader|/console/map/base?bbox=$BBOX&zoom=16|/api/map/base?bbox=$BBOX&zoom=16"
); fi
echo
echo "machine: $(machine); $(psql -At -d "$DB" -c 'select count(*) from cases') cases"
measure() { # measure HEADER URI: prints "p50 p95 p99 req/s non2xx"
  wrk -t1 -c4 -d2s -H "$1" "$BASE$2" > /dev/null
  wrk -t1 -c4 -d"${SECS}s" -s bench/percentiles.lua -H "$1" "$BASE$2" > "$WORK/wrk.txt"
  read -r _ p50 p95 p99 bad < <(grep '^pct ' "$WORK/wrk.txt")
  echo "$p50 $p95 $p99 $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") $bad"
}
printf '%-34s %8s %8s %8s %8s %7s   %s\n' page p50_ms p95_ms p99_ms req/s non2xx "reference: same data from the JSON API (p95_ms, page/reference)"
for check in "${PAGES[@]}"; do
  IFS='|' read -r name user uri ref <<< "$check"
  header="Cookie: ${COOKIES[$user]}"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$BASE$uri")
  if [[ "$code" != 2* ]]; then printf '%-34s answered %s (skipped)\n' "$name" "$code"; continue; fi
  read -r p50 p95 p99 rps bad < <(measure "$header" "$uri")
  line=$(printf '%-34s %8s %8s %8s %8s %7s' "$name" "$p50" "$p95" "$p99" "$rps" "$bad")
  if [[ -n "${ref:-}" ]]; then
    read -r _ r95 _ _ _ < <(measure "Authorization: Bearer ${TOKENS[$user]}" "$ref")
    line="$line   $(python3 -c "import sys; print(f'{float(sys.argv[1]):.1f} ms, {float(sys.argv[2]) / float(sys.argv[1]):.2f}x')" "$r95" "$p95")"
  fi
  echo "$line"
done
