/**
 * 事故报告 — 安全生产法 (2021) 第八十三条.
 *
 * regulations.md §7: after an accident, the head of the unit reports 立即 and truthfully; no
 * concealing, late reporting, or destroying the scene. Penalty 第一百一十条 (主要负责人 who conceals,
 * lies about or reports late). A reporting duty, not a hazard: `kind: "reporting"` (it does not make
 * the verdict and the ledger does not open it as a hazard). The reporting deadlines themselves are
 * the accident package's (`@anquan/accident`, 493号令).
 *
 * Reads `facts.accidents` (accidents dated after the as-of day are ignored).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { accidentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const AccidentReportingRuleFacts = factSlice([], ["accidents"])

/**
 * 第八十三条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const accidentReporting = Rule.fromCondition({
  id: "work-safety-law/accident-reporting",
  title: { "zh-CN": "生产安全事故立即如实报告", en: "Accidents reported at once and truthfully" },
  message: {
    "zh-CN": "发生生产安全事故后，单位负责人未立即如实报告，或者隐瞒不报、谎报、迟报，或者故意破坏事故现场、毁灭有关证据",
    en: "After an accident the unit's head did not report at once and truthfully, concealed, misreported or reported late, or destroyed the scene or evidence"
  },
  remediation: {
    "zh-CN": "发生生产安全事故后，单位负责人立即如实报告当地负有安全生产监督管理职责的部门，不得隐瞒不报、谎报或者迟报，不得故意破坏事故现场、毁灭有关证据。",
    en: "After an accident, the unit's head reports at once and truthfully to the local supervising department, never conceals, misreports or reports late, and never destroys the scene or evidence."
  },
  citation: { document: "work-safety-law-2021", article: 83, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 110, verified: true }],
  severity: "general",
  kind: "reporting",
  effective: { from: "2021-09-01" },
  schema: AccidentReportingRuleFacts,
  facts: accidentFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.accidents", undefined, { asOf: "date" }),
  notApplicableReason: "no accident",
  violationWhen: Condition.some(
    "facts.accidents",
    Condition.any(
      Condition.because(Condition.eq("reportedPromptlyAndTruthfully", false), "未立即如实报告", "not reported at once and truthfully"),
      Condition.because(Condition.eq(Condition.factOr("concealedOrLate", false), true), "隐瞒不报、谎报或者迟报", "concealed, misreported or reported late"),
      Condition.because(Condition.eq(Condition.factOr("sceneOrEvidenceDestroyed", false), true), "故意破坏事故现场、毁灭有关证据", "scene or evidence destroyed")
    ),
    { label: ["description", "id", "date"], entry: { "zh-CN": "事故", en: "accident" }, asOf: "date" }
  )
})
