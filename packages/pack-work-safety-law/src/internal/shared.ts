/**
 * Helpers shared by the pack's rules: the scope lists of the articles, fact-slice Schemas, calendar
 * arithmetic and an accumulator that turns a rule's checks into one outcome.
 *
 * @since 0.1.0
 */
import { CalendarDate, Enterprise, Outcome } from "@anquan/core"
import type { DangerousGoodsActivity, Evidence, Localized, Sector } from "@anquan/core"
import { Schema, Struct } from "effect"
import { WorkSafetyFacts } from "../facts/WorkSafetyFacts.ts"

// ---------------------------------------------------------------------------------------------
// Fact slices
// ---------------------------------------------------------------------------------------------

type EnterpriseKey = keyof typeof Enterprise.fields
type FactsKey = keyof typeof WorkSafetyFacts.fields

/**
 * The `facts` Schema of a rule: the enterprise fields it reads and the keys of the pack's fact
 * section it reads (the section is `undefined` when the record has none).
 *
 * @since 0.1.0
 */
export const factSlice = <const E extends ReadonlyArray<EnterpriseKey>, const F extends ReadonlyArray<FactsKey>>(
  enterprise: E,
  facts: F
) =>
  Schema.Struct({
    enterprise: Schema.Struct(Struct.pick(Enterprise.fields, enterprise)),
    facts: Schema.UndefinedOr(Schema.Struct(Struct.pick(WorkSafetyFacts.fields, facts)))
  })

// ---------------------------------------------------------------------------------------------
// Scope lists
// ---------------------------------------------------------------------------------------------

/**
 * 第二十七条 考核 high-risk list, sector part: 矿山 (coal and non-coal), 金属冶炼, 建筑施工, 运输单位.
 *
 * @since 0.1.0
 */
export const ART27_HIGH_RISK_SECTORS: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting", "construction", "transport"]

/**
 * 第二十七条 考核 high-risk list, dangerous-goods part: 危险物品的生产、经营、储存、装卸单位.
 *
 * @since 0.1.0
 */
export const ART27_HIGH_RISK_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "trading", "storage", "loading"]

/**
 * 第二十七条 (注册安全工程师), sector part: 矿山, 金属冶炼.
 *
 * @since 0.1.0
 */
export const ART27_ENGINEER_SECTORS: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting"]

/**
 * 第二十七条 (注册安全工程师), dangerous-goods part: 危险物品的生产、储存、装卸单位 (not 经营).
 *
 * @since 0.1.0
 */
export const ART27_ENGINEER_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "storage", "loading"]

/**
 * 第四十二条: the activities whose 车间、商店、仓库 may not share a building with 员工宿舍
 * (生产、经营、储存、使用危险物品).
 *
 * @since 0.1.0
 */
export const ART42_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "trading", "storage", "use"]

/**
 * Whether a unit falls in a scope made of sectors and dangerous-goods activities: `true`, `false`,
 * or `undefined` when `enterprise.dangerousGoodsActivities` is unknown and the sectors do not
 * already decide (the path is then pushed to `missing`).
 *
 * @since 0.1.0
 */
export const inScope = (
  e: { readonly sectors: ReadonlyArray<Sector>; readonly dangerousGoodsActivities?: ReadonlyArray<DangerousGoodsActivity> },
  sectors: ReadonlyArray<Sector>,
  activities: ReadonlyArray<DangerousGoodsActivity>,
  missing: Array<string>
): boolean | undefined => {
  if (e.sectors.some((s) => sectors.includes(s))) return true
  if (e.dangerousGoodsActivities === undefined) {
    missing.push("enterprise.dangerousGoodsActivities")
    return undefined
  }
  return e.dangerousGoodsActivities.some((a) => activities.includes(a))
}

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

/**
 * Adds whole calendar months, clamping to the last day of the month (2025-08-31 + 6 → 2026-02-28).
 *
 * @since 0.1.0
 */
export const addMonths = (date: Date, months: number): Date => {
  const y = date.getUTCFullYear(), m = date.getUTCMonth() + months, d = date.getUTCDate()
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, last)))
}

/** `YYYY-MM-DD`. @since 0.1.0 */
export const iso = (date: Date): string => CalendarDate.format(date)

/** Whether `date` is after the as-of day. @since 0.1.0 */
export const isAfter = (date: Date, asOf: Date): boolean => date.getTime() > asOf.getTime()

// ---------------------------------------------------------------------------------------------
// Outcome accumulator
// ---------------------------------------------------------------------------------------------

/**
 * Collects what a rule found: evidence, problems (each a violation reason in zh-CN and English)
 * and missing fact paths. `outcome()` is a violation when any problem was found (a definite
 * violation is reported even if other facts are missing), else indeterminate when any fact was
 * missing, else compliant.
 *
 * Made with the rule's context: when the engine asks without explanations (`explain: false`),
 * evidence and problem texts are not kept and `outcome()` gives a bare outcome of the right kind
 * (the engine asks again, explained, for a violation or an indeterminate answer). Rules check
 * {@link Findings.explain} before building costly evidence values.
 *
 * @since 0.1.0
 */
export class Findings {
  readonly evidence: Array<Evidence> = []
  readonly problems: Array<Localized> = []
  readonly missing: Array<string> = []
  /** Whether evidence and texts are wanted (`false` while the engine only needs the outcome's kind). */
  readonly explain: boolean

  constructor(context?: { readonly explain?: boolean }) {
    this.explain = context?.explain !== false
  }

  see(path: string, value: unknown): this {
    if (this.explain) this.evidence.push({ path, value })
    return this
  }

  problem(zh: string, en: string): this {
    this.problems.push(this.explain ? { "zh-CN": zh, en } : UNEXPLAINED)
    return this
  }

  need(path: string): this {
    if (!this.missing.includes(path)) this.missing.push(path)
    return this
  }

  /** Records a boolean duty: `false` is a problem, `undefined` a missing fact. */
  duty(path: string, value: boolean | undefined, zh: string, en: string): this {
    if (value === undefined) return this.need(path)
    this.see(path, value)
    if (!value) this.problem(zh, en)
    return this
  }

  outcome(): Outcome.Outcome {
    if (this.problems.length > 0) {
      if (!this.explain) return QUICK_VIOLATION
      return Outcome.violation(this.evidence, {
        "zh-CN": this.problems.map((p) => p["zh-CN"]).join("；"),
        en: this.problems.map((p) => p.en).join("; ")
      })
    }
    if (this.missing.length > 0) return Outcome.indeterminate(this.missing)
    return this.explain ? Outcome.compliant(this.evidence) : QUICK_COMPLIANT
  }
}

const UNEXPLAINED: Localized = Object.freeze({ "zh-CN": "", en: "" })
const QUICK_VIOLATION: Outcome.Outcome = Object.freeze({ kind: "violation", evidence: Object.freeze([]) })
const QUICK_COMPLIANT: Outcome.Outcome = Object.freeze({ kind: "compliant", evidence: Object.freeze([]) })
