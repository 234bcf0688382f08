/**
 * 淘汰的工艺、设备 — 安全生产法 (2021) 第三十八条.
 *
 * regulations.md §7: the state keeps a 淘汰 system for processes and equipment; using items that
 * should be 淘汰 is prohibited. Penalty 第九十九条(七).
 *
 * Reads `facts.eliminatedItemsInUse`: the processes and equipment in use that are on the national
 * elimination lists (the lists themselves are not part of this pack; `[]` = none in use).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { eliminatedItemsFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const EliminatedItemsRuleFacts = factSlice([], ["eliminatedItemsInUse"])

/**
 * 第三十八条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const eliminatedProcessesEquipment = Rule.fromCondition({
  id: "work-safety-law/eliminated-processes-equipment",
  title: { "zh-CN": "不得使用应当淘汰的危及生产安全的工艺、设备", en: "No processes or equipment that should be eliminated" },
  message: {
    "zh-CN": "使用应当淘汰的危及生产安全的工艺、设备",
    en: "Processes or equipment that endanger safety and should be eliminated are still in use"
  },
  remediation: {
    "zh-CN": "停止使用并淘汰列入淘汰目录的工艺、设备，改用符合要求的工艺、设备。",
    en: "Stop using the listed processes and equipment and replace them with permitted ones."
  },
  citation: { document: "work-safety-law-2021", article: 38, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 99, item: 7, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: EliminatedItemsRuleFacts,
  facts: eliminatedItemsFacts,
  evidence: "read",
  violationWhen: Condition.some(
    "facts.eliminatedItemsInUse",
    Condition.all(Condition.show("kind"), Condition.because(Condition.present("name"), "仍在使用应当淘汰的{kind:label|=工艺、设备}：{name}", "still in use though it should be eliminated: {kind:label|=process or equipment} {name}")),
    { heading: false }
  )
})
