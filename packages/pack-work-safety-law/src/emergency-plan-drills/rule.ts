/**
 * 应急救援预案和演练 — 安全生产法 (2021) 第八十一条.
 *
 * 生产经营单位应当制定本单位生产安全事故应急救援预案，与所在地县级以上地方人民政府组织制定的生产
 * 安全事故应急救援预案相衔接，并定期组织演练。
 *
 * The law says "定期" without a number. The intervals come from 《生产安全事故应急预案管理办法》
 * 第三十三条 (regulations.md §7, [secondary]): a 综合 or 专项应急预案 drill at least once a year, a
 * 现场处置方案 drill at least every half-year. They are parameters with those defaults, read as
 * rolling intervals in calendar months: a drill on D covers the as-of days up to D + N months.
 * Before the first drill, the first interval runs from the plan's `adoptedOn`.
 *
 * Reads `facts.emergencyPlan`. Drills dated after the as-of day are ignored; a plan adopted after it
 * did not exist yet.
 *
 * @since 0.1.0
 */
import { isDatedAfterAsOf, Rule } from "@anquan/core"
import type { NumberParam, Outcome, RuleContext } from "@anquan/core"
import type { EmergencyDrill, EmergencyPlan } from "../facts/WorkSafetyFacts.ts"
import { factSlice } from "../facts/FactSlice.ts"
import { addMonths, Findings, findings, isPastMonths, iso } from "../internal/shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const EmergencyPlanFacts = factSlice([], ["emergencyPlan"])

type Facts = typeof EmergencyPlanFacts.Type

type Params = {
  readonly comprehensiveOrSpecialDrillMonths: NumberParam
  readonly onSiteDrillMonths: NumberParam
}

const params: Params = {
  comprehensiveOrSpecialDrillMonths: {
    type: "number",
    default: 12,
    integer: true,
    min: 1,
    laxerWhen: "greater",
    description: {
      "zh-CN": "综合应急预案或者专项应急预案演练的最长间隔（月）；默认12，依据《生产安全事故应急预案管理办法》第三十三条“每年至少组织一次”（二手来源）",
      en: "Longest interval (months) between comprehensive or special emergency plan drills; default 12 after the Emergency Plan Measures art. 33, at least once a year (secondary source)"
    }
  },
  onSiteDrillMonths: {
    type: "number",
    default: 6,
    integer: true,
    min: 1,
    laxerWhen: "greater",
    description: {
      "zh-CN": "现场处置方案演练的最长间隔（月）；默认6，依据《生产安全事故应急预案管理办法》第三十三条“每半年至少组织一次”（二手来源）",
      en: "Longest interval (months) between on-site disposal plan drills; default 6 after the Emergency Plan Measures art. 33, at least every half-year (secondary source)"
    }
  }
}

type PlanKind = EmergencyDrill["plan"]

/** The date of the last drill of `kinds` on or before the as-of day. */
const latest = (drills: ReadonlyArray<EmergencyDrill>, kinds: ReadonlyArray<PlanKind>, asOf: Date): Date | undefined => {
  let best: Date | undefined
  for (let i = 0; i < drills.length; i++) {
    const d = drills[i]!
    if (!kinds.includes(d.plan) || isDatedAfterAsOf(d.date, asOf)) continue
    if (best === undefined || d.date.getTime() > best.getTime()) best = d.date
  }
  return best
}

/** A drill interval: the plans it covers, where its evidence goes and how the details name it. */
interface Interval {
  readonly kinds: ReadonlyArray<PlanKind>
  readonly evidencePath: string
  readonly zh: string
  readonly en: string
}

const comprehensiveOrSpecial: Interval = {
  kinds: ["comprehensive", "special"],
  evidencePath: "facts.emergencyPlan.drills[comprehensive|special].latest",
  zh: "综合应急预案或者专项应急预案演练",
  en: "comprehensive or special plan drills"
}

const onSite: Interval = {
  kinds: ["on-site"],
  evidencePath: "facts.emergencyPlan.drills[on-site].latest",
  zh: "现场处置方案演练",
  en: "on-site disposal plan drills"
}

