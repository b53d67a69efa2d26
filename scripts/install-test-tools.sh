#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium and ChromeDriver, and axe-core (from
# test-tools/package-lock.json) in test-tools/node_modules. Idempotent; quick when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium or ChromeDriver is missing; run this script as root (apt-get install chromium chromium-driver)." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
fi

if [ ! -f test-tools/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: it is needed to install axe-core for the accessibility tests." >&2
    exit 1
  fi
  if [ -f test-tools/package-lock.json ]; then
    (cd test-tools && npm ci --no-audit --no-fund --ignore-scripts)
  else
    (cd test-tools && npm install --no-audit --no-fund --ignore-scripts)
  fi
fi

echo "Test tools: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?'), $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f1-2), axe-core $(node -p "require('./test-tools/node_modules/axe-core/package.json').version" 2>/dev/null || echo '?')"
