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
 * did not exist yet. Written in the rule language: the last drill of some plans is `latest`, the
 * interval `within … months` of it (else of the plan's adoption: `firstOf`), its due date in the
 * words a `shift` of it.
 *
 * @since 0.1.0
 */
import { Condition as C, Rule } from "@anquan/core"
import type { NumberParam } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { emergencyPlanFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const EmergencyPlanFacts = factSlice([], ["emergencyPlan"])

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

const ESTABLISHED = "facts.emergencyPlan.established"
const ADOPTED = "facts.emergencyPlan.adoptedOn"
const LINKED = "facts.emergencyPlan.linkedWithLocalGovernmentPlan"
const ON_SITE_PLANS = "facts.emergencyPlan.onSitePlans"
const DRILLS = "facts.emergencyPlan.drills"

/** The date of the last drill of `plans` on or before the as-of day, named `as` (null when none). */
const lastDrill = (plans: ReadonlyArray<string>, as: string) => C.latest(DRILLS, "date", C.oneOf("plan", plans), { as, orNull: true })

/**
 * A drill interval run out: its last drill — or, before the first one, the plan's adoption — is more
 * than `months` calendar months ago (a drill on D covers the as-of days up to D + N months).
 */
const overdue = (plans: ReadonlyArray<string>, as: string, months: keyof Params, zh: string, en: string) => {
  const last = lastDrill(plans, as)
  const since = C.firstOf(last, ADOPTED)
  return C.because(
    C.not(C.withinMonths(since, C.param(months))),
    `${zh}{=最近一次为+@last+=，已超过+param:${months}+=个月（应于+@due+=前再次演练）|=自预案+${ADOPTED}+=施行以来从未组织（应于+@due+=前组织）}`,
    `${en}: {=the last was on +@last+=, more than +param:${months}+= months ago (the next was due by +@due+=)|=none held since the plan was adopted on +${ADOPTED}+= (the first was due by +@due+=)}`,
    { last, due: C.shift(since, { months: C.param(months) }) }
  )
}

const comprehensiveOrSpecial = overdue(
  ["comprehensive", "special"],
  "facts.emergencyPlan.drills[comprehensive|special].latest",
  "comprehensiveOrSpecialDrillMonths",
  "综合应急预案或者专项应急预案演练",
  "comprehensive or special plan drills"
)

const ON_SITE_LATEST = "facts.emergencyPlan.drills[on-site].latest"

/**
 * On-site drills: due when the unit has on-site plans. Without the number of plans, on-site drills
 * within the interval settle it (shown); else the number is asked for.
 */
const onSite = C.all(
  C.show(ON_SITE_PLANS),
  C.unless(
    C.all(C.eq(C.factOr(ON_SITE_PLANS, -1), -1), C.withinMonths(lastDrill(["on-site"], ON_SITE_LATEST), C.param("onSiteDrillMonths"))),
    C.when(C.gt(ON_SITE_PLANS, 0), overdue(["on-site"], ON_SITE_LATEST, "onSiteDrillMonths", "现场处置方案演练", "on-site disposal plan drills"), { guardEvidence: false })
  )
)

/** The plan adopted after the as-of day: there was none yet that day. */
const adoptedLater = C.not(C.happened(ADOPTED))

/**
 * 第八十一条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const emergencyPlanDrills = Rule.fromCondition({
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
  schema: EmergencyPlanFacts,
  facts: emergencyPlanFacts,
  params,
  // every fact read is shown, as the findings of the former kit did
  evidence: "read",
  violationWhen: C.any(
    C.because(C.eq(ESTABLISHED, false), "未制定生产安全事故应急救援预案", "no emergency rescue plan"),
    C.when(
      C.eq(ESTABLISHED, true),
      C.any(
        C.because(
          C.when(adoptedLater, C.show(ADOPTED), { guardEvidence: false }),
          `应急救援预案于{${ADOPTED}}才公布施行，判定日尚无预案`,
          `the emergency plan was adopted only on {${ADOPTED}}, after the as-of date`
        ),
        C.unless(
          adoptedLater,
          C.any(
            C.because(C.eq(LINKED, false), "应急救援预案未与所在地县级以上地方人民政府组织制定的应急救援预案相衔接", "the emergency plan is not linked with the local government's plan"),
            C.when(C.gte(C.count(DRILLS), 0), C.any(comprehensiveOrSpecial, onSite), { guardEvidence: false })
          ),
          { guardEvidence: false }
        )
      ),
      { guardEvidence: false }
    )
  )
})
