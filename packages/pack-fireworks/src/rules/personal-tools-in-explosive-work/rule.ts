/**
 * 第3项 — 职工自行携带工器具、机器设备进厂进行涉药作业.
 *
 * Reads one observed fact, `facts.personalToolsInExplosiveWork`.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PersonalToolsFacts = Schema.Struct({ facts: factsSlice(["personalToolsInExplosiveWork"]) })

/**
 * @since 0.1.0
 */
export const personalToolsInExplosiveWork = Rule.fromCondition({
  id: "fireworks/personal-tools-in-explosive-work",
  title: { "zh-CN": "职工不得自带工器具、机器设备涉药作业", en: "No personal tools or machines in explosive work" },
  message: {
    "zh-CN": "职工自行携带工器具、机器设备进厂进行涉药作业",
    en: "Workers bring their own tools or machines into the plant for work with explosive materials"
  },
  remediation: {
    "zh-CN": "立即清出职工自带的工器具和机器设备，涉药作业只使用经单位配备、符合安全要求的工器具和设备，并加强进厂检查。",
    en: "Remove the workers' own tools and machines at once; use only tools and equipment the unit provides and has approved for explosive work, and check what is brought in at the gate."
  },
  citation: citation(3),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: PersonalToolsFacts,
  facts: factLabels("facts.personalToolsInExplosiveWork"),
  violationWhen: Condition.because(
    Condition.eq("facts.personalToolsInExplosiveWork", true),
    "发现职工自行携带工器具、机器设备进厂进行涉药作业",
    "workers were found doing explosive work with tools or machines they brought in themselves"
  )
})
