#!/usr/bin/env bash
# Search benchmark: seeds 100,000 demo pages (news + business-like, from real KATOTTG hromadas and KVED activities)
# into a fresh SQLite database, times a full index rebuild, measures the index size, then runs wrk against the
# search API of a Release build on 127.0.0.1. Run it once; the machine may be shared.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="${SHARED_DATA:-$ROOT/../shared/data}"
[ -f "$DATA/katottg-2025-07-02.csv" ] || DATA=/work/shared/data
COUNT="${COUNT:-100000}"
PORT="${PORT:-5197}"
WORK="$(mktemp -d /tmp/sistercities-search-bench.XXXXXX)"
OUT="/tmp/sistercities-search-bench-bin"
mkdir -p "$OUT"
cd "$ROOT"
dotnet build Cms/SisterCities.Host -c Release -o "$OUT" -v q -nologo
HOST="$OUT/SisterCities.Host.dll"
SET=(--Cms:DataPath="$WORK" --Cms:SeedDemoNetwork=false --Logging:LogLevel:Default=Warning)

echo "== seeding $COUNT documents"
/usr/bin/time -f "seed: %e s" dotnet "$HOST" index bench-seed "$DATA/katottg-2025-07-02.csv" "$DATA/kved-2010-sections-divisions.csv" "$COUNT" "${SET[@]}" | tail -1
echo "== full rebuild"
/usr/bin/time -f "rebuild wall: %e s, max RSS %M KB" dotnet "$HOST" index rebuild "${SET[@]}"
echo "index size: $(du -sh "$WORK/search" | cut -f1)"

echo "== search API under wrk"
dotnet "$HOST" "${SET[@]}" --urls="http://127.0.0.1:$PORT" --environment=Production >"$WORK/host.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/api/v1/search?q=Kharkivska" 2>/dev/null | grep -q '"total":[1-9]' && break
  sleep 1
done
curl -s "http://127.0.0.1:$PORT/api/v1/search?q=Kharkivska" | head -c 300; echo
# Warm-up, then the measured run.
wrk -t2 -c32 -d"${WARMUP:-5s}" -s "$ROOT/bench/search/queries.lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c32 -d"${DURATION:-15s}" --latency -s "$ROOT/bench/search/queries.lua" "http://127.0.0.1:$PORT"
