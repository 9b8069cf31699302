#!/usr/bin/env bash
# Cold start of the CLI, as a ratio to a Java hello world run the same way on the same machine.
# Each run is a new JVM; the figure is the median of N runs (default 15) of wall-clock time.
# Usage: bench/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-15}"
./ceasefire --version >/dev/null            # builds the jar if needed and makes the CDS archive
./ceasefire evaluate scenarios/status-quo-2024-06-14.yaml >/dev/null
mkdir -p target/bench && javac -d target/bench bench/Hello.java

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 ))
  done | median
}

hello=$(measure java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/bench Hello)
prebuilt=$(measure ./ceasefire evaluate scenarios/status-quo-2024-06-14.yaml)
nocds=$(CEASEFIRE_NO_CDS=1 measure java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/ceasefire.jar evaluate scenarios/status-quo-2024-06-14.yaml)
drl=$(CEASEFIRE_JAVA_OPTS=-Dceasefire.compileRules=true measure ./ceasefire evaluate scenarios/status-quo-2024-06-14.yaml)

fmt() { awk -v us="$1" 'BEGIN {printf "%.3f s", us / 1e6}'; }
ratio() { awk -v a="$1" -v b="$hello" 'BEGIN {printf "%.1fx", a / b}'; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), median of $n runs"
echo "java hello world                                  $(fmt "$hello")"
echo "ceasefire evaluate (prebuilt model, CDS archive)  $(fmt "$prebuilt")  $(ratio "$prebuilt")"
echo "ceasefire evaluate (prebuilt model, no CDS)       $(fmt "$nocds")  $(ratio "$nocds")"
echo "ceasefire evaluate (rules edited: DRL compiled)   $(fmt "$drl")  $(ratio "$drl")"
