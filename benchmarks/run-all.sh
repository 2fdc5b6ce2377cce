#!/usr/bin/env bash
# Every benchmark in one command (BENCHMARKS.md): builds the benchmarks jar, runs the JMH suite (the document and
# NDJSON benchmarks, then the workloads with each class's own iterations, the BugSigDB import in its -Xmx256m fork),
# prints their report, then the NDJSON memory probe, the taxdump memory probe, the cold-start probe and the profile,
# and last the table "figures from one run" (Report --summary) to paste into BENCHMARKS.md. Records the machine, the
# JDK and the load average at each step, since on a shared machine the figures are only as good as the load lets
# them be.
# Usage: benchmarks/run-all.sh [cold-start runs, default 10]
# Output: stdout, and benchmarks/target/run-all.txt; the JMH JSON is benchmarks/target/jmh-*.json, each probe's
# output benchmarks/target/<probe>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
out=benchmarks/target
jar=$out/benchmarks.jar
mkdir -p "$out"
rm -f "$out"/jmh-*.json "$out"/run-info.txt "$out"/cold-start.txt "$out"/ndjson-memory.txt "$out"/taxdump-memory.txt "$out"/tree-memory.txt
load() { cut -d' ' -f1-3 /proc/loadavg; }
info() { echo "$1: $2" | tee -a "$out/run-info.txt"; }
# The workload benchmarks, with their own @Warmup/@Measurement (BENCHMARKS.md, "New workloads").
workloads='DiversityBenchmark|BiomBenchmark|CtgovBatchBenchmark|NameResolutionBenchmark|TaxonomyBenchmark|DoublingBenchmark|BugSigDbImportBenchmark'
{
  info command "benchmarks/run-all.sh $*"
  info started "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  info machine "$(nproc) processors ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -h | awk '/^Mem:/ {print $2}') memory"
  info jdk "$(java -version 2>&1 | head -2 | tail -1)"
  info "load at start" "$(load)"
  ./mvnw -B -q -Pbenchmarks -DskipTests package -pl benchmarks -am
  java -jar "$jar" -e "$workloads" -f 1 -wi 5 -w 2s -i 3 -r 2s -prof gc -rf json -rff "$out/jmh-core.json"
  java -jar "$jar" "$workloads" -f 1 -prof gc -rf json -rff "$out/jmh-workloads.json"
  info "load after JMH" "$(load)"
  java -cp "$jar" org.msbiome.benchmarks.Report "$out/jmh-core.json" "$out/jmh-workloads.json"
  benchmarks/ndjson-memory.sh | tee "$out/ndjson-memory.txt"
  java -cp "$jar" org.msbiome.benchmarks.TaxdumpMemory | tee "$out/taxdump-memory.txt"
  java -cp "$jar" org.msbiome.benchmarks.TreeMemory 16 | tee "$out/tree-memory.txt"
  java -cp "$jar" org.msbiome.benchmarks.TreeMemory 16 distinct | tee -a "$out/tree-memory.txt"
  info "load before cold start" "$(load)"
  benchmarks/cold-start.sh "$runs" | tee "$out/cold-start.txt"
  benchmarks/profile.sh
  java -cp "$jar" org.msbiome.benchmarks.ColdStart phases
  info "load at end" "$(load)"
  echo
  java -cp "$jar" org.msbiome.benchmarks.Report --summary "$out" 2>/dev/null   # the table to paste
} 2>&1 | tee "$out/run-all.txt"
