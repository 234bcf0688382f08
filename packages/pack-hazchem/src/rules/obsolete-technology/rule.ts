/**
 * 第11项 — 使用淘汰落后安全技术工艺、设备目录列出的工艺、设备 (hazchem-major-hazard-2017 item 11).
 *
 * `obsoleteTechnologyInUse[]` lists the listed processes and equipment in use: any entry is a
 * breach; an empty list is compliant; an absent list is unknown.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, hazchemSafetyLaw, known, sectionFacts, workSafetyLaw } from "../support.ts"

/** The facts item 11 reads. @since 0.1.0 */
export const ObsoleteTechnologyFacts = sectionFacts(["obsoleteTechnologyInUse"])

const LIST = "facts.obsoleteTechnologyInUse"

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
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const list = a.list(LIST, facts?.obsoleteTechnologyInUse)
    // an empty list is a known "none": one compliant entry, with the empty list as evidence
    if (facts?.obsoleteTechnologyInUse?.length === 0 && a.entry(true, false)) {
      a.check({ breach: known(false, [{ path: LIST, value: [] }]), zh: "", en: "" })
    }
    for (let i = 0; i < list.length && !a.done; i++) {
      if (!a.entry(true, true)) continue
      const t = list[i]!
      const { path, at } = entryAt(LIST, i)
      const what = t.name ?? t.catalogueEntry ?? path
      a.check({
        breach: known(true, [
          { path: at("kind"), value: t.kind },
          ...(t.name === undefined ? [] : [{ path: at("name"), value: t.name }]),
          ...(t.catalogueEntry === undefined ? [] : [{ path: at("catalogueEntry"), value: t.catalogueEntry }])
        ]),
        zh: `使用淘汰落后${t.kind === "process" ? "工艺" : "设备"}${what}`,
        en: `uses the listed obsolete ${t.kind} ${what}`
      })
    }
    return a.outcome()
  }
})
