#!/usr/bin/env bash
# The operator's walkthrough, done for real on one machine without Docker: PostgreSQL (a fresh
# database of its own), two instances of the packaged service run the way the container runs them
# (the jar's layers, deploy/jvm.options, the prod profile, JSON logs), and Debian's nginx in front with
# the repository's proxy configuration (deploy/compose/nginx: the same template the proxy container
# uses, filled in for local ports and paths), terminating TLS. It then
#   - checks Meta's verification handshake and Zalo's URL-save probe through the proxy,
#   - sends signed Messenger and Zalo webhooks and web-chat messages through the proxy,
#   - kills one instance with SIGKILL in the middle of the traffic, and goes on,
#   - checks that every event the proxy acknowledged (HTTP 200) was answered exactly once, counting
#     the replies at a loopback stand-in for the Graph and Zalo send APIs (deploy/walkthrough/SendApiStub.java).
# Loopback only; bounded in count and time (about 1–2 minutes). Used by WalkthroughIT (./mvnw verify).
#
#   deploy/walkthrough.sh                 # builds target/anm-assistant.jar first if it is missing
#   KEEP=1 deploy/walkthrough.sh          # keep logs and configuration (printed at the end)
#   EVENTS=40 DELAY_MS=800 deploy/walkthrough.sh
set -euo pipefail

# Every acknowledged event must be answered exactly once, those the killed instance had accepted too:
# they wait in the database inbox/outbox until the survivor's lease on them (LEASE) runs out.
# STRICT_DURABILITY=0 only reports such losses instead of failing (to compare with a build without the
# durable inbox).
STRICT_DURABILITY=${STRICT_DURABILITY:-1}
LEASE=${LEASE:-10s}              # ANM_CHANNEL_DELIVERY_LEASE: rows of a dead instance are taken over after it

EVENTS=${EVENTS:-24}             # webhook events per platform and phase (three phases)
CHATS=${CHATS:-4}                # web-chat messages per phase (before and after the kill)
DELAY_MS=${DELAY_MS:-700}        # how long the stand-in send APIs take to answer
SEND_CONCURRENCY=${SEND_CONCURRENCY:-2}  # replies each instance sends at once: with a slow send API,
                                 # accepted events queue up, so the kill finds work in flight
SETTLE_SECONDS=${SETTLE_SECONDS:-90}  # longer than LEASE plus the sends the survivor takes over
START_SECONDS=${START_SECONDS:-240}
MAX_RAM=${MAX_RAM:-1g}           # the container's memory limit, emulated (MaxRAMPercentage applies to it)
HOST=anm.walkthrough.local
FB_SECRET=walkthrough-app-secret
FB_VERIFY=walkthrough-verify-token
ZALO_APP_ID=2553928453557884079
ZALO_OA_SECRET=walkthrough-oa-secret

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${ANM_JAR:-$ROOT/target/anm-assistant.jar}
[ -f "$JAR" ] || ./mvnw -q -B -ntp -Dmaven.test.skip=true package
for tool in java nginx openssl curl envsubst psql createdb dropdb pg_isready; do
  command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] || { echo "walkthrough: missing $tool"; exit 2; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d)
chmod 755 "$WORK"
pids=()
DB=""
PGUSER_NAME=""
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
  done
  if [ -n "$DB" ]; then dropdb -h 127.0.0.1 -U "$PGUSER_NAME" --if-exists "$DB" 2> /dev/null || true; fi
  if [ -n "${KEEP:-}" ]; then echo "walkthrough: logs and configuration kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
say() { printf '== %s\n' "$*"; }
fail() { printf 'walkthrough FAILED: %s\n' "$*"; exit 1; }

free_port() { # a port nothing listens on
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "$port"; return; fi
  done
}

# --- PostgreSQL: start it if needed, then a fresh database for this run ---------------------------
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  say "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | head -n 1)" main start || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
for candidate in "${PGUSER:-postgres}" root; do
  if psql -h 127.0.0.1 -U "$candidate" -d postgres -Atqc 'select 1' > /dev/null 2>&1; then PGUSER_NAME=$candidate; break; fi
