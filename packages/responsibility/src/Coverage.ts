/**
 * 责任书签订覆盖率 — coverage of responsibility agreements as of a date.
 *
 * From a roster, the requirements in force (seed 000's by default) and the agreements on record,
 * `agreementCoverage` lists every agreement that must exist for a year, its status as of a date
 * (core's `signingStatus` against the requirement's deadline: `signed`, `signed-late`, `pending`,
 * `overdue`), the ones still missing, the ones overdue, the units whose obligation cannot be
 * decided (e.g. head-count unknown), and coverage = signed ÷ required per requirement, per level
 * and in total.
 *
 * An agreement matches a required pair when its two parties match the two units: same level, and
 * the same credit code when both have one, else the same department id, else (for a government,
 * township or village) the same jurisdiction code, else the same unit name. It concerns the year
 * when its `period` overlaps the year, or, without a period, when its signing deadline falls in it.
 *
 * @since 0.1.0
 */
import {
  type AgreementParty,
  type AgreementPartyLevel,
  CalendarDate,
  type JurisdictionTree,
  ResponsibilityAgreement,
  type SigningStatus,
  signingStatus
} from "@anquan/core"
import { type InvalidAsOfError, resolveAsOfDate } from "@anquan/accident"
import { Effect, Schema } from "effect"
import { dateInYear, defaultRequirementsConfig, RequirementsConfig, resolveRequirements } from "./Requirements.ts"
import { indexRoster, jurisdictionOfUnit, type OrgUnit, Roster, unitsBelow } from "./Roster.ts"

/**
 * Whether an agreement party designates a roster unit (see the module doc for the order of keys).
 *
 * @since 0.1.0
 */
export const partyMatchesUnit = (party: AgreementParty, unit: OrgUnit): boolean => {
  if (party.level !== unit.level) return false
  if (party.creditCode !== undefined && unit.creditCode !== undefined) return party.creditCode === unit.creditCode
  if (party.departmentId !== undefined && unit.departmentId !== undefined) return party.departmentId === unit.departmentId
  if (
    (unit.level === "government" || unit.level === "township" || unit.level === "village") &&
    party.jurisdiction !== undefined && unit.jurisdiction !== undefined
  ) return party.jurisdiction === unit.jurisdiction
  return party.unit.trim() === unit.name.trim()
}

/**
 * 应签责任书 — one agreement that must exist: requirement, the two units, the deadline, its status
 * as of the date and the agreement that satisfies it, if any.
 *
 * @since 0.1.0
 */
export interface RequiredAgreement {
  readonly requirement: string
  readonly upper: OrgUnit
  readonly lower: OrgUnit
  readonly deadline: Date
  readonly status: SigningStatus
  readonly agreement?: string
  readonly signedOn?: Date
}

/**
 * 待定 — a pair the requirement may cover, but a fact it needs is unknown (`missing` names it:
 * `staff` of the lower unit, `upper.staff` of the upper one).
 *
 * @since 0.1.0
 */
export interface UndeterminedObligation {
  readonly requirement: string
  readonly upper: OrgUnit
  readonly lower: OrgUnit
  readonly missing: ReadonlyArray<string>
}

/**
 * 覆盖率 — counts and `rate` = signed ÷ required (`signed` includes `signedLate`); `rate` is
 * `undefined` when nothing is required.
 *
 * @since 0.1.0
 */
export interface CoverageTally {
  readonly required: number
  readonly signed: number
  readonly signedOnTime: number
  readonly signedLate: number
  readonly pending: number
  readonly overdue: number
  readonly undetermined: number
  readonly rate: number | undefined
}

/**
 * The result of `agreementCoverage`.
 *
 * @since 0.1.0
 */
