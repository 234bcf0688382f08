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
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { STORE, WORKSHOP } from "../buildings.ts"
import { citation, effective, factsSlice, fireworksProducers, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const OxidiserReducerFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores", "improperPremixing"]) })

/**
 * @since 0.1.0
 */
export const oxidiserReducerSegregation = Rule.fromCondition({
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
  schema: OxidiserReducerFacts,
  facts: factLabels("facts.workshops", "facts.stores", "facts.improperPremixing"),
  violationWhen: Condition.any(
    Condition.some(
      "facts.workshops",
      Condition.because(
        Condition.all(Condition.eq("oxidiserCrushedOrWeighed", true), Condition.eq("reducerCrushedOrWeighed", true)),
        "同时粉碎、称量氧化剂和还原剂",
        "oxidisers and reducers crushed or weighed in the same workshop"
      ),
      WORKSHOP
    ),
    Condition.some(
      "facts.stores",
      Condition.because(
        Condition.all(Condition.eq("holdsOxidiser", true), Condition.eq("holdsReducer", true)),
        "氧化剂、还原剂同库储存",
        "oxidisers and reducers stored together"
      ),
      STORE
    ),
    Condition.because(Condition.eq("facts.improperPremixing", true), "氧化剂、还原剂违规预混", "oxidisers and reducers are pre-mixed against the rules")
  )
})
