#!/usr/bin/env bash
# The ask path under load, side by side with a bare WebFlux endpoint (bench/BENCHMARKS.md): the packaged jar
# (embedded H2 in a temporary folder) and vn.anm.assistant.bench.BareWebFlux (Reactor Netty + a RouterFunction,
# no Spring Boot, no filters) on loopback, then wrk (THREADS threads, CONNECTIONS connections, DURATION) against
# each in turn, ROUNDS times, with the varied Vietnamese messages of bench/ask/messages.lua.
# JFR=1 records a flight recording of the service during its measured runs only (after the warm-up; target/ask.jfr,
# read it with `jfr print --stack-depth 200 --events jdk.ExecutionSample`).
# Each run also prints the load average and the CPU time the measured process used per request (utime + stime from
# /proc, so a figure that depends little on what else the machine runs), split by thread kind (event loop, JIT
# compilers, GC, other), and the end prints the ask / bare ratio of every round.
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
# CPU milliseconds by thread kind: "loop jit gc other" (threads that ended meanwhile count only in the process total)
cpu_kinds() {
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(sed 's/^.*) //' "$t/stat" 2>/dev/null | cut -d' ' -f12,13)"
  done | awk -F'\t' -v hz="$(getconf CLK_TCK)" '
    { split($2, c, " "); ms = (c[1] + c[2]) * 1000 / hz
      if ($1 ~ /^reactor-http|^reactor-tcp/) loop += ms; else if ($1 ~ /Compiler/) jit += ms
      else if ($1 ~ /^GC |^G1 /) gc += ms; else other += ms }
    END { printf "%d %d %d %d", loop, jit, gc, other }'
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

APP_PORT=$(free_port); MGMT_PORT=$(free_port); BARE_PORT=$(free_port)
jfr_opts=()
[ "$JFR" = 1 ] && jfr_opts=("-XX:FlightRecorderOptions=stackdepth=128")
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
[ "$JFR" = 1 ] && jcmd "$APP_PID" JFR.start name=ask settings=profile filename="$PWD/${JFR_FILE:-target/ask.jfr}" > /dev/null
declare -A rps
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  for target in "ask $APP_PORT $APP_PID" "bare $BARE_PORT $BARE_PID"; do
    read -r name port pid <<< "$target"
    echo "== round $round: $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    before=$(cpu_ms "$pid"); read -r l0 j0 g0 o0 <<< "$(cpu_kinds "$pid")"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/ask/messages.lua "http://127.0.0.1:$port/api/v1/ask" > "$WORK/wrk.txt"
    used=$(( $(cpu_ms "$pid") - before )); read -r l1 j1 g1 o1 <<< "$(cpu_kinds "$pid")"
    grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors" "$WORK/wrk.txt"
    requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")
    awk -v ms="$used" -v n="$requests" -v l=$((l1 - l0)) -v j=$((j1 - j0)) -v g=$((g1 - g0)) -v o=$((o1 - o0)) 'BEGIN { n = n ? n : 1
      printf "  process CPU %.1f s for %d requests: %.3f ms per request (event loop %.3f, JIT %.3f, GC %.3f, other %.3f)\n",
        ms / 1000, n, ms / n, l / n, j / n, g / n, o / n }'
    rps[$name]=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
  done
  ratios+=("$(awk -v a="${rps[ask]}" -v b="${rps[bare]}" 'BEGIN { printf "%.1f %% (ask %.0f / bare %.0f req/s)", b ? 100 * a / b : 0, a, b }')")
done
[ "$JFR" = 1 ] && jcmd "$APP_PID" JFR.stop name=ask > /dev/null && echo "flight recording: ${JFR_FILE:-target/ask.jfr}"
echo "== ask / bare (issue 16 bar: >= 12 %), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!ratios[@]}"; do echo "  round $((i + 1)): ${ratios[$i]}"; done
