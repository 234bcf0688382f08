/**
 * 第8项 — 擅自改变工(库)房用途或者违规私搭乱建.
 *
 * - For every 工房 and 库房: `useChanged: true` with `useChangeApproved: false` is a violation
 *   (擅自 = without approval); the approval is read only when the use changed.
 * - Any entry in `facts.unauthorisedStructures` (违规私搭乱建) is a violation.
 *
 * Unlike items 4–7, a unit without 工(库)房 is still concerned (it may build without approval).
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Evidence } from "@anquan/core"
import { Schema } from "effect"
import { buildings, citation, collector, effective, everyFireworksUnit, factsSlice, penalty102 } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const BuildingUseFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores", "unauthorisedStructures"]) })

/**
 * @since 0.1.0
 */
export const buildingUseAndUnauthorisedConstruction = Rule.define({
  id: "fireworks/building-use-and-unauthorised-construction",
  title: { "zh-CN": "不擅自改变工(库)房用途、不违规私搭乱建", en: "No unapproved change of use or unauthorised building" },
  message: {
    "zh-CN": "擅自改变工(库)房用途或者违规私搭乱建",
    en: "A workshop or store is used for another purpose without approval, or structures were built without authorisation"
  },
  remediation: {
    "zh-CN": "恢复工(库)房的设计用途，确需变更的应当经安全评价和批准后实施；拆除违规私搭乱建的建(构)筑物。",
    en: "Return the building to its designed use, changing it only after a safety assessment and approval; demolish the structures built without authorisation."
  },
  citation: citation(8),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  facts: BuildingUseFacts,
  reads: [
    "facts.workshops[].useChanged",
    "facts.workshops[].useChangeApproved",
    "facts.workshops[].designedUse",
    "facts.workshops[].actualUse",
    "facts.stores[].useChanged",
    "facts.stores[].useChangeApproved",
    "facts.stores[].designedUse",
    "facts.stores[].actualUse",
    "facts.unauthorisedStructures"
  ],
  evaluate: ({ facts }) => {
    const c = collector()
    const { list } = buildings(c, facts)
    for (const b of list) {
      const changed = b.building.useChanged
      const path = `${b.path}.useChanged`
      if (changed === undefined) {
        c.missing(path)
        continue
      }
      if (!changed) {
        c.seen({ path, value: false })
        continue
      }
      const approved = b.building.useChangeApproved
      if (approved === undefined) c.missing(`${b.path}.useChangeApproved`)
      else if (approved) c.seen({ path, value: true }, { path: `${b.path}.useChangeApproved`, value: true })
      else {
        const from = b.building.designedUse, to = b.building.actualUse
        const evidence: Array<Evidence> = [{ path, value: true }, { path: `${b.path}.useChangeApproved`, value: false }]
        if (from !== undefined) evidence.push({ path: `${b.path}.designedUse`, value: from })
        if (to !== undefined) evidence.push({ path: `${b.path}.actualUse`, value: to })
        const zhUse = from !== undefined && to !== undefined ? `，由「${from}」改为「${to}」` : ""
        const enUse = from !== undefined && to !== undefined ? ` from "${from}" to "${to}"` : ""
        c.violation(evidence, `${b.zh}未经批准擅自改变用途${zhUse}`, `${b.en}: use changed without approval${enUse}`)
      }
    }
    const structures = facts?.unauthorisedStructures
    if (structures === undefined) c.missing("facts.unauthorisedStructures")
    else if (structures.length > 0) {
      const what = structures.map((s) => [s.location, s.description].filter((x) => x !== undefined).join(" ")).filter((s) => s !== "")
      c.violation(
        [{ path: "facts.unauthorisedStructures", value: structures }],
        `违规私搭乱建${structures.length}处${what.length > 0 ? `：${what.join("、")}` : ""}`,
        `${structures.length} structure(s) built without authorisation${what.length > 0 ? `: ${what.join(", ")}` : ""}`
      )
    } else c.seen({ path: "facts.unauthorisedStructures", value: [] })
    return c.outcome()
  }
})
