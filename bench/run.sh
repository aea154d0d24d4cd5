#!/usr/bin/env bash
# Delivery API benchmark (issue #3). Builds Release, seeds 500 real hromadas x 40 labelled news items into a
# SQLite file, and runs wrk against (a) a minimal Kestrel app returning a fixed 2 KB JSON, (b) the cached
# listing with a Start-Item, (c) the same listing with the output cache off, and a city's home page for an
# anonymous visitor with the page output cache on (d) and off (e). Prints req/s, p50, p99 and the load average.
# Usage: bench/run.sh [sites=500] [news=40]      (needs wrk; takes ~2 minutes; run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
sites=${1:-500}
news=${2:-40}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build Cms/SisterCities.Host -c Release -v q -nologo >/dev/null
dotnet build bench/Baseline -c Release -v q -nologo >/dev/null
host=Cms/SisterCities.Host/bin/Release/net10.0/SisterCities.Host.dll
common=(--Cms:DataPath="$work/data" --Cms:SeedDemoNetwork=false --ConnectionStrings:Cms= --Cms:Delivery:RateLimitPermits=0
        --Logging:LogLevel:Default=Warning --Cms:AllowSitePathPrefix=true)

echo "Seeding $sites sites x $news news items..."
start=$(date +%s)
ASPNETCORE_ENVIRONMENT=Production dotnet "$host" bench seed Cms/SisterCities.Cms/OpenData/katottg-2025-07-02.csv "$sites" "$news" "${common[@]}" | tail -1
echo "Seeded in $(( $(date +%s) - start )) s"

wait_for() { for _ in $(seq 1 120); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }
measure() { # label url [header]
  local label=$1 url=$2; shift 2
  for _ in 1 2 3; do curl -fsS -o /dev/null "$@" "$url"; done
  # Warm up (JIT tiering, EF query cache, SQLite page cache) as bench/search/run.sh does, so a freshly started
  # host is not measured cold.
  wrk -t2 -c32 -d"${WARMUP:-5s}" "$@" "$url" >/dev/null
  wrk -t2 -c32 -d15s --latency "$@" "$url" > "$work/$label.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$label.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/$label.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/$label.txt")
  local errors; errors=$(grep -E "Non-2xx|Socket errors" "$work/$label.txt" || true)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" "${errors:-none}" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
start_host() { # port extra-args...
  local port=$1; shift
  ASPNETCORE_ENVIRONMENT=Production dotnet "$host" --urls="http://127.0.0.1:$port" "${common[@]}" "$@" >"$work/host-$port.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$port/api/v1/sites?take=1"
}

ASPNETCORE_ENVIRONMENT=Production dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll --urls=http://127.0.0.1:5410 --Logging:LogLevel:Default=Warning >"$work/baseline.log" 2>&1 &
pids+=($!)
wait_for http://127.0.0.1:5410/json

start_host 5411
key=$(curl -fsS "http://127.0.0.1:5411/api/v1/sites?take=1&skip=$((sites / 2))" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["key"])')
listing="/umbraco/delivery/api/v2/content?fetch=children:/news&sort=createDate:desc&take=10"
total=$(curl -fsS -H "Start-Item: $key" "http://127.0.0.1:5411$listing" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "Start-Item: $key ($total news items under /news); body $(curl -fsS -H "Start-Item: $key" "http://127.0.0.1:5411$listing" | wc -c) bytes"
echo
echo "Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
echo "| target | req/s | p50 | p99 | errors | load average after |"
echo "| --- | --- | --- | --- | --- | --- |"
measure "(a) minimal app, fixed 2 KB JSON" http://127.0.0.1:5410/json
measure "(b) Delivery listing, output cache on" "http://127.0.0.1:5411$listing" -H "Start-Item: $key"
measure "(d) city home page, anonymous, page cache on" "http://127.0.0.1:5411/s/$key/"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
start_host 5412 --Cms:Delivery:OutputCache=false --Cms:PageCache:Enabled=false
measure "(c) Delivery listing, output cache off" "http://127.0.0.1:5412$listing" -H "Start-Item: $key"
measure "(e) city home page, page cache off" "http://127.0.0.1:5412/s/$key/"
