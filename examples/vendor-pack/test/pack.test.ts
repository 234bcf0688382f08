import { Engine } from "@anquan/core"
import { fixtures, PackTester } from "@anquan/testing"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { elderlyCareFirePack } from "../src/index.ts"

const home = (facts: Record<string, unknown> | undefined) =>
  fixtures.enterprise({ name: "某县社会福利院", sectors: ["elderly-care"], facts: facts === undefined ? undefined : { elderlyCareFire: facts } })
const tester = PackTester.make(elderlyCareFirePack)
const asOf = "2026-11-23"

tester.run("elderly-care-fire/monthly-fire-inspection", {
  violation: [
    { name: "last inspection 32 days ago", asOf, enterprise: home({ fireInspections: ["2026-10-22"] }), evidence: [{ path: "facts.fireInspections", value: "2026-10-22" }] },
    { name: "never inspected", asOf, enterprise: home({ fireInspections: [] }), details: { en: "No fire inspection" } }
  ],
  compliant: [{ name: "31 days ago is within a month", asOf, enterprise: home({ fireInspections: ["2026-08-01", "2026-10-23"] }) }],
  indeterminate: [{ asOf, enterprise: home({}), missing: ["facts.fireInspections"] }],
  notSelected: [{ name: "not an elderly-care unit", asOf, enterprise: fixtures.enterprise() }]
})

// #region tester
tester.run("elderly-care-fire/daily-fire-patrol", {
  violation: [{ asOf, enterprise: home({ patrolDaysLast30: 29 }), details: { "zh-CN": "29天" } }],
  compliant: [{ asOf, enterprise: home({ patrolDaysLast30: 30 }) }],
  indeterminate: [{ asOf, enterprise: home(undefined), missing: ["facts.patrolDaysLast30"] }]
})
// #endregion tester

tester.run("elderly-care-fire/staff-fire-training", {
  violation: [
    { name: "untrained new carers", asOf, enterprise: home({ untrainedNewStaff: 2 }) },
    { name: "last training more than half a year ago", asOf, enterprise: home({ staffFireTrainings: ["2026-05-23"], untrainedNewStaff: 0 }) }
  ],
  compliant: [{ asOf, enterprise: home({ staffFireTrainings: ["2026-05-24"], untrainedNewStaff: 0 }) }],
  indeterminate: [{ asOf, enterprise: home({ staffFireTrainings: ["2026-09-01"] }), missing: ["facts.untrainedNewStaff"] }]
})

describe("the sample home", () => {
  it("evaluates with the pack's own citation document", () => {
    const records = JSON.parse(readFileSync(new URL("../sample/homes.json", import.meta.url), "utf8"))
    const engine = Engine.make({ packs: [elderlyCareFirePack] })
    const report = engine.evaluate(records, { asOf })
    expect(report.enterprises[0]!.findings.map((f) => f.ruleId).sort()).toEqual([
      "elderly-care-fire/daily-fire-patrol",
      "elderly-care-fire/monthly-fire-inspection"
    ])
    expect(engine.registry.documents.get("elderly-care-100-day-campaign")?.verified).toBe(false)
  })
})
