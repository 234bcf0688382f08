/**
 * Promise API — the credit store without Effect: `openCreditStore(options)` opens it on SQLite (a
 * file) or PostgreSQL and returns plain async methods. Every failure rejects with the same typed
 * error the Effect service fails with (`EntryVersionConflict`, `RepairRefused`, `InvalidInput`, …).
 * Call `close()`.
 *
 * @example
 * ```ts
 * import { openCreditStore } from "@anquan/credit"
 *
 * const store = await openCreditStore({ store: "sqlite", filename: "anquan.sqlite", jurisdictions })
 * const department = { actor: { id: "P-1", name: "应急局" }, role: { kind: "department", jurisdiction: "330381" } }
 * await store.execute(department, { command: { _tag: "AddEntry", entry }, expectedVersion: 0 })
 * const answer = await store.check(department, { enterprise: "91330381MA2L9RT6N9", asOf: "2026-12-01", purpose: "loan" })
 * await store.close()
 * ```
 * @since 0.2.0
 */
import type { CallerInput } from "@anquan/hazard-ledger"
import type { Layer } from "effect"
import { storeClientFromLayer } from "@anquan/hazard-ledger"
import type { CreditClasses } from "../domain/classes.ts"
import type { CreditConfig } from "../domain/config.ts"
import type { CheckResult, EntryFile, ListEvent, ListWriteRequestInput } from "../domain/listing.ts"
import type { CreditRating, RatingRate } from "../domain/rate.ts"
import type { CreditStoreService, ListQuery, ListWriteResult, PostgresCreditStoreOptions, SqliteCreditStoreOptions } from "./CreditStore.ts"
import { CreditStore } from "./CreditStore.ts"

/** The store as plain async methods (see {@link CreditStoreService}). @since 0.2.0 */
export interface CreditStoreClient {
  readonly config: CreditConfig
  readonly execute: (caller: CallerInput, request: ListWriteRequestInput) => Promise<ListWriteResult>
  readonly get: (caller: CallerInput, entryId: string) => Promise<EntryFile>
  readonly history: (caller: CallerInput, entryId: string) => Promise<ReadonlyArray<ListEvent>>
  readonly list: (caller: CallerInput, query?: ListQuery) => Promise<ReadonlyArray<EntryFile>>
  readonly check: (caller: CallerInput, query: { readonly enterprise: string; readonly asOf: string; readonly purpose: string }) => Promise<CheckResult>
  readonly classes: (caller: CallerInput, record: unknown, query: { readonly asOf: string }) => Promise<CreditClasses>
  readonly recordRatings: (caller: CallerInput, ratings: unknown) => Promise<{ readonly recorded: number }>
  readonly ratings: (caller: CallerInput, query?: { readonly enterprise?: string | undefined }) => Promise<ReadonlyArray<CreditRating>>
  readonly rate: (caller: CallerInput, enterprises: unknown, query: { readonly asOf: string }) => Promise<RatingRate>
  readonly close: () => Promise<void>
}

/** Wraps a store layer in the Promise API; construction errors reject. @since 0.2.0 */
export const creditStoreFromLayer = <E>(layer: Layer.Layer<CreditStore, E>): Promise<CreditStoreClient> =>
  storeClientFromLayer(CreditStore, layer, (service, run) => ({
    config: service.config,
    execute: (caller, request) => run(service.execute(caller, request)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    list: (caller, query) => run(service.list(caller, query)),
    check: (caller, query) => run(service.check(caller, query)),
    classes: (caller, record, query) => run(service.classes(caller, record, query)),
    recordRatings: (caller, ratings) => run(service.recordRatings(caller, ratings)),
    ratings: (caller, query) => run(service.ratings(caller, query)),
    rate: (caller, enterprises, query) => run(service.rate(caller, enterprises, query))
  }))

/** Options of {@link openCreditStore}. @since 0.2.0 */
export type OpenCreditStoreOptions =
  | ({ readonly store: "sqlite" } & SqliteCreditStoreOptions)
  | ({ readonly store: "postgres" } & PostgresCreditStoreOptions)

/** Opens a store and returns the Promise API. @since 0.2.0 */
export const openCreditStore = (options: OpenCreditStoreOptions): Promise<CreditStoreClient> =>
  creditStoreFromLayer(options.store === "sqlite" ? CreditStore.sqlite(options) : CreditStore.postgres(options))
