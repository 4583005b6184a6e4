#!/usr/bin/env bash
# Browser end-to-end check: builds the frontend, starts the backend that serves it
# on :7007 with the example catalog, and runs the Playwright tests in Debian's Chromium.
# Arguments go to `playwright test` (for example one test file).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-results

bash scripts/ensure-chromium.sh
# The runbooks are TechDocs sites: without MkDocs their pages (and the crawl) find no docs.
bash scripts/ensure-mkdocs.sh

echo "e2e: building the frontend bundle"
./yarn workspace app build > .test-results/app-build.log 2>&1 || {
  tail -50 .test-results/app-build.log
  exit 1
}

echo "e2e: starting the backend"
# Not `backstage-cli package start`: it restarts the backend whenever a source file changes,
# which kills the checks running against it while someone edits the tree.
(cd packages/backend && NODE_ENV=development exec node \
  --require @backstage/cli/config/nodeTransform.cjs src/index.ts \
  --config ../../app-config.yaml --config ../../app-config.e2e.yaml) \
  > .test-results/backend.log 2>&1 &
backend_pid=$!
trap 'kill $backend_pid 2>/dev/null; pkill -P $backend_pid 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -fs http://localhost:7007/.backstage/health/v1/readiness > /dev/null; then
    break
  fi
  if ! kill -0 $backend_pid 2>/dev/null; then
    tail -50 .test-results/backend.log
    echo "e2e: the backend exited before it was ready"
    exit 1
  fi
  sleep 1
done

./yarn playwright test "$@"
