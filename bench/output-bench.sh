#!/usr/bin/env bash
# Every site output for 1,000, 10,000 and 100,000 synthetic articles: time and peak memory.
# One process per (N, mode) so peak working sets do not mix. Usage: bench/output-bench.sh [N...]
# MODES="discard memory fullfeed" by default; see docs/outputs-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
project=bench/Blog.OutputBenchmarks
dotnet build -c Release "$project" -nologo -v q >/dev/null
dll="$project/bin/Release/net10.0/Blog.OutputBenchmarks.dll"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
modes=${MODES:-discard memory fullfeed}
results=$(mktemp); trap 'rm -f "$results"' EXIT
for mode in $modes; do
  for n in "${sizes[@]}"; do
    dotnet "$dll" "$n" "$mode" | grep '^RESULT' | tee -a "$results" >&2
  done
done
echo
printf '| %-8s | %7s | %9s | %9s | %11s | %14s | %12s | %14s | %14s | %11s |\n' mode N "time (ms)" "feeds (ms)" "sitemap (ms)" "ms / 1,000 art" "peak WS (MB)" "peak heap (MB)" "alloc/run (MB)" "output (MB)"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ---------- ---------: ----------: ----------: ------------: ---------------: -------------: ---------------: ---------------: ------------:
while read -r line; do
  declare -A f=()
  for kv in ${line#RESULT }; do f[${kv%%=*}]=${kv#*=}; done
  printf '| %-8s | %7s | %9s | %9s | %11s | %14s | %12s | %14s | %14s | %11s |\n' "${f[mode]}" "${f[n]}" "${f[best_ms]}" "${f[feeds_ms]}" "${f[sitemap_ms]}" "${f[ms_per_1000]}" "${f[peak_ws_mb]}" "${f[peak_heap_mb]}" "${f[alloc_mb_per_run]}" "${f[output_mb]}"
  unset f
done < "$results"
