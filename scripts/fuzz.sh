#!/usr/bin/env bash
# Fuzzes the CSV and JSON importers (fuzz/, docs/robustness.md): builds the targets with
# cargo fuzz (libFuzzer) and runs each for SECONDS (default 60), starting from the seed corpus
# in fuzz/corpus/<target>/ and the reproducers in fuzz/regressions/<target>/. Prints the
# executions of each target and any crash; exits non-zero if a target crashed.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]        targets: import_csv import_json merge_return import_sheet (default: all)
#
# Environment:
#   FUZZ_SANITIZER   none (default) or address. AddressSanitizer needs unstable rustc flags: on
#                    a stable toolchain this script sets RUSTC_BOOTSTRAP=1 for that build only.
#   FUZZ_BUILD       release (default) or dev: compiles in a third of the time, runs a little
#                    slower (fuzz/Cargo.toml optimises only what imports run through); for CI.
#   FUZZ_TARGET_DIR  where the fuzz build goes [default: ${CARGO_TARGET_DIR:-target}/fuzz]
#   FUZZ_ARGS        extra libFuzzer flags, e.g. "-fork=2" or "-max_len=4096"
#
# What a run finds is kept out of git: the corpus it grows in fuzz/work/<target>/, crashing
# inputs in fuzz/artifacts/<target>/. Reproduce one with
#   PATH="$PWD/tools/bin:$PATH" CARGO_TARGET_DIR=target/fuzz cargo fuzz run --sanitizer none <target> fuzz/artifacts/<target>/crash-…
# and, once understood, copy it to fuzz/regressions/<target>/ so that every later run replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

seconds="${1:-60}"
[ $# -gt 0 ] && shift
case "$seconds" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(import_csv import_json merge_return import_sheet)
sanitizer="${FUZZ_SANITIZER:-none}"
case "${FUZZ_BUILD:-release}" in
  release) profile=(--release) ;;
  dev) profile=(--dev) ;;
  *) echo "FUZZ_BUILD is release or dev" >&2; exit 2 ;;
esac

if [ ! -x tools/bin/cargo-fuzz ]; then
  cargo install cargo-fuzz --locked --root ./tools
fi
export PATH="$root/tools/bin:$PATH"

target_dir="${FUZZ_TARGET_DIR:-${CARGO_TARGET_DIR:-target}/fuzz}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
export CARGO_TARGET_DIR="$target_dir"

build_env=()
if [ "$sanitizer" != none ] && ! rustc --version | grep -q nightly; then
  build_env=(RUSTC_BOOTSTRAP=1)
fi
fuzz=(env "${build_env[@]}" cargo fuzz)

start=$(date +%s)
flags=("${profile[@]}" --sanitizer "$sanitizer")
if [ ${#targets[@]} -eq 1 ]; then
  "${fuzz[@]}" build "${flags[@]}" "${targets[0]}"
else
  "${fuzz[@]}" build "${flags[@]}"
fi
echo "fuzz: built the targets (${profile[0]#--}, sanitizer $sanitizer) in $(( $(date +%s) - start )) s, into $CARGO_TARGET_DIR"

logs="$root/fuzz/work/logs"
mkdir -p "$logs"
crashed=()
summary=()
for target in "${targets[@]}"; do
  corpus=(fuzz/work/"$target" fuzz/corpus/"$target")
  [ -d fuzz/regressions/"$target" ] && corpus+=(fuzz/regressions/"$target")
  mkdir -p fuzz/work/"$target" fuzz/artifacts/"$target"
  before=$(ls fuzz/artifacts/"$target")
  log="$logs/$target.log"
  echo "fuzz: running $target for $seconds s (log: ${log#"$root"/})"
  status=0
  # -timeout: an input that takes longer counts as a crash (a hang); generous on a busy machine.
  # shellcheck disable=SC2086
  "${fuzz[@]}" run "${flags[@]}" "$target" "${corpus[@]}" -- \
    -max_total_time="$seconds" -timeout=30 -print_final_stats=1 ${FUZZ_ARGS:-} >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  added=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
  line="$target: ${runs:-?} executions in ${seconds} s (${speed:-?}/s), ${added:-?} new inputs in the corpus"
  if [ "$status" -ne 0 ]; then
    crashed+=("$target")
    line="$line — CRASH (exit $status)"
    echo "fuzz: $target CRASHED (whole log: ${log#"$root"/}):" >&2
    # The panic and its message (up to the backtrace), or libFuzzer's report of a hang or a crash.
    { sed -n '/panicked at/,/^stack backtrace:/p' "$log" | head -40
      grep -E '^==[0-9]+== ERROR|^SUMMARY:|^ALARM:|out-of-memory' "$log"; } >&2 || true
    comm -13 <(printf '%s\n' "$before" | sort) <(ls fuzz/artifacts/"$target" | sort) |
      sed "s|^|fuzz: reproducer fuzz/artifacts/$target/|" >&2
  fi
  summary+=("$line")
  echo "fuzz: $line"
done

echo
printf 'fuzz: %s\n' "${summary[@]}"
if [ ${#crashed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${crashed[*]}; reproduce one with (docs/robustness.md):" >&2
  echo "  PATH=\"\$PWD/tools/bin:\$PATH\" CARGO_TARGET_DIR=$CARGO_TARGET_DIR cargo fuzz run ${flags[*]} TARGET fuzz/artifacts/TARGET/crash-…" >&2
  exit 1
fi
