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
import { Outcome, Rule } from "@anquan/core"
import { Schema } from "effect"
import { citation, collector, effective, factsSlice, fireworksProducers, penalty102, read } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ExplosiveMachineryFacts = Schema.Struct({ facts: factsSlice(["explosiveMachinery"]) })

/**
 * @since 0.1.0
 */
export const explosiveMachinery = Rule.define({
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
  facts: ExplosiveMachineryFacts,
  reads: [
    "facts.explosiveMachinery[].inUse",
    "facts.explosiveMachinery[].safetyDemonstrated",
    "facts.explosiveMachinery[].unapprovedModification",
    "facts.explosiveMachinery[].unapprovedUseChange"
  ],
  evaluate: ({ facts }) => {
    const machines = facts?.explosiveMachinery
    if (machines === undefined) return Outcome.indeterminate(["facts.explosiveMachinery"])
    if (machines.length === 0) return Outcome.notApplicable("the unit has no explosive-handling machinery (涉药机械设备)")
    const c = collector()
    machines.forEach((m, i) => {
      const path = `facts.explosiveMachinery[${i}]`
      const name = [m.id, m.name].filter((s) => s !== undefined).join(" ")
      const zh = name === "" ? `第${i + 1}台涉药机械设备` : `涉药机械设备「${name}」`
      const en = name === "" ? `machine #${i + 1}` : `machine "${name}"`
      if (read(c, `${path}.inUse`, m.inUse) !== true) return
      if (read(c, `${path}.safetyDemonstrated`, m.safetyDemonstrated) === false) {
        c.violation([{ path: `${path}.safetyDemonstrated`, value: false }], `${zh}在用但未经安全性论证`, `${en} is in use without a safety demonstration`)
      }
      if (read(c, `${path}.unapprovedModification`, m.unapprovedModification) === true) {
        c.violation([{ path: `${path}.unapprovedModification`, value: true }], `${zh}被擅自更改`, `${en} was altered without approval`)
      }
      if (read(c, `${path}.unapprovedUseChange`, m.unapprovedUseChange) === true) {
        c.violation([{ path: `${path}.unapprovedUseChange`, value: true }], `${zh}被擅自改变用途`, `${en} was put to another use without approval`)
      }
    })
    return c.outcome()
  }
})
