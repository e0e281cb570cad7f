#!/usr/bin/env bash
# Installs everything, then runs every test: core unit tests, the CLI driven as a process,
# and the desktop app end to end under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

# A throwaway PostgreSQL server for the team database's tests (roles, concurrent edits).
CXO_REVIEW_TEST_SERVER=$(bash scripts/postgres.sh start)
export CXO_REVIEW_TEST_SERVER
export CXO_REVIEW_TEST_SERVER_CA="$(cat /tmp/cxo-review-postgres.current)/server.crt"
trap 'bash scripts/postgres.sh stop' EXIT

cargo test --workspace --locked

# The core's tests again on PostgreSQL: every test store is a new database on that server, so
# the same tests pin the same meaning on both engines.
CXO_REVIEW_TEST_BACKEND=postgres cargo test --locked -p cxo-review-core --lib
FUZZ_BUILD=dev bash scripts/fuzz.sh 20  # the importers, 20 s per fuzz target (docs/robustness.md)

# The UI's bindings (the commands and every type they use) are generated from the Rust shell by
# `cargo test -p cxo-review-app`, part of the tests above: they must be committed as generated.
bindings=ui/src/lib/api/bindings.ts
if [ -n "$(git status --porcelain -- "$bindings" 2>/dev/null)" ]; then
  echo "$bindings is out of date with the Rust commands and types; commit the regenerated file" >&2
  git --no-pager diff --stat -- "$bindings" >&2
  exit 1
fi
npm --prefix ui run check
npm --prefix ui test  # the UI's feature logic (vitest), over a mock of the backend

# The real app, end to end, under Xvfb.
cargo build -p cxo-review-app --features tauri/custom-protocol --locked
TAURI_DRIVER="$PWD/tools/bin/tauri-driver" NO_AT_BRIDGE=1 \
  xvfb-run -a -s "-screen 0 1400x900x24" cargo test --locked --test e2e -- --ignored --test-threads=1
# The roster-to-statistics and scoring workflows again, the app on a team database.
CXO_REVIEW_E2E_BACKEND=postgres TAURI_DRIVER="$PWD/tools/bin/tauri-driver" NO_AT_BRIDGE=1 \
  xvfb-run -a -s "-screen 0 1400x900x24" cargo test --locked --test e2e -- --ignored --test-threads=1 \
  meeting_with_a_roster_shows_its_statistics two_reviewers_score_and_the_rapporteur_sees_the_widest_disagreement_first

# The Linux packages, bundled from the same debug build (no second full build), and their contents.
ui/node_modules/.bin/tauri build --debug --bundles deb,rpm
cargo test --locked --test bundle -- --ignored
