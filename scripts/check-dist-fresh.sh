#!/usr/bin/env bash
# dist/ must be exactly what `npm run build` makes from src/: the action runs dist/, not src/.
# Used by .ci/run and by the release workflow.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
if ! git diff --exit-code --stat -- dist/ || [ -n "$(git status --porcelain -- dist/)" ]; then
  echo "FAIL: dist/ is stale: run npm run build and commit dist/" >&2
  git status --porcelain -- dist/ >&2
  exit 1
fi
if grep -rl webpackMissingModule dist/; then
  echo "FAIL: a bundle in dist/ has a module that failed to resolve (webpackMissingModule)" >&2
  exit 1
fi
echo "dist/ is fresh"
