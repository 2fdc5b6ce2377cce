#!/usr/bin/env bash
# JFR profile of one JMH benchmark (default: read, bind and validate the trial document), with the share of
# time and of allocation per phase of the read path (benchmarks/jfr-phases.py; BENCHMARKS.md, "Profile").
# Usage: benchmarks/profile.sh [benchmark regex, default DocumentBenchmark.readBindValidateMsbiome]
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-DocumentBenchmark.readBindValidateMsbiome}"
out=benchmarks/target/profile
mkdir -p "$out"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar benchmarks/target/benchmarks.jar "$bench" -f 1 -wi 5 -w 2s -i 10 -r 3s \
     -jvmArgsAppend "-XX:StartFlightRecording=filename=$out/profile.jfr,settings=profile" | grep -A1 '^Benchmark'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
jfr print --json --stack-depth 96 --events jdk.ExecutionSample "$out/profile.jfr" > "$out/time.json"
jfr print --json --stack-depth 96 --events jdk.ObjectAllocationSample "$out/profile.jfr" > "$out/allocation.json"
echo "time (execution samples):"; python3 benchmarks/jfr-phases.py "$out/time.json"
echo "allocation (sampled bytes):"; python3 benchmarks/jfr-phases.py "$out/allocation.json" weight
