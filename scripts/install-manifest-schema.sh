#!/usr/bin/env bash
# Installs the official JSON schemas of the unified manifest for Microsoft 365 (shipped in the npm
# package @microsoft/app-manifest) into test-tools/manifest-schema/node_modules, where
# ManifestSchemaTest reads them. Needs node/npm and the npm registry. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/../test-tools/manifest-schema"

if ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "npm is missing: install Node.js and npm, then run this script again." >&2
    exit 1
  fi
fi

schema=node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json
if [ -f "$schema" ]; then
  echo "manifest schema already installed: test-tools/manifest-schema/$schema"
  exit 0
fi
npm install --no-audit --no-fund --ignore-scripts --loglevel=error
if [ ! -f "$schema" ]; then
  echo "npm install finished but $schema is missing; has @microsoft/app-manifest changed its layout?" >&2
  exit 1
fi
echo "manifest schema installed: test-tools/manifest-schema/$schema"
