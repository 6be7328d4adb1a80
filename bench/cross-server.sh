#!/usr/bin/env bash
# Cross-server live updates: how fast an edit reaches N pages split across two servers on one PostgreSQL, against a
# single server on the same database in the same run; and how fast the notes being typed reach every other page.
# Run by hand, not in CI:  bash bench/cross-server.sh [pages, default 20] [edits, default 200] [meeting id, default 12]
# Starts a throwaway PostgreSQL (scripts/throwaway-postgres.sh), builds the app and tools/ActionTracker.LiveBench in
# Release; the tool starts servers A, B and a single server S as processes of their own (tools/ActionTracker.BenchHost: the app
# with the bench's endpoints; demo data).
# Last lines:
#   cross-server pages=… edits=… p50_ms=… p95_ms=… single_p50_ms=… single_p95_ms=…
#   notes-typing pages=… p50_ms=… p95_ms=…        Method: docs/decisions/0028-live-updates-across-servers.md
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/throwaway-postgres.sh

pages="${1:-20}"
edits="${2:-200}"
meeting="${3:-12}"

dotnet build tools/ActionTracker.BenchHost -c Release --nologo -v q >/dev/null
dotnet build tools/ActionTracker.LiveBench -c Release --nologo -v q >/dev/null
start_throwaway_postgres

dotnet tools/ActionTracker.LiveBench/bin/Release/net10.0/ActionTracker.LiveBench.dll cross-server \
    tools/ActionTracker.BenchHost/bin/Release/net10.0/ActionTracker.BenchHost.dll "$PG_CONNECTION" "$pages" "$edits" "$meeting"
