/**
 * 第14项 — 出租、出借、转让、买卖、冒用或者伪造许可证.
 *
 * Any entry in `facts.licenceMisuse` is a violation (every entry is one of the six acts the item
 * names); an empty list is compliant.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const LicenceMisuseFacts = Schema.Struct({ facts: factsSlice(["licenceMisuse"]) })

/**
 * @since 0.1.0
 */
export const licenceMisuse = Rule.fromCondition({
  id: "fireworks/licence-misuse",
  title: { "zh-CN": "不得出租、出借、转让、买卖、冒用或者伪造许可证", en: "No renting, lending, transfer, sale, misuse or forgery of licences" },
  message: {
    "zh-CN": "出租、出借、转让、买卖、冒用或者伪造许可证",
    en: "A licence was rented out, lent, transferred, bought or sold, used in another's name, or forged"
  },
  remediation: {
    "zh-CN": "立即停止出租、出借、转让、买卖、冒用许可证的行为，收回许可证；伪造、冒用许可证的立即停止生产经营，依法申领许可证。",
    en: "Stop renting, lending, transferring, trading or misusing the licence at once and take it back; a unit using a forged or another's licence must stop operating and apply for its own."
  },
  citation: citation(14),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: LicenceMisuseFacts,
  facts: factLabels("facts.licenceMisuse"),
  violationWhen: Condition.because(
    Condition.oneOf("facts.licenceMisuse", ["rented-out", "lent", "transferred", "bought-or-sold", "used-in-another-name", "forged"]),
    "许可证存在{facts.licenceMisuse:label}行为",
    "the licence was {facts.licenceMisuse:label}"
  )
})
