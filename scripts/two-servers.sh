#!/usr/bin/env bash
# Two ActionTracker servers on one throwaway PostgreSQL, with demo data: http://localhost:5081 and http://localhost:5082.
# An edit on one appears live on the other (LISTEN/NOTIFY). Starts a local cluster with initdb (installs PostgreSQL with
# apt when it is missing), and stops both servers and deletes the cluster on Ctrl+C.
# Usage: bash scripts/two-servers.sh [first port, default 5081]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh

first="${1:-5081}"
dotnet build src/ActionTracker.Web --nologo -v q >/dev/null
start_throwaway_postgres

pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    stop_throwaway_postgres
}
trap stop_all EXIT INT TERM

run_server() {
    (cd src/ActionTracker.Web && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$1" \
        Database__Provider=Postgres ConnectionStrings__ActionTracker="$PG_CONNECTION" \
        dotnet bin/Debug/net10.0/ActionTracker.Web.dll) &
    pids+=($!)
}

wait_healthy() {
    for _ in $(seq 1 600); do
        curl -fs "http://localhost:$1/healthz" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "The server on port $1 did not start." >&2
    return 1
}

# The first server migrates and loads the demo data; the second starts on the database it made.
run_server "$first"
wait_healthy "$first"
run_server "$((first + 1))"
wait_healthy "$((first + 1))"
echo "Two servers on one PostgreSQL: http://localhost:$first and http://localhost:$((first + 1)) (Ctrl+C stops both)."
wait
