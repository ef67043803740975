#!/usr/bin/env bash
# The ask path under load, side by side with a bare WebFlux endpoint (bench/BENCHMARKS.md): the packaged jar
# (embedded H2 in a temporary folder) and vn.anm.assistant.bench.BareWebFlux (Reactor Netty + a RouterFunction,
# no Spring Boot, no filters) on loopback, then wrk (THREADS threads, CONNECTIONS connections, DURATION) against
# each in turn, ROUNDS times, with the varied Vietnamese messages of bench/ask/messages.lua.
# JFR=1 records a flight recording of the service during its runs (target/ask.jfr).
# Each run also prints the load average and the CPU time the measured process used per request (utime + stime from
# /proc, so a figure that depends little on what else the machine runs).
#
#   bench/ask/run.sh                      # THREADS=2 CONNECTIONS=32 DURATION=20s ROUNDS=2 WARMUP=15s
set -euo pipefail
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
ROUNDS=${ROUNDS:-2}
JFR=${JFR:-0}
JAR=${JAR:-target/anm-assistant.jar}

cd "$(dirname "$0")/../.."
[ -f "$JAR" ] || ./mvnw -q -B -ntp -Dmaven.test.skip=true package
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
WORK=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

APP_PORT=$(free_port); MGMT_PORT=$(free_port); BARE_PORT=$(free_port)
jfr_opts=()
[ "$JFR" = 1 ] && jfr_opts=("-XX:FlightRecorderOptions=stackdepth=128" "-XX:StartFlightRecording=filename=${JFR_FILE:-target/ask.jfr},settings=profile,delay=20s,duration=60s")
SERVER_PORT=$APP_PORT ANM_MANAGEMENT_PORT=$MGMT_PORT ANM_DATA_DIR="$WORK/data" ANM_KB_DIR=knowledge-base \
  java "${jfr_opts[@]}" -jar "$JAR" > "$WORK/app.log" 2>&1 &
pids+=($!); APP_PID=$!
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.anm.assistant.bench.BareWebFlux "$BARE_PORT" > "$WORK/bare.log" 2>&1 &
pids+=($!); BARE_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" > /dev/null && break
  sleep 1
done
curl -s -X POST -H 'Content-Type: application/json' -d '{"text":"mk fb bị lộ r lm sao"}' "http://127.0.0.1:$APP_PORT/api/v1/ask"; echo

echo "warm-up ($WARMUP each)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/ask/messages.lua "http://127.0.0.1:$APP_PORT/api/v1/ask" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/ask/messages.lua "http://127.0.0.1:$BARE_PORT/api/v1/ask" > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  for target in "ask $APP_PORT $APP_PID" "bare $BARE_PORT $BARE_PID"; do
    read -r name port pid <<< "$target"
    echo "== round $round: $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    before=$(cpu_ms "$pid")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/ask/messages.lua "http://127.0.0.1:$port/api/v1/ask" > "$WORK/wrk.txt"
    used=$(( $(cpu_ms "$pid") - before ))
    grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors" "$WORK/wrk.txt"
    requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")
    awk -v ms="$used" -v n="$requests" 'BEGIN { printf "  process CPU %.1f s for %d requests: %.3f ms per request\n", ms / 1000, n, n ? ms / n : 0 }'
  done
done
