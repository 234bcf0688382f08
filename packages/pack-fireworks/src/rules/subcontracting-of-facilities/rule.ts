/**
 * 第16项 — 分包转包生产线、工房、库房组织生产经营.
 *
 * Any entry in `facts.outsourcedFacilities` (a production line, 工房 or 库房 on which another party
 * organises production or operation) is a violation. Leasing (出租) a facility to a party that
 * produces or trades there is counted as 转包 — a judgment call, documented in the README.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const OutsourcingFacts = Schema.Struct({ facts: factsSlice(["outsourcedFacilities"]) })

/** Always true and reads nothing: an entry's words without evidence of its own (the entries are the evidence). */
const listed = Condition.eq(Condition.value(true), true)

/** The words of one handed-over facility, as its name and counterparty are recorded or not. */
const words = (facility: boolean, counterparty: boolean): Condition.Condition => {
  const name = facility ? { zh: "「{facility}」", en: " \"{facility}\"" } : { zh: "", en: "" }
  const who = counterparty ? { zh: "给{counterparty}", en: " to {counterparty}" } : { zh: "", en: "" }
  const otherwise = Condition.any(
    facility ? Condition.not(Condition.present("facility")) : Condition.present("facility"),
    counterparty ? Condition.not(Condition.present("counterparty")) : Condition.present("counterparty")
  )
  return Condition.unless(
    otherwise,
    Condition.because(
      listed,
      `{object:label}${name.zh}被{arrangement:label|=分包转包}${who.zh}组织生产经营`,
      `{object:label}${name.en} {arrangement:label|=handed over}${who.en} for production or operation`
    )
  )
}

const handedOver = [words(true, true), words(true, false), words(false, true), words(false, false)]

/**
 * @since 0.1.0
 */
export const subcontractingOfFacilities = Rule.fromCondition({
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
  schema: OutsourcingFacts,
  facts: factLabels("facts.outsourcedFacilities"),
  violationWhen: Condition.all(
    Condition.nonEmpty("facts.outsourcedFacilities", { entries: true }),
    Condition.some("facts.outsourcedFacilities", Condition.any(...handedOver), { heading: false })
  )
})
