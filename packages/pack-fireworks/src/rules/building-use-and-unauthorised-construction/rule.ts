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
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { someBuilding } from "../buildings.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const BuildingUseFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores", "unauthorisedStructures"]) })

/**
 * @since 0.1.0
 */
export const buildingUseAndUnauthorisedConstruction = Rule.fromCondition({
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
  schema: BuildingUseFacts,
  facts: factLabels("facts.workshops", "facts.stores", "facts.unauthorisedStructures"),
  violationWhen: Condition.any(
    someBuilding(
      Condition.any(
        Condition.because(
          Condition.when(
            Condition.all(Condition.eq("useChanged", true), Condition.present("designedUse"), Condition.present("actualUse")),
            Condition.eq("useChangeApproved", false)
          ),
          "未经批准擅自改变用途，由「{designedUse}」改为「{actualUse}」",
          "use changed without approval from \"{designedUse}\" to \"{actualUse}\""
        ),
        Condition.because(
          Condition.when(
            Condition.eq("useChanged", true),
            Condition.unless(
              Condition.all(Condition.present("designedUse"), Condition.present("actualUse")),
              Condition.all(Condition.eq("useChangeApproved", false), Condition.show("designedUse"), Condition.show("actualUse"))
            )
          ),
          "未经批准擅自改变用途",
          "use changed without approval"
        )
      )
    ),
    Condition.nonEmpty("facts.unauthorisedStructures")
  )
})
