#!/bin/sh
# The Tauri CLI's cargo (`build.runner` in ../tauri.conf.json), and what it leaves behind
# (`build.beforeBundleCommand`).
#
# Why: the CLI takes the folder holding tauri.conf.json, the top of the repository (the
# users' layout), for the app's crate. The package there is the core, whose binary is the
# `cxo-review` command-line tool: the CLI would build that package, then rename
# target/<profile>/cxo-review to the app's name and bundle it. So this builds the app's package
# (`-p cxo-review-app`) and, for the rename, puts the app's binary under the tool's name as a
# second link to the same file (renaming a file onto another link of itself changes nothing),
# the tool's own binary set aside. `restore`, run before bundling, puts the tool's binary back.
set -e
sub="$1"; shift
[ "$sub" = "run" ] && exec cargo run -p cxo-review-app "$@"

target_dir() {
  cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p'
}

if [ "$sub" = "restore" ]; then
  tdir=$(target_dir)
  for kept in "$tdir"/*/cxo-review.kept "$tdir"/*/*/cxo-review.kept; do
    [ -e "$kept" ] || continue
    mv -f "$kept" "$(dirname "$kept")/cxo-review"
  done
  for link in "$tdir"/*/cxo-review "$tdir"/*/*/cxo-review; do
    [ -e "$link" ] && [ "$link" -ef "$(dirname "$link")/cxo-review-app" ] && rm -f "$link"
  done
  exit 0
fi

cargo "$sub" -p cxo-review-app "$@"
profile=debug; triple=""; prev=""
for a in "$@"; do
  case "$a" in --release) profile=release ;; --profile=*) profile="${a#--profile=}" ;; --target=*) triple="${a#--target=}" ;; esac
  case "$prev" in --profile) profile="$a" ;; --target) triple="$a" ;; esac
  prev="$a"
done
[ "$profile" = dev ] && profile=debug
out="$(target_dir)/${triple:+$triple/}$profile"
if [ -e "$out/cxo-review" ] && ! [ "$out/cxo-review" -ef "$out/cxo-review-app" ]; then
  mv -f "$out/cxo-review" "$out/cxo-review.kept"
fi
ln -f "$out/cxo-review-app" "$out/cxo-review"
