/**
 * 事实分组 — the sections of the pack's facts (the plant, its central stores, its management systems, retail premises), in an inspector's words.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.plant": { "zh-CN": "工厂围墙与分区", en: "plant wall and zoning" },
  "facts.licensedScope": { "zh-CN": "许可范围", en: "licensed scope" },
  "facts.centralStoreCapacity": { "zh-CN": "中转库、总库存储能力", en: "transfer and central store capacity" },
  "facts.centralStoreCapacity.transferStore": { "zh-CN": "中转库", en: "transfer store" },
  "facts.centralStoreCapacity.compositionStore": { "zh-CN": "药物总库", en: "central composition store" },
  "facts.centralStoreCapacity.finishedProductStore": { "zh-CN": "成品总库", en: "central finished-product store" },
  "facts.responsibilitySystem": { "zh-CN": "全员安全生产责任制", en: "all-staff responsibility system" },
  "facts.hazardInvestigationSystem": { "zh-CN": "生产安全事故隐患排查治理制度", en: "hazard investigation and remediation system" },
  "facts.retailPremises": { "zh-CN": "零售经营场所", en: "retail premises" }
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
