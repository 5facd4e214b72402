#!/usr/bin/env bash
# The README's test command: from a fresh clone to a passing test suite.
# Installs what the tests need (Debian's Chromium for the dashboard's browser test), then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

# A browser already on the machine will do (GitHub's Ubuntu runners ship google-chrome).
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then
      CHROMIUM_PATH=$(command -v "$candidate")
      break
    fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing Debian's chromium for the browser tests" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    CHROMIUM_PATH=$(command -v chromium)
  else
    echo "test: the browser tests need Chromium: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

npm ci --no-audit --no-fund --loglevel=error
npx vitest run
