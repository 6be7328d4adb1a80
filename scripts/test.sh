#!/usr/bin/env bash
# Runs every test of the solution: unit and service tests on real SQLite, and browser tests in headless Chromium; then
# the service tests on PostgreSQL and the browser tests of two servers on one PostgreSQL. Installs what the tests need
# on a fresh Debian machine (Chromium and PostgreSQL from apt), then ends with "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium for the browser tests; tzdata because "today" is the date in Europe/London.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-liberation)
[ -e /usr/share/zoneinfo/Europe/London ] || missing+=(tzdata)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)…"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# One project after the other, not side by side as `dotnet test ActionTracker.sln` runs them: on two cores the unit
# tests' first minute beside the browser tests starved both (bunit waits timed out; a browser test's click was lost).
dotnet build ActionTracker.sln --nologo -v q 2>&1 | tee "$log" || status=$?
if [ "$status" -eq 0 ]; then
    dotnet test tests/ActionTracker.Tests --no-build --nologo 2>&1 | tee -a "$log" || status=$?
    dotnet test tests/ActionTracker.E2ETests --no-build --nologo 2>&1 | tee -a "$log" || status=$?
fi

# PostgreSQL: the service tests again, and the browser tests with two servers on one database, on a throwaway cluster
# (installed with apt when missing; ACTIONTRACKER_SKIP_POSTGRES=1 skips it).
if [ "${ACTIONTRACKER_SKIP_POSTGRES:-}" != "1" ]; then
    source scripts/throwaway-postgres.sh
    start_throwaway_postgres
    trap 'rm -f "$log"; stop_throwaway_postgres' EXIT
    export ACTIONTRACKER_TEST_POSTGRES="${PG_CONNECTION/Database=actiontracker/Database=postgres}"
    dotnet test tests/ActionTracker.Tests --no-build --nologo --filter "FullyQualifiedName~Features" 2>&1 | tee -a "$log" || status=$?
    dotnet test tests/ActionTracker.E2ETests --no-build --nologo --filter "FullyQualifiedName~CrossServerTests" 2>&1 | tee -a "$log" || status=$?
    unset ACTIONTRACKER_TEST_POSTGRES
fi

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 40, ...") into one line.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
projects=$(grep -Ec '^(Passed|Failed)! +-' "$log" || true)
echo
echo "$passed passed, $failed failed"
if [ "$projects" -lt 2 ] && [ "$status" -eq 0 ]; then
    echo "Expected results from both test projects, got $projects." >&2
    exit 1
fi
exit "$status"