export interface CoverageReport {
  readonly year: number
  readonly asOf: Date
  readonly required: ReadonlyArray<RequiredAgreement>
  /** Required and not signed as of the date (`pending` or `overdue`). */
  readonly missing: ReadonlyArray<RequiredAgreement>
  readonly overdue: ReadonlyArray<RequiredAgreement>
  readonly signedLate: ReadonlyArray<RequiredAgreement>
  readonly undetermined: ReadonlyArray<UndeterminedObligation>
  readonly byRequirement: Readonly<Record<string, CoverageTally>>
  /** Tallies by the level of the lower party (townships, departments, enterprises …). */
  readonly byLevel: Readonly<Partial<Record<AgreementPartyLevel, CoverageTally>>>
  readonly total: CoverageTally
  /** Ids of the year's agreements that match no required pair (signed beyond what is required, or mismatched parties). */
  readonly unmatchedAgreements: ReadonlyArray<string>
}

/**
 * Input of `agreementCoverage`.
 *
 * @since 0.1.0
 */
export interface CoverageInput {
  readonly year: number
  readonly roster: ReadonlyArray<OrgUnit>
  readonly agreements: ReadonlyArray<ResponsibilityAgreement>
  /** Default: seed 000's template, no overrides. */
  readonly requirements?: RequirementsConfig | undefined
  /** Needed for overrides to reach the jurisdictions below them. */
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
}

const tally = (items: ReadonlyArray<RequiredAgreement>, undetermined: number): CoverageTally => {
  const count = (s: SigningStatus) => items.filter((i) => i.status === s).length
  const signedOnTime = count("signed"), signedLate = count("signed-late")
  const signed = signedOnTime + signedLate
  return {
    required: items.length,
    signed,
    signedOnTime,
    signedLate,
    pending: count("pending"),
    overdue: count("overdue"),
    undetermined,
    rate: items.length === 0 ? undefined : signed / items.length
  }
}

const concernsYear = (a: ResponsibilityAgreement, year: number): boolean => {
  const from = new Date(Date.UTC(year, 0, 1)), to = new Date(Date.UTC(year, 11, 31))
  return a.period !== undefined
    ? CalendarDate.overlaps(a.period, { from, to })
    : a.signingDeadline.getUTCFullYear() === year
}

/**
 * Coverage of responsibility agreements for `year` as of `asOf` (a calendar day). Pure.
 *
 * @example
 * ```ts
 * const report = agreementCoverage({ year: 2024, roster, agreements }, CalendarDate.make("2024-04-01"))
 * report.total.rate // e.g. 0.75
 * report.overdue.map((r) => r.lower.name) // townships that had not signed by 03-31
 * ```
 * @since 0.1.0
 */
