/**
 * 主要负责人的职责 — 安全生产法 (2021) 第二十一条.
 *
 * regulations.md §7: the seven duties of the 主要负责人 (responsibility system and 标准化; rules and
 * 操作规程; training plan; safety budget; 双重预防, inspection and prompt removal of hazards;
 * emergency plan; reporting accidents). Penalty 第九十四条 (主要负责人 not doing their duties).
 *
 * Reads `facts.principalDuties`, one fact per duty: whether the principal carried it out.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { principalDutyFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const PrincipalDutiesRuleFacts = factSlice([], ["principalDuties"])

/**
 * 第二十一条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const principalDuties = Rule.fromCondition({
  id: "work-safety-law/principal-duties",
  title: { "zh-CN": "主要负责人履行安全生产管理职责", en: "The principal's safety duties" },
  message: {
    "zh-CN": "生产经营单位的主要负责人未履行本法规定的安全生产管理职责",
    en: "The principal of the unit does not carry out the safety duties the law gives them"
  },
  remediation: {
    "zh-CN": "主要负责人履行第二十一条规定的七项职责：责任制和标准化、规章制度和操作规程、培训计划、安全投入、双重预防机制和隐患消除、应急救援预案、事故报告。",
    en: "The principal carries out the seven duties of article 21: responsibility system and standardisation, rules and procedures, training plan, safety funding, dual prevention and hazard removal, emergency plan, accident reporting."
  },
  citation: { document: "work-safety-law-2021", article: 21, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 94, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: PrincipalDutiesRuleFacts,
  facts: principalDutyFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.principalDuties.responsibilitySystem", false), "主要负责人未建立健全并落实全员安全生产责任制", "the principal did not set up and apply the responsibility system"),
    Condition.because(Condition.eq("facts.principalDuties.rulesAndProcedures", false), "主要负责人未组织制定并实施安全生产规章制度和操作规程", "the principal did not draw up and apply the rules and procedures"),
    Condition.because(Condition.eq("facts.principalDuties.trainingPlan", false), "主要负责人未组织制定并实施安全生产教育和培训计划", "the principal did not draw up and carry out the training plan"),
    Condition.because(Condition.eq("facts.principalDuties.investment", false), "主要负责人未保证安全生产投入的有效实施", "the principal did not ensure the safety budget was spent"),
    Condition.because(Condition.eq("facts.principalDuties.dualPrevention", false), "主要负责人未组织建立并落实双重预防工作机制、及时消除事故隐患", "the principal did not set up and run dual prevention or remove hazards promptly"),
    Condition.because(Condition.eq("facts.principalDuties.emergencyPlan", false), "主要负责人未组织制定并实施应急救援预案", "the principal did not draw up and apply the emergency plan"),
    Condition.because(Condition.eq("facts.principalDuties.accidentReporting", false), "主要负责人未及时、如实报告生产安全事故", "the principal did not report accidents promptly and truthfully")
  )
})
