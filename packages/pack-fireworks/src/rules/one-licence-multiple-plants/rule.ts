/**
 * 第17项 — 一证多厂或者多股东各自独立组织生产经营.
 *
 * Reads `facts.oneLicenceMultiplePlants` (one licence used for several separate plants) and
 * `facts.shareholdersOperateIndependently` (several shareholders each organising production or
 * operation on their own under the one unit); either `true` is a violation.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const OneLicenceFacts = Schema.Struct({ facts: factsSlice(["oneLicenceMultiplePlants", "shareholdersOperateIndependently"]) })

/**
 * @since 0.1.0
 */
export const oneLicenceMultiplePlants = Rule.fromCondition({
  id: "fireworks/one-licence-multiple-plants",
  title: { "zh-CN": "不得一证多厂或者多股东各自独立组织生产经营", en: "No one licence for several plants; no shareholders operating separately" },
  message: {
    "zh-CN": "一证多厂或者多股东各自独立组织生产经营",
    en: "One licence is used for several plants, or several shareholders each organise production or operation independently"
  },
  remediation: {
    "zh-CN": "一个许可证只对应一个厂区，其他厂区停止生产经营并依法另行申领许可；实行统一管理，停止股东各自独立组织生产经营。",
    en: "Use one licence for one plant only; the other plants stop and apply for their own licences; manage the unit as one and stop shareholders operating separately."
  },
  citation: citation(17),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: OneLicenceFacts,
  facts: factLabels("facts.oneLicenceMultiplePlants", "facts.shareholdersOperateIndependently"),
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.oneLicenceMultiplePlants", true), "一证多厂", "one licence is used for several plants"),
    Condition.because(
      Condition.eq("facts.shareholdersOperateIndependently", true),
      "多股东各自独立组织生产经营",
      "several shareholders each organise production or operation independently"
    )
  )
})
