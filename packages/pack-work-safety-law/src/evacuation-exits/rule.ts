/**
 * 出口、疏散通道 — 安全生产法 (2021) 第四十二条.
 *
 * 生产经营场所和员工宿舍应当设有符合紧急疏散要求、标志明显、保持畅通的出口、疏散通道。禁止占用、
 * 锁闭、封堵生产经营场所或者员工宿舍的出口、疏散通道。
 *
 * Binds every unit. Reads `facts.evacuation.exitsCompliant` and `.exitsObstructed`.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { evacuationFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const EvacuationFacts = factSlice([], ["evacuation"])

/**
 * 第四十二条 (出口、疏散通道), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const evacuationExits = Rule.fromCondition({
  id: "work-safety-law/evacuation-exits",
  title: { "zh-CN": "出口、疏散通道符合要求并保持畅通", en: "Exits and escape routes adequate and clear" },
  message: {
    "zh-CN": "生产经营场所或者员工宿舍的出口、疏散通道不符合紧急疏散要求，或者被占用、锁闭、封堵",
    en: "The exits or escape routes of the premises or staff dormitories do not meet evacuation needs, or are occupied, locked or blocked"
  },
  remediation: {
    "zh-CN": "设置符合紧急疏散要求、标志明显的出口和疏散通道，立即清除占用、锁闭、封堵，保持畅通。",
    en: "Provide exits and escape routes that meet evacuation needs and are clearly marked; clear any occupation, lock or block at once and keep them clear."
  },
  citation: { document: "work-safety-law-2021", article: 42, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 105, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: EvacuationFacts,
  facts: evacuationFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(
      Condition.eq("facts.evacuation.exitsCompliant", false),
      "生产经营场所或者员工宿舍未设有符合紧急疏散要求、标志明显、保持畅通的出口、疏散通道",
      "the premises or dormitories lack exits and escape routes that meet evacuation needs, are clearly marked and kept clear"
    ),
    Condition.because(Condition.eq("facts.evacuation.exitsObstructed", true), "占用、锁闭、封堵出口、疏散通道", "exits or escape routes are occupied, locked or blocked")
  )
})
