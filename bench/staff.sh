#!/usr/bin/env bash
# The staff benchmark (docs/benchmarks.md, "Staff pages at Flanders scale"): builds the jar, starts Stiel with
# -Xmx512m on a data folder of its own, generates the Flanders-scale data set with its staff side when it is not there
# yet, restarts Stiel (the cold start that is reported), captures the SQL each page sends, warms up, runs Gatling
# (logged-in partner staff and coordinators of the largest network: saturated, then paced at half that throughput),
# then pgbench on the captured SQL, reads the heap, stops Stiel and writes target/bench/staff/staff-results.md.
#
#   bench/staff.sh                      # 20 users, 60 s warm-up, 60 s measured, data in /tmp/stiel-staff-bench
#   BENCH_SCALE=0.25 BENCH_DATA_DIR=/tmp/stiel-staff-quarter bench/staff.sh
#
# Settings (environment): BENCH_DATA_DIR (/tmp/stiel-staff-bench), BENCH_PORT (8098), BENCH_CLIENTS (20, of whom
# BENCH_COORDINATORS 4 are coordinators), BENCH_SECONDS (60), BENCH_WARMUP_SECONDS (60), BENCH_RATE (pages/s of the
# paced run; half the saturated throughput), BENCH_SCALE (1: 2 000 000 referrals), BENCH_HEAP (512m),
# BENCH_SKIP_BUILD (1: use the jar and classes already built), BENCH_REUSE_CALIBRATION (1: the SQL per page from the
# previous calibration's PostgreSQL log, without visiting the pages again). Needs a JDK 21+, pgbench and psql (Debian/Ubuntu:
# apt-get install postgresql-client). Sends traffic to localhost only and stops by itself.
set -euo pipefail

cd "$(dirname "$0")/.."
DATA_DIR=${BENCH_DATA_DIR:-/tmp/stiel-staff-bench}
PORT=${BENCH_PORT:-8098}
CLIENTS=${BENCH_CLIENTS:-20}
COORDINATORS=${BENCH_COORDINATORS:-4}
SECONDS_MEASURED=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP_SECONDS:-60}
SCALE=${BENCH_SCALE:-1}
HEAP=${BENCH_HEAP:-512m}
LEAD_IN=10
OUT=$PWD/target/bench/staff

log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

source bench/jdk.sh
for tool in pgbench psql; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install postgresql-client" >&2; exit 1; }
done

mkdir -p "$OUT"
rm -rf "$OUT/gatling" "$OUT/gatling-paced" "$OUT"/latencies-*.csv "$OUT/run.properties" "$OUT/staff-results.md"
mkdir -p "$OUT/pgbench"
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
  APP_PID=""
}
trap stop_app EXIT

# Starts Stiel and waits for readiness; COLD_START is the time from launch until readiness, in seconds.
start_app() {
  log "Starting Stiel on port $PORT (-Xmx$HEAP) with its data in $DATA_DIR"
  local started
  started=$(date +%s.%N)
  STIEL_DATA_DIR=$DATA_DIR STIEL_DEMO=false SERVER_PORT=$PORT \
    "$JAVA_HOME/bin/java" -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$OUT/$1" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "Stiel did not start; see $OUT/$1" >&2; exit 1; }
    sleep 0.25
  done
  curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null || { echo "Stiel not ready" >&2; exit 1; }
  COLD_START=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  # The embedded PostgreSQL writes its port on line 4 of postmaster.pid.
  PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
  # Its passwords are in $DATA_DIR/.pgpass (pgpass format): psql and pgbench read it, the Java tools get the
  # superuser's in the JDBC URL.
  export PGPASSFILE="$DATA_DIR/.pgpass"
  PG_PASSWORD=$(awk -F: '$1 == "localhost" && $4 == "postgres" { print $5; exit }' "$PGPASSFILE")
  JDBC="jdbc:postgresql://localhost:$PG_PORT/postgres?user=postgres&password=$PG_PASSWORD"
  log "Stiel is up after $COLD_START s; its PostgreSQL listens on port $PG_PORT"
}

# Heap in use after a full GC (jcmd), e.g. "83 MB".
heap() {
  "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1 \
    | awk '{ printf "%.0f MB", $1 / 1024 }'
}

start_app app-first.log
log "Generating the data set at scale $SCALE (skipped when present)"
gen_start=$(date +%s)
"${MVN[@]}" exec:java@generate -Dbench.jdbc="$JDBC" -Dbench.scale="$SCALE" -Dbench.staff=true | tee "$OUT/generate.log"
GENERATED="Generation: $(grep -h '^Generated\|present' "$OUT/generate.log" | tr '\n' ' ')(this run: $(( $(date +%s) - gen_start )) s)."
"${MVN[@]}" exec:java@staff-setup -Dbench.jdbc="$JDBC" -Dbench.step=logging

# The cold start that is reported: a restart on the full data set, as after a deployment.
stop_app
start_app app.log
APP_LOG_START=$(wc -l <"$OUT/app.log")
SPRING_STARTED=$(grep -o 'Started StielApplication in [0-9.]* seconds' "$OUT/app.log" | head -1 || true)
HEAP_START=$(heap)

