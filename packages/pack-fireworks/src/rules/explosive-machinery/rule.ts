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
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import type { ExplosiveMachine } from "../../facts/FireworksFacts.ts"
import { at, citation, collector, effective, factsSlice, fireworksProducers, notApplicable, penalty102, readAt } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ExplosiveMachineryFacts = Schema.Struct({ facts: factsSlice(["explosiveMachinery"]) })

const MACHINES = "facts.explosiveMachinery"

const noMachinery = notApplicable("the unit has no explosive-handling machinery (涉药机械设备)")

/** A machine's label in messages: its id and name, else its position. */
const label = (m: ExplosiveMachine, i: number): { readonly zh: string; readonly en: string } => {
  const name = [m.id, m.name].filter((s) => s !== undefined).join(" ")
  return name === ""
    ? { zh: `第${i + 1}台涉药机械设备`, en: `machine #${i + 1}` }
    : { zh: `涉药机械设备「${name}」`, en: `machine "${name}"` }
}

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
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const machines = facts?.explosiveMachinery
    if (machines === undefined) {
      c.missing(MACHINES)
      return c.outcome()
    }
    if (machines.length === 0) return noMachinery(c)
    for (let i = 0; i < machines.length && !c.done; i++) {
      const m = machines[i]!
      if (readAt(c, MACHINES, i, "inUse", m.inUse) !== true) continue
      if (readAt(c, MACHINES, i, "safetyDemonstrated", m.safetyDemonstrated) === false && c.breach()) {
        const { zh, en } = label(m, i)
        c.violation([{ path: at(MACHINES, i, "safetyDemonstrated"), value: false }], `${zh}在用但未经安全性论证`, `${en} is in use without a safety demonstration`)
      }
      if (readAt(c, MACHINES, i, "unapprovedModification", m.unapprovedModification) === true && c.breach()) {
        const { zh, en } = label(m, i)
        c.violation([{ path: at(MACHINES, i, "unapprovedModification"), value: true }], `${zh}被擅自更改`, `${en} was altered without approval`)
      }
      if (readAt(c, MACHINES, i, "unapprovedUseChange", m.unapprovedUseChange) === true && c.breach()) {
        const { zh, en } = label(m, i)
        c.violation([{ path: at(MACHINES, i, "unapprovedUseChange"), value: true }], `${zh}被擅自改变用途`, `${en} was put to another use without approval`)
      }
    }
    return c.outcome()
  }
})
