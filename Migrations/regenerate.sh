#!/usr/bin/env bash
# Adds a migration to both providers' sets: Migrations/regenerate.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: Migrations/regenerate.sh <MigrationName>}
dotnet tool restore >/dev/null
dotnet build Migrations/Sqlite >/dev/null && dotnet build Migrations/Postgres >/dev/null
dotnet ef migrations add "$name" --project Migrations/Sqlite --startup-project Migrations/Sqlite --context SqliteCmsDbContext --output-dir Generated
dotnet ef migrations add "$name" --project Migrations/Postgres --startup-project Migrations/Postgres --context PostgresCmsDbContext --output-dir Generated
