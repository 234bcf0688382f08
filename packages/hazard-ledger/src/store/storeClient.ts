/**
 * Promise 客户端 — how every store of the SDK offers its Effect service as plain async methods:
 * the layer is built once (construction errors reject, and what was built is released), each
 * method runs its effect on that runtime and rejects with the same typed error, `close()` releases
 * the layer (the SQLite file, the PostgreSQL pool).
 *
 * @since 0.2.0
 */
import { Effect, ManagedRuntime } from "effect"
import type { Context, Layer } from "effect"

/**
 * Runs one of the service's effects on the client's runtime.
 *
 * @since 0.2.0
 */
export type RunPromise = <A>(effect: Effect.Effect<A, unknown>) => Promise<A>

/**
 * Builds `layer` and wraps its service in a Promise client: `methods` maps the service to the
 * client's methods through `run`; `close` is added.
 *
 * @since 0.2.0
 */
export const storeClientFromLayer = async <I, S, E, C extends { readonly close: () => Promise<void> }>(
  tag: Context.Key<I, S>,
  layer: Layer.Layer<I, E>,
  methods: (service: S, run: RunPromise) => Omit<C, "close">
): Promise<C> => {
  const runtime = ManagedRuntime.make(layer)
  let service: S
  try {
    service = await runtime.runPromise(Effect.service(tag))
  } catch (e) {
    await runtime.dispose()
    throw e
  }
  const run: RunPromise = (effect) => runtime.runPromise(effect)
  return { ...methods(service, run), close: () => runtime.dispose() } as C
}
