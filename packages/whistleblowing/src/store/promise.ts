/**
 * Promise API — the register without Effect: `openReportRegister(options)` opens it on SQLite (a
 * file) or PostgreSQL and returns plain async methods. Every failure rejects with the same typed
 * error the Effect service fails with (`ReportTransitionRefused`, `InvalidInput`, …). Call `close()`.
 *
 * @example
 * ```ts
 * import { openReportRegister } from "@anquan/whistleblowing"
 *
 * const register = await openReportRegister({ store: "sqlite", filename: "anquan.sqlite", jurisdictions })
 * await register.execute(department, { command: { _tag: "Receive", report }, expectedVersion: 0 })
 * const figures = await register.metrics(department, { asOf: "2026-12-01" })
 * await register.close()
 * ```
 * @since 0.2.0
 */
import type { CallerInput } from "@anquan/hazard-ledger"
import type { Layer } from "effect"
import { storeClientFromLayer } from "@anquan/hazard-ledger"
import type { ReportEvent, ReportFile, ReportWriteRequestInput } from "../domain/commands.ts"
import type { ReportsConfig } from "../domain/config.ts"
import type { OverdueReport, ReportMetrics } from "../domain/metrics.ts"
import type {
  PostgresReportRegisterOptions,
  ReportListQuery,
  ReportRegisterService,
  ReportWriteResult,
  SqliteReportRegisterOptions
} from "./ReportRegister.ts"
import { ReportRegister } from "./ReportRegister.ts"

/**
 * The register as plain async methods (see {@link ReportRegisterService}).
 *
 * @since 0.2.0
 */
export interface ReportRegisterClient {
  readonly config: ReportsConfig
  readonly execute: (caller: CallerInput, request: ReportWriteRequestInput) => Promise<ReportWriteResult>
  readonly get: (caller: CallerInput, reportId: string) => Promise<ReportFile>
  readonly history: (caller: CallerInput, reportId: string) => Promise<ReadonlyArray<ReportEvent>>
  readonly list: (caller: CallerInput, query?: ReportListQuery) => Promise<ReadonlyArray<ReportFile>>
  readonly overdue: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Promise<ReadonlyArray<OverdueReport>>
  readonly metrics: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Promise<ReportMetrics>
  readonly close: () => Promise<void>
}

/**
 * Wraps a register layer in the Promise API; construction errors reject.
 *
 * @since 0.2.0
 */
export const reportRegisterFromLayer = <E>(layer: Layer.Layer<ReportRegister, E>): Promise<ReportRegisterClient> =>
  storeClientFromLayer(ReportRegister, layer, (service, run) => ({
    config: service.config,
    execute: (caller, request) => run(service.execute(caller, request)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    list: (caller, query) => run(service.list(caller, query)),
    overdue: (caller, query) => run(service.overdue(caller, query)),
    metrics: (caller, query) => run(service.metrics(caller, query))
  }))

/**
 * Options of {@link openReportRegister}.
 *
 * @since 0.2.0
 */
export type OpenReportRegisterOptions =
  | ({ readonly store: "sqlite" } & SqliteReportRegisterOptions)
  | ({ readonly store: "postgres" } & PostgresReportRegisterOptions)

/**
 * Opens a register and returns the Promise API.
 *
 * @since 0.2.0
 */
export const openReportRegister = (options: OpenReportRegisterOptions): Promise<ReportRegisterClient> =>
  reportRegisterFromLayer(options.store === "sqlite" ? ReportRegister.sqlite(options) : ReportRegister.postgres(options))
