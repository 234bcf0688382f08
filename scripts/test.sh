#!/usr/bin/env bash
# Every test, as CI runs them: the root `test` script, so README command 2 (`bash scripts/dev.sh pnpm test`)
# and `.ci/run` run this same file. Arguments go to `vitest run` (e.g. a reporter, or a folder).
#
#   1. PostgreSQL: ANQUAN_TEST_PG_URL when it is set; otherwise a private cluster on loopback
#      (scripts/pg.sh: Debian's postgresql, installed when missing) on ANQUAN_PG_PORT (default 55439),
#      stopped and removed when the tests end;
#   2. the built executable (packages/cli/dist, which examples/demo/test/executable.test.ts runs):
#      `pnpm --filter @anquan/cli run build` when it is missing or older than a source it bundles;
#   3. Chromium (the HTML report's browser test): scripts/chromium.sh installs it when missing (as root,
#      with apt-get), or says in one line how to get it;
#   4. `vitest run`, with as many workers as cores (at least two) and no isolation between test files.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ANQUAN_TEST_PG_URL:-}" ]; then
  export ANQUAN_PG_DIR="${ANQUAN_PG_DIR:-$(mktemp -d /tmp/anquan-test-pg.XXXXXX)}" ANQUAN_PG_PORT="${ANQUAN_PG_PORT:-55439}"
  ANQUAN_TEST_PG_URL="$(bash scripts/pg.sh start)"
  export ANQUAN_TEST_PG_URL
  trap 'bash scripts/pg.sh stop || true' EXIT
  echo "anquan: PostgreSQL for the tests at $ANQUAN_TEST_PG_URL (stopped at the end)" >&2
fi

bin=packages/cli/dist/run.js
if [ ! -f "$bin" ] || [ ! -f packages/cli/dist/ledger/index.js ] \
  || [ -n "$(find packages/*/src packages/cli/tsup.config.ts packages/cli/tsup.bin.config.ts packages/cli/package.json -newer "$bin" -type f -print -quit)" ]; then
  echo "anquan: building the anquan executable (packages/cli/dist) for its test" >&2
  pnpm --filter @anquan/cli run build >&2
fi

bash scripts/chromium.sh >/dev/null || true

# Workers: as many as cores, at least two (vitest's default is one fewer than the cores: a single worker on a 2-core
# machine, where much of a file's time is spent waiting on a child process, PostgreSQL or Chromium). No isolation: a
# worker keeps its loaded modules (effect, the packs, the engine) from one test file to the next; loading them again
# for each of 335 files was most of the suite's time (945 s isolated, 364 s not, on one machine). Test files restore
# what they change: spies, process.exitCode, their own temporary folders and PostgreSQL schemas.
workers=$(node -p 'Math.max(2, require("node:os").availableParallelism())')
# A test's time limit: 30 s, not vitest's 5 s. It catches a hang; it is not a speed check (speed lives in bench/).
# On a shared 2-core machine a test that takes 1 s alone took over 5 s beside the rest of the suite and failed.
# A test that sets its own limit keeps it.

set +e
pnpm exec vitest run --no-isolate --maxWorkers="$workers" --testTimeout=30000 "$@"
code=$?
set -e
exit "$code"
