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
#   4. `vitest run`.
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

set +e
pnpm exec vitest run "$@"
code=$?
set -e
exit "$code"
