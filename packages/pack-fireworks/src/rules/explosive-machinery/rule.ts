/**
 * 第11项 — 在用涉药机械设备未经安全性论证或者擅自更改、改变用途.
 *
 * For every machine in `facts.explosiveMachinery` that is in use (`inUse: true`; machines out of use
 * are not concerned): `safetyDemonstrated: false`, `unapprovedModification: true` or
 * `unapprovedUseChange: true` is a violation. A unit known to have no 涉药机械设备 is not concerned.
 * 涉药机械设备 are production machinery, so the rule applies to production units.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, factsSlice, fireworksProducers, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ExplosiveMachineryFacts = Schema.Struct({ facts: factsSlice(["explosiveMachinery"]) })

/**
 * @since 0.1.0
 */
export const explosiveMachinery = Rule.fromCondition({
  id: "fireworks/explosive-machinery",
  title: { "zh-CN": "涉药机械设备安全性论证和变更管理", en: "Explosive-handling machinery demonstrated safe and unaltered" },
  message: {
    "zh-CN": "在用涉药机械设备未经安全性论证或者擅自更改、改变用途",
    en: "Machinery in use for explosive work has not been demonstrated safe, or has been altered or put to another use without approval"
  },
  remediation: {
    "zh-CN": "立即停用未经安全性论证的涉药机械设备，组织安全性论证；恢复擅自更改或改变用途的设备，确需变更的经论证批准后实施。",
    en: "Stop using explosive-handling machines that have not been demonstrated safe and have them assessed; restore machines altered or repurposed without approval, and make changes only after assessment and approval."
  },
  citation: citation(11),
  penalties: [penalty102],
  severity: "major",
  appliesTo: fireworksProducers,
  effective,
  schema: ExplosiveMachineryFacts,
  facts: factLabels("facts.explosiveMachinery"),
  notApplicableWhen: Condition.none("facts.explosiveMachinery"),
  notApplicableReason: "the unit has no explosive-handling machinery (涉药机械设备)",
  violationWhen: Condition.some(
    "facts.explosiveMachinery",
    // machines out of use are not concerned; whether one is in use is not evidence of its breach
    Condition.when(
      Condition.eq("inUse", true),
      Condition.any(
        Condition.because(
          Condition.eq("safetyDemonstrated", false),
          "涉药机械设备「{$entry}」在用但未经安全性论证",
          "machine \"{$entry}\" is in use without a safety demonstration"
        ),
        Condition.because(Condition.eq("unapprovedModification", true), "涉药机械设备「{$entry}」被擅自更改", "machine \"{$entry}\" was altered without approval"),
        Condition.because(
          Condition.eq("unapprovedUseChange", true),
          "涉药机械设备「{$entry}」被擅自改变用途",
          "machine \"{$entry}\" was put to another use without approval"
        )
      ),
      { guardEvidence: false }
    ),
    { label: { join: ["id", "name"] }, heading: false }
  )
})
