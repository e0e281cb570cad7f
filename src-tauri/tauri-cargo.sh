#!/bin/sh
# Cargo runner for the Tauri CLI (tauri.conf.json "build.runner"). The CLI takes the package
# beside tauri.conf.json (the core, cxo-review-core) for the app; build the app package instead
# and give its binary the name the CLI expects (a hard link, so the CLI's rename is harmless).
set -e
sub="$1"; shift
[ "$sub" = "run" ] && exec cargo run -p cxo-review-app "$@"
cargo "$sub" -p cxo-review-app "$@"
profile=debug; triple=""; prev=""
for a in "$@"; do
  case "$a" in --release) profile=release ;; --profile=*) profile="${a#--profile=}" ;; --target=*) triple="${a#--target=}" ;; esac
  case "$prev" in --profile) profile="$a" ;; --target) triple="$a" ;; esac
  prev="$a"
done
[ "$profile" = dev ] && profile=debug
tdir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
out="$tdir/${triple:+$triple/}$profile"
ln -f "$out/cxo-review-app" "$out/cxo-review-core"
