/**
 * 事实分组 — the sections of the pack's facts, one per article of 建城规〔2023〕4号, named by its heading.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.management": { "zh-CN": "经营许可与安全管理", en: "licensing and safety management" },
  "facts.network": { "zh-CN": "燃气管网", en: "gas network" },
  "facts.cylinders": { "zh-CN": "瓶装燃气", en: "bottled gas" },
  "facts.odorisation": { "zh-CN": "燃气加臭", en: "gas odorisation" }
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
