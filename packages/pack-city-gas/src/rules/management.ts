/**
 * 第四条 安全生产管理 — the five management items.
 *
 * "燃气经营者有下列情形之一的，判定为重大隐患：（一）未取得燃气经营许可证从事燃气经营活动；（二）未建立安全风险
 * 分级管控制度；（三）未建立事故隐患排查治理制度；（四）未制定生产安全事故应急救援预案；（五）未建立对燃气用户燃气
 * 设施的定期安全检查制度。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * @since 0.2.0
 */
import { flag, text } from "../facts/facts.ts"
import { item, no } from "./item.ts"

const M = "facts.management"

/**
 * 第四条(一) 未取得燃气经营许可证从事燃气经营活动. The applicability fact says the unit engages in gas
 * business; the item is broken when it holds no 燃气经营许可证.
 *
 * @since 0.2.0
 */
export const businessLicence = item({
  slug: "business-licence",
  article: 4,
  item: 1,
  title: text("取得燃气经营许可证", "Gas business licence"),
  message: text("未取得燃气经营许可证从事燃气经营活动", "Gas business is carried on without a gas business licence"),
  remediation: text("停止无证经营，依法取得燃气经营许可证后方可从事燃气经营活动。", "Stop unlicensed business; carry on gas business only after obtaining a gas business licence."),
  facts: { [`${M}.licensed`]: flag("取得燃气经营许可证", "holds a gas business licence") },
  violationWhen: no(`${M}.licensed`, "未取得燃气经营许可证从事燃气经营活动", "carries on gas business without a gas business licence")
})

/** 第四条(二) 未建立安全风险分级管控制度. @since 0.2.0 */
export const riskGradingSystem = item({
  slug: "risk-grading-system",
  article: 4,
  item: 2,
  title: text("安全风险分级管控制度", "Risk-grading control system"),
  message: text("未建立安全风险分级管控制度", "No system of graded safety-risk control is established"),
  remediation: text("建立安全风险分级管控制度。", "Establish a system of graded safety-risk control."),
  facts: { [`${M}.riskGradingSystem`]: flag("建立安全风险分级管控制度", "graded safety-risk control system established") },
  violationWhen: no(`${M}.riskGradingSystem`, "未建立安全风险分级管控制度", "no graded safety-risk control system")
})

/** 第四条(三) 未建立事故隐患排查治理制度. @since 0.2.0 */
export const hazardInvestigationSystem = item({
  slug: "hazard-investigation-system",
  article: 4,
  item: 3,
  title: text("事故隐患排查治理制度", "Hazard investigation and remediation system"),
  message: text("未建立事故隐患排查治理制度", "No system for investigating and remedying accident hazards is established"),
  remediation: text("建立事故隐患排查治理制度。", "Establish a system for investigating and remedying accident hazards."),
  facts: { [`${M}.hazardInvestigationSystem`]: flag("建立事故隐患排查治理制度", "hazard investigation and remediation system established") },
  violationWhen: no(`${M}.hazardInvestigationSystem`, "未建立事故隐患排查治理制度", "no hazard investigation and remediation system")
})

/** 第四条(四) 未制定生产安全事故应急救援预案. @since 0.2.0 */
export const emergencyPlan = item({
  slug: "emergency-plan",
  article: 4,
  item: 4,
  title: text("生产安全事故应急救援预案", "Emergency response plan"),
  message: text("未制定生产安全事故应急救援预案", "No emergency response plan for production safety accidents is drawn up"),
  remediation: text("制定生产安全事故应急救援预案。", "Draw up an emergency response plan for production safety accidents."),
  facts: { [`${M}.emergencyPlan`]: flag("制定生产安全事故应急救援预案", "emergency response plan drawn up") },
  violationWhen: no(`${M}.emergencyPlan`, "未制定生产安全事故应急救援预案", "no emergency response plan")
})

/**
 * 第四条(五) 未建立对燃气用户燃气设施的定期安全检查制度. The regime itself; what the operator does with
 * what its inspections find is 第九条.
 *
 * @since 0.2.0
 */
export const userInspectionRegime = item({
  slug: "user-inspection-regime",
  article: 4,
  item: 5,
  title: text("燃气用户燃气设施定期安全检查制度", "Regular inspection of users' gas facilities"),
  message: text("未建立对燃气用户燃气设施的定期安全检查制度", "No regime of regular safety inspections of users' gas facilities is established"),
  remediation: text("建立对燃气用户燃气设施的定期安全检查制度。", "Establish a regime of regular safety inspections of users' gas facilities."),
  facts: { [`${M}.userInspectionRegime`]: flag("建立对燃气用户燃气设施的定期安全检查制度", "regime of regular inspections of users' gas facilities established") },
  violationWhen: no(`${M}.userInspectionRegime`, "未建立对燃气用户燃气设施的定期安全检查制度", "no regime of regular inspections of users' gas facilities")
})

/** The items of 第四条, in order. @since 0.2.0 */
export const managementItems = [businessLicence, riskGradingSystem, hazardInvestigationSystem, emergencyPlan, userInspectionRegime]
