/**
 * Promise API — the investigation store without Effect: `openInvestigationStore(options)` opens it
 * on SQLite (a file) or PostgreSQL and returns plain async methods. Every failure rejects with the
 * same typed error the Effect service fails with (`InvestigationStepRefused`,
 * `InvestigationVersionConflict`, `InvalidInput`, …). Call `close()`.
 *
 * @example
 * ```ts
 * import { openInvestigationStore } from "@anquan/accident"
 *
 * const store = await openInvestigationStore({ store: "sqlite", filename: "anquan.sqlite", jurisdictions })
 * const { file } = await store.open(department, investigationCase)
 * await store.record(department, { accidentId: file.case.accident.id, step: { _tag: "SubmitReport", on: "2024-06-20" }, expectedVersion: file.version })
 * const overdue = (await store.check(department, { asOf: "2024-07-15" })).filter((c) => c.report.status === "overdue")
 * await store.close()
 * ```
 * @since 0.2.0
 */
import type { CallerInput } from "@anquan/hazard-ledger"
import { storeClientFromLayer } from "@anquan/hazard-ledger"
import type { Layer } from "effect"
import type { InvestigationCheck, InvestigationOptions } from "../Investigation.ts"
import type {
  InvestigationEvent,
  InvestigationFile,
  InvestigationListQuery,
  InvestigationStepRequestInput,
  InvestigationWriteResult,
  PostgresInvestigationStoreOptions,
  SqliteInvestigationStoreOptions
} from "./InvestigationStore.ts"
import { InvestigationStore } from "./InvestigationStore.ts"

/**
 * The investigation store as plain async methods (see `InvestigationStoreService`).
 *
 * @since 0.2.0
 */
export interface InvestigationStoreClient {
  readonly open: (caller: CallerInput, investigation: unknown) => Promise<InvestigationWriteResult>
  readonly openAll: (caller: CallerInput, investigations: unknown) => Promise<ReadonlyArray<InvestigationWriteResult>>
  readonly record: (caller: CallerInput, request: InvestigationStepRequestInput) => Promise<InvestigationWriteResult>
  readonly get: (caller: CallerInput, accidentId: string) => Promise<InvestigationFile>
  readonly history: (caller: CallerInput, accidentId: string) => Promise<ReadonlyArray<InvestigationEvent>>
  readonly list: (caller: CallerInput, query?: InvestigationListQuery) => Promise<ReadonlyArray<InvestigationFile>>
  readonly check: (
    caller: CallerInput,
    query: { readonly asOf: string; readonly jurisdiction?: string | undefined; readonly counting?: Omit<InvestigationOptions, "isWorkingDay"> | undefined }
  ) => Promise<ReadonlyArray<InvestigationCheck>>
  readonly close: () => Promise<void>
}

/**
 * Wraps a store layer in the Promise API; construction errors reject.
 *
 * @since 0.2.0
 */
export const investigationStoreFromLayer = <E>(layer: Layer.Layer<InvestigationStore, E>): Promise<InvestigationStoreClient> =>
  storeClientFromLayer(InvestigationStore, layer, (service, run) => ({
    open: (caller, investigation) => run(service.open(caller, investigation)),
    openAll: (caller, investigations) => run(service.openAll(caller, investigations)),
    record: (caller, request) => run(service.record(caller, request)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    list: (caller, query) => run(service.list(caller, query)),
    check: (caller, query) => run(service.check(caller, query))
  }))

/**
 * Options of {@link openInvestigationStore}.
 *
 * @since 0.2.0
 */
export type OpenInvestigationStoreOptions =
  | ({ readonly store: "sqlite" } & SqliteInvestigationStoreOptions)
  | ({ readonly store: "postgres" } & PostgresInvestigationStoreOptions)

/**
 * Opens an investigation store and returns the Promise API.
 *
 * @since 0.2.0
 */
export const openInvestigationStore = (options: OpenInvestigationStoreOptions): Promise<InvestigationStoreClient> =>
  investigationStoreFromLayer(options.store === "sqlite" ? InvestigationStore.sqlite(options) : InvestigationStore.postgres(options))
