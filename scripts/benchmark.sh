#!/usr/bin/env bash
# JMH benchmarks of the engine. Extra arguments go to JMH, e.g. `scripts/benchmark.sh -p size=1024`;
# JMH_RUN overrides the run settings (forks, warm-up and measurement iterations).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main 'se.precheck.bench.*' ${JMH_RUN:--f 1 -wi 3 -w 2s -i 5 -r 2s} "$@"
