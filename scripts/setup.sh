#!/usr/bin/env bash
# Installs what building and running CxO Review needs on a fresh Debian/Ubuntu machine (system
# packages, only those missing; the UI's npm packages; the built UI). With --test, also what
# testing and measuring it needs: Xvfb and WebKitWebDriver with tauri-driver (end-to-end tests),
# LibreOffice (opens the exported .docx in a test), sqlite3 (the import benchmark's baseline), rpm
# (lists the .rpm bundle in a test), PostgreSQL (a throwaway server for the team-database tests,
# scripts/postgres.sh).
# Safe to run again: each step is skipped when already done.
#
#   bash scripts/setup.sh            to run the app
#   bash scripts/setup.sh --test     to test it
set -euo pipefail
cd "$(dirname "$0")/.."

testing=false
[ "${1:-}" = "--test" ] && testing=true

# The Noto fonts cover Arabic and Chinese, which the window shows in those languages.
packages=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev fonts-noto-core fonts-noto-cjk)
$testing && packages+=(xvfb xauth webkit2gtk-driver libreoffice-writer sqlite3 rpm postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || { echo "setup: cargo is missing; install Rust from https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup: npm is missing; install Node.js 20 or newer" >&2; exit 1; }

if [ -f ui/package-lock.json ]; then
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules ]; then
    npm --prefix ui ci --no-audit --no-fund
  fi
  npm --prefix ui run build
fi

if $testing && [ ! -x tools/bin/tauri-driver ]; then
  cargo install tauri-driver --locked --version ^2 --root ./tools
fi
