/**
 * Promise API — the register without Effect: `openStandardizationRegister(options)` opens it on
 * SQLite (a file) or PostgreSQL and returns plain async methods; every failure rejects with the
 * typed error the Effect service fails with. Call `close()`.
 *
 * @since 0.2.0
 */
import type { CallerInput } from "@anquan/hazard-ledger"
import type { Layer } from "effect"
import { storeClientFromLayer } from "@anquan/hazard-ledger"
import type { GroupBy, RolloutTargetInput, TargetFigures } from "../domain/targets.ts"
import type { StandardizationFile } from "../domain/workflow.ts"
import type { StandardizationEvent, StandardizationWriteRequestInput } from "./commands.ts"
import type {
  PostgresStandardizationRegisterOptions,
  SqliteStandardizationRegisterOptions,
  StandardizationRegisterService,
  StandardizationWriteResult
} from "./StandardizationRegister.ts"
import { StandardizationRegister } from "./StandardizationRegister.ts"

/**
 * The register as plain async methods (see {@link StandardizationRegisterService}).
 *
 * @since 0.2.0
 */
export interface StandardizationRegisterClient {
  readonly execute: (caller: CallerInput, request: StandardizationWriteRequestInput) => Promise<StandardizationWriteResult>
  readonly get: (caller: CallerInput, enterprise: string) => Promise<{ readonly record: StandardizationFile; readonly version: number }>
  readonly history: (caller: CallerInput, enterprise: string) => Promise<ReadonlyArray<StandardizationEvent>>
  readonly list: (caller: CallerInput, query?: { readonly jurisdiction?: string | undefined }) => Promise<ReadonlyArray<StandardizationFile>>
  readonly rates: (
    caller: CallerInput,
    query: { readonly asOf: string; readonly jurisdiction?: string | undefined; readonly targets?: ReadonlyArray<RolloutTargetInput> | undefined; readonly groupBy?: GroupBy | undefined }
  ) => Promise<ReadonlyArray<TargetFigures>>
  readonly close: () => Promise<void>
}

/**
 * Wraps a register layer in the Promise API; construction errors reject.
 *
 * @since 0.2.0
 */
export const standardizationRegisterFromLayer = <E>(layer: Layer.Layer<StandardizationRegister, E>): Promise<StandardizationRegisterClient> =>
  storeClientFromLayer(StandardizationRegister, layer, (service, run) => ({
    execute: (caller, request) => run(service.execute(caller, request)),
    get: (caller, id) => run(service.get(caller, id)),
    history: (caller, id) => run(service.history(caller, id)),
    list: (caller, query) => run(service.list(caller, query)),
    rates: (caller, query) => run(service.rates(caller, query))
  }))

/**
 * Options of {@link openStandardizationRegister}.
 *
 * @since 0.2.0
 */
export type OpenStandardizationRegisterOptions =
  | ({ readonly store: "sqlite" } & SqliteStandardizationRegisterOptions)
  | ({ readonly store: "postgres" } & PostgresStandardizationRegisterOptions)

/**
 * Opens a register and returns the Promise API.
 *
 * @since 0.2.0
 */
export const openStandardizationRegister = (options: OpenStandardizationRegisterOptions): Promise<StandardizationRegisterClient> =>
  standardizationRegisterFromLayer(options.store === "sqlite" ? StandardizationRegister.sqlite(options) : StandardizationRegister.postgres(options))
