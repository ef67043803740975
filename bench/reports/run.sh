#!/usr/bin/env bash
# 200 reports submitted at once to the real application, forwarded by e-mail (GreenMail) and a
# signed webhook (WireMock); checks none is lost and each is forwarded once. See bench/reports.md.
#   bench/reports/run.sh                      # embedded H2 file
#   bench/reports/run.sh --db=postgres        # the local PostgreSQL at 127.0.0.1:5432, schema report_bench
#   options: --reports=200 --every=200ms (the forwarder's pause between runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.anm.assistant.report.bench.ReportSubmissionBench "$@"
