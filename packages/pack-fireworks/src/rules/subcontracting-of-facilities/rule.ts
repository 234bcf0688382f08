/**
 * 第16项 — 分包转包生产线、工房、库房组织生产经营.
 *
 * Any entry in `facts.outsourcedFacilities` (a production line, 工房 or 库房 on which another party
 * organises production or operation) is a violation. Leasing (出租) a facility to a party that
 * produces or trades there is counted as 转包 — a judgment call, documented in the README.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { citation, collector, effective, everyFireworksUnit, factsSlice, penalty102 } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const OutsourcingFacts = Schema.Struct({ facts: factsSlice(["outsourcedFacilities"]) })

const objects = {
  "production-line": { zh: "生产线", en: "production line" },
  workshop: { zh: "工房", en: "workshop" },
  store: { zh: "库房", en: "store" }
} as const
const arrangements = {
  subcontract: { zh: "分包", en: "subcontracted" },
  transfer: { zh: "转包", en: "transferred" },
  lease: { zh: "出租", en: "leased out" }
} as const

/**
 * @since 0.1.0
 */
export const subcontractingOfFacilities = Rule.define({
  id: "fireworks/subcontracting-of-facilities",
  title: { "zh-CN": "不得分包转包生产线、工房、库房", en: "No subcontracting of production lines, workshops or stores" },
  message: {
    "zh-CN": "分包转包生产线、工房、库房组织生产经营",
    en: "Production lines, workshops or stores are subcontracted or passed on to others who organise production or operation there"
  },
  remediation: {
    "zh-CN": "立即终止分包、转包（含出租给他人组织生产经营）的生产线、工房、库房，收回统一管理，由本单位按许可条件组织生产经营。",
    en: "End the subcontracting or transfer (including leases to others who produce or trade there) at once, take the facilities back under the unit's own management and operate them under its licence conditions."
  },
  citation: citation(16),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  facts: OutsourcingFacts,
  reads: ["facts.outsourcedFacilities[].object", "facts.outsourcedFacilities[].arrangement", "facts.outsourcedFacilities[].counterparty", "facts.outsourcedFacilities[].facility"],
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const list = facts?.outsourcedFacilities
    if (list === undefined) c.missing("facts.outsourcedFacilities")
    else if (list.length === 0) {
      if (c.explain) c.see("facts.outsourcedFacilities", [])
    } else if (c.breach()) {
      for (let i = 0; i < list.length; i++) {
        const o = list[i]!
        const obj = objects[o.object]
        const how = o.arrangement === undefined ? { zh: "分包转包", en: "handed over" } : arrangements[o.arrangement]
        const name = o.facility === undefined ? "" : `「${o.facility}」`
        const enName = o.facility === undefined ? "" : ` "${o.facility}"`
        const who = o.counterparty === undefined ? { zh: "", en: "" } : { zh: `给${o.counterparty}`, en: ` to ${o.counterparty}` }
        c.violation(
          [{ path: `facts.outsourcedFacilities[${i}]`, value: o }],
          `${obj.zh}${name}被${how.zh}${who.zh}组织生产经营`,
          `${obj.en}${enName} ${how.en}${who.en} for production or operation`
        )
      }
    }
    return c.outcome()
  }
})