done
[ -n "$PGUSER_NAME" ] || fail "PostgreSQL at 127.0.0.1:5432 does not let user postgres or root in"
DB="anm_walkthrough_$$_$RANDOM"
createdb -h 127.0.0.1 -U "$PGUSER_NAME" "$DB"
say "PostgreSQL database $DB"

# --- The image's layout: layers extracted from the jar, the knowledge base beside them -------------
java -Djarmode=tools -jar "$JAR" extract --layers --destination "$WORK/layers" > /dev/null
mkdir -p "$WORK/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do cp -r "$WORK/layers/$layer/." "$WORK/app/"; done
cp -r knowledge-base "$WORK/app/knowledge-base"

STUB_PORT=$(free_port)
java deploy/walkthrough/SendApiStub.java "$STUB_PORT" "$DELAY_MS" > "$WORK/stub.log" 2>&1 &
pids+=($!)

DATA_KEY=$(openssl rand -base64 32)
A_PID="" A_PORT="" B_PORT="" B_MGMT=""  # set by start
# start NAME: one instance of the service, as the container runs it; sets <NAME>_PID, _PORT, _MGMT
start() {
  local name=$1 port mgmt
  port=$(free_port); mgmt=$(free_port)
  mkdir -p "$WORK/data-$name"
  # Started from a subshell that exits at once: the instance is not a job of this shell (no "Killed"
  # notice when it is killed); its process id comes back through a file.
  ( (cd "$WORK/app" && exec env SPRING_PROFILES_ACTIVE=prod \
      SPRING_R2DBC_URL="r2dbc:postgresql://127.0.0.1:5432/$DB" SPRING_R2DBC_USERNAME="$PGUSER_NAME" SPRING_R2DBC_PASSWORD= \
      SPRING_FLYWAY_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_FLYWAY_USER="$PGUSER_NAME" SPRING_FLYWAY_PASSWORD= \
      ANM_DATA_KEY="$DATA_KEY" ANM_DATA_DIR="$WORK/data-$name" ANM_KB_DIR="$WORK/app/knowledge-base" \
      SERVER_PORT="$port" ANM_MANAGEMENT_PORT="$mgmt" LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
      FACEBOOK_APP_SECRET=$FB_SECRET FACEBOOK_PAGE_ACCESS_TOKEN=walkthrough-page-token FACEBOOK_VERIFY_TOKEN=$FB_VERIFY \
      FACEBOOK_GRAPH_URL="http://127.0.0.1:$STUB_PORT/v25.0" ANM_CHANNEL_DELIVERY_CONCURRENCY="$SEND_CONCURRENCY" \
      ANM_CHANNEL_DELIVERY_LEASE="$LEASE" \
      ZALO_APP_ID=$ZALO_APP_ID ZALO_OA_SECRET_KEY=$ZALO_OA_SECRET ZALO_APP_SECRET_KEY=walkthrough-app-secret-key \
      ZALO_ACCESS_TOKEN=walkthrough-access-token ZALO_REFRESH_TOKEN=walkthrough-refresh-token \
      ZALO_OPENAPI_URL="http://127.0.0.1:$STUB_PORT" ZALO_OAUTH_URL="http://127.0.0.1:$STUB_PORT" \
      java @"$ROOT/deploy/jvm.options" -XX:MaxRAM="$MAX_RAM" -jar anm-assistant.jar) > "$WORK/$name.log" 2>&1 &
    echo $! > "$WORK/$name.pid" )
  pids+=("$(cat "$WORK/$name.pid")")
  printf -v "${name}_PID" '%s' "$(cat "$WORK/$name.pid")"
  printf -v "${name}_PORT" '%s' "$port"
  printf -v "${name}_MGMT" '%s' "$mgmt"
}
say "starting two instances (prod profile, $(java -version 2>&1 | head -1), jvm.options, MaxRAM=$MAX_RAM)"
started=$SECONDS
start A
start B
for name in A B; do
  mgmt_var="${name}_MGMT"; pid_var="${name}_PID"
  until ANM_MANAGEMENT_PORT=${!mgmt_var} deploy/healthcheck.sh; do
    kill -0 "${!pid_var}" 2> /dev/null || { tail -30 "$WORK/$name.log"; fail "instance $name exited while starting"; }
    [ $((SECONDS - started)) -lt "$START_SECONDS" ] || { tail -30 "$WORK/$name.log"; fail "instance $name not ready after $START_SECONDS s"; }
    sleep 0.5
  done
