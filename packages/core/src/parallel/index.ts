/**
 * `@anquan/core/parallel` — evaluation on the worker threads of one machine. A subpath of its own:
 * it needs Node (`node:worker_threads`, `node:fs`), which the rest of the core does not.
 *
 * @packageDocumentation
 * @since 0.2.0
 */
export * as Parallel from "./Parallel.ts"
export type { LineInput, LineResult, PackSource, ParallelOptions } from "./Parallel.ts"
export { ParallelEvaluationError } from "./Parallel.ts"
