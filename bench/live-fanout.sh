#!/usr/bin/env bash
# Live fan-out: how fast an edit reaches every page open on a meeting, against a bare Blazor broadcast in the same run.
# Run by hand, not in CI:  bash bench/live-fanout.sh [pages, default 20] [edits, default 200] [meeting id, default 12]
# Builds the bench host (the app plus the bench's endpoints and page, tools/ActionTracker.BenchHost) and
# tools/ActionTracker.LiveBench in Release; the tool starts the host in its own process (temporary SQLite database, demo
# data), opens the pages in headless Chromium and makes the edits (meeting:
# notes, raise an action, notes, reword it, on a fresh copy of the first agenda item per run).
# Per-phase lines first, then: live-fanout pages=… edits=… p50_ms=… p95_ms=… max_ms=… first_p50_ms=…
# circuit_kb_meeting=… circuit_kb_baseline=…   Method: docs/decisions/0013-live-fanout-benchmark.md
set -euo pipefail
cd "$(dirname "$0")/.."

pages="${1:-20}"
edits="${2:-200}"
meeting="${3:-12}"

dotnet build tools/ActionTracker.BenchHost -c Release --nologo -v q >/dev/null
dotnet build tools/ActionTracker.LiveBench -c Release --nologo -v q >/dev/null

dotnet tools/ActionTracker.LiveBench/bin/Release/net10.0/ActionTracker.LiveBench.dll \
    tools/ActionTracker.BenchHost/bin/Release/net10.0/ActionTracker.BenchHost.dll "$pages" "$edits" "$meeting"
