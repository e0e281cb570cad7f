#!/usr/bin/env bash
# Installs everything, builds the desktop app with its UI embedded, and opens it. On first run
# the app creates its database in the platform's data directory and loads the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build -p cxo-review-app --features tauri/custom-protocol --locked
target="${CARGO_TARGET_DIR:-target}"
exec "$target/debug/cxo-review-app"
