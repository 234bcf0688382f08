/**
 * 双重预防机制 — 安全生产法 (2021) 第四十一条 (风险分级管控, 隐患排查治理).
 *
 * 生产经营单位应当建立安全风险分级管控制度，按照安全风险分级采取相应的管控措施。生产经营单位应当
 * 建立健全并落实生产安全事故隐患排查治理制度，采取技术、管理措施，及时发现并消除事故隐患。事故
 * 隐患排查治理情况应当如实记录，并通过职工大会或者职工代表大会、信息公示栏等方式向从业人员通报。
 *
 * Reads `facts.dualPrevention`. When the unit's risk register is given
 * (`facts.dualPrevention.riskRegister`, e.g. from `@anquan/risk-register`'s `riskRegisterFacts`), a
 * 重大 risk point with no control recorded is a breach of 按照安全风险分级采取相应的管控措施 (第一百零一条(四)),
 * whatever the other facts say; without a register the rule reads the other facts only. The reporting of 重大事故隐患 (same article) is the separate rule
 * `work-safety-law/major-accident-hazard-reporting`.
 *
 * Penalties by part: no 风险分级管控制度 or controls not by level — 第一百零一条(四); no 隐患排查治理制度 —
 * 第一百零一条(五); records not truthful or not 通报 — 第九十七条(五).
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { dualPreventionFacts } from "../facts/labels.ts"
import { factSlice } from "../facts/FactSlice.ts"

/** The facts the rule reads. @since 0.1.0 */
export const DualPreventionFacts = factSlice([], ["dualPrevention"])

const REGISTER = "facts.dualPrevention.riskRegister"

const duty = (path: string, zh: string, en: string) => Condition.because(Condition.eq(`facts.dualPrevention.${path}`, false), zh, en)

/**
 * 第四十一条 (风险分级管控, 隐患排查治理), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const dualPrevention = Rule.fromCondition({
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
  schema: DualPreventionFacts,
  facts: dualPreventionFacts,
  evidence: "read",
  violationWhen: Condition.any(
    duty("riskControlSystem", "未建立安全风险分级管控制度", "no risk classification and control system"),
    // controls by level are asked only of a system that may exist
    Condition.unless(
      Condition.eq("facts.dualPrevention.riskControlSystem", false),
      duty("controlsByRiskLevel", "未按照安全风险分级采取相应的管控措施", "controls not applied by risk level")
    ),
    duty("hazardInvestigationSystem", "未建立健全并落实事故隐患排查治理制度", "no hazard investigation and remediation system in place"),
    duty("hazardRecordsTruthful", "事故隐患排查治理情况未如实记录", "hazard investigation and remediation not truthfully recorded"),
    duty("hazardRecordsNotified", "事故隐患排查治理情况未向从业人员通报", "hazard investigation and remediation not made known to staff"),
    // the risk register, when given: a 重大 risk point without any control is a risk not controlled by its level
    Condition.when(
      Condition.present(`${REGISTER}.majorRiskPoints`),
      Condition.some(
        `${REGISTER}.majorRiskPoints`,
        Condition.because(
          Condition.eq("controls", 0),
          "重大风险点{name+=（+id+=）|id}未采取管控措施",
          "major risk point {name+= (+id+=)|id} has no controls"
        ),
        { heading: false }
      ),
      { scope: true }
    )
  )
})