done
say "both ready (readiness probe, deploy/healthcheck.sh) after $((SECONDS - started)) s; A on :$A_PORT, B on :$B_PORT"

# --- nginx: the repository's template, filled in like the proxy container fills it ----------------
mkdir -p "$WORK/nginx/conf.d" "$WORK/nginx/tmp" "$WORK/nginx/acme" "$WORK/nginx/verify"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=$HOST" -addext "subjectAltName=DNS:$HOST" \
  -keyout "$WORK/nginx/key.pem" -out "$WORK/nginx/cert.pem" 2> /dev/null
HTTP_PORT=$(free_port); HTTPS_PORT=$(free_port)
export PROXY_SERVER_NAME=$HOST PROXY_HTTP_LISTEN="127.0.0.1:$HTTP_PORT" PROXY_HTTPS_LISTEN="127.0.0.1:$HTTPS_PORT" \
  PROXY_TLS_CERT="$WORK/nginx/cert.pem" PROXY_TLS_KEY="$WORK/nginx/key.pem" PROXY_CONF_DIR="$WORK/nginx" \
  PROXY_ACME_ROOT="$WORK/nginx/acme" PROXY_VERIFY_ROOT="$WORK/nginx/verify" PROXY_ACCESS_LOG="$WORK/nginx/access.log"
# shellcheck disable=SC2016 # the names, not their values: only these placeholders are replaced
envsubst '${PROXY_SERVER_NAME} ${PROXY_HTTP_LISTEN} ${PROXY_HTTPS_LISTEN} ${PROXY_TLS_CERT} ${PROXY_TLS_KEY} ${PROXY_CONF_DIR} ${PROXY_ACME_ROOT} ${PROXY_VERIFY_ROOT} ${PROXY_ACCESS_LOG}' \
  < deploy/compose/nginx/templates/anm.conf.template > "$WORK/nginx/conf.d/anm.conf"
# The Compose upstream line (Docker's "app:8080") once per local instance, with its parameters.
{ grep -E '^server app:8080' deploy/compose/nginx/upstream.conf | sed "s/app:8080/127.0.0.1:$A_PORT/"
  grep -E '^server app:8080' deploy/compose/nginx/upstream.conf | sed "s/app:8080/127.0.0.1:$B_PORT/"; } > "$WORK/nginx/upstream.conf"
