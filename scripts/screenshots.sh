#!/usr/bin/env bash
# Regenerates docs/screenshots/: the real app under Xvfb, every screen on the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
cargo build -p cxo-review-app --features tauri/custom-protocol --locked
# WebKit's compositing on for these (the app turns it off, src-tauri/src/main.rs): with the page
# painted in software, WebKitWebDriver's second screenshot of a run never returns.
WEBKIT_DISABLE_COMPOSITING_MODE=0 SCREENSHOT_DIR="$PWD/docs/screenshots" TAURI_DRIVER="$PWD/tools/bin/tauri-driver" NO_AT_BRIDGE=1 \
  xvfb-run -a -s "-screen 0 1400x900x24" cargo test --locked --test e2e -- --ignored --test-threads=1
