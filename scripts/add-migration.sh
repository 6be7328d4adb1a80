#!/usr/bin/env bash
# Adds migration NAME for both database providers from the current model:
#   SQLite      AppDbContext          -> src/ActionTracker.Web/Data/Migrations
#   PostgreSQL  PostgresAppDbContext  -> src/ActionTracker.Web/Data/Postgres/Migrations
# A provider whose model has no change since its last migration gets none (so after merging a branch that added only
# an SQLite migration, running this with that migration's name adds just the PostgreSQL one). Needs no database server.
# Usage: bash scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:?usage: bash scripts/add-migration.sh NAME}"
project=src/ActionTracker.Web

dotnet tool restore >/dev/null
dotnet build "$project" --nologo -v q >/dev/null

add() {
    local context="$1" folder="$2"
    if dotnet ef migrations has-pending-model-changes --no-build --project "$project" --context "$context" >/dev/null 2>&1; then
        echo "$context: no model change since its last migration; none added."
        return
    fi
    dotnet ef migrations add "$name" --no-build --project "$project" --context "$context" --output-dir "$folder"
    # The new migration must compile before the next provider's tool run loads the assembly.
    dotnet build "$project" --nologo -v q >/dev/null
}

add ActionTracker.Web.Data.AppDbContext Data/Migrations
add ActionTracker.Web.Data.Postgres.PostgresAppDbContext Data/Postgres/Migrations
