/**
 * A vendor pack: fire safety in elderly-care homes (养老机构消防安全), from the checklist of a county
 * civil-affairs "百日攻坚行动" plan (seed 004, lines 82–94). Written only against `@anquan/core`'s
 * public API, as a third party would: its own fact section, its own citation document, three rules.
 *
 * The plan's section numbers are masked in the source ("*、"), so the article numbers below are
 * inferred from the order of the sections: the citations say `verified: false`.
 */
import { CalendarDate, Outcome, Pack, Rule } from "@anquan/core"
import type { CitationDocument, Evidence } from "@anquan/core"
import { Schema } from "effect"

const Day = CalendarDate.CalendarDate

// #region facts
/** The facts this pack reads, under `facts.elderlyCareFire`. Every fact optional: absent = unknown. */
export const ElderlyCareFireFacts = Schema.Struct({
  /** 防火检查 — monthly inspections led by department heads: the dates they were held. */
  fireInspections: Schema.optionalKey(Schema.Array(Day)),
  /** 防火巡查 — daily patrols by a designated person: the days covered in the last 30 days. */
  patrolDaysLast30: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 30 }))),
  /** 消防培训 — the dates of whole-staff fire training. */
  staffFireTrainings: Schema.optionalKey(Schema.Array(Day)),
  /** 岗前消防培训 — new or transferred carers and staff who started without pre-job fire training. */
  untrainedNewStaff: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)))
})
export type ElderlyCareFireFacts = typeof ElderlyCareFireFacts.Type
// #endregion facts

// #region document
/** The campaign plan, registered as this pack's own citation document. */
export const campaignPlan: CitationDocument = {
  id: "elderly-care-100-day-campaign",
  title: "民政系统安全生产“百日攻坚行动”实施方案(县级)",
  titleEn: "County civil-affairs 100-day work-safety campaign plan",
  verified: false
}
// #endregion document

const cite = (article: number, item: number) => ({ document: campaignPlan.id, article: 2, item: article, subitem: item, verified: false })
const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const appliesTo = { sectors: ["elderly-care" as const] }
const Facts = Schema.Struct({ facts: Schema.UndefinedOr(ElderlyCareFireFacts) })
type Facts = typeof Facts.Type

const daysAgo = (asOf: Date, d: Date) => CalendarDate.daysBetween(d, asOf)

/** 每月至少组织各部门负责人开展一次防火检查 — at least one inspection in the last month (param: days). */
export const monthlyInspection = Rule.define({
  id: "elderly-care-fire/monthly-fire-inspection",
  title: text("每月防火检查", "Monthly fire inspection"),
  message: text("未按每月至少一次组织防火检查", "No fire inspection within the last month"),
  remediation: text("每月至少组织各部门负责人开展一次防火检查，并及时整改发现的问题。", "Hold a fire inspection led by department heads at least monthly and fix what it finds."),
  citation: cite(3, 2),
  severity: "general",
  appliesTo,
  effective: { from: "2020-01-01" },
  facts: Facts,
  reads: ["facts.fireInspections"],
  params: { maxDays: { type: "number", default: 31, integer: true, min: 1, laxerWhen: "greater", description: text("两次防火检查最长间隔天数", "Longest gap between inspections, in days") } },
  evaluate: (f: Facts, ctx) => {
    const dates = f.facts?.fireInspections
    if (dates === undefined) return Outcome.indeterminate(["facts.fireInspections"])
    const past = dates.filter((d) => d.getTime() <= ctx.asOf.getTime())
    const last = past.reduce<Date | undefined>((a, d) => (a === undefined || d > a ? d : a), undefined)
    const evidence: Array<Evidence> = [{ path: "facts.fireInspections", value: last === undefined ? null : CalendarDate.format(last) }]
    if (last !== undefined && daysAgo(ctx.asOf, last) <= ctx.params.maxDays) return Outcome.compliant(evidence)
    return Outcome.violation(evidence, last === undefined
      ? text("从未开展防火检查", "No fire inspection on record")
      : text(`最近一次防火检查在${CalendarDate.format(last)}，已超过${ctx.params.maxDays}天`, `The last inspection was on ${CalendarDate.format(last)}, more than ${ctx.params.maxDays} days ago`))
  }
})