if [[ "${BENCH_REUSE_CALIBRATION:-0}" == 1 && -f "$OUT/calibration-log.txt" ]]; then
  # the pages at their slowest take minutes each: the previous calibration's log is read again
  log "The SQL of each page, from the previous calibration's log"
  "${MVN[@]}" exec:java@staff-setup -Dbench.step=scripts | tee "$OUT/calibration.log"
else
  log "The users and the SQL of each page"
  rm -f "$OUT/calibration-log.txt"
  "${MVN[@]}" exec:java@staff-setup -Dbench.jdbc="$JDBC" -Dbench.step=users -Dbench.clients="$CLIENTS" \
    -Dbench.coordinators="$COORDINATORS"
  "${MVN[@]}" exec:java@staff-setup -Dbench.jdbc="$JDBC" -Dbench.step=calibrate \
    -Dbench.baseUrl="http://localhost:$PORT" | tee "$OUT/calibration.log"
fi
column -t -s, "$OUT/calibration.csv" || cat "$OUT/calibration.csv"

GATLING=(-Dbench.simulation=org.stiel.bench.StaffPagesSimulation -Dbench.baseUrl="http://localhost:$PORT"
  -Dbench.clients="$CLIENTS" -Dbench.users="$OUT/users.csv" -Dbench.leadIn="$LEAD_IN"
  -Dbench.gatlingResults="$OUT/gatling")
log "Warming up: $CLIENTS users for $WARMUP s"
"${MVN[@]}" gatling:test "${GATLING[@]}" -Dbench.seconds="$WARMUP" >"$OUT/gatling-warmup.log" 2>&1 || true
HEAP_WARM=$(heap)

{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores=$(nproc)"
  echo "cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1024/1024}' /proc/meminfo)"
  echo "jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "clients=$CLIENTS"
  echo "seconds=$SECONDS_MEASURED"
  echo "warmup=$WARMUP"
  echo "loadBefore=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "coldStartSeconds=$COLD_START"
  echo "springStarted=$SPRING_STARTED"
  echo "heapAfterStart=$HEAP_START"
  echo "heapAfterWarmup=$HEAP_WARM"
  echo "generated=$GENERATED"
} >"$OUT/run.properties"

log "HTTP: $CLIENTS users without pause for $SECONDS_MEASURED s (Gatling)"
"${MVN[@]}" gatling:test "${GATLING[@]}" -Dbench.seconds="$SECONDS_MEASURED" \
  -Dbench.latencies="$OUT/latencies-saturated.csv" | tee "$OUT/gatling.log" | tail -30
SATURATED=$(awk -v s="$SECONDS_MEASURED" 'END { printf "%.1f", NR / s }' "$OUT/latencies-saturated.csv")
RATE=${BENCH_RATE:-$(awk -v r="$SATURATED" 'BEGIN { x = r / 2; if (x < 1) x = 1; printf "%.1f", x }')}
log "HTTP paced: about $RATE pages/s from $CLIENTS users for $SECONDS_MEASURED s (Gatling)"
"${MVN[@]}" gatling:test "${GATLING[@]}" -Dbench.seconds="$SECONDS_MEASURED" -Dbench.rate="$RATE" \
  -Dbench.latencies="$OUT/latencies-paced.csv" -Dbench.gatlingResults="$OUT/gatling-paced" \
  | tee "$OUT/gatling-paced.log" | tail -30
echo "rate=$RATE" >>"$OUT/run.properties"

log "The same pages' SQL: $CLIENTS clients for $SECONDS_MEASURED s (pgbench)"
PGBENCH_ARGS=()
while IFS= read -r line; do PGBENCH_ARGS+=("${line%% *}" "${line#* }"); done <"$OUT/pgbench-args.txt"
# Bounded: pgbench parses its scripts before it connects, which takes minutes for pages that send 100 000+
# statements (docs/benchmarks.md); the report then says "not measured".
timeout $((SECONDS_MEASURED * 3 + 60)) pgbench -n -h localhost -p "$PG_PORT" -U postgres -c "$CLIENTS" -j 2 \
  -T "$SECONDS_MEASURED" "${PGBENCH_ARGS[@]}" postgres 2>&1 | tee "$OUT/pgbench/out.txt" \
  | grep -v '^SQL script\|^ - ' | tail -15 || true
{
  echo "loadAfter=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "heapAfterRun=$(heap)"
  echo "appErrors=$(tail -n +"$APP_LOG_START" "$OUT/app.log" | grep -c ' ERROR ' || true)"
  echo "outOfMemory=$(grep -c 'OutOfMemoryError' "$OUT/app.log" || true)"
} >>"$OUT/run.properties"

log "Report"
"${MVN[@]}" exec:java@staff-report -Dbench.jdbc="$JDBC" >"$OUT/report.log" 2>&1 || { cat "$OUT/report.log"; exit 1; }
stop_app
cat "$OUT/staff-results.md"
echo
echo "Written to $OUT/staff-results.md (Gatling's HTML reports: $OUT/gatling*/)"
