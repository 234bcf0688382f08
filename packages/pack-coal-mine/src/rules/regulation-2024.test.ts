import { Engine } from "@anquan/core"
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "../pack.ts"
import { mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)
const asOf = "2026-06-30"

const items = [
  ["over-capacity", "overCapacity"],
  ["gas-over-limit", "gasOverLimitWork"],
  ["outburst-measures", "outburstMeasuresNotImplemented"],
  ["drainage-system", "drainageSystemMissingOrDown"],
  ["ventilation", "ventilationUnreliable"],
  ["beyond-licence", "miningBeyondLicence"],
  ["water-hazard", "seriousWaterHazard"],
  ["rock-burst", "rockBurstUntreated"],
  ["spontaneous-combustion", "spontaneousCombustionUntreated"],
  ["obsolete-equipment", "obsoleteEquipment"],
  ["monitoring", "monitoringMissingOrDown"],
  ["slope", "slopeUntreated"],
  ["dual-circuit", "noDualCircuit"],
  ["producing-while-building", "producingWhileBuilding"],
  ["contracting", "contractingBreach"],
  ["restructuring", "restructuringBreach"],
  ["other", "otherMajorHazard"]
] as const

/** The kind of mine each item concerns: (三) outburst, (四) outburst or high-gas, (十二) open-pit; the rest any. */
const subjectOf = (slug: string, facts: Record<string, unknown>) =>
  slug === "slope" ? openPit(facts) : underground(facts, slug === "outburst-measures" || slug === "drainage-system" ? "outburst" : "low-gas")

/** Further cases: the items the 条例 narrows, and the facts that decide its words on their own. */
const extra: Record<string, { violation?: Array<any>; compliant?: Array<any>; notApplicable?: Array<any> }> = {
  "outburst-measures": {
    notApplicable: [{ name: "a high-gas mine", asOf, enterprise: underground({ regulation36: { outburstMeasuresNotImplemented: true } }, "high-gas") }]
  },
  "drainage-system": {
    violation: [{ name: "a high-gas mine's drainage system not running", asOf, enterprise: underground({ regulation36: { drainageSystemMissingOrDown: false }, drainageSystem: { establishedAsRequired: true, runningNormally: false } }, "high-gas") }],
    notApplicable: [{ name: "a low-gas mine", asOf, enterprise: underground({ regulation36: { drainageSystemMissingOrDown: true } }, "low-gas") }]
  },
  "beyond-licence": {
    violation: [{ name: "an open-pit mine stripping beyond its elevation", asOf, enterprise: openPit({ licence: { seamsBeyondLicence: false, beyondBoundaryOrElevation: true } }) }]
  },
  monitoring: { violation: [{ name: "systems down", asOf, enterprise: underground({ monitoring: { systemsMissingOrDown: true } }) }] },
  slope: {
    violation: [{ name: "a single final bench at 38.5° against 38° (the 2026 “2个以上” does not apply yet)", asOf, enterprise: openPit({ regulation36: { slopeUntreated: false }, finalWalls: [{ name: "北帮", benches: 1, slopeAngle: 38.5, designMaxAngle: 38 }] }) }],
    compliant: [{ name: "exactly the design maximum", asOf, enterprise: openPit({ regulation36: { slopeUntreated: false }, finalWalls: [{ name: "北帮", benches: 3, slopeAngle: 38, designMaxAngle: 38 }] }) }],
    notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({ regulation36: { slopeUntreated: true } }) }]
  }
}

for (const [slug, key] of items) {
  const base = slug === "drainage-system" ? { drainageSystem: { establishedAsRequired: true, runningNormally: true } }
    : slug === "beyond-licence" ? { licence: { seamsBeyondLicence: false, beyondBoundaryOrElevation: false } }
    : slug === "monitoring" ? { monitoring: { systemsMissingOrDown: false } }
    : slug === "slope" ? { finalWalls: [] }
    : {}
  const more = extra[slug] ?? {}
  tester.run(`coal-mine/regulation-36-${slug}`, {
    violation: [
      { name: `第三十六条 ${slug} found`, asOf, enterprise: subjectOf(slug, { ...base, regulation36: { [key]: true } }), evidence: [{ path: `facts.regulation36.${key}`, value: true }] },
      ...(more.violation ?? [])
    ],
    compliant: [{ name: "not found", asOf, enterprise: subjectOf(slug, { ...base, regulation36: { [key]: false } }) }, ...(more.compliant ?? [])],
    ...(more.notApplicable === undefined ? {} : { notApplicable: more.notApplicable }),
    indeterminate: [{ name: "not inspected", asOf, enterprise: subjectOf(slug, base), missing: [`facts.regulation36.${key}`] }]
  })
}

describe("the same mine on either side of 2026-07-01", () => {
  const engine = Engine.make({ packs: [coalMinePack] })
  // a quarter over 30 % of capacity (a 2026 情形), the 条例 items all found absent by the inspection
  const regulation36 = Object.fromEntries(items.map(([, key]) => [key, false]))
  const record = underground({ ratedCapacity: 120, annualOutputs: [{ year: 2025, rawCoal: 100 }], quarterlyOutputs: [{ quarter: "2026Q2", rawCoal: 36.5 }], regulation36 }, "high-gas")
  const findings = (day: string) => engine.evaluate([record], { asOf: day, include: "all" }).enterprises[0]!.findings

  it("as of 2026-06-30 the 17 items of 第三十六条 apply, and no 2026 情形", () => {
    const on = findings("2026-06-30")
    expect(on.every((f) => f.citation.document === "coal-safety-regulation-2024")).toBe(true)
    expect(on.map((f) => f.citation.item)).toEqual(items.map((_, i) => i + 1))
    expect(on.find((f) => f.ruleId === "coal-mine/regulation-36-over-capacity")!.outcome).toBe("compliant")
  })

  it("as of 2026-07-01 the 123 情形 of the 2026 text apply, and no 条例 item on its own", () => {
    const on = findings("2026-07-01")
    expect(on).toHaveLength(123)
    expect(on.every((f) => f.citation.document === "coal-major-hazard-2026")).toBe(true)
    expect(on.find((f) => f.ruleId === "coal-mine/output-over-capacity")!.outcome).toBe("violation")
  })

  it("before the 条例 took effect (2024-04-30) no rule of the pack applies", () => {
    expect(findings("2024-04-30")).toEqual([])
  })

  it("a mine of unknown type: the narrowed items are undecided, and so are the items whose own facts are not given", () => {
    expect(engine.evaluate([mine({ regulation36 })], { asOf: "2026-06-30" }).enterprises[0]!.findings.map((f) => [f.ruleId, f.outcome, f.missing])).toEqual([
      ["coal-mine/regulation-36-outburst-measures", "indeterminate", ["facts.mineType", "facts.gasClass"]],
      ["coal-mine/regulation-36-drainage-system", "indeterminate", ["facts.mineType", "facts.gasClass"]],
      ["coal-mine/regulation-36-beyond-licence", "indeterminate", ["facts.licence"]],
      ["coal-mine/regulation-36-monitoring", "indeterminate", ["facts.monitoring.systemsMissingOrDown"]],
      ["coal-mine/regulation-36-slope", "indeterminate", ["facts.mineType"]]
    ])
  })
})
