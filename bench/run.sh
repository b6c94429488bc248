#!/usr/bin/env bash
# The benchmark of the families' search (docs/benchmarks.md): builds the jar, starts Stiel on a data folder of its
# own, generates the Flanders-scale data set when it is not there yet, warms up, runs Gatling (HTTP: saturated by 50
# clients, then paced at half that throughput) and then pgbench (the same SQL straight against PostgreSQL, 50
# clients: as the application sends it, then with its values written in), stops Stiel and writes
# target/bench/results.md.
#
#   bench/run.sh                 # 50 clients, 90 s warm-up, 60 s measured, data in /tmp/stiel-bench, port 8097
#   BENCH_SECONDS=120 bench/run.sh
#
# Settings (environment): BENCH_DATA_DIR (/tmp/stiel-bench), BENCH_PORT (8097), BENCH_USERS (50),
# BENCH_SECONDS (60), BENCH_WARMUP_SECONDS (90), BENCH_RATE (searches/s of the paced run; half the saturated
# throughput), BENCH_SCALE (1: Flanders' 285 real municipalities, 50 000 offers), BENCH_SKIP_BUILD
# (1: use the jar and classes already built). Needs a JDK 21+ (found like the build finds it), pgbench and psql
# (Debian/Ubuntu: apt-get install postgresql-client). Sends traffic to localhost only and stops by itself.
set -euo pipefail

cd "$(dirname "$0")/.."
DATA_DIR=${BENCH_DATA_DIR:-/tmp/stiel-bench}
PORT=${BENCH_PORT:-8097}
USERS=${BENCH_USERS:-50}
SECONDS_MEASURED=${BENCH_SECONDS:-60}
# The JIT needs some 5 000 searches before Stiel runs at its steady pace: its compiler threads share the two cores with
# the load, and the throughput climbed 72 → 84 → 95/s over three 30-s windows after a start (docs/benchmarks.md).
WARMUP=${BENCH_WARMUP_SECONDS:-90}
# The paced run's first seconds go at the same rate but are not measured (FamilySearchSimulation).
LEAD_IN=15
SCALE=${BENCH_SCALE:-1}
OUT=$PWD/target/bench

log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

source bench/jdk.sh
for tool in pgbench psql; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install postgresql-client" >&2; exit 1; }
done

mkdir -p "$OUT"
rm -rf "$OUT/gatling" "$OUT/gatling-paced" "$OUT/gatling-paced-latencies.csv" "$OUT/pgbench" "$OUT/pgbench-literal"
MVN=(./mvnw -B -q -Pbench)

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "Building the jar and the benchmark classes"
  ./mvnw -B -q -DskipTests package
  "${MVN[@]}" test-compile
fi
JAR=$(ls target/stiel-*.jar | grep -v plain | head -1)

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "Stopping Stiel (pid $APP_PID)"
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

log "Starting Stiel on port $PORT with its data in $DATA_DIR"
STIEL_DATA_DIR=$DATA_DIR STIEL_DEMO=false SERVER_PORT=$PORT \
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "Stiel did not start; see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null || { echo "Stiel not ready" >&2; exit 1; }
# The embedded PostgreSQL writes its port on line 4 of postmaster.pid.
PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
# Its passwords are in $DATA_DIR/.pgpass (pgpass format): psql and pgbench read it, the Java tools get the
# superuser's in the JDBC URL.
export PGPASSFILE="$DATA_DIR/.pgpass"
PG_PASSWORD=$(awk -F: '$1 == "localhost" && $4 == "postgres" { print $5; exit }' "$PGPASSFILE")
JDBC="jdbc:postgresql://localhost:$PG_PORT/postgres?user=postgres&password=$PG_PASSWORD"
log "Stiel is up; its PostgreSQL listens on port $PG_PORT"

log "Generating the data set (skipped when present)"
"${MVN[@]}" exec:java@generate -Dbench.jdbc="$JDBC" -Dbench.scale="$SCALE"
"${MVN[@]}" exec:java@queries -Dbench.jdbc="$JDBC"