/** Checks one drill interval: the last drill of its plans, or the plan's adoption before the first one. */
const checkInterval = (out: Findings, plan: EmergencyPlan, drills: ReadonlyArray<EmergencyDrill>, interval: Interval, months: number, asOf: Date): void => {
  const { zh, en } = interval
  const last = latest(drills, interval.kinds, asOf)
  if (last !== undefined) {
    if (out.explain) out.see(interval.evidencePath, iso(last))
    if (isPastMonths(last, months, asOf)) {
      const due = iso(addMonths(last, months))
      out.problem(`${zh}最近一次为${iso(last)}，已超过${months}个月（应于${due}前再次演练）`,
        `${en}: the last was on ${iso(last)}, more than ${months} months ago (the next was due by ${due})`)
    }
    return
  }
  out.see(interval.evidencePath, null)
  if (plan.adoptedOn === undefined) {
    out.need("facts.emergencyPlan.adoptedOn")
    return
  }
  if (out.explain) out.see("facts.emergencyPlan.adoptedOn", iso(plan.adoptedOn))
  if (isPastMonths(plan.adoptedOn, months, asOf)) {
    const due = iso(addMonths(plan.adoptedOn, months))
    out.problem(`${zh}自预案${iso(plan.adoptedOn)}施行以来从未组织（应于${due}前组织）`,
      `${en}: none held since the plan was adopted on ${iso(plan.adoptedOn)} (the first was due by ${due})`)
  }
}

const evaluate = (subject: Facts, ctx: RuleContext<Params>): Outcome.Outcome => {
  const out = findings(ctx)
  const plan = subject.facts?.emergencyPlan
  if (plan === undefined) return out.need("facts.emergencyPlan").outcome()
  const { asOf } = ctx
  if (plan.established === undefined) return out.need("facts.emergencyPlan.established").outcome()
  out.see("facts.emergencyPlan.established", plan.established)
  if (!plan.established) return out.problem("未制定生产安全事故应急救援预案", "no emergency rescue plan").outcome()
  if (plan.adoptedOn !== undefined && isDatedAfterAsOf(plan.adoptedOn, asOf)) {
    out.see("facts.emergencyPlan.adoptedOn", iso(plan.adoptedOn))
    return out.problem(`应急救援预案于${iso(plan.adoptedOn)}才公布施行，判定日尚无预案`, `the emergency plan was adopted only on ${iso(plan.adoptedOn)}, after the as-of date`).outcome()
  }
  out.duty("facts.emergencyPlan.linkedWithLocalGovernmentPlan", plan.linkedWithLocalGovernmentPlan,
    "应急救援预案未与所在地县级以上地方人民政府组织制定的应急救援预案相衔接",
    "the emergency plan is not linked with the local government's plan")
  const drills = plan.drills
  if (drills === undefined) return out.need("facts.emergencyPlan.drills").outcome()

  checkInterval(out, plan, drills, comprehensiveOrSpecial, ctx.params.comprehensiveOrSpecialDrillMonths, asOf)
  const onSitePlans = plan.onSitePlans
  if (onSitePlans === undefined) {
    // On-site drills within the interval settle it whether or not on-site plans exist.
    const last = latest(drills, onSite.kinds, asOf)
    if (last === undefined || isPastMonths(last, ctx.params.onSiteDrillMonths, asOf)) out.need("facts.emergencyPlan.onSitePlans")
    else if (out.explain) out.see(onSite.evidencePath, iso(last))
  } else if (onSitePlans > 0) {
    out.see("facts.emergencyPlan.onSitePlans", onSitePlans)
    checkInterval(out, plan, drills, onSite, ctx.params.onSiteDrillMonths, asOf)
  } else out.see("facts.emergencyPlan.onSitePlans", 0)
  return out.outcome()
}

/**
 * 第八十一条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const emergencyPlanDrills = Rule.define({
  id: "work-safety-law/emergency-plan-drills",
  title: { "zh-CN": "应急救援预案及定期演练", en: "Emergency plan and regular drills" },
  message: {
    "zh-CN": "未制定生产安全事故应急救援预案、预案未与地方人民政府预案相衔接，或者未定期组织演练",
    en: "No emergency rescue plan, a plan not linked with the local government's plan, or no regular drills"
  },
  remediation: {
    "zh-CN": "制定本单位生产安全事故应急救援预案，与所在地县级以上地方人民政府组织制定的预案相衔接，并定期组织演练（综合或者专项应急预案每年至少一次，现场处置方案每半年至少一次）。",
    en: "Draw up the unit's emergency rescue plan, link it with the local government's plan and drill it regularly (comprehensive or special plans at least once a year, on-site disposal plans at least every half-year)."
  },
  citation: { document: "work-safety-law-2021", article: 81, verified: true },
  legalBases: [{ document: "emergency-plan-measures", article: 33, verified: false }],
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 6, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: EmergencyPlanFacts,
  reads: [
    "facts.emergencyPlan.established",
    "facts.emergencyPlan.adoptedOn",
    "facts.emergencyPlan.linkedWithLocalGovernmentPlan",
    "facts.emergencyPlan.onSitePlans",
    "facts.emergencyPlan.drills[].plan",
    "facts.emergencyPlan.drills[].date"
  ],
  params,
  evaluate
})
