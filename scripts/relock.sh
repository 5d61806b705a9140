#!/usr/bin/env bash
# Regenerates package-lock.json from package.json in an empty directory. On machines whose npm
# mirror serves only this platform's native binaries, a lock made next to an existing
# node_modules omits other platforms' optional packages and `npm ci` then rejects it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$root/package.json" "$tmp/"
(cd "$tmp" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund >/dev/null)
cp "$tmp/package-lock.json" "$root/package-lock.json"
echo "package-lock.json regenerated; check with: rm -rf node_modules && npm ci"
