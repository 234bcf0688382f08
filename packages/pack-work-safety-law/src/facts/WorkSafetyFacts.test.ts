import { Engine } from "@anquan/core"
import { fixtures } from "@anquan/testing"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { workSafetyLaw } from "../index.ts"
import { WorkSafetyFacts } from "./WorkSafetyFacts.ts"

const decode = Schema.decodeUnknownResult(WorkSafetyFacts)

describe("WorkSafetyFacts", () => {
  it("accepts an empty section (everything unknown)", () => {
    expect(decode({})._tag).toBe("Success")
  })

  it("decodes dates to calendar days", () => {
    const r = Schema.decodeUnknownSync(WorkSafetyFacts)({ emergencyPlan: { drills: [{ plan: "on-site", date: "2026-09-10" }] } })
    expect(r.emergencyPlan?.drills?.[0]?.date.toISOString()).toBe("2026-09-10T00:00:00.000Z")
  })

  it("rejects an explicit undefined: absent means unknown, never a silent default", () => {
    expect(decode({ staffDormitory: undefined })._tag).toBe("Failure")
  })

  it("rejects more untrained people than the group has", () => {
    expect(decode({ training: { interns: { count: 2, untrainedAtWork: 3 } } })._tag).toBe("Failure")
  })

  it("rejects a policy that ends before it starts", () => {
    expect(decode({ liabilityInsurancePolicies: [{ from: "2026-01-01", to: "2025-12-31" }] })._tag).toBe("Failure")
  })

  it("a record with a bad section is rejected with the path inside enterprise.facts.workSafety", () => {
    const engine = Engine.make({ packs: [workSafetyLaw] })
    const report = engine.evaluate(fixtures.enterprise({ facts: { workSafety: { emergencyPlan: { drills: [{ plan: "drill", date: "2026-02-30" }] } } } }), { asOf: "2026-11-23" })
    expect(report.rejected[0]?.issues.map((i) => i.path)).toEqual([
      ["facts", "workSafety", "emergencyPlan", "drills", 0, "plan"],
      ["facts", "workSafety", "emergencyPlan", "drills", 0, "date"]
    ])
  })
})
