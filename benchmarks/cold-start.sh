#!/usr/bin/env bash
# Cold start: times whole processes, JVM start to exit, of the ColdStart probe (BENCHMARKS.md):
#   msbiome = read, bind and validate the benchmark document; plain = plain databind of it; jvm = JVM only.
# Usage: benchmarks/cold-start.sh [runs per mode, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
jar=benchmarks/target/benchmarks.jar
for mode in jvm plain msbiome; do
  java -cp "$jar" org.msbiome.benchmarks.ColdStart "$mode" 2>/dev/null   # one untimed run (file cache)
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    java -cp "$jar" org.msbiome.benchmarks.ColdStart "$mode" 2>/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  n=${#sorted[@]}
  if (( n % 2 )); then median=${sorted[n/2]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
  printf '%-8s runs %d  median %5d ms  min %5d ms  max %5d ms\n' "$mode" "$n" "$median" "${sorted[0]}" "${sorted[n-1]}"
done
