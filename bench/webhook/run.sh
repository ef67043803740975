#!/usr/bin/env bash
# Webhook benchmark: the packaged jar with the Graph API pointed at a local stub that answers every
# send after 2 s; signed Messenger events at a fixed rate; reports the webhook's latency and whether
# every event was answered. Loopback only, bounded in count and time.
#
#   bench/webhook/run.sh                      # defaults below
#   RATE=200 DURATION=30 CONCURRENCY=512 bench/webhook/run.sh
set -euo pipefail

RATE=${RATE:-200}            # events per second offered
DURATION=${DURATION:-30}     # seconds
USERS=${USERS:-2000}         # distinct senders (each user's messages are answered in order)
CONCURRENCY=${CONCURRENCY:-512}
DELAY_MS=${DELAY_MS:-2000}   # how long the stub Send API takes to answer
APP_PORT=${APP_PORT:-18080}
STUB_PORT=${STUB_PORT:-18081}
MGMT_PORT=${MGMT_PORT:-18082}  # health and metrics live on the management port
SECRET=bench-app-secret

cd "$(dirname "$0")/../.."
[ -f target/anm-assistant.jar ] || ./mvnw -q -DskipTests package
WORK=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "${KEEP:-}" ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

java bench/webhook/SlowSendApi.java "$STUB_PORT" "$DELAY_MS" > "$WORK/stub.log" 2>&1 &
pids+=($!)

FACEBOOK_APP_SECRET=$SECRET FACEBOOK_PAGE_ACCESS_TOKEN=bench-page-token FACEBOOK_VERIFY_TOKEN=bench-verify \
FACEBOOK_GRAPH_URL=http://127.0.0.1:$STUB_PORT/v25.0 ANM_DATA_DIR=$WORK/data SERVER_PORT=$APP_PORT ANM_MANAGEMENT_PORT=$MGMT_PORT \
ANM_CHANNEL_DELIVERY_CONCURRENCY=$CONCURRENCY MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,metrics,prometheus \
MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILES_HTTP_SERVER_REQUESTS=0.5,0.99,0.999 \
  java -Xmx512m -jar target/anm-assistant.jar --anm.knowledge.watch=false --server.address=127.0.0.1 > "$WORK/app.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/health" > /dev/null 2>&1 && curl -sf "http://127.0.0.1:$STUB_PORT/count" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/health" > /dev/null || { echo "app did not start"; tail -30 "$WORK/app.log"; exit 1; }

count() { curl -sf "http://127.0.0.1:$STUB_PORT/count"; }
delivered() {
  curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/metrics/anm.channel.replies?tag=outcome:$1" \
    | sed -n 's/.*"statistic":"COUNT","value":\([0-9.]*\).*/\1/p' | cut -d. -f1
}
# An event is answered when its whole reply (welcome line, answer, follow-ups: one or more sends) went
# out: the app counts that once per event in anm.channel.replies{outcome=delivered}.
answered_events() { local d; d=$(delivered delivered); echo "${d:-0}"; }
wait_for_answers() { # target, timeout seconds
  local deadline=$((SECONDS + $2))
  while [ "$(answered_events)" -lt "$1" ] && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
}

echo "== warm-up: 50 events/s for 10 s"
java bench/webhook/WebhookLoad.java "http://127.0.0.1:$APP_PORT/webhooks/facebook" $SECRET 50 10 500 | sed "s/^/   /"
wait_for_answers 500 60
base=$(answered_events)
base_sends=$(count)
echo "   answered $base of 500 events ($base_sends sends)"

echo "== run: $RATE events/s for $DURATION s, $USERS users, delivery concurrency $CONCURRENCY, stub delay $DELAY_MS ms"
start=$(date +%s.%N)
java bench/webhook/WebhookLoad.java "http://127.0.0.1:$APP_PORT/webhooks/facebook" $SECRET "$RATE" "$DURATION" "$USERS"
events=$((RATE * DURATION))
wait_for_answers $((base + events)) $((DURATION + 90))
end=$(date +%s.%N)
answered=$(( $(answered_events) - base ))
echo "== answered $answered of $events events ($(( $(count) - base_sends )) sends to the stub Send API); failed: $(delivered failed || echo 0)"
awk -v a="$answered" -v s="$start" -v e="$end" 'BEGIN { printf "== %.1f events/s from the first event to the last answer (%.1f s)\n", a / (e - s), e - s }'
echo "== server-side webhook time (http.server.requests, last 2 minutes, ms):"
for phi in 0.5 0.99 0.999; do
  curl -sf "http://127.0.0.1:$MGMT_PORT/actuator/metrics/http.server.requests.percentile?tag=uri:/webhooks/facebook&tag=phi:$phi" \
    | sed -n 's/.*"statistic":"VALUE","value":\([0-9.E-]*\).*/\1/p' | awk -v p="$phi" '{ printf "   p%s=%.2f\n", p * 100, $1 * 1000 }'
done
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
[ "$answered" -eq "$events" ] || { echo "NOT every event was answered"; exit 1; }
