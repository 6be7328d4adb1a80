#!/usr/bin/env bash
# Times the overdue dashboard and the tracker's first page on a generated 100,000-action SQLite database.
# Run by hand, not in CI:  bash bench/dashboard-scale.sh [actions, default 100000]
# Generates bench/data/scale-<actions>.db on first use (tools/ActionTracker.ScaleData), then runs
# tools/ActionTracker.Bench: the dashboard's data queries and the tracker's first page for five filters, each 50 times
# after warm-up. Last line: dashboard actions=… dashboard_p95_ms=… tracker_p95_ms=…
set -euo pipefail
cd "$(dirname "$0")/.."

actions="${1:-100000}"
database="bench/data/scale-${actions}.db"
mkdir -p bench/data

dotnet build tools/ActionTracker.ScaleData -c Release --nologo -v q >/dev/null
dotnet build tools/ActionTracker.Bench -c Release --nologo -v q >/dev/null

if [ ! -f "$database" ]; then
    dotnet tools/ActionTracker.ScaleData/bin/Release/net10.0/ActionTracker.ScaleData.dll "$database" "$actions"
fi

dotnet tools/ActionTracker.Bench/bin/Release/net10.0/ActionTracker.Bench.dll "$database" 50
