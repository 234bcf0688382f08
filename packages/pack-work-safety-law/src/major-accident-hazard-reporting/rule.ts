/**
 * 重大事故隐患报告 — 安全生产法 (2021) 第四十一条 (重大事故隐患报告).
 *
 * 其中，重大事故隐患排查治理情况应当及时向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告。
 *
 * Reads `facts.dualPrevention.majorAccidentHazards`: every 重大事故隐患 found on or before the as-of
 * day must have been reported to **both** the supervising department and the 职工大会/职代会.
 * "及时" has no number in the law, so the rule checks that a report was made, not how soon.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { majorAccidentHazardFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const HazardReportingFacts = factSlice([], ["dualPrevention"])

const HAZARDS = "facts.dualPrevention.majorAccidentHazards"
/** A hazard found after the as-of day had not been found yet on that day. */
const found = { asOf: "identifiedOn" } as const

/**
 * 第四十一条 (重大事故隐患报告), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const majorAccidentHazardReporting = Rule.fromCondition({
  id: "work-safety-law/major-accident-hazard-reporting",
  title: { "zh-CN": "重大事故隐患排查治理情况报告", en: "Major accident hazards reported" },
  message: {
    "zh-CN": "重大事故隐患排查治理情况未向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告",
    en: "The investigation and remediation of a major accident hazard was not reported to the supervising department and the workers' congress"
  },
  remediation: {
    "zh-CN": "将重大事故隐患排查治理情况及时向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告。",
    en: "Report the investigation and remediation of every major accident hazard promptly to the supervising department and to the workers' congress (职工大会 or 职工代表大会)."
  },
  citation: { document: "work-safety-law-2021", article: 41, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 101, item: 5, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: HazardReportingFacts,
  facts: majorAccidentHazardFacts,
  evidence: "read",
  notApplicableWhen: Condition.none(HAZARDS, undefined, found),
  notApplicableReason: "no major accident hazard found",
  // reported to both
  violationWhen: Condition.some(
    HAZARDS,
    Condition.any(
      Condition.because(Condition.eq("reportedToDepartment", false),
        "重大事故隐患“{description|id|#}”的排查治理情况未向负有安全生产监督管理职责的部门报告",
        "major accident hazard \"{description|id|#}\" not reported to the supervising department"),
      Condition.because(Condition.eq("reportedToWorkersCongress", false),
        "重大事故隐患“{description|id|#}”的排查治理情况未向职工大会或者职工代表大会报告",
        "major accident hazard \"{description|id|#}\" not reported to the workers' congress")
    ),
    { ...found, heading: false }
  )
})
