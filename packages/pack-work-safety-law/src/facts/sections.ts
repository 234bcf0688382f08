/**
 * 事实分组 — the sections of the pack's facts, each named by the duty of 《安全生产法》 it records.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.responsibilitySystem": { "zh-CN": "全员安全生产责任制", en: "all-staff work-safety responsibility system" },
  "facts.principalDuties": { "zh-CN": "主要负责人安全生产职责", en: "principal's work-safety duties" },
  "facts.safetyInvestment": { "zh-CN": "安全生产投入", en: "work-safety investment" },
  "facts.training": { "zh-CN": "安全生产教育和培训", en: "work-safety education and training" },
  "facts.training.staff": { "zh-CN": "从业人员安全生产教育和培训", en: "training of the staff" },
  "facts.training.dispatchedWorkers": { "zh-CN": "被派遣劳动者安全生产教育和培训", en: "training of dispatched workers" },
  "facts.training.interns": { "zh-CN": "实习学生安全生产教育和培训", en: "training of interns" },
  "facts.training.file": { "zh-CN": "安全生产教育和培训档案", en: "training file" },
  "facts.dualPrevention": { "zh-CN": "安全风险分级管控和隐患排查治理双重预防机制", en: "dual prevention: risk grading and hazard investigation" },
  "facts.dualPrevention.riskRegister": { "zh-CN": "安全风险分级管控台账", en: "risk register" },
  "facts.dangerousGoods": { "zh-CN": "危险物品", en: "dangerous goods" },
  "facts.evacuation": { "zh-CN": "出口和疏散通道", en: "exits and escape routes" },
  "facts.fuelGasUse": { "zh-CN": "餐饮等行业使用燃气", en: "fuel-gas use in catering and similar businesses" },
  "facts.protectiveEquipment": { "zh-CN": "劳动防护用品", en: "personal protective equipment" },
  "facts.safetyInspections": { "zh-CN": "安全生产状况检查", en: "work-safety inspections" },
  "facts.emergencyPlan": { "zh-CN": "生产安全事故应急救援预案", en: "emergency response plan" },
  "facts.rescueOrganisation": { "zh-CN": "应急救援组织", en: "emergency rescue organisation" }
}

/**
 * The declarations with the sections they reach into declared as `object` (only a label): a rule that
 * reads `facts.SECTION.x` carries the section's words, so a record without the whole section names it
 * (安全管理, not `management`) in findings, reports and checklist topics.
 *
 * @since 0.2.0
 */
export const withSections = (facts: FactDeclarations): FactDeclarations => {
  const out: Record<string, FactDeclaration> = {}
  for (const [path, label] of Object.entries(sectionLabels)) {
    if (Object.keys(facts).some((k) => k.startsWith(path + ".") && facts[k]!.type !== "object")) out[path] = { type: "object", label }
  }
  return { ...out, ...facts }
}
