#!/usr/bin/env bash
# NDJSON memory: reads and validates 10^4, 10^5 and 10^6 generated records, each in a fresh JVM with the
# same small heap, sequentially and in parallel (one worker thread per available processor), and prints the
# live heap after GC while reading (BENCHMARKS.md).
# Usage: benchmarks/ndjson-memory.sh [heap, default 64m] [record counts, default "10000 100000 1000000"]
set -euo pipefail
cd "$(dirname "$0")/.."
heap="${1:-64m}"
counts="${2:-10000 100000 1000000}"
threads=$(nproc)
for n in $counts; do
  java -Xmx"$heap" -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.NdjsonMemory "$n" 2>/dev/null
  java -Xmx"$heap" -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.NdjsonMemory "$n" "$threads" 2>/dev/null
done