export const agreementCoverage = (input: CoverageInput, asOf: Date): CoverageReport => {
  const index = indexRoster(input.roster)
  const config = input.requirements ?? defaultRequirementsConfig
  const agreements = input.agreements.filter((a) => concernsYear(a, input.year))
  const used = new Set<string>()
  const required: Array<RequiredAgreement> = []
  const undetermined: Array<UndeterminedObligation> = []
  const undeterminedBy = new Map<string, number>()
  const undeterminedByLevel = new Map<string, number>()

  for (const upper of index.units) {
    const requirements = resolveRequirements(config, input.tree, jurisdictionOfUnit(index, upper))
    for (const req of requirements) {
      if (upper.level !== req.upper.level) continue
      if (req.upper.minStaff !== undefined && upper.staff !== undefined && upper.staff < req.upper.minStaff) continue
      const upperUnknown = req.upper.minStaff !== undefined && upper.staff === undefined
      const deadline = dateInYear(req.deadline, input.year)
      for (const lower of unitsBelow(index, upper.id, req.relation ?? "child")) {
        if (lower.level !== req.lower.level) continue
        const lowerUnknown = req.lower.minStaff !== undefined && lower.staff === undefined
        if (upperUnknown || lowerUnknown) {
          undetermined.push({ requirement: req.id, upper, lower, missing: [...(upperUnknown ? ["upper.staff"] : []), ...(lowerUnknown ? ["staff"] : [])] })
          undeterminedBy.set(req.id, (undeterminedBy.get(req.id) ?? 0) + 1)
          undeterminedByLevel.set(lower.level, (undeterminedByLevel.get(lower.level) ?? 0) + 1)
          continue
        }
        if (req.lower.minStaff !== undefined && lower.staff! < req.lower.minStaff) continue
        const candidates = agreements.filter((a) => partyMatchesUnit(a.parties.upper, upper) && partyMatchesUnit(a.parties.lower, lower))
        const signed = candidates
          .filter((a) => a.signedOn !== undefined && a.signedOn.getTime() <= asOf.getTime())
          .sort((x, y) => x.signedOn!.getTime() - y.signedOn!.getTime())
        const chosen = signed[0] ?? candidates[0]
        for (const c of candidates) used.add(c.id)
        const signedOn = chosen?.signedOn !== undefined && chosen.signedOn.getTime() <= asOf.getTime() ? chosen.signedOn : undefined
        required.push({
          requirement: req.id,
          upper,
          lower,
          deadline,
          status: signingStatus(signedOn === undefined ? { signingDeadline: deadline } : { signingDeadline: deadline, signedOn }, asOf),
          ...(chosen === undefined ? {} : { agreement: chosen.id }),
          ...(signedOn === undefined ? {} : { signedOn })
        })
      }
    }
  }

  const byRequirement: Record<string, CoverageTally> = {}
  for (const id of new Set([...required.map((r) => r.requirement), ...undeterminedBy.keys()])) {
    byRequirement[id] = tally(required.filter((r) => r.requirement === id), undeterminedBy.get(id) ?? 0)
  }
  const byLevel: Partial<Record<AgreementPartyLevel, CoverageTally>> = {}
  for (const level of new Set([...required.map((r) => r.lower.level), ...undeterminedByLevel.keys()] as Array<AgreementPartyLevel>)) {
    byLevel[level] = tally(required.filter((r) => r.lower.level === level), undeterminedByLevel.get(level) ?? 0)
  }
  return {
    year: input.year,
    asOf,
    required,
    missing: required.filter((r) => r.status === "pending" || r.status === "overdue"),
    overdue: required.filter((r) => r.status === "overdue"),
    signedLate: required.filter((r) => r.status === "signed-late"),
    undetermined,
    byRequirement,
    byLevel,
    total: tally(required, undetermined.length),
    unmatchedAgreements: agreements.filter((a) => !used.has(a.id)).map((a) => a.id)
  }
}

/**
 * 覆盖率输入 — the data part of `CoverageInput` at an input boundary (the jurisdiction tree is
 * passed separately, already validated).
 *
 * @since 0.1.0
 */
export const CoverageData = Schema.Struct({
  year: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1949), Schema.isLessThanOrEqualTo(9999)),
  roster: Roster,
  agreements: Schema.Array(ResponsibilityAgreement),
  requirements: Schema.optionalKey(RequirementsConfig)
}).annotate({ identifier: "CoverageData", description: "覆盖率输入 — year, roster, agreements, requirements?" })
/** @since 0.1.0 */
export type CoverageData = typeof CoverageData.Type

/**
 * Effect entry of `agreementCoverage`: decodes `CoverageData`; `asOf` defaults to today (Beijing
 * time) by the `Clock`.
 *
 * @since 0.1.0
 */
export const agreementCoverageEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Effect.Effect<CoverageReport, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const data = yield* Schema.decodeUnknownEffect(CoverageData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return agreementCoverage({ ...data, tree: options.tree }, asOf)
  })

/**
 * Promise entry of `agreementCoverage` (see `agreementCoverageEffect`).
 *
 * @since 0.1.0
 */
export const agreementCoveragePromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Promise<CoverageReport> => Effect.runPromise(agreementCoverageEffect(input, options))
