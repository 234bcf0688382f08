import { Engine } from "@anquan/core"
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { industryTradePack } from "../pack.ts"
import { asOf, plant } from "../testSupport.ts"

const RULE = "industry-trade/before-in-force"
const steelworks = plant({ industries: ["metallurgy"], specialFields: [], metallurgy: { gasFacilities: true, gasIsolationDevices: "missing" } })

PackTester.make(industryTradePack, { require: ["notApplicable"] }).run(RULE, {
  notApplicable: [
    { name: "2023-05-14, the day before", asOf: "2023-05-14", enterprise: steelworks },
    { name: "with no facts at all", asOf: "2020-01-01", enterprise: plant(undefined) }
  ],
  notSelected: [{ name: "from 2023-05-15 the items judge", asOf: "2023-05-15", enterprise: steelworks }, { asOf, enterprise: steelworks }]
})

describe("as-of dates before 令第10号", () => {
  const engine = Engine.make({ packs: [industryTradePack] })
  it("give one not-applicable finding with the note, never an item", () => {
    const report = engine.evaluate([steelworks], { asOf: "2023-05-14", include: "all" })
    const findings = report.enterprises[0]!.findings
    expect(findings.map((f) => [f.ruleId, f.outcome])).toEqual([[RULE, "not-applicable"]])
    expect(JSON.stringify(findings[0])).toContain("安监总管四〔2017〕129号")
    expect(report.enterprises[0]!.verdict).toBe("no-violation")
  })
  it("from 2023-05-15 the item rules run and the note does not", () => {
    const report = engine.evaluate([steelworks], { asOf: "2023-05-15", include: "all" })
    const ids = report.enterprises[0]!.findings.map((f) => f.ruleId)
    expect(ids).not.toContain(RULE)
    expect(ids).toContain("industry-trade/metallurgy-gas-isolation-devices")
    expect(report.enterprises[0]!.verdict).toBe("major-hazard")
  })
})
