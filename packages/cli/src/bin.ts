#!/usr/bin/env -S node --max-semi-space-size=16 --no-allocation-site-pretenuring
/**
 * The `anquan` executable.
 *
 * Start-up: Node's compile cache is enabled first (Node ≥ 22.1; a no-op where unsupported or when
 * NODE_COMPILE_CACHE/NODE_DISABLE_COMPILE_CACHE already decide), then the command is loaded. The
 * platform modules are imported by subpath: the `@effect/platform-node` barrel also loads
 * `NodeRedis` (and with it the whole `redis` client), which `anquan` never uses.
 *
 * Published: `pnpm build` makes this file `dist/bin.js` and the command one bundle, `dist/run.js`
 * (`tsup.bin.config.ts`): a start then compiles one file, from the compile cache, instead of resolving
 * and loading ~500 modules. The cache must be on before the bundle compiles, hence the two files.
 *
 * Memory: `--max-semi-space-size=16` (in the shebang; V8 reads it only at start-up) keeps V8's young
 * generation at 16 MB semispaces instead of letting it grow to the default maximum while a long
 * stream allocates: the peak RSS of a streamed check drops by ~80 MB and the throughput is unchanged.
 * `--no-allocation-site-pretenuring`: V8 otherwise soon decides that objects made at some places
 * of the per-record code live long and allocates them in the old generation; there they die with
 * their record, but until the next full GC they keep the young objects they point to (the parsed
 * record, its findings) alive through every young-generation GC, so those are copied into the old
 * generation too — ~1 MB per young GC, and the heap grew to ~4 times its live ~55 MB between full
 * GCs. Without it a 20,000-record check peaks at ~205 MB RSS instead of ~325 MB, in the same time.
 *
 * @since 0.1.0
 */
import * as Module from "node:module"

Module.enableCompileCache?.()
await import("./run.ts")
