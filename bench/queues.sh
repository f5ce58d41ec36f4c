#!/usr/bin/env bash
# Queues, the overdue list and the common searches with a million cases (BENCHMARKS.md): creates a fresh
# PostgreSQL database, starts the platform on it (demo district), seeds N cases with seed-cases.sql, then calls
# every endpoint through HTTP with wrk (4 connections, real bearer tokens) and prints p50/p99; finally logs each
# query's EXPLAIN ANALYZE plan (auto_explain) once and prints them.
# Usage: bench/queues.sh            (env: CASES=1000000 SECONDS_EACH=8 PLANS=1; KEEP_DB=1 keeps the database,
#                                   REUSE_DB=<name> measures a kept one again without seeding)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-1000000}
SECS=${SECONDS_EACH:-8}
source bench/lib.sh
DB=${REUSE_DB:-urbangrid_queues_$$}
WORK=$(mktemp -d)
trap cleanup_seeded EXIT

if [[ -n "${REUSE_DB:-}" ]]; then
  psql -q -d postgres -c "alter database $DB reset all"
else
  psql -q -d postgres -c "create database $DB"
fi
echo "database $DB"
# auto_explain is loaded in every session but silent until the plan pass turns it on for new connections;
# pooled connections live 30 s, so the pass only has to wait for the pool to renew.
APP_ARGS="${APP_ARGS:-} --spring.datasource.hikari.max-lifetime=30000" \
  start_app "$DB" "$WORK" "?options=-c%20session_preload_libraries%3Dauto_explain"
if [[ -z "${REUSE_DB:-}" ]]; then
  started=$(date +%s)
  psql -q -d "$DB" -v n="$CASES" -f bench/seed-cases.sql > "$WORK/seed.txt"
  echo "seeded $CASES cases in $(( $(date +%s) - started )) s"
  grep -E '^ [A-Z_]+ +\|' "$WORK/seed.txt" | tr -s ' ' | tr '\n' ';'; echo
else
  echo "reusing $DB: $(psql -At -d "$DB" -c 'select count(*) from cases') cases"
fi

declare -A TOKENS
for user in operator shiftleader dispatcher handler inspector leader; do TOKENS[$user]=$(token_for $user); done
cursor() { # the cursor after N pages of a list
  local user=$1 uri=$2 pages=$3 after=
  for _ in $(seq 1 "$pages"); do
    after=$(curl -fs -H "Authorization: Bearer ${TOKENS[$user]}" "$BASE$uri${after:+&after=$after}" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin).get("next") or "")')
  done
  echo "$after"
}
DETAIL=$(psql -At -d "$DB" -c "select max(id) from cases")
DEEP=$(cursor dispatcher "/api/cases/my-tasks?size=20" 50)
DEEP_SEARCH=$(cursor leader "/api/cases?classCode=C0101&size=20" 50)
CHECKS=(
  "my-tasks operator|operator|/api/cases/my-tasks?size=20"
  "my-tasks shift leader|shiftleader|/api/cases/my-tasks?size=20"
  "my-tasks dispatcher|dispatcher|/api/cases/my-tasks?size=20"
  "my-tasks dispatcher, page 51 by cursor|dispatcher|/api/cases/my-tasks?size=20&after=$DEEP"
  "my-tasks handler (one department)|handler|/api/cases/my-tasks?size=20"
  "my-tasks inspector|inspector|/api/cases/my-tasks?size=20"
  "my-tasks leader (overdue)|leader|/api/cases/my-tasks?size=20"
  "overdue list|dispatcher|/api/cases/overdue?size=20"
  "search street + status|leader|/api/cases?street=210231002&status=DISPATCHED&size=20"
  "search class, newest first|leader|/api/cases?classCode=C0101&size=20"
  "search class, page 51 by cursor|leader|/api/cases?classCode=C0101&size=20&after=$DEEP_SEARCH"
  "search one day|leader|/api/cases?from=$(date -u -d '-30 days' +%Y-%m-%dT00:00:00Z)&to=$(date -u -d '-29 days' +%Y-%m-%dT00:00:00Z)&size=20"
  "search community, open|leader|/api/cases?community=210231001002&status=DISPATCHED&status=REPORTED&size=20"
  "search unit grid (map list)|leader|/api/cases?grid=210231001002005&size=20"
  "search as handler (dept or assisting)|handler|/api/cases?size=20"
  "search as inspector (own, assigned, area)|inspector|/api/cases?size=20"
  "case detail with history|leader|/api/cases/$DETAIL"
)
echo
echo "machine: $(machine)"
printf '%-44s %8s %8s %8s %7s\n' request p50 p99 req/s errors
for check in "${CHECKS[@]}"; do
  IFS='|' read -r name user uri <<< "$check"
  wrk -t1 -c4 -d2s -H "Authorization: Bearer ${TOKENS[$user]}" "$BASE$uri" > /dev/null
  wrk -t1 -c4 -d"${SECS}s" --latency -H "Authorization: Bearer ${TOKENS[$user]}" "$BASE$uri" > "$WORK/wrk.txt"
  printf '%-44s %8s %8s %8s %7s\n' "$name" "$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")" \
    "$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")" "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")" \
    "$(awk '/Non-2xx/ {n += $NF} END {print n + 0}' "$WORK/wrk.txt")"
done

if [[ "${PLANS:-1}" == "1" ]]; then
  LOG=$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -1 || true)
  if [[ -n "$LOG" && -r "$LOG" ]]; then
    psql -q -d postgres -c "alter database $DB set auto_explain.log_min_duration = 0" \
      -c "alter database $DB set auto_explain.log_analyze = on" -c "alter database $DB set auto_explain.log_buffers = on"
    sleep 35
    mark=$(wc -l < "$LOG")
    for check in "${CHECKS[@]}"; do
      IFS='|' read -r name user uri <<< "$check"
      echo "=== $name: $uri" >> "$WORK/plans.txt"
      curl -fs -o /dev/null -H "Authorization: Bearer ${TOKENS[$user]}" "$BASE$uri"
      sleep 0.3
      tail -n +"$((mark + 1))" "$LOG" | awk -v db="@$DB " 'index($0, db) && /duration: .* plan:/ {on = 1; print; next}
        /^[0-9]{4}-/ {on = 0} on' | grep -v "api_token\|from staff" >> "$WORK/plans.txt" || true
      mark=$(wc -l < "$LOG")
    done
    echo; echo "plans (auto_explain, EXPLAIN ANALYZE of each statement):"; cat "$WORK/plans.txt"
  else
    echo "(no readable PostgreSQL log: plans skipped)"
  fi
fi
