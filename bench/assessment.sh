#!/usr/bin/env bash
# Assessment at city scale (BENCHMARKS.md): a fresh PostgreSQL database, the platform on it (demo district), the
# ledger's rollups seeded at the size CASES cases a month leave them for every month of 2026
# (assessment-seed.sql, which also times the from-scratch recount of one month from the cases' contributions),
# then GET /api/assessment/rankings for every kind of subject over a month and over the year, through HTTP, as a
# leader: each ranking computes its period and the two before it (previous rank, three-period flag).
# Usage: bench/assessment.sh        (env: CASES=1000000 RUNS=5; KEEP_DB=1 keeps the database)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-1000000}
RUNS=${RUNS:-5}
source bench/lib.sh
DB=urbangrid_assessment_$$
WORK=$(mktemp -d)
cleanup() {
  stop_app
  [[ "${KEEP_DB:-}" == "1" ]] || psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -q -d postgres -c "create database $DB"
echo "database $DB"
APP_ARGS="${APP_ARGS:-} --urbangrid.assessment.catch-up-on-start=false" start_app "$DB" "$WORK"
started=$(date +%s)
psql -d "$DB" -v n="$CASES" -f bench/assessment-seed.sql > "$WORK/seed.txt"
echo "seeded the rollups of $CASES cases a month in $(( $(date +%s) - started )) s"
RECOUNT_MS=$(awk '/^Time:/ {print $2; exit}' "$WORK/seed.txt")
grep -E 'rollup rows' "$WORK/seed.txt" | tr -s ' '
TOKEN=$(token_for leader)

# median and max of RUNS timed requests, in ms
timed() {
  local url=$1 times=()
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$url" # warm
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1*1000} END {printf "%.0f %.0f\n", a[int((NR+1)/2)], a[NR]}'
}

echo
echo "machine: $(machine)"
printf '%-14s %14s %14s\n' kind "month p50/max" "year p50/max"
month_total=0; year_total=0
for kind in INSPECTOR OPERATOR SHIFT_LEADER DISPATCHER DEPARTMENT UNIT_GRID COMMUNITY STREET DISTRICT; do
  read -r m mmax < <(timed "/api/assessment/rankings?kind=$kind&period=2026-11")
  read -r y ymax < <(timed "/api/assessment/rankings?kind=$kind&period=2026")
  month_total=$((month_total + m)); year_total=$((year_total + y))
  printf '%-14s %8s/%-5s ms %8s/%-5s ms\n' "$kind" "$m" "$mmax" "$y" "$ymax"
done
echo "all nine kinds, one after the other: month ${month_total} ms, year ${year_total} ms (p50 sums)"
echo "from-scratch recount of the month from ${CASES} cases' contributions: ${RECOUNT_MS} ms"
python3 -c "print('recount / platform (month, all kinds): %.1fx' % (float('$RECOUNT_MS') / max(1, $month_total)))"
