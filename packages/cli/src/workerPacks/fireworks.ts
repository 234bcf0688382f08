/**
 * The installed pack `fireworks` alone, as a worker thread of `check --workers` imports it: a worker
 * loads only the packs the check uses (see `workerPackModule` in `../packs.ts`).
 *
 * @internal
 * @since 0.2.0
 */
export { fireworksPack as pack } from "@anquan/pack-fireworks"
