/**
 * The messages between the main thread and its worker threads.
 *
 * @internal
 * @since 0.2.0
 */
import type { Include } from "../evaluation/Engine.ts"
import type { LineOutcome } from "./LineEvaluation.ts"
import type { PackSource } from "./PackSource.ts"

/** What a worker is started with (`workerData`). @internal @since 0.2.0 */
export interface WorkerSetup {
  readonly packs: ReadonlyArray<PackSource>
  readonly config: unknown
  readonly asOf: Date | string
  readonly include: Include | undefined
  readonly render: RenderSource | undefined
  /**
   * The directory given to `module.enableCompileCache` in the worker: the main thread's compile
   * cache's (its parent: Node keeps each version's cache in a directory of its own under it), when
   * the main thread has one on (the `anquan` executable does); else none.
   */
  readonly compileCache?: string | undefined
}

/** A function of a module that makes a result's text on the worker (see `ParallelOptions.render`). @internal @since 0.2.0 */
export interface RenderSource {
  readonly module: string
  readonly export?: string | undefined
  readonly context?: unknown
}

/** Main → worker: a batch of whole lines, the first numbered `firstLine`. @internal @since 0.2.0 */
export interface BatchMessage {
  readonly seq: number
  readonly firstLine: number
  readonly bytes: Uint8Array
}

/** Worker → main. @internal @since 0.2.0 */
export type WorkerMessage =
  | { readonly _tag: "ready" }
  | { readonly _tag: "failed"; readonly message: string }
  | { readonly _tag: "done"; readonly seq: number; readonly outcomes: ReadonlyArray<LineOutcome> }
