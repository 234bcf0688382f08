/**
 * Promise API — the case store without Effect: `openEnforcementCases(options)` opens it on SQLite (a
 * file) or PostgreSQL and returns plain async methods. Every failure rejects with the same typed
 * error the Effect service fails with (`CaseRefused`, `CaseVersionConflict`, `InvalidInput`, …).
 * Call `close()`.
 *
 * @example
 * ```ts
 * import { openEnforcementCases } from "@anquan/enforcement"
 *
 * const store = await openEnforcementCases({ store: "sqlite", filename: "anquan.sqlite", jurisdictions })
 * await store.importCases({ actor: { id: "SYS", name: "导入" }, role: { kind: "system" } }, cases)
 * const late = await store.overdue({ actor: { id: "P-1", name: "张执法" } }, { asOf: "2026-12-01" })
 * await store.close()
 * ```
 * @since 0.2.0
 */
import type { CallerInput } from "@anquan/hazard-ledger"
import type { Layer } from "effect"
import { storeClientFromLayer } from "@anquan/hazard-ledger"
import type { CaseEvent, CaseWriteRequestInput } from "../domain/commands.ts"
import type { CaseFile } from "../domain/decide.ts"
import type { PenaltyIndex } from "../domain/ledgerLink.ts"
import type { OverdueOrder } from "../domain/overdue.ts"
import type { PublicationFinding } from "../domain/publication.ts"
import type { CaseStatistics } from "../domain/statistics.ts"
import type {
  CaseImportResult,
  CaseListQuery,
  CaseStatisticsQuery,
  CaseWriteResult,
  EnforcementCasesService,
  PostgresEnforcementCasesOptions,
  SqliteEnforcementCasesOptions
} from "./EnforcementCases.ts"
import { EnforcementCases } from "./EnforcementCases.ts"

/**
 * The case store as plain async methods (see {@link EnforcementCasesService}).
 *
 * @since 0.2.0
 */
export interface EnforcementCasesClient {
  readonly execute: (caller: CallerInput, request: CaseWriteRequestInput) => Promise<CaseWriteResult>
  readonly executeAll: (caller: CallerInput, commands: ReadonlyArray<unknown>, expectedVersion: number) => Promise<ReadonlyArray<CaseWriteResult>>
  readonly importCases: (caller: CallerInput, input: unknown, options?: { readonly penalties?: PenaltyIndex | undefined }) => Promise<CaseImportResult>
  readonly get: (caller: CallerInput, caseId: string) => Promise<CaseFile>
  readonly history: (caller: CallerInput, caseId: string) => Promise<ReadonlyArray<CaseEvent>>
  readonly list: (caller: CallerInput, query?: CaseListQuery) => Promise<ReadonlyArray<CaseFile>>
  readonly overdue: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Promise<ReadonlyArray<OverdueOrder>>
  readonly publication: (caller: CallerInput, query: { readonly asOf: string; readonly calendar?: unknown; readonly jurisdiction?: string | undefined }) => Promise<ReadonlyArray<PublicationFinding>>
  readonly statistics: (caller: CallerInput, query: CaseStatisticsQuery) => Promise<CaseStatistics>
  readonly close: () => Promise<void>
}

/**
 * Wraps a store layer in the Promise API; construction errors reject.
 *
 * @since 0.2.0
 */
export const enforcementCasesFromLayer = <E>(layer: Layer.Layer<EnforcementCases, E>): Promise<EnforcementCasesClient> =>
  storeClientFromLayer(EnforcementCases, layer, (service, run) => ({
    execute: (caller, request) => run(service.execute(caller, request)),
    executeAll: (caller, commands, v) => run(service.executeAll(caller, commands, v)),
    importCases: (caller, input, options) => run(service.importCases(caller, input, options)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    list: (caller, query) => run(service.list(caller, query)),
    overdue: (caller, query) => run(service.overdue(caller, query)),
    publication: (caller, query) => run(service.publication(caller, query)),
    statistics: (caller, query) => run(service.statistics(caller, query))
  }))

/**
 * Options of {@link openEnforcementCases}.
 *
 * @since 0.2.0
 */
export type OpenEnforcementCasesOptions =
  | ({ readonly store: "sqlite" } & SqliteEnforcementCasesOptions)
  | ({ readonly store: "postgres" } & PostgresEnforcementCasesOptions)

/**
 * Opens a case store and returns the Promise API.
 *
 * @since 0.2.0
 */
export const openEnforcementCases = (options: OpenEnforcementCasesOptions): Promise<EnforcementCasesClient> =>
  enforcementCasesFromLayer(options.store === "sqlite" ? EnforcementCases.sqlite(options) : EnforcementCases.postgres(options))
