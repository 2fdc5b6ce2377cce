#!/usr/bin/env bash
# Cold start: times whole processes, JVM start to exit, of the ColdStart probe (BENCHMARKS.md):
#   msbiome = read, bind and validate the benchmark document; plain = plain databind of it; jvm = JVM only.
# The plain and msbiome processes run in alternating pairs, so that a change of load hits both; the ratio is
# the median of the pairs' ratios. Prints the load average beside the figures.
# Usage: benchmarks/cold-start.sh [pairs, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
jar=benchmarks/target/benchmarks.jar
ms() { local start end; start=$(date +%s%N); java -cp "$jar" org.msbiome.benchmarks.ColdStart "$1" 2>/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
for mode in jvm plain msbiome; do java -cp "$jar" org.msbiome.benchmarks.ColdStart "$mode" 2>/dev/null; done # untimed (file cache)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
jvm=(); plain=(); msbiome=(); ratios=()
for _ in $(seq "$runs"); do
  jvm+=("$(ms jvm)")
  p=$(ms plain); m=$(ms msbiome)
  plain+=("$p"); msbiome+=("$m")
  ratios+=("$(awk -v m="$m" -v p="$p" 'BEGIN {printf "%.3f", m / p}')")
done
for mode in jvm plain msbiome; do
  declare -n times="$mode"
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-8s runs %d  median %5s ms  min %5d ms  max %5d ms\n' "$mode" "${#sorted[@]}" \
    "$(printf '%s\n' "${times[@]}" | median)" "${sorted[0]}" "${sorted[-1]}"
done
printf 'msbiome/plain  median of %d pairs %s  (pairs: %s)\n' "$runs" "$(printf '%s\n' "${ratios[@]}" | median)" "${ratios[*]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
