#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine for Guidepost: the browsers the demo and the real-browser
# tests drive (Debian's Chromium and Firefox ESR; nothing is downloaded by npm), then the pinned
# npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  echo "Installing ${missing[*]} from apt…"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" fonts-dejavu-core >/dev/null
fi

npm ci --no-audit --no-fund
