#!/usr/bin/env bash
# Makes every icon the bundles need (PNGs, .ico, .icns) from the one source, icons/icon.svg,
# with the Tauri CLI of the UI's npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ui/node_modules ] || npm --prefix ui ci --no-audit --no-fund
(cd ui && npx tauri icon ../icons/icon.svg -o ../icons)
# Only the desktop sizes are bundled; the mobile and Windows Store sets are not kept.
rm -rf icons/android icons/ios icons/Square*Logo.png icons/StoreLogo.png
