/**
 * Promise API — the ledger without Effect: `makeLedger(options)` opens a ledger on the chosen
 * store and returns plain async methods. Every failure rejects with the same typed error the
 * Effect service fails with (`VersionConflict`, `FiveInPlaceIncomplete`, `InvalidInput`, …), so
 * `err instanceof VersionConflict` and `err._tag` both work. Call `close()` when done.
 *
 * @example
 * ```ts
 * import { makeLedger } from "@anquan/hazard-ledger"
 *
 * const ledger = await makeLedger({ store: "sqlite", filename: "ledger.db", jurisdictions })
 * const caller = { actor: { id: "P-1", name: "张检查" }, jurisdiction: "320571" }
 * const { hazard } = await ledger.execute(caller, { command: { _tag: "Report", ... }, expectedVersion: 0 })
 * await ledger.close()
 * ```
 * @since 0.1.0
 */
import type { Layer } from "effect"
import { storeClientFromLayer } from "./storeClient.ts"
import type { CallerInput } from "../domain/access.ts"
import type { WriteRequestInput } from "../domain/commands.ts"
import type { HazardEvent } from "../domain/events.ts"
import type { HazardFile } from "../domain/model.ts"
import type { PostgresLedgerOptions, SqliteLedgerOptions } from "./HazardLedger.ts"
import { HazardLedger } from "./HazardLedger.ts"
import type {
  ExportQueryInput,
  HazardQueryInput,
  ImportFindingsInput,
  ImportResult,
  MetricsQueryInput,
  MetricsReport,
  OverdueEntry,
  OverdueQueryInput
} from "./queries.ts"
import type { HazardLedgerService, LedgerOptions, WriteResult } from "./service.ts"

/**
 * Which store `makeLedger` opens: `memory`, a SQLite file, or PostgreSQL.
 *
 * @since 0.1.0
 */
export type StoreOptions =
  | { readonly store: "memory" }
  | ({ readonly store: "sqlite" } & Omit<SqliteLedgerOptions, keyof LedgerOptions>)
  | ({ readonly store: "postgres" } & Omit<PostgresLedgerOptions, keyof LedgerOptions>)

/**
 * Options of {@link makeLedger}.
 *
 * @since 0.1.0
 */
export type MakeLedgerOptions = LedgerOptions & StoreOptions

/**
 * The ledger as plain async methods (see {@link HazardLedgerService} for each).
 *
 * @since 0.1.0
 */
export interface Ledger {
  readonly execute: (caller: CallerInput, request: WriteRequestInput) => Promise<WriteResult>
  readonly get: (caller: CallerInput, hazardId: string) => Promise<HazardFile>
  readonly history: (caller: CallerInput, hazardId: string) => Promise<ReadonlyArray<HazardEvent>>
  readonly query: (caller: CallerInput, query?: HazardQueryInput) => Promise<ReadonlyArray<HazardFile>>
  readonly overdue: (caller: CallerInput, query: OverdueQueryInput) => Promise<ReadonlyArray<OverdueEntry>>
  readonly metrics: (caller: CallerInput, query: MetricsQueryInput) => Promise<MetricsReport>
  readonly importFindings: (caller: CallerInput, input: ImportFindingsInput) => Promise<ImportResult>
  readonly exportEvents: (caller: CallerInput, query?: ExportQueryInput) => Promise<ReadonlyArray<HazardEvent>>
  /** Closes the store (the SQLite file, the PostgreSQL pool). */
  readonly close: () => Promise<void>
}

/**
 * Wraps a ledger layer in the Promise API. The layer is built now; construction errors reject.
 *
 * @since 0.1.0
 */
export const fromLayer = <E>(layer: Layer.Layer<HazardLedger, E>): Promise<Ledger> =>
  storeClientFromLayer(HazardLedger, layer, (service, run) => ({
    execute: (caller, request) => run(service.execute(caller, request)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    query: (caller, query) => run(service.query(caller, query)),
    overdue: (caller, query) => run(service.overdue(caller, query)),
    metrics: (caller, query) => run(service.metrics(caller, query)),
    importFindings: (caller, input) => run(service.importFindings(caller, input)),
    exportEvents: (caller, query) => run(service.exportEvents(caller, query))
  }))

/**
 * Opens a ledger on the chosen store and returns the Promise API.
 *
 * @since 0.1.0
 */
export const makeLedger = (options: MakeLedgerOptions): Promise<Ledger> => {
  switch (options.store) {
    case "memory":
      return fromLayer(HazardLedger.memory(options))
    case "sqlite":
      return fromLayer(HazardLedger.sqlite(options))
    case "postgres":
      return fromLayer(HazardLedger.postgres(options))
  }
}
