import { readdirSync } from "node:fs"
import { defineConfig } from "tsup"

/**
 * The library build (`pnpm build` runs it first, then `tsup.bin.config.ts`, the `anquan` executable):
 * `dist/index.js` with every dependency external, as for any package. Each module of `src/ledger/`
 * and of the lazily loaded command folders (`src/risk/`, `src/reports/`, `src/standardization/`, `src/credit/`) is an entry of its own (`dist/ledger/<name>.js`, `dist/risk/<name>.js`, …): the
 * executable's bundle leaves the ledger and the risk register out and imports these files when a
 * ledger or risk command or `check --ledger` runs.
 */
const modulesOf = (dir: string) =>
  readdirSync(new URL(`./src/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => [`${dir}/${f.slice(0, -".ts".length)}`, `src/${dir}/${f}`] as const)

export default defineConfig({
  // installed-packs.js: the installed packs, as the worker threads of `check --workers` import them (src/packs.ts)
  entry: { index: "src/index.ts", "installed-packs": "src/packs.ts", "ndjson-record": "src/output/ndjsonRecord.ts", ...Object.fromEntries(["ledger", "risk", "reports", "standardization", "credit", "enforcement", "investigation", "workerPacks"].flatMap(modulesOf)) },
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  target: "es2023",
  // tsup strips `node:` by default; `node:sqlite` (the ledger section) only exists with the prefix.
  removeNodeProtocol: false
})
