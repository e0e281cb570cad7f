#!/usr/bin/env bash
# The desktop app at scale: launch to a populated dashboard, the meetings list's first rows, and
# idle memory, on the ten-year database beside the same app on an empty database, measured in
# the same run, release build, under Xvfb. Prints a table (docs/performance.md).
#
#   bash scripts/bench-app.sh            RUNS=N changes the launches per database (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
runs="${RUNS:-5}"
idle_seconds="${IDLE_SECONDS:-8}"

if [ "${1:-}" != "--measure" ]; then
  bash scripts/setup.sh --test
  if ! command -v xdotool >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xdotool >/dev/null
  fi
  cargo build --release --locked --bin cxo-review
  cargo build --release --locked -p cxo-review-app --features tauri/custom-protocol
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  echo "generating the ten-year database…"
  "$target/release/cxo-review" --db "$work/ten-years.sqlite" demo --scale 10y >/dev/null
  "$target/release/cxo-review" --db "$work/empty.sqlite" init >/dev/null
  NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1400x900x24" bash "$0" --measure "$work"
  exit
fi

work="$2"
app="$target/release/cxo-review-app"
# Window size and place are remembered per user: keep them out of the user's own settings.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

# Proportional set size (KiB) of a process and all its descendants (the WebKit processes).
pss_tree() {
  local total=0 pid
  for pid in $(descendants "$1"); do
    local kib
    kib=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kib:-0}))
  done
  echo "$total"
}

descendants() {
  echo "$1"
  local child
  for child in $(ps -o pid= --ppid "$1"); do descendants "$child"; done
}

wait_for_line() { # file pattern seconds
  local tries=$(( $3 * 10 ))
  while [ "$tries" -gt 0 ]; do
    grep -q "$2" "$1" && return 0
    sleep 0.1
    tries=$((tries - 1))
  done
  echo "timed out waiting for \"$2\"; the app said:" >&2
  cat "$1" >&2
  return 1
}

# One launch: prints "launch_ms pss_kib meetings_ms actions_ms contributions_ms review_ms".
measure_once() {
  local db="$1" log="$work/run.log"
  : >"$log"
  CXO_REVIEW_DB="$db" CXO_REVIEW_TIMING=1 "$app" 2>"$log" &
  local pid=$!
  wait_for_line "$log" "^dashboard shown" 120
  local launch_ms
  launch_ms=$(sed -n 's/^dashboard shown \([0-9]*\) ms after launch.*/\1/p' "$log" | head -1)
  sleep "$idle_seconds"
  local pss
  pss=$(pss_tree "$pid")
  # Alt+N opens the sidebar's Nth screen (ui/src/App.svelte): Alt+2 the meetings, Alt+4 the
  # actions, Alt+5 the contributions (focus follows the pointer without a window manager).
  local lists="" entry list key
  for entry in meetings:2 actions:4 contributions:5; do
    list="${entry%%:*}" key="${entry##*:}"
    # Each list is opened from an idle app: the previous one has finished loading its rows.
    sleep 2
    xdotool mousemove 600 400 key "alt+$key"
    wait_for_line "$log" "^$list list" 60
    lists="$lists $(sed -n "s/^$list list.* shown .*, \([0-9]*\) ms after it was opened/\1/p" "$log" | head -1)"
  done
  # Alt+7 opens the review of the latest cycle: its scoring form for every objective.
  sleep 2
  xdotool mousemove 600 400 key alt+7
  wait_for_line "$log" "^review shown" 60
  lists="$lists $(sed -n "s/^review shown .*, \([0-9]*\) ms after it was opened/\1/p" "$log" | head -1)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$launch_ms $pss$lists"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
spread() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }

: >"$work/empty.txt"
: >"$work/ten-years.txt"
# Alternate the two databases so that both see the same machine load.
for i in $(seq "$runs"); do
  measure_once "$work/empty.sqlite" >>"$work/empty.txt"
  measure_once "$work/ten-years.sqlite" >>"$work/ten-years.txt"
  echo "run $i of $runs done" >&2
done

column_of() { awk -v c="$2" '{ print $c }' "$1"; }
row() { # label column unit max_ratio max_value target_text
  local base ours base_spread ours_spread
  base=$(column_of "$work/empty.txt" "$2" | median)
  ours=$(column_of "$work/ten-years.txt" "$2" | median)
  base_spread=$(column_of "$work/empty.txt" "$2" | spread)
  ours_spread=$(column_of "$work/ten-years.txt" "$2" | spread)
  awk -v l="$1" -v u="$3" -v b="$base" -v o="$ours" -v bs="$base_spread" -v os="$ours_spread" \
      -v max_ratio="$4" -v max_value="$5" -v tt="$6" 'BEGIN {
    r = o / b
    met = (max_ratio == "" || r <= max_ratio) && (max_value == "" || o < max_value)
    verdict = (max_ratio == "" && max_value == "") ? "–" : (met ? "yes" : "NO")
    printf "%-36s %9s %-4s %-15s %9s %-15s %6.2f×  %-26s %s\n", l, o, u, "(" os ")", b, "(" bs ")", r, tt, verdict
  }'
}

echo
printf "%-36s %-30s %-25s %7s  %-26s %s\n" "release build, $runs launches each" "ten-year database (spread)" "empty database (spread)" "ratio" "target" "met"
row "launch to populated dashboard" 1 ms 1.5 "" "≤ 1.5× the empty one"
row "idle memory, PSS app + WebKit" 2 KiB 1.15 "" "≤ 1.15× the empty one"
row "meetings list: open to first rows" 3 ms "" 100 "< 100 ms"
row "actions list: open to first rows" 4 ms "" 100 "< 100 ms"
row "contributions list: open to rows" 5 ms "" 100 "< 100 ms"
row "review: open to the scoring forms" 6 ms "" "" "(measured)"
