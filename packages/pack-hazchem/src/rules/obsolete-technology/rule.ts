/**
 * 第11项 — 使用淘汰落后安全技术工艺、设备目录列出的工艺、设备 (hazchem-major-hazard-2017 item 11).
 *
 * `obsoleteTechnologyInUse[]` lists the listed processes and equipment in use: any entry is a
 * breach; an empty list is compliant; an absent list is unknown.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entries, hazchemSafetyLaw, sectionFacts, workSafetyLaw } from "../support.ts"

/** The facts item 11 reads. @since 0.1.0 */
export const ObsoleteTechnologyFacts = sectionFacts(["obsoleteTechnologyInUse"])

/**
 * 不使用淘汰落后安全技术工艺、设备.
 *
 * @since 0.1.0
 */
export const obsoleteTechnology: Rule.Rule<typeof ObsoleteTechnologyFacts.Type> = defineItemRule({
  item: 11,
  slug: "obsolete-technology",
  title: { "zh-CN": "不使用淘汰落后安全技术工艺、设备", en: "No listed obsolete process or equipment in use" },
  message: {
    "zh-CN": "使用淘汰落后安全技术工艺、设备目录列出的工艺、设备",
    en: "The unit uses a process or equipment listed in the catalogue of obsolete safety technology, processes and equipment"
  },
  remediation: {
    "zh-CN": "停止使用目录列出的淘汰工艺、设备，按目录要求更换为替代工艺、设备。",
    en: "Stop using the listed processes and equipment and replace them as the catalogue requires."
  },
  legalBases: [workSafetyLaw(38), hazchemSafetyLaw(34)],
  penalties: [workSafetyLaw(99, 7)],
  facts: ObsoleteTechnologyFacts,
  reads: ["facts.obsoleteTechnologyInUse[].kind", "facts.obsoleteTechnologyInUse[].name", "facts.obsoleteTechnologyInUse[].catalogueEntry"],
  evaluate: ({ facts }) => {
    const a = new Assessment()
    const list = entries(a, "facts.obsoleteTechnologyInUse", facts?.obsoleteTechnologyInUse)
    if (facts?.obsoleteTechnologyInUse?.length === 0) a.ok([{ path: "facts.obsoleteTechnologyInUse", value: [] }])
    for (const { entry: t, path, at } of list) {
      const what = t.name ?? t.catalogueEntry ?? path
      a.violation(
        [
          { path: at("kind"), value: t.kind },
          ...(t.name === undefined ? [] : [{ path: at("name"), value: t.name }]),
          ...(t.catalogueEntry === undefined ? [] : [{ path: at("catalogueEntry"), value: t.catalogueEntry }])
        ],
        `使用淘汰落后${t.kind === "process" ? "工艺" : "设备"}${what}`,
        `uses the listed obsolete ${t.kind} ${what}`
      )
    }
    return a.outcome()
  }
})
