/**
 * 第10项 — 将氧化剂、还原剂同库储存、违规预混或者在同一工房内粉碎、称量.
 *
 * Three situations, any one a violation:
 * - a 库房 holding both an oxidiser and a reducer (`holdsOxidiser` and `holdsReducer` both true);
 * - 违规预混 (`facts.improperPremixing`);
 * - a 工房 where both are crushed or weighed (`oxidiserCrushedOrWeighed` and `reducerCrushedOrWeighed`).
 *
 * A building known not to hold (or handle) one of the two needs no fact about the other. Raw
 * oxidisers and reducers and their crushing and weighing belong to production, so the rule applies
 * to production units.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { buildingPath, buildingRef, citation, collector, effective, factsSlice, fireworksProducers, penalty102, read } from "../shared.ts"
import type { BuildingKind, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const OxidiserReducerFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores", "improperPremixing"]) })

/**
 * Whether building `i` of `kind` has both `a` (at `ka`) and `r` (at `kr`): `true` leaves the
 * violation to the caller; otherwise the two facts are recorded (seen when one is false, else
 * missing) and the answer is `false`.
 */
const both = (c: Collector, kind: BuildingKind, i: number, ka: string, kr: string, a: boolean | undefined, r: boolean | undefined): boolean => {
  if (a === true && r === true) return true
  if (a === false || r === false) {
    if (c.explain) {
      const path = buildingPath(kind, i)
      if (a !== undefined) c.see(`${path}.${ka}`, a)
      if (r !== undefined) c.see(`${path}.${kr}`, r)
    }
    return false
  }
  if (c.unknown()) {
    const path = buildingPath(kind, i)
    if (a === undefined) c.missing(`${path}.${ka}`)
    if (r === undefined) c.missing(`${path}.${kr}`)
  }
  return false
}

/**
 * @since 0.1.0
 */
export const oxidiserReducerSegregation = Rule.define({
  id: "fireworks/oxidiser-reducer-segregation",
  title: { "zh-CN": "氧化剂、还原剂分库储存、分室粉碎称量", en: "Oxidisers and reducers kept apart" },
  message: {
    "zh-CN": "将氧化剂、还原剂同库储存、违规预混或者在同一工房内粉碎、称量",
    en: "Oxidisers and reducers are stored in the same store, pre-mixed against the rules, or crushed or weighed in the same workshop"
  },
  remediation: {
    "zh-CN": "立即将氧化剂与还原剂分库储存，分别在专用工房内粉碎、称量，停止违规预混，并按工艺规程重新核定各工序。",
    en: "Store oxidisers and reducers in separate stores at once, crush and weigh them in separate dedicated workshops, stop the improper pre-mixing and re-approve each step against the process rules."
  },
  citation: citation(10),
  penalties: [penalty102],
  severity: "major",
  appliesTo: fireworksProducers,
  effective,
  facts: OxidiserReducerFacts,
  reads: [
    "facts.stores[].holdsOxidiser",
    "facts.stores[].holdsReducer",
    "facts.improperPremixing",
    "facts.workshops[].oxidiserCrushedOrWeighed",
    "facts.workshops[].reducerCrushedOrWeighed"
  ],
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const workshops = c.list("facts.workshops", facts?.workshops)
    const stores = c.list("facts.stores", facts?.stores)
    for (let i = 0; i < workshops.length && !c.done; i++) {
      const w = workshops[i]!
      if (both(c, "workshop", i, "oxidiserCrushedOrWeighed", "reducerCrushedOrWeighed", w.oxidiserCrushedOrWeighed, w.reducerCrushedOrWeighed) && c.breach()) {
        const b = buildingRef("workshop", w, i)
        c.violation(
          [{ path: `${b.path}.oxidiserCrushedOrWeighed`, value: true }, { path: `${b.path}.reducerCrushedOrWeighed`, value: true }],
          `${b.zh}内同时粉碎、称量氧化剂和还原剂`,
          `${b.en}: oxidisers and reducers crushed or weighed in the same workshop`
        )
      }
    }
    for (let i = 0; i < stores.length && !c.done; i++) {
      const s = stores[i]!
      if (both(c, "store", i, "holdsOxidiser", "holdsReducer", s.holdsOxidiser, s.holdsReducer) && c.breach()) {
        const b = buildingRef("store", s, i)
        c.violation(
          [{ path: `${b.path}.holdsOxidiser`, value: true }, { path: `${b.path}.holdsReducer`, value: true }],
          `${b.zh}氧化剂、还原剂同库储存`,
          `${b.en}: oxidisers and reducers stored together`
        )
      }
    }
    if (read(c, "facts.improperPremixing", facts?.improperPremixing) === true && c.breach()) {
      c.violation([{ path: "facts.improperPremixing", value: true }], "氧化剂、还原剂违规预混", "oxidisers and reducers are pre-mixed against the rules")
    }
    return c.outcome()
  }
})
