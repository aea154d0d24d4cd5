#!/usr/bin/env bash
# README's test command: installs what the suite needs (as root, from Debian packages), starts a
# throw-away PostgreSQL on 127.0.0.1, runs every test, and ends with the runner's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/share/hunspell/uk_UA.dic ] || need+=(hunspell-uk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need[*]} (install them as root: apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "Installing ${need[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -z "${SISTERCITIES_TEST_POSTGRES:-}" ]; then
  PGBIN=/usr/lib/postgresql/15/bin
  pgroot=$(mktemp -d /tmp/sistercities-pg.XXXXXX)
  chmod 755 "$pgroot"
  port=${SISTERCITIES_TEST_PG_PORT:-55432}
  install -d -o postgres -g postgres -m 700 "$pgroot/data"
  install -d -o postgres -g postgres "$pgroot/sock"
  echo postgres > "$pgroot/pw"; chown postgres "$pgroot/pw"
  runuser -u postgres -- $PGBIN/initdb -D "$pgroot/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$pgroot/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- $PGBIN/pg_ctl -D "$pgroot/data" -l "$pgroot/sock/pg.log" -w \
    -o "-p $port -k $pgroot/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  trap 'runuser -u postgres -- $PGBIN/pg_ctl -D "$pgroot/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$pgroot"' EXIT
  export SISTERCITIES_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
fi

export SISTERCITIES_CHROMIUM=${SISTERCITIES_CHROMIUM:-/usr/bin/chromium}
dotnet test SisterCities.sln -c Release --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" \
  --results-directory "$root/TestResults" 2>&1 | tee "$root/TestResults.log" | grep -vE '^\s+(Passed|Skipped) ' || true
status=${PIPESTATUS[0]}

# The runner's own summary, then the plain closing line CI reads.
passed=$(grep -hoE 'Passed: +[0-9]+' "$root/TestResults.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE 'Failed: +[0-9]+' "$root/TestResults.log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -hoE 'Skipped: +[0-9]+' "$root/TestResults.log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
