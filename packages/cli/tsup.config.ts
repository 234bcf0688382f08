import { readdirSync } from "node:fs"
import { defineConfig } from "tsup"

/**
 * The library build (`pnpm build` runs it first, then `tsup.bin.config.ts`, the `anquan` executable):
 * `dist/index.js` with every dependency external, as for any package. Each module of `src/ledger/`
 * is an entry of its own (`dist/ledger/<name>.js`): the executable's bundle leaves the ledger out
 * and imports these files when a ledger command or `check --ledger` runs.
 */
const ledgerModules = readdirSync(new URL("./src/ledger/", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => f.slice(0, -".ts".length))

export default defineConfig({
  entry: { index: "src/index.ts", ...Object.fromEntries(ledgerModules.map((m) => [`ledger/${m}`, `src/ledger/${m}.ts`])) },
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  target: "es2023",
  // tsup strips `node:` by default; `node:sqlite` (the ledger section) only exists with the prefix.
  removeNodeProtocol: false
})
