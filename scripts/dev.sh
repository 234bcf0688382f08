#!/usr/bin/env bash
# Runs a command inside the project's toolchain, installing it first on a fresh machine.
#
#   bash scripts/dev.sh pnpm demo     # set up everything, then run the demo on the bundled sample
#   bash scripts/dev.sh pnpm test     # set up everything, then run every test
#
# What it does, each step only when needed:
#   1. Node >= 24 and pnpm 12 from the npm registry into $ANQUAN_TOOLCHAIN (default ~/.cache/anquan-toolchain);
#   2. `pnpm install` (frozen lockfile under CI);
#   3. runs the given command with that toolchain first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLCHAIN="${ANQUAN_TOOLCHAIN:-$HOME/.cache/anquan-toolchain}"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local major; major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 24 ]
}
pnpm_ok() {
  command -v pnpm >/dev/null 2>&1 || return 1
  local major; major=$(pnpm --version 2>/dev/null | cut -d. -f1 || echo 0)
  [ "$major" -ge 12 ]
}

export PATH="$TOOLCHAIN/bin:$PATH"
if ! node_ok || ! pnpm_ok; then
  echo "anquan: installing Node 24 and pnpm 12 into $TOOLCHAIN" >&2
  mkdir -p "$TOOLCHAIN"
  npm i -g --prefix "$TOOLCHAIN" --no-audit --no-fund --loglevel=error node@24 pnpm@12 >&2
  hash -r
  node_ok || { echo "anquan: Node >= 24 is still not on PATH after install" >&2; exit 1; }
  pnpm_ok || { echo "anquan: pnpm 12 is still not on PATH after install" >&2; exit 1; }
fi

stamp=node_modules/.anquan-install-stamp
if [ ! -f "$stamp" ] || [ pnpm-lock.yaml -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  if [ "${CI:-}" = "true" ]; then
    pnpm install --frozen-lockfile --reporter=append-only >&2
  else
    pnpm install --reporter=append-only >&2
  fi
  touch "$stamp"
fi

if [ $# -eq 0 ]; then
  echo "anquan: toolchain ready (node $(node --version), pnpm $(pnpm --version))" >&2
  exit 0
fi
exec "$@"
