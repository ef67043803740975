#!/usr/bin/env bash
# The JMH benchmarks (bench/BENCHMARKS.md): the matcher, the index build, the conversation steps. Arguments go to JMH,
# e.g. bench/jmh.sh MatcherBenchmark.latency -p knowledgeBase=generated-5000 ; bench/jmh.sh ConversationBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "${@:-MatcherBenchmark|IndexBuildBenchmark}"
