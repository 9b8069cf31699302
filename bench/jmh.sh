#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/dev/ceasefire/bench) from the repository root.
# Usage: bench/jmh.sh [JMH options, e.g. EvaluationBenchmark -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
