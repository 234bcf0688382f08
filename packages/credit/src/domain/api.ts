/**
 * Entry points for unknown input — decode, then compute — as Effects and as plain functions. Bad
 * input fails with the hazard ledger's `InvalidInput` (every problem, with its path); nothing is
 * dropped.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, UnifiedSocialCreditCode } from "@anquan/core"
import { decodeInput, InvalidInput, resolveTree } from "@anquan/hazard-ledger"
import { Cause, Effect, Exit, Option, Schema } from "effect"
import type { Candidate } from "./candidates.ts"
import { candidatesOf } from "./candidates.ts"
import type { CreditClasses } from "./classes.ts"
import { classifyRecord } from "./classes.ts"
import type { CreditConfig, CreditConfigInput } from "./config.ts"
import { CreditConfig as CreditConfigSchema, defaultCreditConfig } from "./config.ts"
import type { CheckResult, ListEntry } from "./listing.ts"
import { checkEntries, ListEntry as ListEntrySchema } from "./listing.ts"
import type { RatingRate } from "./rate.ts"
import { CreditRating, ratingRateOf } from "./rate.ts"
import type { CreditRecord } from "./record.ts"
import { CreditRecord as CreditRecordSchema } from "./record.ts"

const decodeConfigInput = decodeInput(CreditConfigSchema, "credit config")
const decodeRecordInput = decodeInput(CreditRecordSchema, "credit record")
const decodeEntriesInput = decodeInput(Schema.Array(ListEntrySchema), "list entries")
const decodeRatings = decodeInput(Schema.Array(CreditRating), "ratings")

/** Decodes a configuration; `undefined` gives {@link defaultCreditConfig}. @since 0.2.0 */
export const decodeCreditConfig = (input: CreditConfigInput | unknown): Effect.Effect<CreditConfig, InvalidInput> =>
  input === undefined ? Effect.succeed(defaultCreditConfig) : decodeConfigInput(input)

/**
 * Decodes a record: `{ enterprises, accidents?, majorHazards?, penalties? }`, or a bare array of
 * enterprises.
 *
 * @since 0.2.0
 */
export const decodeCreditRecord = (input: unknown): Effect.Effect<CreditRecord, InvalidInput> =>
  decodeRecordInput(Array.isArray(input) ? { enterprises: input } : input)

const decodeCode = decodeInput(UnifiedSocialCreditCode, "check: enterprise")

/**
 * Decodes the enterprise a check is about: a unified social credit code (a mistyped code would
 * otherwise find no entry and answer "not blocked").
 *
 * @since 0.2.0
 */
export const decodeEnterpriseCode = (code: unknown): Effect.Effect<string, InvalidInput> =>
  Effect.mapError(decodeCode(code), (e) => new InvalidInput({ ...e, issues: e.issues.map((i) => ({ ...i, path: ["enterprise", ...i.path] })) }))

/** Decodes an as-of day (`YYYY-MM-DD`). @since 0.2.0 */
export const decodeAsOf = (asOf: unknown, entryPoint: string): Effect.Effect<Date, InvalidInput> => {
  const d = typeof asOf === "string" ? CalendarDate.parse(asOf) : undefined
  return d === undefined
    ? Effect.fail(new InvalidInput({ entryPoint, issues: [{ path: ["asOf"], message: `Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}` }] }))
    : Effect.succeed(d)
}

/** A purpose of the configuration, or an `InvalidInput` naming the ones it knows. @since 0.2.0 */
export const decodePurpose = (purpose: unknown, config: CreditConfig): Effect.Effect<string, InvalidInput> =>
  typeof purpose === "string" && config.purposes.some((p) => p.id === purpose)
    ? Effect.succeed(purpose)
    : Effect.fail(new InvalidInput({
      entryPoint: "check: purpose",
      issues: [{ path: ["purpose"], message: `Expected one of the configured purposes ${config.purposes.map((p) => `${p.id} (${p.label})`).join(", ")}; got ${JSON.stringify(purpose)}` }]
    }))

/** Options of the entry points. @since 0.2.0 */
export interface CreditOptions {
  /** The day (`YYYY-MM-DD`). */
  readonly asOf: string
  /** Default {@link defaultCreditConfig}. */
  readonly config?: CreditConfigInput | unknown
}

/**
 * The classes of an unknown record as of a day, with the list's entries (encoded, as the store
 * lists them) for the `listed` cap.
 *
 * @since 0.2.0
 */
