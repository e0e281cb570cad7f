#!/usr/bin/env bash
# Installs everything, then runs every test: core unit tests, the CLI driven as a process,
# and the desktop app end to end under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

cargo test --workspace --locked

if [ -f tests/e2e.rs ]; then
  cargo build -p cxo-review-app --features tauri/custom-protocol --locked
  TAURI_DRIVER="$PWD/tools/bin/tauri-driver" xvfb-run -a cargo test --locked --test e2e -- --ignored --test-threads=1
fi
