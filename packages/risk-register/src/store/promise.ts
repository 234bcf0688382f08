/**
 * Promise API — the register without Effect: `openRiskRegister(options)` opens it on SQLite (a
 * file) or PostgreSQL and returns plain async methods. Every failure rejects with the same typed
 * error the Effect service fails with (`RiskVersionConflict`, `InvalidInput`, …). Call `close()`.
 *
 * @example
 * ```ts
 * import { openRiskRegister } from "@anquan/risk-register"
 *
 * const register = await openRiskRegister({ store: "sqlite", filename: "anquan.sqlite", jurisdictions })
 * await register.importPoints({ actor: { id: "SYS", name: "导入" }, role: { kind: "system" } }, riskPoints)
 * const figures = await register.metrics({ actor: { id: "P-1", name: "张检查" } }, { asOf: "2026-12-01" })
 * await register.close()
 * ```
 * @since 0.2.0
 */
import type { CallerInput } from "@anquan/hazard-ledger"
import type { Layer } from "effect"
import { storeClientFromLayer } from "@anquan/hazard-ledger"
import type { RiskEvent, RiskPointFile, RiskWriteRequestInput } from "../domain/commands.ts"
import type { RiskConfig } from "../domain/config.ts"
import type { LedgerHazardRef } from "../domain/ledgerLink.ts"
import type { RiskMetrics } from "../domain/metrics.ts"
import type {
  PostgresRiskRegisterOptions,
  RiskFlagResult,
  RiskImportResult,
  RiskListQuery,
  RiskRegisterService,
  RiskWriteResult,
  SqliteRiskRegisterOptions
} from "./RiskRegister.ts"
import { RiskRegister } from "./RiskRegister.ts"

/**
 * The register as plain async methods (see {@link RiskRegisterService}).
 *
 * @since 0.2.0
 */
export interface RiskRegisterClient {
  readonly config: RiskConfig
  readonly execute: (caller: CallerInput, request: RiskWriteRequestInput) => Promise<RiskWriteResult>
  readonly importPoints: (caller: CallerInput, input: unknown) => Promise<RiskImportResult>
  readonly get: (caller: CallerInput, riskPointId: string) => Promise<RiskPointFile>
  readonly history: (caller: CallerInput, riskPointId: string) => Promise<ReadonlyArray<RiskEvent>>
  readonly list: (caller: CallerInput, query?: RiskListQuery) => Promise<ReadonlyArray<RiskPointFile>>
  readonly flagFromHazards: (caller: CallerInput, hazards: ReadonlyArray<LedgerHazardRef>) => Promise<RiskFlagResult>
  readonly metrics: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Promise<RiskMetrics>
  readonly close: () => Promise<void>
}

/**
 * Wraps a register layer in the Promise API; construction errors reject.
 *
 * @since 0.2.0
 */
export const riskRegisterFromLayer = <E>(layer: Layer.Layer<RiskRegister, E>): Promise<RiskRegisterClient> =>
  storeClientFromLayer(RiskRegister, layer, (service, run) => ({
    config: service.config,
    execute: (caller, request) => run(service.execute(caller, request)),
    importPoints: (caller, input) => run(service.importPoints(caller, input)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    list: (caller, query) => run(service.list(caller, query)),
    metrics: (caller, query) => run(service.metrics(caller, query)),
    flagFromHazards: (caller, hazards) => run(service.flagFromHazards(caller, hazards))
  }))

/**
 * Options of {@link openRiskRegister}.
 *
 * @since 0.2.0
 */
export type OpenRiskRegisterOptions =
  | ({ readonly store: "sqlite" } & SqliteRiskRegisterOptions)
  | ({ readonly store: "postgres" } & PostgresRiskRegisterOptions)

/**
 * Opens a register and returns the Promise API.
 *
 * @since 0.2.0
 */
export const openRiskRegister = (options: OpenRiskRegisterOptions): Promise<RiskRegisterClient> =>
  riskRegisterFromLayer(options.store === "sqlite" ? RiskRegister.sqlite(options) : RiskRegister.postgres(options))
