// Test-only rules and records for the pipeline tests of @anquan/core (which cannot depend on a pack).
import { Schema } from "effect"
import { computeCheckCharacter } from "../src/enterprise/index.ts"
import * as Outcome from "../src/rule/Outcome.ts"
import * as Pack from "../src/pack/Pack.ts"
import * as Rule from "../src/rule/Rule.ts"

export const code = (seed: number): string => {
  const body = `91330102${String(seed).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}

export const record = (seed: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  creditCode: code(seed),
  name: `企业${seed}`,
  jurisdiction: "330102",
  sectors: ["industry-trade"],
  employees: 50,
  ...extra
})

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })

export const DemoFacts = Schema.Struct({
  dustExplosion: Schema.optionalKey(Schema.Struct({
    removalSystem: Schema.optionalKey(Schema.Boolean),
    distanceMetres: Schema.optionalKey(Schema.Number)
  }))
})
export type DemoFacts = typeof DemoFacts.Type

const base = {
  title: text("测试规则", "Test rule"),
  message: text("违反测试规则", "Breaks the test rule"),
  remediation: text("整改", "Fix it"),
  citation: { document: "industry-trade-major-hazard-2023", article: 3, item: 1, verified: true },
  facts: Schema.Struct({ enterprise: Schema.Struct({ employees: Schema.optionalKey(Schema.Int) }) }),
  reads: ["enterprise.employees"]
} as const

/** major: more than `limit` employees is a violation; unknown employees are indeterminate. */
const limitParams = {
  limit: { type: "number", default: 100, laxerWhen: "greater", integer: true, min: 0, description: text("上限", "limit") }
} as const
type HeadcountFacts = { readonly enterprise: { readonly employees?: number } }

export const headcountDefinition: Rule.RuleDefinition<HeadcountFacts, typeof limitParams> = {
  ...base,
  id: "demo/headcount",
  severity: "major",
  effective: { from: "2020-01-01" },
  params: limitParams,
  evaluate: (f, ctx) => {
    const n = f.enterprise.employees
    if (n === undefined) return Outcome.indeterminate(["enterprise.employees"])
    return n > ctx.params.limit
      ? Outcome.violation([{ path: "enterprise.employees", value: n }])
      : Outcome.compliant([{ path: "enterprise.employees", value: n }])
  }
}
export const headcount = Rule.define(headcountDefinition)

/** general, reads the pack's own fact section. */
export const dustRemoval = Rule.define({
  ...base,
  id: "demo/dust-removal",
  severity: "general",
  appliesTo: { sectors: ["industry-trade"] },
  effective: { from: "2020-01-01" },
  facts: Schema.Struct({ facts: Schema.UndefinedOr(DemoFacts) }),
  reads: ["facts.dustExplosion.removalSystem"],
  evaluate: (f) => {
    const v = f.facts?.dustExplosion?.removalSystem
    if (v === undefined) return Outcome.indeterminate(["facts.dustExplosion.removalSystem"])
    return v ? Outcome.compliant() : Outcome.violation([{ path: "facts.dustExplosion.removalSystem", value: v }])
  }
})

/** Only for transport: never applies to industry-trade. */
export const transportOnly = Rule.define({
  ...base,
  id: "demo/transport-only",
  severity: "advisory",
  appliesTo: { sectors: ["transport"] },
  effective: { from: "2020-01-01" },
  evaluate: () => Outcome.violation([])
})

/** Says not-applicable for small units. */
export const smallUnits = Rule.define({
  ...base,
  id: "demo/small-units",
  severity: "advisory",
  effective: { from: "2020-01-01" },
  evaluate: (f) => (f.enterprise.employees ?? 0) < 10 ? Outcome.violation([]) : Outcome.notApplicable("10 or more staff")
})

/** Throws for one particular head-count. */
export const fragile = Rule.define({
  ...base,
  id: "demo/fragile",
  severity: "general",
  effective: { from: "2020-01-01" },
  evaluate: (f) => {
    if (f.enterprise.employees === 13) throw new Error("unlucky number")
    return Outcome.compliant()
  }
})

/** Two versions of one rule: v1 until 2021-12-31, v2 from 2022-01-01. */
export const versioned = [
  Rule.define({ ...base, id: "demo/versioned", severity: "general", effective: { from: "2020-01-01", to: "2021-12-31" },
    evaluate: () => Outcome.compliant([{ path: "version", value: 1 }]) }),
  Rule.define({ ...base, id: "demo/versioned", severity: "general", effective: { from: "2022-01-01" },
    evaluate: () => Outcome.violation([{ path: "version", value: 2 }]) })
]

export const demoPack = Pack.define<DemoFacts>({
  id: "demo",
  name: text("测试规则包", "Demo pack"),
  version: "1.0.0",
  factsKey: "demo",
  facts: DemoFacts,
  rules: [headcount, dustRemoval, transportOnly, smallUnits, fragile, ...versioned]
})
