/**
 * 第15项 — 生产经营的产品种类、危险等级超许可范围或者生产使用违禁药物.
 *
 * - Every product in `facts.products` must have a `kind` in `facts.licensedScope.productKinds` and a
 *   `hazardGrade` in `facts.licensedScope.hazardGrades` (exact string match: record both in the
 *   licence's own wording). The core `Licence` has no scope, hence the pack fact.
 * - 生产使用违禁药物 (`facts.prohibitedChemicalsUsed`) is read for production units only
 *   (`enterprise.unitKinds` includes `production`): only they "produce". The list of 违禁药物 is not
 *   encoded; the fact is the inspector's finding.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const LicensedScopeFacts = Schema.Struct({
  enterprise: enterpriseSlice(["unitKinds"]),
  facts: factsSlice(["products", "licensedScope", "prohibitedChemicalsUsed"])
})

/**
 * @since 0.1.0
 */
export const licensedScopeAndProhibitedChemicals = Rule.fromCondition({
  id: "fireworks/licensed-scope-and-prohibited-chemicals",
  title: { "zh-CN": "产品种类、危险等级不超许可范围，不使用违禁药物", en: "Products within the licensed scope; no prohibited chemicals" },
  message: {
    "zh-CN": "生产经营的产品种类、危险等级超许可范围或者生产使用违禁药物",
    en: "Products outside the licensed kinds or hazard grades are produced or traded, or prohibited chemicals are used in production"
  },
  remediation: {
    "zh-CN": "立即停止生产经营超许可范围的产品并依法处置；立即停止使用违禁药物，清除库存违禁药物及其制品。",
    en: "Stop producing or trading the products outside the licensed scope and dispose of them lawfully; stop using prohibited chemicals and remove them and the products made with them."
  },
  citation: citation(15),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: LicensedScopeFacts,
  facts: factLabels(
    "enterprise.unitKinds",
    "facts.products",
    "facts.licensedScope.productKinds",
    "facts.licensedScope.hazardGrades",
    "facts.prohibitedChemicalsUsed"
  ),
  violationWhen: Condition.any(
    Condition.some(
      "facts.products",
      Condition.any(
        Condition.because(
          Condition.not(Condition.isIn("kind", "facts.licensedScope.productKinds")),
          "产品「{$entry}」的产品种类「{kind}」超出许可范围（{facts.licensedScope.productKinds}）",
          "product \"{$entry}\": product kind \"{kind}\" is outside the licensed scope ({facts.licensedScope.productKinds})"
        ),
        Condition.because(
          Condition.not(Condition.isIn("hazardGrade", "facts.licensedScope.hazardGrades")),
          "产品「{$entry}」的危险等级「{hazardGrade}」超出许可范围（{facts.licensedScope.hazardGrades}）",
          "product \"{$entry}\": hazard grade \"{hazardGrade}\" is outside the licensed scope ({facts.licensedScope.hazardGrades})"
        )
      ),
      { label: "name", heading: false }
    ),
    // 生产使用违禁药物: only production units produce
    Condition.when(
      Condition.oneOf("enterprise.unitKinds", ["production"]),
      Condition.because(Condition.eq("facts.prohibitedChemicalsUsed", true), "生产使用违禁药物", "prohibited chemicals are used in production"),
      { guardEvidence: false }
    )
  )
})
