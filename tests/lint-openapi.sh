#!/usr/bin/env bash
# Lints the Delivery/network OpenAPI document with @redocly/cli; exits non-zero on any error.
# Usage: tests/lint-openapi.sh            (builds and starts the host on a throw-away SQLite database)
#        OPENAPI_URL=http://host/openapi/v1.json tests/lint-openapi.sh   (lints a running host instead)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

url=${OPENAPI_URL:-}
if [ -z "$url" ]; then
  port=${OPENAPI_PORT:-5391}
  dotnet build Cms/SisterCities.Host -c Release -v q -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Production dotnet Cms/SisterCities.Host/bin/Release/net10.0/SisterCities.Host.dll \
    --urls="http://127.0.0.1:$port" --Cms:DataPath="$work/data" --Cms:SeedDemoNetwork=false --ConnectionStrings:Cms= \
    >"$work/host.log" 2>&1 &
  pid=$!
  url="http://127.0.0.1:$port/openapi/v1.json"
  for _ in $(seq 1 120); do
    curl -fsS "$url" -o "$work/openapi.json" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/host.log"; exit 1; }
    sleep 0.5
  done
fi
curl -fsS "$url" -o "$work/openapi.json"
cat > "$work/redocly.yaml" <<'YAML'
extends:
  - recommended
YAML
cd "$work"
REDOCLY_TELEMETRY=off npx --yes @redocly/cli@2.77.0 lint --config redocly.yaml --format stylish openapi.json
