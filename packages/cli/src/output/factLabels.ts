/**
 * 事实名称 — the words of a finding's missing facts: each path named by the label its rule declares
 * (`facts.overheadPowerLines` → 架空电力线路穿越情况), the enterprise profile's by core's declarations.
 * The path stays beside it (JSON output keeps paths only).
 *
 * A whole section missing (`facts.management`: a rule reads several facts under it and the record has
 * none of them, so the finding names the common prefix) is named by the label its pack declares for it
 * (`"facts.management": { type: "object", label }` → 安全管理), which `labelAt` gives; a section a pack
 * does not declare is named by the nearest declared section above it and the facts its rule declares
 * under it — `地下矿山：采用机械通风等 3 项事实`, or without a declared section above,
 * `有特种作业人员未经专门的安全作业培训并取得相应资格上岗作业等 3 项事实`.
 *
 * @since 0.2.0
 */
import { enterpriseFactDeclarations, FactDeclaration } from "@anquan/core"
import type { FactDeclarations, Localized, Registry } from "@anquan/core"

/**
 * The facts declared under a section (`facts.management` → `facts.management.*`, through list entries'
 * `items`), in declaration order.
 */
const declaredUnder = (declarations: FactDeclarations, template: string): Array<Localized> => {
  const cut = template.indexOf("[].")
  if (cut >= 0) {
    const items = declarations[template.slice(0, cut)]?.items
    return items === undefined ? [] : declaredUnder(items, template.slice(cut + 3))
  }
  return Object.entries(declarations).filter(([p]) => p.startsWith(template + ".") || p.startsWith(template + "[].")).map(([, d]) => d.label)
}

/**
 * The words of a whole section by the facts declared under it: the first one's label and how many
 * there are (`A等 3 项事实` / `A and 2 more facts`), after the nearest declared section above it when
 * there is one (`地下矿山：A等 3 项事实` / `underground mine: A and 2 more facts`); `undefined` when no
 * fact is declared under it.
 *
 * @since 0.2.0
 */
export const sectionLabelAt = (declarations: FactDeclarations, path: string): Localized | undefined => {
  const under = declaredUnder(declarations, path.replace(/\[\d+\]/g, "[]"))
  if (under.length === 0) return undefined
  const first = under[0]!
  const facts: Localized = under.length === 1
    ? first
    : { "zh-CN": `${first["zh-CN"]}等 ${under.length} 项事实`, en: `${first.en} and ${under.length - 1} more facts` }
  const section = nearestSectionAt(declarations, path)
  return section === undefined
    ? facts
    : { "zh-CN": `${section["zh-CN"]}：${facts["zh-CN"]}`, en: `${section.en}: ${facts.en}` }
}

/**
 * The label of the nearest declared section above `path` (`facts.underground.ventilation` →
 * `facts.underground`'s 地下矿山 when the sub-section itself has none); `undefined` when no ancestor has
 * a label. Inside a list entry, the list names the entry (`facts.rooms[2].sub` → 作业间（第3项）).
 *
 * @since 0.2.0
 */
export const nearestSectionAt = (declarations: FactDeclarations, path: string): Localized | undefined => {
  for (let cut = path.lastIndexOf("."); cut > "facts".length; cut = path.lastIndexOf(".", cut - 1)) {
    const above = path.slice(0, cut)
    if (above === "facts" || above === "enterprise") return undefined
    const entry = /^(.*)\[(\d+)\]$/.exec(above)
    if (entry !== null) {
      const list = FactDeclaration.labelAt(declarations, entry[1]!)
      const n = Number(entry[2]) + 1
      if (list !== undefined) return { "zh-CN": `${list["zh-CN"]}（第${n}项）`, en: `${list.en} #${n}` }
      continue
    }
    const label = FactDeclaration.labelAt(declarations, above)
    if (label !== undefined) return label
  }
  return undefined
}

/** The label of a rule version's path, or `undefined` when it declares none. @since 0.2.0 */
export type FactLabeler = (ruleId: string, ruleVersion: string, path: string) => Localized | undefined

/**
 * A labeler over the rules of a registry (their `factDeclarations`, with the enterprise profile's
 * under them).
 *
 * @since 0.2.0
 */
export const factLabeler = (registry: Pick<Registry.Registry, "versionsOf">): FactLabeler => {
  const cache = new Map<string, FactDeclarations>()
  const declarations = (ruleId: string, ruleVersion: string): FactDeclarations => {
    const key = `${ruleId}@${ruleVersion}`
    let d = cache.get(key)
    if (d === undefined) {
      const rule = registry.versionsOf(ruleId).find((r) => r.version === ruleVersion)?.rule
      d = { ...enterpriseFactDeclarations, ...rule?.factDeclarations }
      cache.set(key, d)
    }
    return d
  }
  return (ruleId, ruleVersion, path) => {
    const d = declarations(ruleId, ruleVersion)
    return FactDeclaration.labelAt(d, path) ?? sectionLabelAt(d, path)
  }
}
