#!/usr/bin/env bash
# Fault benchmark (issue 12): the application as a separate JVM against a loopback Graph stand-in
# answering each send after 2 s; a 1,000-event burst killed with kill -9 a third of the way and
# restarted on the same database, then a 60 s outage of the send API (500, then 429) during a second
# burst. Prints, per phase, events acknowledged, unanswered, parts missing, parts received twice.
#   bench/faults/run.sh                          # H2 file, 1,000 events, 2 s sends, 60 s outage
#   bench/faults/run.sh --db=postgres            # the local PostgreSQL (schema fault_bench)
#   options: --events=1000 --delay=2000 --outage=60 --concurrency=512
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.anm.assistant.faults.bench.FaultBench "$@"
