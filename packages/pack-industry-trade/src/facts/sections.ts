/**
 * 事实分组 — the sections of the pack's facts, each named in the words of the article it serves
 * (令第10号: 第三条 安全管理, 第四–十条 by sub-industry, 第十一–十三条 by special field).
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.management": { "zh-CN": "安全管理", en: "safety management" },
  "facts.metallurgy": { "zh-CN": "冶金企业", en: "metallurgy" },
  "facts.nonferrous": { "zh-CN": "有色企业", en: "non-ferrous metals" },
  "facts.buildingMaterials": { "zh-CN": "建材企业", en: "building materials" },
  "facts.machinery": { "zh-CN": "机械企业", en: "machinery" },
  "facts.lightIndustry": { "zh-CN": "轻工企业", en: "light industry" },
  "facts.textile": { "zh-CN": "纺织企业", en: "textiles" },
  "facts.tobacco": { "zh-CN": "烟草企业", en: "tobacco" },
  "facts.dust": { "zh-CN": "粉尘爆炸危险场所", en: "dust-explosion hazard" },
  "facts.ammonia": { "zh-CN": "液氨制冷", en: "liquid-ammonia refrigeration" },
  "facts.confinedSpace": { "zh-CN": "有限空间作业", en: "confined-space work" }
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