user_line=""
[ "$(id -u)" != 0 ] || user_line="user nobody nogroup;"
cat > "$WORK/nginx/nginx.conf" <<EOF
# Main configuration of an unprivileged nginx in the foreground; the site is the repository's template.
$user_line
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 512; }
http {
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    include $WORK/nginx/conf.d/*.conf;
}
EOF
chmod -R a+rX "$WORK/nginx"
chmod 600 "$WORK/nginx/key.pem"
"$NGINX" -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2> "$WORK/nginx/test.log" \
  || { cat "$WORK/nginx/test.log"; fail "nginx refuses the configuration"; }
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' > "$WORK/nginx/stdout.log" 2>&1 &
pids+=($!)
BASE="https://$HOST:$HTTPS_PORT"
CURL=(curl -s --max-time 20 --cacert "$WORK/nginx/cert.pem" --resolve "$HOST:$HTTPS_PORT:127.0.0.1")
for _ in $(seq 1 50); do "${CURL[@]}" -o /dev/null "$BASE/" && break; sleep 0.2; done
say "nginx $("$NGINX" -v 2>&1 | sed 's/.*\///') on https://$HOST:$HTTPS_PORT (TLS, self-signed for this run)"

# --- Platform handshakes through the proxy ---------------------------------------------------------
challenge=$("${CURL[@]}" "$BASE/webhooks/facebook?hub.mode=subscribe&hub.verify_token=$FB_VERIFY&hub.challenge=4711")
[ "$challenge" = "4711" ] || fail "Meta's verification handshake did not echo the challenge (got '$challenge')"
[ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/webhooks/zalo")" = 200 ] \
  || fail "Zalo's URL-save probe was not answered 200"
[ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/" --resolve "$HOST:$HTTP_PORT:127.0.0.1")" = 301 ] \
  || fail "plain HTTP does not redirect to HTTPS"
[ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 404 ] || fail "the proxy exposes /actuator"
big=$(head -c 300000 /dev/zero | tr '\0' 'a')
[ "$(printf '%s' "$big" | "${CURL[@]}" -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @- "$BASE/webhooks/facebook")" = 413 ] \
  || fail "a 300 KB webhook body was not refused with 413"
say "Meta's handshake, Zalo's probe, HTTP→HTTPS, no /actuator, 413 over 256 KB: as expected"

# --- Traffic ---------------------------------------------------------------------------------------
: > "$WORK/events.tsv"   # platform user status request-id
# deliver PLATFORM USER: one signed event from a new user, through the proxy
deliver() {
  local platform=$1 user=$2 now body signature header hdr code
  now=$(date +%s%3N)
  if [ "$platform" = facebook ]; then
    body="{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":$now,\"messaging\":[{\"sender\":{\"id\":\"$user\"},\"recipient\":{\"id\":\"PAGE\"},\"timestamp\":$now,\"message\":{\"mid\":\"m_walk_$user\",\"text\":\"xin chào\"}}]}]}"
    signature="sha256=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$FB_SECRET" -r | cut -d' ' -f1)"
    header="X-Hub-Signature-256: $signature"
  else
    body="{\"app_id\":\"$ZALO_APP_ID\",\"event_name\":\"user_send_text\",\"timestamp\":\"$now\",\"sender\":{\"id\":\"$user\"},\"recipient\":{\"id\":\"3662729599332560487\"},\"message\":{\"msg_id\":\"z_walk_$user\",\"text\":\"xin chào\"}}"
    signature="mac=$(printf '%s%s%s%s' "$ZALO_APP_ID" "$body" "$now" "$ZALO_OA_SECRET" | sha256sum | cut -d' ' -f1)"
    header="X-ZEvent-Signature: $signature"
  fi
  hdr=$(mktemp -p "$WORK")
  code=$(printf '%s' "$body" | "${CURL[@]}" -o /dev/null -D "$hdr" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -H "$header" --data-binary @- "$BASE/webhooks/$platform" || true)
  printf '%s\t%s\t%s\t%s\n' "$platform" "$user" "${code:-000}" "$(tr -d '\r' < "$hdr" | awk -F': ' 'tolower($1) == "x-request-id" { print $2 }')" >> "$WORK/events.tsv"
  rm -f "$hdr"
}
chat() { # one web-chat message; the reply is the response itself
  local code
  code=$("${CURL[@]}" -o "$WORK/chat.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -d "{\"user\":\"walk-$1\",\"text\":\"Làm sao nhận biết cuộc gọi giả danh công an?\"}" "$BASE/api/v1/chat" || true)
  if [ "$code" = 200 ] && grep -q '"messages":\[{' "$WORK/chat.json"; then echo ok; else echo "failed $code"; fi
}
phase() { # phase NUMBER PARALLEL: EVENTS events per platform, alternating, in batches of PARALLEL
  local i parallel=$2 batch=()
  for i in $(seq 1 "$EVENTS"); do
    deliver facebook "$((91000000 + $1 * 1000 + i))" & batch+=($!)
    deliver zalo "$((92000000 + $1 * 1000 + i))" & batch+=($!)
    if [ ${#batch[@]} -ge "$parallel" ]; then wait "${batch[@]}"; batch=(); fi
  done
  [ ${#batch[@]} -eq 0 ] || wait "${batch[@]}"
}
chats_ok=0; chats_failed=0
chats() {
  local i result
  for i in $(seq 1 "$CHATS"); do
    result=$(chat "$1-$i")
    if [ "$result" = ok ]; then chats_ok=$((chats_ok + 1)); else chats_failed=$((chats_failed + 1)); echo "   web chat $1-$i: $result"; fi
  done
}

say "phase 1: $EVENTS Messenger and $EVENTS Zalo events, two at a time, $CHATS web-chat messages, both instances up"
phase 1 2; chats 1
say "phase 2: $EVENTS + $EVENTS events, 8 at a time; instance A is killed (SIGKILL) in the middle"
( sleep 2; kill -9 "$A_PID" ) &
killer=$!
phase 2 8
wait "$killer"
for _ in $(seq 1 50); do kill -0 "$A_PID" 2> /dev/null || break; sleep 0.1; done
kill -0 "$A_PID" 2> /dev/null && fail "instance A is still running"
say "phase 3: $EVENTS + $EVENTS events, two at a time, $CHATS web-chat messages, instance B alone"
phase 3 2; chats 3

# --- Settle: wait for every acknowledged event's reply ---------------------------------------------
counts() { "${CURL[@]}" "http://127.0.0.1:$STUB_PORT/counts"; }
acknowledged=$(awk -F'\t' '$3 == 200' "$WORK/events.tsv" | wc -l)
deadline=$((SECONDS + SETTLE_SECONDS)); last=""; stable_since=$SECONDS
while [ $SECONDS -lt $deadline ]; do
  now=$(counts | md5sum)
  if [ "$now" != "$last" ]; then last=$now; stable_since=$SECONDS; fi
  answered=$(counts | wc -l)
  [ "$answered" -ge "$acknowledged" ] && [ $((SECONDS - stable_since)) -ge 3 ] && break
  # Only reporting losses (STRICT_DURABILITY=0): stop once quiet.
  [ "$STRICT_DURABILITY" = 1 ] || [ $((SECONDS - stable_since)) -lt 8 ] || break
  sleep 1
done
counts > "$WORK/counts.txt"

# --- Check: every acknowledged event answered exactly once -----------------------------------------
# One greeting gets the same reply for everyone: its number of messages is the most common count.
per_reply=$(awk '{ print $3 }' "$WORK/counts.txt" | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
[ -n "$per_reply" ] || fail "no reply reached the send API stand-in"
A_ADDR="127.0.0.1:$A_PORT"
awk -v per="$per_reply" -v killed="$A_ADDR" '
  FILENAME == ARGV[1] { sent[$1 " " $2] = $3; next }          # counts: platform user messages
  FILENAME == ARGV[2] {                                        # nginx access log
    id = ""
    for (i = 1; i <= NF; i++) if ($i ~ /^id=/) id = substr($i, 4)
    split($0, parts, "upstream="); split(parts[2], rest, " ust=")
    m = split(rest[1], addrs, ", ")                            # tried in order: the last one answered
    by[id] = addrs[m]; next
  }
  {                                                            # events: platform user status request-id
    key = $1 " " $2
    if ($3 != 200) { refused++; print "   not acknowledged: " key " (HTTP " $3 ")"; next }
    ack++
    got = (key in sent) ? sent[key] : 0
    if (got == per) { once++; next }
    who = ($4 in by) ? by[$4] : "?"
    if (got < per) {
      if (who == killed) { gap++; print "   no reply (acknowledged by the killed instance): " key " got " got " of " per }
      else { lost++; print "   NO REPLY (acknowledged by " who "): " key " got " got " of " per }
    } else { dup++; print "   ANSWERED MORE THAN ONCE: " key " got " got " messages, one reply is " per }
  }
  END { printf "%d %d %d %d %d %d\n", ack, once, gap, lost, dup, refused > "/dev/stderr" }
' "$WORK/counts.txt" "$WORK/nginx/access.log" "$WORK/events.tsv" 2> "$WORK/verdict.txt" | tee "$WORK/unanswered.txt"
read -r ack once gap lost dup refused < "$WORK/verdict.txt"

# The surviving instance: metrics on its management port, JSON log lines.
metrics=$(curl -s "http://127.0.0.1:$B_MGMT/actuator/prometheus")
grep -q '^anm_messages_in_total{application="anm-assistant",channel="zalo"}' <<< "$metrics" || fail "instance B exposes no anm_messages_in_total"
json_lines=$(grep -c '^{"@timestamp"' "$WORK/B.log" || true)
all_lines=$(wc -l < "$WORK/B.log")
if [ "$json_lines" -eq 0 ] || [ "$json_lines" -lt $((all_lines * 9 / 10)) ]; then
  fail "instance B does not log JSON ($json_lines of $all_lines lines)"
fi

say "$((ack + refused)) webhook events sent through nginx: $ack acknowledged (HTTP 200), $refused not"
say "replies: $once answered exactly once ($per_reply messages each), $gap lost with the killed instance, $lost lost otherwise, $dup answered twice"
say "web chat: $chats_ok answered, $chats_failed failed"
say "instance B: $json_lines JSON log lines; $(grep -c '^anm_' <<< "$metrics") anm_* samples on /actuator/prometheus"
printf 'walkthrough summary: acknowledged=%d once=%d known_gap=%d lost=%d duplicated=%d refused=%d chats_failed=%d strict=%s\n' \
  "$ack" "$once" "$gap" "$lost" "$dup" "$refused" "$chats_failed" "$STRICT_DURABILITY"

[ "$refused" -eq 0 ] || fail "$refused webhook events were not acknowledged: the proxy should have passed them to instance B"
[ "$chats_failed" -eq 0 ] || fail "$chats_failed web-chat messages failed"
[ "$dup" -eq 0 ] || fail "$dup events were answered more than once"
if [ $((gap + lost)) -gt 0 ]; then
  # A part the killed instance had started sending cannot be known to have reached the platform; by the rule
  # for sending twice (docs/channels.md: at most once, neither platform has an idempotency key) the survivor
  # records it 'uncertain: interrupted' instead of sending it again. Such a loss is the rule at work, whichever
  # instance acknowledged the event: the instances share the inbox and the outbox, so the killed one may have
  # been sending the reply to an event the survivor accepted. Per platform, every unanswered event must be
  # matched by an interrupted attempt; any other loss fails.
  for platform in facebook zalo; do
    unanswered=$(grep -ciE "^   no reply .*: $platform " "$WORK/unanswered.txt" || true)
    [ "$unanswered" -gt 0 ] || continue
    interrupted=$(psql -h 127.0.0.1 -U "$PGUSER_NAME" -d "$DB" -Atqc \
      "SELECT count(*) FROM channel_outbox_attempt WHERE outcome = 'uncertain' AND code = 'interrupted' AND channel = upper('$platform')" || echo 0)
    if [ "$unanswered" -le "${interrupted:-0}" ]; then
      say "$platform: $unanswered replies died mid-send with the killed instance, each recorded 'uncertain' ($interrupted interrupted attempts): at most once, by design"
    else
      [ "$STRICT_DURABILITY" = 1 ] && fail "$platform: $unanswered acknowledged events were never answered ($interrupted recorded as interrupted mid-send)"
      echo "NOT STRICT: $platform: $unanswered acknowledged events were never answered"
    fi
  done
fi
echo "walkthrough passed"
