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
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { at, citation, collector, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102, read } from "../shared.ts"
import type { Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const LicensedScopeFacts = Schema.Struct({
  enterprise: enterpriseSlice(["unitKinds"]),
  facts: factsSlice(["products", "licensedScope", "prohibitedChemicalsUsed"])
})

/** One of the two things a product's licence must cover, with the path of what the licence covers. */
interface ScopeCheck {
  readonly key: string
  readonly scopePath: string
  readonly zh: string
  readonly en: string
}

const productKind: ScopeCheck = { key: "kind", scopePath: "facts.licensedScope.productKinds", zh: "产品种类", en: "product kind" }
const hazardGrade: ScopeCheck = { key: "hazardGrade", scopePath: "facts.licensedScope.hazardGrades", zh: "危险等级", en: "hazard grade" }

/**
 * Checks that product `i`'s `value` (at `k.key`) is among the licensed ones (`allowed`, from
 * `scope`).
 */
const check = (
  c: Collector,
  p: { readonly name?: string | undefined },
  i: number,
  k: ScopeCheck,
  value: string | undefined,
  scope: object | undefined,
  allowed: ReadonlyArray<string> | undefined
): void => {
  if (value === undefined) {
    if (c.unknown()) c.missing(at("facts.products", i, k.key))
    return
  }
  if (scope === undefined) {
    c.missing("facts.licensedScope")
    return
  }
  if (allowed === undefined) {
    c.missing(k.scopePath)
    return
  }
  if (allowed.includes(value)) {
    if (c.explain) {
      c.see(at("facts.products", i, k.key), value)
      c.see(k.scopePath, allowed)
    }
  } else if (c.breach()) {
    const zh = p.name === undefined ? `第${i + 1}个产品` : `产品「${p.name}」`
    const en = p.name === undefined ? `product #${i + 1}` : `product "${p.name}"`
    c.violation(
      [{ path: at("facts.products", i, k.key), value }, { path: k.scopePath, value: allowed }],
      `${zh}的${k.zh}「${value}」超出许可范围（${allowed.length === 0 ? "无" : allowed.join("、")}）`,
      `${en}: ${k.en} "${value}" is outside the licensed scope (${allowed.length === 0 ? "none" : allowed.join(", ")})`
    )
  }
}

/**
 * @since 0.1.0
 */
export const licensedScopeAndProhibitedChemicals = Rule.define({
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
  facts: LicensedScopeFacts,
  reads: [
    "facts.products[].kind",
    "facts.products[].hazardGrade",
    "facts.products[].name",
    "facts.licensedScope.productKinds",
    "facts.licensedScope.hazardGrades",
    "enterprise.unitKinds",
    "facts.prohibitedChemicalsUsed"
  ],
  evaluate: ({ enterprise, facts }, context) => {
    const c = collector(context)
    const products = facts?.products
    if (products === undefined) c.missing("facts.products")
    else {
      const scope = facts?.licensedScope
      for (let i = 0; i < products.length && !c.done; i++) {
        const p = products[i]!
        check(c, p, i, productKind, p.kind, scope, scope?.productKinds)
        check(c, p, i, hazardGrade, p.hazardGrade, scope, scope?.hazardGrades)
      }
    }
    const kinds = enterprise.unitKinds
    if (kinds === undefined) c.missing("enterprise.unitKinds")
    else if (kinds.includes("production")) {
      if (read(c, "facts.prohibitedChemicalsUsed", facts?.prohibitedChemicalsUsed) === true && c.breach()) {
        c.violation([{ path: "facts.prohibitedChemicalsUsed", value: true }], "生产使用违禁药物", "prohibited chemicals are used in production")
      }
    }
    return c.outcome()
  }
})
