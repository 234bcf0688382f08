/**
 * 第11项 — 使用淘汰落后安全技术工艺、设备目录列出的工艺、设备 (hazchem-major-hazard-2017 item 11).
 *
 * `obsoleteTechnologyInUse[]` lists the listed processes and equipment in use: any entry is a
 * breach; an empty list is compliant; an absent list is unknown.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { obsoleteTechnologyFact } from "../../facts/labels.ts"
import { hazchemSafetyLaw, itemRule, sectionFacts, workSafetyLaw } from "../meta.ts"

/** The facts item 11 reads. @since 0.1.0 */
export const ObsoleteTechnologyFacts = sectionFacts(["obsoleteTechnologyInUse"])

const LIST = "facts.obsoleteTechnologyInUse"

/**
 * 不使用淘汰落后安全技术工艺、设备.
 *
 * @since 0.1.0
 */
export const obsoleteTechnology: Rule.Rule<typeof ObsoleteTechnologyFacts.Type> = itemRule({
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
  schema: ObsoleteTechnologyFacts,
  facts: obsoleteTechnologyFact,
  // every entry is a listed process or equipment in use: the entry itself is the breach
  violationWhen: Condition.some(
    LIST,
    Condition.because(
      Condition.all(Condition.show("kind"), Condition.show("name"), Condition.show("catalogueEntry")),
      "使用淘汰落后{kind:label}{name|catalogueEntry|$entry}",
      "uses the listed obsolete {kind} {name|catalogueEntry|$entry}"
    ),
    { heading: false }
  )
})
