/**
 * 第14项 — 出租、出借、转让、买卖、冒用或者伪造许可证.
 *
 * Any entry in `facts.licenceMisuse` is a violation; an empty list is compliant.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { citation, collector, effective, everyFireworksUnit, factsSlice, penalty102 } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const LicenceMisuseFacts = Schema.Struct({ facts: factsSlice(["licenceMisuse"]) })

const labels = {
  "rented-out": { zh: "出租", en: "rented out" },
  lent: { zh: "出借", en: "lent" },
  transferred: { zh: "转让", en: "transferred" },
  "bought-or-sold": { zh: "买卖", en: "bought or sold" },
  "used-in-another-name": { zh: "冒用", en: "used in another's name" },
  forged: { zh: "伪造", en: "forged" }
} as const

/**
 * @since 0.1.0
 */
export const licenceMisuse = Rule.define({
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
  facts: LicenceMisuseFacts,
  reads: ["facts.licenceMisuse"],
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const misuse = facts?.licenceMisuse
    if (misuse === undefined) c.missing("facts.licenceMisuse")
    else if (misuse.length > 0) {
      if (c.breach()) {
        const unique = [...new Set(misuse)]
        c.violation(
          [{ path: "facts.licenceMisuse", value: misuse }],
          `许可证存在${unique.map((m) => labels[m].zh).join("、")}行为`,
          `the licence was ${unique.map((m) => labels[m].en).join(", ")}`
        )
      }
    } else if (c.explain) c.see("facts.licenceMisuse", [])
    return c.outcome()
  }
})
