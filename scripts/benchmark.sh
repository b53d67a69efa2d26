#!/usr/bin/env bash
# JMH benchmarks of the engine. Extra arguments go to JMH, e.g. `scripts/benchmark.sh -p size=1024`;
# JMH_RUN overrides the run settings (forks, warm-up and measurement iterations).
# Writes JMH's JSON result to target/jmh-result.json and, from it, the plot of latency against text
# size to docs/images/latency-vs-size.png (se.precheck.bench.LatencyPlot; PLOT=no skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'se.precheck.bench.*' ${JMH_RUN:--f 1 -wi 3 -w 2s -i 5 -r 2s} \
  -rf json -rff target/jmh-result.json "$@"
if [ "${PLOT:-yes}" != no ]; then
  java -Djava.awt.headless=true -cp "$CP" se.precheck.bench.LatencyPlot target/jmh-result.json docs/images/latency-vs-size.png
fi
