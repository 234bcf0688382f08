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
import { isDatedAfterAsOf, Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import { and3, factSlice, findings, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const HazardReportingFacts = factSlice([], ["dualPrevention"])

type Facts = typeof HazardReportingFacts.Type

const NO_HAZARD = notApplicable("no major accident hazard found")

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const hazards = subject.facts?.dualPrevention?.majorAccidentHazards
  if (hazards === undefined) return out.need("facts.dualPrevention.majorAccidentHazards").outcome()
  let counted = 0
  for (let i = 0; i < hazards.length && !out.done; i++) {
    const h = hazards[i]!
    if (isDatedAfterAsOf(h.identifiedOn, ctx.asOf)) continue
    counted++
    // reported to both
    if (out.quick(and3(h.reportedToDepartment, h.reportedToWorkersCongress))) continue
    const path = `facts.dualPrevention.majorAccidentHazards[${i}]`
    const name = h.description ?? h.id ?? `#${i + 1}`
    out.duty(`${path}.reportedToDepartment`, h.reportedToDepartment,
      `重大事故隐患“${name}”的排查治理情况未向负有安全生产监督管理职责的部门报告`,
      `major accident hazard "${name}" not reported to the supervising department`)
    out.duty(`${path}.reportedToWorkersCongress`, h.reportedToWorkersCongress,
      `重大事故隐患“${name}”的排查治理情况未向职工大会或者职工代表大会报告`,
      `major accident hazard "${name}" not reported to the workers' congress`)
  }
  if (counted === 0) return NO_HAZARD
  return out.outcome()
}

/**
 * 第四十一条 (重大事故隐患报告), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const majorAccidentHazardReporting = Rule.define({
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
  facts: HazardReportingFacts,
  reads: [
    "facts.dualPrevention.majorAccidentHazards[].identifiedOn",
    "facts.dualPrevention.majorAccidentHazards[].reportedToDepartment",
    "facts.dualPrevention.majorAccidentHazards[].reportedToWorkersCongress"
  ],
  evaluate
})
