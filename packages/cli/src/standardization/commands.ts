/**
 * `anquan standardization rates <histories.json>` — 安全生产标准化 rollout rates from a file of
 * enterprises' histories (`{ enrolment, steps }[]`), against the seeds' targets (or `--targets`),
 * per jurisdiction and sector, as of a day; JSON on stdout. Loaded lazily (`command.ts` imports
 * this module when the command runs).
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import type { GroupBy, RolloutTargetInput } from "@anquan/standardization"
import { buildRecordsPromise, revocationCandidatesPromise, rolloutRatesPromise, seedTargets } from "@anquan/standardization"
import { readJson } from "../ledger/run.ts"
import { storeFailure } from "../storeRun.ts"

/** Options of `anquan standardization rates`. @since 0.2.0 */
export interface StandardizationRatesOptions {
  readonly file: string
  readonly asOf: string
  readonly targets?: string | undefined
  readonly jurisdictions?: string | undefined
  readonly groupBy: GroupBy
  readonly validityYears?: number | undefined
  readonly cwd?: string | undefined
  readonly write: (text: string) => void
  readonly writeError: (text: string) => void
}

/**
 * Prints `{ asOf, targets, rates }` and returns 0, or the error and 2.
 *
 * @since 0.2.0
 */
export const standardizationRates = async (o: StandardizationRatesOptions): Promise<number> => {
  const json = (value: unknown) => o.write(JSON.stringify(value, null, 2) + "\n")
  try {
    const histories = await readJson(o, o.file, "histories")
    const targets = o.targets === undefined ? seedTargets : (await readJson(o, o.targets, "targets")) as ReadonlyArray<RolloutTargetInput>
    const jurisdictions = o.jurisdictions === undefined ? undefined : (await readJson(o, o.jurisdictions, "jurisdiction tree")) as ReadonlyArray<JurisdictionInput>
    const rates = await rolloutRatesPromise(histories, { asOf: o.asOf, targets, jurisdictions, groupBy: o.groupBy, validityYears: o.validityYears })
    json({ asOf: o.asOf, targets, rates })
    return 0
  } catch (e) {
    return storeFailure({ ...o, format: "json" }, e).exitCode
  }
}

/** Options of `anquan standardization revocation-candidates`. @since 0.2.0 */
export interface StandardizationRevocationOptions {
  /** A JSON file of histories (`{ enrolment, steps }[]`). */
  readonly file: string
  /** A JSON file `{ triggers, accidents?, hazards? }` (`RevocationInput`). */
  readonly input: string
  readonly asOf: string
  readonly validityYears?: number | undefined
  readonly cwd?: string | undefined
  readonly write: (text: string) => void
  readonly writeError: (text: string) => void
}

/**
 * `anquan standardization revocation-candidates`: prints `RevocationCandidates` (the certificates in
 * force that meet a configured trigger — proposed, never revoked) and returns 0, or the error and 2.
 *
 * @since 0.2.0
 */
export const standardizationRevocationCandidates = async (o: StandardizationRevocationOptions): Promise<number> => {
  const json = (value: unknown) => o.write(JSON.stringify(value, null, 2) + "\n")
  try {
    const histories = await readJson(o, o.file, "histories")
    const input = await readJson(o, o.input, "revocation input")
    const files = await buildRecordsPromise(histories, { validityYears: o.validityYears })
    json(await revocationCandidatesPromise(files, input, { asOf: o.asOf }))
    return 0
  } catch (e) {
    return storeFailure({ ...o, format: "json" }, e).exitCode
  }
}
