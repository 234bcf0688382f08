import { readdirSync } from "node:fs"
import { basename, dirname, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig } from "tsup"
import type { Options } from "tsup"

const src = resolve(dirname(fileURLToPath(import.meta.url)), "src")
/** The commands whose folders stay out of the bundle (loaded by `import()` from the library build), each but its `command.ts`. */
const lazyCommands = ["risk", "reports", "standardization", "credit", "enforcement", "investigation"]
const lazyDirs = [resolve(src, "ledger"), ...lazyCommands.map((d) => resolve(src, d))]
/** The commands' wiring to effect's CLI: part of the bundle (each imports the rest of its folder lazily). */
const bundledCommands = lazyCommands.map((d) => resolve(src, d, "command.ts"))

/**
 * The `anquan` executable (`pnpm build` runs it after `tsup.config.ts`, the library build, which
 * cleans `dist/` first): `dist/bin.js` → `dist/run.js`, one bundle of the command with the workspace
 * packages and effect inlined, so that a start reads and compiles one file instead of resolving,
 * reading and linking ~500 modules.
 *
 * - `bin.js` only enables Node's compile cache and then imports `run.js`: the cache applies to modules
 *   compiled after it is enabled, so the bundle must be a second file (`bin.ts`'s `import("./run.ts")`,
 *   both entries: esbuild keeps the import and names the file `run.js`).
 * - The ledger (`src/ledger/`: hazard-ledger, `node:sqlite`, `@effect/sql-pg` and `pg`) and the risk
 *   register and the credit store (`src/risk/`, `src/credit/` but their `command.ts`: risk-register,
 *   credit and the same drivers) stay out of the
 *   bundle: the command reaches them only by dynamic `import()` (a ledger or risk command, `check
 *   --ledger`), which is pointed at the library build's `dist/ledger/<name>.js` / `dist/risk/<name>.js`;
 *   those load their packages and drivers (and effect) as ordinary dependencies. A static import of
 *   such a module from the bundle fails the build: it would load all of that at every start. Only
 *   plain data and errors cross.
 * - `check --workers` (a second bundle, so that `run.js` stays one file): each worker thread runs
 *   `parallel-worker.js` (the core's worker, under the name the core's build gives it, beside the code
 *   that starts it) and imports each pack it is given from `workerPacks/<id>.js` (`src/workerPacks/`;
 *   `installed-packs.js`, `src/packs.ts`, for a pack without one); they share
 *   their chunks (`worker-chunk-*.js`), so a worker loads one copy of the core; `ndjson-record.js`
 *   makes a record's NDJSON line on the worker (`--format ndjson`).
 * - Node builtins stay external with their `node:` prefix (`node:sqlite` only exists with it).
 */
const command = {
  entry: { bin: "src/bin.ts", run: "src/run.ts" },
  format: ["esm"],
  clean: false,
  sourcemap: false, // the bundle holds effect: its maps would add ~10 MB to the package
  target: "es2023",
  removeNodeProtocol: false,
  splitting: true,
  // inline the workspace packages and effect, including the `effect/*` and `@effect/platform-node/*` subpaths
  noExternal: [/^@anquan\//, /^effect($|\/)/, /^@effect\/platform-node($|\/)/],
  esbuildOptions(options) {
    // chunks of lazily imported code, if any, next to run.js (the ledger paths above are relative to it)
    options.chunkNames = "run-[name]-[hash]"
  },
  esbuildPlugins: [{
    name: "anquan-ledger-and-risk-outside-the-bundle",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const path = resolve(args.resolveDir, args.path)
        const dir = dirname(path)
        if (!lazyDirs.includes(dir) || bundledCommands.includes(path) || args.importer.startsWith(dir + sep) && !bundledCommands.includes(args.importer)) return undefined
        if (args.kind !== "dynamic-import") {
          return { errors: [{ text: `${args.importer} imports ${args.path} statically: the executable loads the ledger and the risk register only by import()` }] }
        }
        return { path: `./${basename(dir)}/${basename(path, ".ts")}.js`, external: true }
      })
    }
  }]
} satisfies Options

const worker = {
  entry: {
    "parallel-worker": resolve(src, "..", "..", "core", "src", "parallel", "worker.ts"),
    "installed-packs": "src/packs.ts",
    "ndjson-record": "src/output/ndjsonRecord.ts",
    // each installed pack alone (`workerPacks/<id>.js`): a worker imports only the packs the check uses
    ...Object.fromEntries(readdirSync(resolve(src, "workerPacks")).filter((f) => f.endsWith(".ts")).map((f) => [`workerPacks/${basename(f, ".ts")}`, `src/workerPacks/${f}`]))
  },
  format: ["esm"],
  clean: false,
  sourcemap: false,
  target: "es2023",
  removeNodeProtocol: false,
  splitting: true,
  noExternal: [/^@anquan\//, /^effect($|\/)/],
  esbuildOptions(options) {
    options.chunkNames = "worker-[name]-[hash]"
  }
} satisfies Options

export default defineConfig([command, worker])
