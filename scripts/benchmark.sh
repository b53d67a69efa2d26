#!/usr/bin/env bash
# JMH benchmarks of the engine. Extra arguments go to JMH, e.g. `scripts/benchmark.sh -p size=1024`;
# JMH_RUN overrides the run settings (forks, warm-up and measurement iterations).
# Two inputs (JMH parameter `input`): `municipal` (the evaluation corpus, dense) and `news` (Swedish news
# prose from the NER corpus under the shared folder: SHARED_DIR, default ../shared; `-p input=municipal`
# runs only the first).
# Writes JMH's JSON result to target/jmh-result.json and, from it, the plot of latency against text
# size to docs/images/latency-vs-size.png (se.precheck.bench.LatencyPlot; PLOT=no skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
SHARED_DIR=${SHARED_DIR:-../shared}
[ -d "$SHARED_DIR" ] || { echo "no shared folder at $SHARED_DIR (set SHARED_DIR): the news input needs it" >&2; exit 1; }
SHARED_DIR=$(cd "$SHARED_DIR" && pwd)
# JMH's forks inherit this JVM's -D options.
java -Dshared.dir="$SHARED_DIR" -cp "$CP" org.openjdk.jmh.Main 'se.precheck.bench.*' ${JMH_RUN:--f 1 -wi 3 -w 2s -i 5 -r 2s} \
  -rf json -rff target/jmh-result.json "$@"
if [ "${PLOT:-yes}" != no ]; then
  java -Djava.awt.headless=true -cp "$CP" se.precheck.bench.LatencyPlot target/jmh-result.json docs/images/latency-vs-size.png
fi
