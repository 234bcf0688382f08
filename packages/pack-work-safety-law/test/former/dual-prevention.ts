/**
 * 双重预防机制 — 安全生产法 (2021) 第四十一条 (风险分级管控, 隐患排查治理).
 *
 * 生产经营单位应当建立安全风险分级管控制度，按照安全风险分级采取相应的管控措施。生产经营单位应当
 * 建立健全并落实生产安全事故隐患排查治理制度，采取技术、管理措施，及时发现并消除事故隐患。事故
 * 隐患排查治理情况应当如实记录，并通过职工大会或者职工代表大会、信息公示栏等方式向从业人员通报。
 *
 * Reads `facts.dualPrevention`. The reporting of 重大事故隐患 (same article) is the separate rule
 * `work-safety-law/major-accident-hazard-reporting`.
 *
 * Penalties by part: no 风险分级管控制度 or controls not by level — 第一百零一条(四); no 隐患排查治理制度 —
 * 第一百零一条(五); records not truthful or not 通报 — 第九十七条(五).
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import { factSlice, findings } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const DualPreventionFacts = factSlice([], ["dualPrevention"])

type Facts = typeof DualPreventionFacts.Type

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const d = subject.facts?.dualPrevention
  if (d === undefined) return out.need("facts.dualPrevention").outcome()
  out.duty("facts.dualPrevention.riskControlSystem", d.riskControlSystem, "未建立安全风险分级管控制度", "no risk classification and control system")
  if (d.riskControlSystem !== false) {
    out.duty("facts.dualPrevention.controlsByRiskLevel", d.controlsByRiskLevel, "未按照安全风险分级采取相应的管控措施", "controls not applied by risk level")
  }
  out.duty("facts.dualPrevention.hazardInvestigationSystem", d.hazardInvestigationSystem, "未建立健全并落实事故隐患排查治理制度", "no hazard investigation and remediation system in place")
  out.duty("facts.dualPrevention.hazardRecordsTruthful", d.hazardRecordsTruthful, "事故隐患排查治理情况未如实记录", "hazard investigation and remediation not truthfully recorded")
  out.duty("facts.dualPrevention.hazardRecordsNotified", d.hazardRecordsNotified, "事故隐患排查治理情况未向从业人员通报", "hazard investigation and remediation not made known to staff")
  return out.outcome()
}

/**
 * 第四十一条 (风险分级管控, 隐患排查治理), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const dualPrevention = Rule.define({
  id: "work-safety-law/dual-prevention",
  title: { "zh-CN": "安全风险分级管控和隐患排查治理双重预防机制", en: "Dual prevention: risk control and hazard investigation" },
  message: {
    "zh-CN": "未建立安全风险分级管控制度或者未按风险分级采取管控措施，未建立健全并落实事故隐患排查治理制度，或者隐患排查治理情况未如实记录、未向从业人员通报",
    en: "No risk classification and control system or no controls by risk level, no hazard investigation and remediation system in place, or hazard work not truthfully recorded or not made known to staff"
  },
  remediation: {
    "zh-CN": "建立安全风险分级管控制度并按照风险分级采取管控措施；建立健全并落实事故隐患排查治理制度，如实记录隐患排查治理情况，并通过职工大会或者职工代表大会、信息公示栏等方式向从业人员通报。",
    en: "Set up a risk classification and control system and apply controls by risk level; set up and apply a hazard investigation and remediation system, record its work truthfully and make it known to staff through the workers' congress, notice boards or similar."
  },
  citation: { document: "work-safety-law-2021", article: 41, verified: true },
  penalties: [
    { document: "work-safety-law-2021", article: 101, item: 4, verified: true },
    { document: "work-safety-law-2021", article: 101, item: 5, verified: true },
    { document: "work-safety-law-2021", article: 97, item: 5, verified: true }
  ],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: DualPreventionFacts,
  reads: [
    "facts.dualPrevention.riskControlSystem",
    "facts.dualPrevention.controlsByRiskLevel",
    "facts.dualPrevention.hazardInvestigationSystem",
    "facts.dualPrevention.hazardRecordsTruthful",
    "facts.dualPrevention.hazardRecordsNotified"
  ],
  evaluate
})
