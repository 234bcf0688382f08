/**
 * 事实分组 — the sections of the pack's facts (the contractor, its staffing, site-wide measures), in an inspector's words.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.contractor": { "zh-CN": "施工单位", en: "contractor" },
  "facts.contractor.workSafetyLicence": { "zh-CN": "施工单位安全生产许可证", en: "contractor's work-safety licence" },
  "facts.contractor.qualification": { "zh-CN": "施工单位资质", en: "contractor's qualification" },
  "facts.safetyManagerStaffing": { "zh-CN": "专职安全生产管理人员配备", en: "full-time safety manager staffing" },
  "facts.rigging": { "zh-CN": "吊索具", en: "rigging" },
  "facts.confinedSpaceManagement": { "zh-CN": "有限空间作业管理", en: "confined-space work management" },
  "facts.railProtectionZone": { "zh-CN": "轨道交通工程安全保护区", en: "rail-transit protection zone" }
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
