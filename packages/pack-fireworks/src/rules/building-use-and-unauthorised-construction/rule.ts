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
import type { Store, Workshop } from "../../facts/FireworksFacts.ts"
import { buildingPath, buildingRef, citation, collector, effective, everyFireworksUnit, factsSlice, penalty102 } from "../shared.ts"
import type { BuildingKind, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const BuildingUseFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores", "unauthorisedStructures"]) })

/** Checks building `i` of `kind`: a change of use, and then its approval. */
const check = (c: Collector, kind: BuildingKind, b: Workshop | Store, i: number): void => {
  const changed = b.useChanged
  if (changed === undefined) {
    if (c.unknown()) c.missing(`${buildingPath(kind, i)}.useChanged`)
    return
  }
  if (!changed) {
    if (c.explain) c.see(`${buildingPath(kind, i)}.useChanged`, false)
    return
  }
  const approved = b.useChangeApproved
  if (approved === undefined) {
    if (c.unknown()) c.missing(`${buildingPath(kind, i)}.useChangeApproved`)
  } else if (approved) {
    if (c.explain) {
      const path = buildingPath(kind, i)
      c.see(`${path}.useChanged`, true)
      c.see(`${path}.useChangeApproved`, true)
    }
  } else if (c.breach()) {
    const r = buildingRef(kind, b, i)
    const from = b.designedUse, to = b.actualUse
    const evidence: Array<Evidence> = [{ path: `${r.path}.useChanged`, value: true }, { path: `${r.path}.useChangeApproved`, value: false }]
    if (from !== undefined) evidence.push({ path: `${r.path}.designedUse`, value: from })
    if (to !== undefined) evidence.push({ path: `${r.path}.actualUse`, value: to })
    const zhUse = from !== undefined && to !== undefined ? `，由「${from}」改为「${to}」` : ""
    const enUse = from !== undefined && to !== undefined ? ` from "${from}" to "${to}"` : ""
    c.violation(evidence, `${r.zh}未经批准擅自改变用途${zhUse}`, `${r.en}: use changed without approval${enUse}`)
  }
}

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
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const workshops = c.list("facts.workshops", facts?.workshops)
    const stores = c.list("facts.stores", facts?.stores)
    for (let i = 0; i < workshops.length && !c.done; i++) check(c, "workshop", workshops[i]!, i)
    for (let i = 0; i < stores.length && !c.done; i++) check(c, "store", stores[i]!, i)
    if (c.done) return c.outcome()
    const structures = facts?.unauthorisedStructures
    if (structures === undefined) c.missing("facts.unauthorisedStructures")
    else if (structures.length > 0) {
      if (c.breach()) {
        const what = structures.map((s) => [s.location, s.description].filter((x) => x !== undefined).join(" ")).filter((s) => s !== "")
        c.violation(
          [{ path: "facts.unauthorisedStructures", value: structures }],
          `违规私搭乱建${structures.length}处${what.length > 0 ? `：${what.join("、")}` : ""}`,
          `${structures.length} structure(s) built without authorisation${what.length > 0 ? `: ${what.join(", ")}` : ""}`
        )
      }
    } else if (c.explain) c.see("facts.unauthorisedStructures", [])
    return c.outcome()
  }
})