export const creditClassesEffect = (record: unknown, options: CreditOptions & { readonly entries?: unknown }): Effect.Effect<CreditClasses, InvalidInput> =>
  Effect.gen(function*() {
    const asOf = yield* decodeAsOf(options.asOf, "credit classes")
    const config = yield* decodeCreditConfig(options.config)
    const r = yield* decodeCreditRecord(record)
    const entries = options.entries === undefined ? [] : yield* decodeEntriesInput(options.entries)
    return classifyRecord(r, asOf, config, entries)
  })

/** The list entries an unknown record calls for, as of a day. @since 0.2.0 */
export const creditCandidatesEffect = (record: unknown, options: CreditOptions): Effect.Effect<ReadonlyArray<Candidate>, InvalidInput> =>
  Effect.gen(function*() {
    const asOf = yield* decodeAsOf(options.asOf, "credit candidates")
    const config = yield* decodeCreditConfig(options.config)
    return candidatesOf(yield* decodeCreditRecord(record), asOf, config)
  })

/**
 * The rating rate of unknown enterprises (an array, or a record: codes unique) from unknown
 * ratings, as of a day; with `jurisdictions` (a tree), per subtree too.
 *
 * @since 0.2.0
 */
export const ratingRateEffect = (
  enterprises: unknown,
  ratings: unknown,
  options: CreditOptions & { readonly jurisdictions?: ReadonlyArray<JurisdictionInput> | undefined }
): Effect.Effect<RatingRate, InvalidInput> =>
  Effect.gen(function*() {
    const asOf = yield* decodeAsOf(options.asOf, "rating rate")
    const config = yield* decodeCreditConfig(options.config)
    const record = yield* decodeCreditRecord(enterprises)
    const tree = options.jurisdictions === undefined ? undefined : yield* Effect.fromResult(resolveTree(options.jurisdictions))
    return ratingRateOf(record.enterprises, yield* decodeRatings(ratings), asOf, config, tree)
  })

/** Checks a purpose against unknown list entries (encoded), as of a day. @since 0.2.0 */
export const checkEntriesEffect = (
  entries: unknown,
  query: { readonly enterprise: string; readonly asOf: string; readonly purpose: string },
  config?: CreditConfigInput | unknown
): Effect.Effect<CheckResult, InvalidInput> =>
  Effect.gen(function*() {
    const asOf = yield* decodeAsOf(query.asOf, "check")
    const c = yield* decodeCreditConfig(config)
    const purpose = yield* decodePurpose(query.purpose, c)
    const enterprise = yield* decodeEnterpriseCode(query.enterprise)
    const list: ReadonlyArray<ListEntry> = yield* decodeEntriesInput(entries)
    return checkEntries(list, { enterprise, asOf, purpose }, c)
  })

const runSync = <A>(effect: Effect.Effect<A, InvalidInput>): A => {
  const exit = Effect.runSyncExit(effect)
  if (Exit.isSuccess(exit)) return exit.value
  const error = Exit.findErrorOption(exit)
  throw Option.isSome(error) ? error.value : Cause.squash(exit.cause)
}

/** {@link creditClassesEffect} as a plain function: the classes, or throws the `InvalidInput`. @since 0.2.0 */
export const creditClasses = (record: unknown, options: CreditOptions & { readonly entries?: unknown }): CreditClasses => runSync(creditClassesEffect(record, options))
/** {@link creditCandidatesEffect} as a plain function. @since 0.2.0 */
export const creditCandidates = (record: unknown, options: CreditOptions): ReadonlyArray<Candidate> => runSync(creditCandidatesEffect(record, options))
/** {@link ratingRateEffect} as a plain function. @since 0.2.0 */
export const ratingRate = (
  enterprises: unknown,
  ratings: unknown,
  options: CreditOptions & { readonly jurisdictions?: ReadonlyArray<JurisdictionInput> | undefined }
): RatingRate => runSync(ratingRateEffect(enterprises, ratings, options))
/** {@link checkEntriesEffect} as a plain function. @since 0.2.0 */
export const checkListEntries = (
  entries: unknown,
  query: { readonly enterprise: string; readonly asOf: string; readonly purpose: string },
  config?: CreditConfigInput | unknown
): CheckResult => runSync(checkEntriesEffect(entries, query, config))