# Statistics and a visibility map as a database that has been running a while has them (autovacuum): a data set
# generated while Stiel was starting, or used by earlier runs, may lack them. Both halves of the run profit alike.
log "Vacuuming the search's tables"
psql -q -h localhost -p "$PG_PORT" -U postgres -c "vacuum (analyze) offer, offer_location, offer_occurrence, \
  offer_word, partner, partner_location, network, network_partner, place_postcode, place_municipality" postgres

GATLING=(-Dbench.baseUrl="http://localhost:$PORT" -Dbench.users="$USERS" -Dbench.mix="$OUT/mix.csv")
log "Warming up: $USERS clients for $WARMUP s"
"${MVN[@]}" gatling:test "${GATLING[@]}" -Dbench.seconds="$WARMUP" >"$OUT/gatling-warmup.log" 2>&1 || true
rm -rf "$OUT/gatling"

{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores=$(nproc)"
  echo "cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1024/1024}' /proc/meminfo)"
  echo "jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "users=$USERS"
  echo "seconds=$SECONDS_MEASURED"
  echo "warmup=$WARMUP"
  echo "leadIn=$LEAD_IN"
  echo "loadBefore=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/run.properties"

log "HTTP: $USERS clients for $SECONDS_MEASURED s (Gatling)"
"${MVN[@]}" gatling:test "${GATLING[@]}" -Dbench.seconds="$SECONDS_MEASURED" | tee "$OUT/gatling.log" | tail -40

# The latency below saturation: an open model at half the throughput just measured (or BENCH_RATE searches/s).
SATURATED_RPS=$(sed -n 's/^> mean throughput (rps) *| *\([0-9.,]*\).*/\1/p' "$OUT/gatling.log" | head -1 | tr -d ,)
RATE=${BENCH_RATE:-$(awk -v r="${SATURATED_RPS:-2}" 'BEGIN { x = r / 2; if (x < 1) x = 1; printf "%.1f", x }')}
log "HTTP paced: $RATE new searches per second for $SECONDS_MEASURED s after a lead-in of $LEAD_IN s (Gatling)"
"${MVN[@]}" gatling:test "${GATLING[@]}" -Dbench.seconds="$SECONDS_MEASURED" -Dbench.rate="$RATE" \
  -Dbench.leadIn="$LEAD_IN" -Dbench.gatlingResults="$OUT/gatling-paced" \
  -Dbench.latencies="$OUT/gatling-paced-latencies.csv" | tee "$OUT/gatling-paced.log" | tail -25
echo "rate=$RATE" >>"$OUT/run.properties"

# pgbench's arguments, one option and its value per line (a value may hold spaces: "-D q03_words=infoavond slapen")
pgbench_args() {
  PGBENCH_ARGS=()
  local line
  while IFS= read -r line; do PGBENCH_ARGS+=("${line%% *}" "${line#* }"); done <"$1"
}
PGBENCH=(pgbench -n -h localhost -p "$PG_PORT" -U postgres -c "$USERS" -j 2 -T "$SECONDS_MEASURED" -M prepared)

log "SQL as the application sends it: $USERS clients for $SECONDS_MEASURED s (pgbench)"
pgbench_args "$OUT/pgbench-args.txt"
"${PGBENCH[@]}" -l --log-prefix="$OUT/pgbench/log" "${PGBENCH_ARGS[@]}" postgres | tee "$OUT/pgbench/out.txt"

log "SQL with its values written in, planned once per connection: $USERS clients for $SECONDS_MEASURED s (pgbench)"
pgbench_args "$OUT/pgbench-literal-args.txt"
"${PGBENCH[@]}" -l --log-prefix="$OUT/pgbench-literal/log" "${PGBENCH_ARGS[@]}" postgres \
  | tee "$OUT/pgbench-literal/out.txt"
echo "loadAfter=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/run.properties"

log "Report"
"${MVN[@]}" exec:java@report -Dbench.jdbc="$JDBC" >"$OUT/report.log" 2>&1 || { cat "$OUT/report.log"; exit 1; }
stop_app
cat "$OUT/results.md"
echo
echo "Written to $OUT/results.md (Gatling's HTML report: $(ls -d "$OUT"/gatling/*/ | head -1)index.html)"