// #region rule
/** 每天安排专人进行防火巡查 — every one of the last 30 days covered. */
export const dailyPatrol = Rule.define({
  id: "elderly-care-fire/daily-fire-patrol",
  title: text("每日防火巡查", "Daily fire patrol"),
  message: text("未每天安排专人进行防火巡查", "Fire patrols are not held every day"),
  remediation: text("每天安排专人进行防火巡查并记录。", "Have a designated person patrol for fire every day and record it."),
  citation: cite(3, 2),
  severity: "general",
  appliesTo,
  effective: { from: "2020-01-01" },
  facts: Facts,
  reads: ["facts.patrolDaysLast30"],
  evaluate: (f: Facts) => {
    const days = f.facts?.patrolDaysLast30
    if (days === undefined) return Outcome.indeterminate(["facts.patrolDaysLast30"])
    const evidence = [{ path: "facts.patrolDaysLast30", value: days }]
    return days === 30 ? Outcome.compliant(evidence) : Outcome.violation(evidence, text(`近30天仅${days}天有巡查`, `Patrols on only ${days} of the last 30 days`))
  }
})
// #endregion rule

/** 每半年至少开展一次消防培训；新上岗、转岗前经过岗前消防培训. */
export const staffTraining = Rule.define({
  id: "elderly-care-fire/staff-fire-training",
  title: text("员工消防培训", "Staff fire training"),
  message: text("未按每半年至少一次开展全员消防培训，或新上岗、转岗人员未经岗前消防培训", "Whole-staff fire training is not held every half-year, or new staff start untrained"),
  remediation: text("对所有员工每半年至少开展一次消防培训；护理人员和其他员工新上岗、转岗前进行岗前消防培训。", "Train all staff in fire safety at least every half-year and before anyone starts or changes post."),
  citation: cite(2, 3),
  severity: "general",
  appliesTo,
  effective: { from: "2020-01-01" },
  facts: Facts,
  reads: ["facts.staffFireTrainings", "facts.untrainedNewStaff"],
  evaluate: (f: Facts, ctx) => {
    const trainings = f.facts?.staffFireTrainings
    const untrained = f.facts?.untrainedNewStaff
    const missing = Outcome.missingFacts({ "facts.staffFireTrainings": trainings, "facts.untrainedNewStaff": untrained })
    if (untrained !== undefined && untrained > 0) {
      return Outcome.violation([{ path: "facts.untrainedNewStaff", value: untrained }], text(`${untrained}名新上岗或转岗人员未经岗前消防培训`, `${untrained} new or transferred staff without pre-job fire training`))
    }
    if (trainings === undefined) return Outcome.indeterminate(missing)
    const halfYearAgo = new Date(Date.UTC(ctx.asOf.getUTCFullYear(), ctx.asOf.getUTCMonth() - 6, ctx.asOf.getUTCDate()))
    const recent = trainings.some((d) => d.getTime() > halfYearAgo.getTime() && d.getTime() <= ctx.asOf.getTime())
    if (!recent) return Outcome.violation([{ path: "facts.staffFireTrainings", value: trainings.map(CalendarDate.format) }], text("近半年未开展全员消防培训", "No whole-staff fire training in the last half-year"))
    return missing.length > 0 ? Outcome.indeterminate(missing) : Outcome.compliant([{ path: "facts.staffFireTrainings", value: trainings.map(CalendarDate.format) }])
  }
})

// #region pack
/** The pack. */
export const elderlyCareFirePack = Pack.define<ElderlyCareFireFacts>({
  id: "elderly-care-fire",
  name: text("养老机构消防安全(百日攻坚检查表)", "Elderly-care fire safety (100-day campaign checklist)"),
  version: "0.1.0",
  sectors: ["elderly-care"],
  factsKey: "elderlyCareFire",
  facts: ElderlyCareFireFacts,
  documents: [campaignPlan],
  rules: [monthlyInspection, dailyPatrol, staffTraining]
})

// #endregion pack