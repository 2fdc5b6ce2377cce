#!/usr/bin/env bash
# Every benchmark in one command (BENCHMARKS.md): builds the benchmarks jar, runs the JMH suite and prints
# its report, then the NDJSON memory probe and the cold-start probe. Prints the machine, the JDK and the load
# average before and after, since on a shared machine the figures are only as good as the load lets them be.
# Usage: benchmarks/run-all.sh [cold-start runs, default 10]
# Output: stdout, and benchmarks/target/run-all.txt (the JMH JSON is benchmarks/target/jmh-result.json).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mkdir -p benchmarks/target
{
  echo "## run-all $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc $(nproc); $(java -version 2>&1 | head -1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  ./mvnw -B -q -Pbenchmarks -DskipTests package -pl benchmarks -am
  java -jar benchmarks/target/benchmarks.jar -f 1 -wi 5 -w 2s -i 3 -r 2s -prof gc \
       -rf json -rff benchmarks/target/jmh-result.json
  echo "load average after JMH: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.Report benchmarks/target/jmh-result.json
  benchmarks/ndjson-memory.sh
  echo "load average before cold start: $(cut -d' ' -f1-3 /proc/loadavg)"
  benchmarks/cold-start.sh "$runs"
  benchmarks/profile.sh
  java -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.ColdStart phases
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee benchmarks/target/run-all.txt
