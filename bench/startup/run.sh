#!/usr/bin/env bash
# Start-up time and memory of the packaged jar, run as the container runs it: the layers extracted
# by `java -Djarmode=tools … extract --layers` (deploy/Dockerfile), the flags of deploy/jvm.options,
# and the container's 1 GiB memory limit emulated with -XX:MaxRAM (MaxRAMPercentage applies to it).
# Cold start to ready = from launching the JVM to /actuator/health/readiness answering 200.
# Variants: plain; class-data sharing (CDS, Java 17: -XX:SharedArchiveFile from a training run that
# stops after the context refresh); the AOT cache of Java 24+ (-XX:AOTCache), when JAVA25 is set.
# Then RSS idle (after ready + IDLE_SETTLE s) and under load (signed Messenger webhooks at RATE/s
# for DURATION s against a loopback stand-in for the Send API). Loopback only, bounded in time.
#
#   bench/startup/run.sh                                  # RUNS=5, plain and CDS on `java`
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup/run.sh
set -euo pipefail

RUNS=${RUNS:-5}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-}
MAX_RAM=${MAX_RAM:-1g}
IDLE_SETTLE=${IDLE_SETTLE:-10}
RATE=${RATE:-50}
DURATION=${DURATION:-30}
SECRET=bench-app-secret

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
[ -f target/anm-assistant.jar ] || ./mvnw -q -B -ntp -Dmaven.test.skip=true package
WORK=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

java -Djarmode=tools -jar target/anm-assistant.jar extract --layers --destination "$WORK/layers" > /dev/null
mkdir -p "$WORK/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do cp -r "$WORK/layers/$layer/." "$WORK/app/"; done
cp -r knowledge-base "$WORK/app/knowledge-base"
STUB_PORT=$(free_port)
java bench/webhook/SlowSendApi.java "$STUB_PORT" 200 > "$WORK/stub.log" 2>&1 &
pids+=($!)

# launch JAVA EXTRA_FLAGS… : starts the service in the background, sets APP_PID, APP_PORT, MGMT_PORT
launch() {
  local java=$1; shift
  APP_PORT=$(free_port); MGMT_PORT=$(free_port)
  (cd "$WORK/app" && exec env ANM_DATA_DIR="$WORK/data" ANM_KB_DIR="$WORK/app/knowledge-base" SERVER_PORT="$APP_PORT" \
      ANM_MANAGEMENT_PORT="$MGMT_PORT" LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs FACEBOOK_APP_SECRET=$SECRET \
      FACEBOOK_PAGE_ACCESS_TOKEN=bench-page-token FACEBOOK_VERIFY_TOKEN=bench-verify \
      FACEBOOK_GRAPH_URL="http://127.0.0.1:$STUB_PORT/v25.0" \
      "$java" @"$ROOT/deploy/jvm.options" -XX:MaxRAM="$MAX_RAM" "$@" -jar anm-assistant.jar --anm.knowledge.watch=false) \
      > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
}
ready_ms() { # milliseconds from $1 (ns) until readiness answers, or fails after 120 s
  local start=$1
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness"; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "did not become ready" >&2; tail -5 "$WORK/app.log" >&2; return 1
}
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

heap=$("$JAVA" @deploy/jvm.options -XX:MaxRAM="$MAX_RAM" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%d", $4 / 1048576 }')
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $($JAVA -version 2>&1 | head -1), MaxRAM=$MAX_RAM (max heap $heap MB), $RUNS runs each"
# A first start migrates the embedded database, so every timed start below finds it current (a restart).
launch "$JAVA"; ready_ms "$(date +%s%N)" > /dev/null; stop

# train NAME JAVA TRAINING_FLAGS: the training run of a variant (stops after the context refresh)
train() {
  # shellcheck disable=SC2086 # flag lists
  (cd "$WORK/app" && env ANM_DATA_DIR="$WORK/data" ANM_KB_DIR="$WORK/app/knowledge-base" SERVER_PORT=0 ANM_MANAGEMENT_PORT=0 \
      "$2" @"$ROOT/deploy/jvm.options" -XX:MaxRAM="$MAX_RAM" $3 -Dspring.context.exit=onRefresh \
      -jar anm-assistant.jar --anm.knowledge.watch=false) > "$WORK/training-$1.log" 2>&1 || { tail -20 "$WORK/training-$1.log"; return 1; }
}

# Variants: name, java, training flags, run flags. Runs are interleaved (plain, CDS, plain, CDS…) so a
# machine shared with other work slows every variant alike.
names=("plain, Java 17" "CDS, Java 17"); javas=("$JAVA" "$JAVA"); flags=("" "-XX:SharedArchiveFile=$WORK/app/app.jsa")
train cds "$JAVA" "-XX:ArchiveClassesAtExit=$WORK/app/app.jsa"
if [ -n "$JAVA25" ]; then
  names+=("plain, Java 25" "AOT cache, Java 25"); javas+=("$JAVA25" "$JAVA25"); flags+=("" "-XX:AOTCache=$WORK/app/app.aot")
  train aot "$JAVA25" "-XX:AOTCacheOutput=$WORK/app/app.aot"
fi
declare -A times rss
for _ in $(seq 1 "$RUNS"); do
  for v in "${!names[@]}"; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    launch "${javas[$v]}" ${flags[$v]}
    times[$v]+="$(ready_ms "$start") "
    sleep "$IDLE_SETTLE"
    rss[$v]+="$(rss_mb "$APP_PID") "
    stop
  done
done
for v in "${!names[@]}"; do
  # shellcheck disable=SC2086 # word lists
  printf '%-20s ready ms: %s(median %s)   RSS idle MB: %s(median %s)\n' "${names[$v]}" "${times[$v]}" \
    "$(printf '%s\n' ${times[$v]} | median)" "${rss[$v]}" "$(printf '%s\n' ${rss[$v]} | median)"
done

echo "== under load: $RATE webhook events/s for $DURATION s (plain $JAVA)"
launch "$JAVA"; ready_ms "$(date +%s%N)" > /dev/null
peak=0
java bench/webhook/WebhookLoad.java "http://127.0.0.1:$APP_PORT/webhooks/facebook" $SECRET "$RATE" "$DURATION" 500 > "$WORK/load.log" 2>&1 &
load=$!
while kill -0 "$load" 2>/dev/null; do
  now=$(rss_mb "$APP_PID"); [ "$now" -gt "$peak" ] && peak=$now
  sleep 1
done
wait "$load" || true
sed 's/^/   /' "$WORK/load.log"
echo "   RSS under load: peak ${peak} MB, after the run $(rss_mb "$APP_PID") MB"
stop
