#!/usr/bin/env bash
# Media benchmark (run once; the machine is shared): bench/media/run.sh
# Prints the first-rendition times of a 12 MP JPEG, then wrk figures for a static file and the same bytes as a cached rendition.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d /tmp/sistercities-bench-media.XXXXXX)
dotnet build -c Release bench/media -v q -nologo >/dev/null
dotnet bench/media/bin/Release/net10.0/SisterCities.Bench.Media.dll "$data" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do [ -f "$data/urls.txt" ] && break; sleep 0.5; done
static=$(sed -n 1p "$data/urls.txt"); rendition=$(sed -n 2p "$data/urls.txt")
curl -sf -o /dev/null "$static" && curl -sf -o /dev/null "$rendition"
echo "== static file"; wrk -t2 -c32 -d10s --latency "$static"
echo "== cached rendition"; wrk -t2 -c32 -d10s --latency "$rendition"
