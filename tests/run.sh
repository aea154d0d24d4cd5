#!/usr/bin/env bash
# README's test command (and exactly what .ci/run calls). It
#   1. installs the Debian packages the suite needs when they are missing (as root),
#   2. starts a throw-away PostgreSQL on 127.0.0.1 unless SISTERCITIES_TEST_POSTGRES already names a server,
#   3. runs every test of the solution in Release against SQLite, PostgreSQL and Debian's Chromium,
#   4. checks style with `dotnet format --verify-no-changes`,
#   5. ends with one plain line "N passed, N failed" and a non-zero exit on any failure, a style change,
#      a skipped test, or when no test ran.
# Failures are printed in full; passed tests are not listed, so a CI log stays short.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

need=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/postgres" ] || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/share/hunspell/uk_UA.dic ] || need+=(hunspell-uk)
command -v xmllint >/dev/null || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need[*]}. Install them as root: apt-get install ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Everything started below is stopped on every exit path (success, failure, Ctrl-C).
pgroot=""
cleanup() {
  if [ -n "$pgroot" ]; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$pgroot/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pgroot"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -z "${SISTERCITIES_TEST_POSTGRES:-}" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Starting the test PostgreSQL needs root (it runs as the postgres user); or set SISTERCITIES_TEST_POSTGRES." >&2
    exit 1
  fi
  PGBIN=$(pg_bin)
  # 55432 by default; the next free port if another server (a developer's own) already listens there.
  port=${SISTERCITIES_TEST_PG_PORT:-55432}
  while ! port_free "$port"; do port=$((port + 1)); done
  pgroot=$(mktemp -d /tmp/sistercities-pg.XXXXXX)
  chmod 755 "$pgroot"
  install -d -o postgres -g postgres -m 700 "$pgroot/data"
  install -d -o postgres -g postgres "$pgroot/sock"
  echo postgres > "$pgroot/pw"; chown postgres "$pgroot/pw"
  runuser -u postgres -- "$PGBIN/initdb" -D "$pgroot/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$pgroot/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
  # fsync off: the server is thrown away after the run, durability buys nothing here.
  if ! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$pgroot/data" -l "$pgroot/sock/pg.log" -w \
    -o "-p $port -k $pgroot/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null; then
    echo "PostgreSQL did not start:" >&2
    cat "$pgroot/sock/pg.log" >&2
    exit 1
  fi
  export SISTERCITIES_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
  echo "PostgreSQL for the tests: 127.0.0.1:$port (throw-away, removed at exit)"
else
  echo "PostgreSQL for the tests: the server named by SISTERCITIES_TEST_POSTGRES"
fi

# Browser tests launch Debian's Chromium; Playwright must never fetch a browser of its own.
export SISTERCITIES_CHROMIUM=${SISTERCITIES_CHROMIUM:-/usr/bin/chromium}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"
log="$results/dotnet-test.log"

# Minimal console verbosity prints each failure with its message and stack trace and one summary line
# per test assembly ("Passed!  - Failed: 0, Passed: 2, Skipped: 0, Total: 2, Duration: 1 s"); passed
# tests are listed only in the .trx file.
set +e
dotnet test SisterCities.sln -c Release -v q \
  --logger "console;verbosity=minimal" --logger "trx;LogFileName=results.trx" \
  --results-directory "$results" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Style is part of the build contract (about 20 s; the restore above is reused).
format_ok=1
if ! dotnet format SisterCities.sln --verify-no-changes --no-restore >"$results/dotnet-format.log" 2>&1; then
  format_ok=0
  echo "dotnet format found code to change (run 'dotnet format SisterCities.sln'):" >&2
  head -n 40 "$results/dotnet-format.log" >&2
else
  echo "dotnet format: no changes needed"
fi

# The OpenAPI document must lint clean (@redocly/cli from the npm registry; the host runs on a throw-away SQLite file).
lint_ok=1
if ! bash tests/lint-openapi.sh >"$results/openapi-lint.log" 2>&1; then
  lint_ok=0
  echo "OpenAPI lint failed:" >&2
  tail -n 40 "$results/openapi-lint.log" >&2
else
  echo "OpenAPI lint: $(grep -iE 'valid|warning' "$results/openapi-lint.log" | tail -n 1)"
fi

# Only the per-assembly summary lines are counted, so nothing is counted twice.
summary=$(grep -E '^\s*(Passed|Failed)!\s+-\s+Failed:' "$log" || true)
count() { { echo "$summary" | grep -oE "$1: +[0-9]+" || true; } | awk '{s += $2} END {print s + 0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)

if [ "$skipped" -ne 0 ]; then
  echo "$skipped test(s) were skipped: every test must run." >&2
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "No test ran (dotnet test exit code $status): see the build output above." >&2
fi
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$skipped" -ne 0 ] || [ "$passed" -eq 0 ] || [ "$format_ok" -ne 1 ] || [ "$lint_ok" -ne 1 ]; then
  exit 1
fi
