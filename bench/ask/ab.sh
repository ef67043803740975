#!/usr/bin/env bash
# Two jars' /api/v1/ask side by side on a shared machine (bench/BENCHMARKS.md): both services started at once (embedded
# H2 in temporary folders), warmed alternately (WARMS rounds of WARM each, with bench/ask/messages.lua, 2 threads,
# 32 connections), then measured alternately (ROUNDS rounds of DURATION each). Prints each run's CPU time per request of
# the measured service (utime + stime from /proc: the whole process and its reactor-http event-loop threads) with the
# load average, so two versions compare under the same load even when the req/s figures are the machine's.
#
#   bench/ask/ab.sh BEFORE.jar AFTER.jar          # WARM=60s WARMS=2 DURATION=20s ROUNDS=2
set -euo pipefail
A=$1; B=$2
WARM=${WARM:-60s}; WARMS=${WARMS:-2}; DURATION=${DURATION:-20s}; ROUNDS=${ROUNDS:-2}
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d); pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
loop_ms() {
  for t in /proc/"$1"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in reactor-http*) sed 's/^.*) //' "$t/stat" | cut -d' ' -f12,13 ;; esac
  done | awk -v hz="$(getconf CLK_TCK)" '{ s += ($1 + $2) * 1000 / hz } END { printf "%d", s }'
}
declare -A port pid
for n in A B; do
  jar=${!n}; p=$(free_port); m=$(free_port); port[$n]=$p
  SERVER_PORT=$p ANM_MANAGEMENT_PORT=$m ANM_DATA_DIR="$WORK/$n/data" ANM_KB_DIR=knowledge-base java -jar "$jar" > "$WORK/$n.log" 2>&1 &
  pid[$n]=$!; pids+=($!)
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$m/actuator/health/readiness" > /dev/null && break; sleep 1; done
done
echo "A = $A, B = $B; warm-up ${WARMS} x ${WARM} each"
for _ in $(seq 1 "$WARMS"); do
  for n in A B; do wrk -t2 -c32 -d"$WARM" -s bench/ask/messages.lua "http://127.0.0.1:${port[$n]}/api/v1/ask" > /dev/null; done
done
for r in $(seq 1 "$ROUNDS"); do
  for n in A B; do
    p=${pid[$n]}; before=$(cpu_ms "$p"); loop_before=$(loop_ms "$p"); load=$(cut -d' ' -f1 /proc/loadavg)
    wrk -t2 -c32 -d"$DURATION" -s bench/ask/messages.lua "http://127.0.0.1:${port[$n]}/api/v1/ask" > "$WORK/wrk.txt"
    used=$(( $(cpu_ms "$p") - before )); loop=$(( $(loop_ms "$p") - loop_before ))
    requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt"); rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
    awk -v n="$n" -v r="$r" -v u="$used" -v l="$loop" -v q="$requests" -v s="$rps" -v la="$load" 'BEGIN { q = q ? q : 1
      printf "round %d %s: %.3f ms CPU per request (event loop %.3f), %d requests, %s req/s, load average %s\n", r, n, u / q, l / q, q, s, la }'
  done
done
