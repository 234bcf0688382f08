/**
 * The entry of a worker thread of a parallel evaluation: turns on Node's module compile cache when
 * the main thread has it on (`WorkerSetup.compileCache`: a worker thread does not inherit it), and
 * only then loads the rest ({@link "./WorkerLoop.ts"}: the packs, the engine, the batches), so that
 * the worker compiles the core, effect and the packs' modules from the cache the main thread and
 * earlier workers wrote, instead of from their source each time it starts.
 *
 * @internal
 * @since 0.2.0
 */
import * as Module from "node:module"
import { workerData } from "node:worker_threads"
import type { WorkerSetup } from "./protocol.ts"

const directory = (workerData as WorkerSetup | undefined)?.compileCache
if (directory !== undefined) {
  try {
    Module.enableCompileCache?.(directory)
  } catch {
    // no cache: the modules are compiled from their source, as without it
  }
}
await import("./WorkerLoop.ts")
