#!/usr/bin/env bash
# Runs every test: all workspaces' Jest suites (unit, integration, SQLite and
# PostgreSQL storage tests), then the browser end-to-end check. Ends with one
# "N passed, N failed" line counting both.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI=true
mkdir -p .test-results
rm -f .test-results/jest.json .test-results/e2e.json

# Storage tests also run against PostgreSQL when one answers on loopback.
if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ] &&
  command -v pg_isready > /dev/null &&
  pg_isready -q -h 127.0.0.1 -p 5432; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432
  echo "test-all: PostgreSQL tests use 127.0.0.1:5432"
else
  echo "test-all: no PostgreSQL on 127.0.0.1:5432; PostgreSQL storage tests are skipped"
fi

./yarn backstage-cli repo test --json --outputFile=.test-results/jest.json
jest_status=$?

bash scripts/e2e.sh
e2e_status=$?

node scripts/summarize-tests.js .test-results/jest.json .test-results/e2e.json
summary_status=$?

if [ $jest_status -ne 0 ] || [ $e2e_status -ne 0 ] || [ $summary_status -ne 0 ]; then
  exit 1
fi
