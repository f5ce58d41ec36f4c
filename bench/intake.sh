#!/usr/bin/env bash
# Intake at database speed (BENCHMARKS.md): on a fresh PostgreSQL database, one after the other at the same
# concurrency, measures
#   P  pgbench running the bare equivalent transaction (bare-intake.sql: one cases row + one case_history row),
#   H  requests/s of GET /actuator/health (the bare HTTP round trip),
#   I  hotline reports/s through POST /api/cases,
# and prints L = 1/(1/P + 1/H), I/L, the error count and intake's p99 at 16 clients.
# Usage: bench/intake.sh            (env: CLIENTS=64 SECONDS_EACH=20 WARM_SECONDS=45 WARM_HEALTH_SECONDS=15
#                                   PGHOST=127.0.0.1 PORT=18080 JAVA_OPTS=... APP_ARGS=...;
#                                   PREFER=return=minimal asks for the receipt instead of the whole case)
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-64}
SECS=${SECONDS_EACH:-20}
WARM=${WARM_SECONDS:-45}
WARM_HEALTH=${WARM_HEALTH_SECONDS:-15}
source bench/lib.sh
DB=urbangrid_bench_$$
WORK=$(mktemp -d)
for tool in wrk pgbench psql curl python3; do
  command -v $tool >/dev/null || { echo "missing $tool (apt-get install -y wrk postgresql-client curl python3)"; exit 1; }
done
cleanup() {
  stop_app
  [[ "${KEEP_DB:-}" == "1" ]] || psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -q -d postgres -c "create database $DB"
echo "database $DB"
start_app "$DB" "$WORK"
TOKEN=$(token_for operator)
psql -At -d "$DB" -c "select geometry from grid where length(code) = 15" | python3 bench/points.py > "$WORK/points.lua"
export TOKEN POINTS=$WORK/points.lua

rps() { awk '/Requests\/sec/ {print $2}'; }
errors() { awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}'; }

# Steady state, as a server that runs for months is: the JIT compiles the report's path for about half a minute
# (10 s of warm-up measured intake 20 % below its steady rate), and the health endpoint's path as well.
echo "warm-up: ${WARM}s of reports and ${WARM_HEALTH}s of health checks at $CLIENTS clients"
wrk -t2 -c"$CLIENTS" -d"${WARM}s" -s bench/report.lua "$BASE" > "$WORK/warm.txt"
WARM_ERR=$(errors < "$WORK/warm.txt")
wrk -t2 -c"$CLIENTS" -d"${WARM_HEALTH}s" "$BASE/actuator/health" > /dev/null

pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$SECS" -f bench/bare-intake.sql "$DB" > "$WORK/pgbench.txt" 2>&1
P=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.txt")
wrk -t2 -c"$CLIENTS" -d"${SECS}s" "$BASE/actuator/health" > "$WORK/health.txt"
H=$(rps < "$WORK/health.txt"); H_ERR=$(errors < "$WORK/health.txt")
wrk -t2 -c"$CLIENTS" -d"${SECS}s" --latency -s bench/report.lua "$BASE" > "$WORK/intake.txt"
I=$(rps < "$WORK/intake.txt"); I_ERR=$(errors < "$WORK/intake.txt")
wrk -t2 -c16 -d"${SECS}s" --latency -s bench/report.lua "$BASE" > "$WORK/intake16.txt"
I16=$(rps < "$WORK/intake16.txt"); I16_ERR=$(errors < "$WORK/intake16.txt")
P99_64=$(awk '$1 == "99%" {print $2}' "$WORK/intake.txt")
P50_16=$(awk '$1 == "50%" {print $2}' "$WORK/intake16.txt")
P99_16=$(awk '$1 == "99%" {print $2}' "$WORK/intake16.txt")
STORED=$(psql -At -d "$DB" -c "select count(*) from cases where case_number not like 'PGB-%'")

echo
echo "machine: $(machine)"
echo "reports sent with Prefer: ${PREFER:-(none: the whole case in each answer)}"
printf 'P  pgbench, bare transaction, %d clients   %10.0f tps\n' "$CLIENTS" "$P"
printf 'H  GET /actuator/health, %d clients        %10.0f req/s  (errors %s)\n' "$CLIENTS" "$H" "$H_ERR"
printf 'I  POST /api/cases (hotline), %d clients   %10.0f req/s  (errors %s, p99 %s)\n' "$CLIENTS" "$I" "$I_ERR" "$P99_64"
python3 - "$P" "$H" "$I" <<'PY'
import sys
p, h, i = map(float, sys.argv[1:])
l = 1 / (1 / p + 1 / h)
print(f"L  1/(1/P + 1/H)                         {l:10.0f} /s")
print(f"I/L                                      {i / l:10.2f}")
PY
printf 'intake at 16 clients: %.0f req/s, p50 %s, p99 %s (errors %s)\n' "$I16" "$P50_16" "$P99_16" "$I16_ERR"
echo "errors: warm-up $WARM_ERR, intake $I_ERR, intake@16 $I16_ERR; reports stored: $STORED"
