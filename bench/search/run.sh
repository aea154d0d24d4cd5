#!/usr/bin/env bash
# Search benchmark: seeds 100,000 search documents (60% demo pages, 20% texts of verified demo businesses, 20%
# showroom items; real KATOTTG hromadas and KVED activities) into a fresh SQLite database, times a full index
# rebuild, measures the index size, then runs wrk against
#   (a) bench/Baseline, a minimal Kestrel app returning a fixed 2 KB JSON (the machine's ceiling in the same run),
#   (b) the search API of a Release build with its result cache on (the default),
#   (c) the same with the result cache off (--Cms:Search:ResultCacheSize=0): every request runs the Lucene query.
# The load average is printed before each measurement. Run it once; the machine may be shared.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# The open data the product ships: the benchmark reads nothing outside the repository.
DATA="$ROOT/Cms/SisterCities.Cms/OpenData"
COUNT="${COUNT:-100000}"
PORT="${PORT:-5197}"
WORK="$(mktemp -d /tmp/sistercities-search-bench.XXXXXX)"
OUT="/tmp/sistercities-search-bench-bin"
mkdir -p "$OUT"
cd "$ROOT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
dotnet build Cms/SisterCities.Host -c Release -o "$OUT" -v q -nologo
dotnet build bench/Baseline -c Release -v q -nologo >/dev/null
HOST="$OUT/SisterCities.Host.dll"
SET=(--Cms:DataPath="$WORK" --Cms:SeedDemoNetwork=false --Logging:LogLevel:Default=Warning)
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

echo "== seeding $COUNT documents"; load
/usr/bin/time -f "seed: %e s" dotnet "$HOST" index bench-seed "$DATA/katottg-2025-07-02.csv" "$DATA/kved-2010-sections-divisions.csv" "$COUNT" "${SET[@]}" | tail -1
echo "== full rebuild"; load
/usr/bin/time -f "rebuild wall: %e s, max RSS %M KB" dotnet "$HOST" index rebuild "${SET[@]}"
echo "index size: $(du -sh "$WORK/search" | cut -f1)"

measure() { # label url [wrk args...]
  local label=$1 url=$2; shift 2
  wrk -t2 -c32 -d"${WARMUP:-5s}" "$@" "$url" >/dev/null
  echo "== $label"; load
  wrk -t2 -c32 -d"${DURATION:-15s}" --latency "$@" "$url"
}
QUERIES=(-s "$ROOT/bench/search/queries.lua")
start_search() { # port extra-args...
  local port=$1; shift
  dotnet "$HOST" "${SET[@]}" --urls="http://127.0.0.1:$port" --environment=Production "$@" >"$WORK/host-$port.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/api/v1/search?q=Kharkivska" 2>/dev/null | grep -q '"total":[1-9]' && break
    sleep 1
  done
  curl -s "http://127.0.0.1:$port/api/v1/search?q=Kharkivska" | head -c 300 || true; echo
}

ASPNETCORE_ENVIRONMENT=Production dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll --urls=http://127.0.0.1:5410 --Logging:LogLevel:Default=Warning >"$WORK/baseline.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:5410/json >/dev/null 2>&1 && break; sleep 1; done
measure "(a) minimal app, fixed 2 KB JSON" "http://127.0.0.1:5410/json"
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

start_search "$PORT"
measure "(b) search API, result cache on" "http://127.0.0.1:$PORT" "${QUERIES[@]}"
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

start_search "$((PORT + 1))" --Cms:Search:ResultCacheSize=0
measure "(c) search API, result cache off" "http://127.0.0.1:$((PORT + 1))" "${QUERIES[@]}"
