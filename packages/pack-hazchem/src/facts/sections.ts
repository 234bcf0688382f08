/**
 * 事实分组 — the sections of the pack's facts (the management systems of 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准), in an inspector's words.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.responsibilitySystem": { "zh-CN": "全员安全生产责任制", en: "work-safety responsibility system" },
  "facts.hazardInvestigationSystem": { "zh-CN": "事故隐患排查治理制度", en: "hazard investigation and remediation system" },
  "facts.specialOperationManagement": { "zh-CN": "特殊作业管理", en: "special-operations management" },
  "facts.processDevelopment": { "zh-CN": "新开发化工工艺", en: "newly developed chemical processes" }
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
