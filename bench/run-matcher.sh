#!/usr/bin/env bash
# JMH benchmarks of the matcher and the index build (BENCHMARKS.md). Run from anywhere; extra arguments go to JMH,
# e.g. bench/run-matcher.sh MatcherBenchmark.latency -p knowledgeBase=generated-5000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "${@:-MatcherBenchmark|IndexBuildBenchmark}"
