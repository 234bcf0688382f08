import { CalendarDate } from "@anquan/core"
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { noncoalMinePack } from "../pack.ts"
import { asOf, findingCases, unitMine } from "../testSupport.ts"

const tester = PackTester.make(noncoalMinePack)
const U = "facts.underground."
const u = (entries: ReadonlyArray<readonly [string, unknown]>) => unitMine(["underground"], entries.map(([p, v]) => [U + p, v] as const))

// 一(一): 50 m included
tester.run("noncoal-mine/flammables-near-intakes", {
  violation: [{ name: "fuel exactly 50 m away", asOf, enterprise: u([["flammablesStoredAtSurface", true], ["flammablesDistanceM", 50]]), evidence: [{ path: "facts.underground.flammablesDistanceM", value: 50 }] }],
  compliant: [
    { name: "fuel 50.1 m away", asOf, enterprise: u([["flammablesStoredAtSurface", true], ["flammablesDistanceM", 50.1]]) },
    { name: "none stored: the distance is not read", asOf, enterprise: u([["flammablesStoredAtSurface", false]]) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], [[U + "flammablesStoredAtSurface", true], [U + "flammablesDistanceM", 10]]) }],
  indeterminate: [{ name: "stored, distance unknown", asOf, enterprise: u([["flammablesStoredAtSurface", true]]), missing: ["facts.underground.flammablesDistanceM"] }],
  notSelected: [{ name: "as of 2024-04-22, the day before the notice", asOf: "2024-04-22", enterprise: u([["flammablesStoredAtSurface", true], ["flammablesDistanceM", 10]]) }]
})

// 一(二): a hidden hazard unresolved AND the threatened area worked
const hidden = (notIdentified: boolean, untreated: boolean, producing: boolean) =>
  u([["surfaceWater.threatens", true], ["hiddenHazards.notIdentified", notIdentified], ["hiddenHazards.untreated", untreated], ["hiddenHazards.producingInThreatenedArea", producing]])
tester.run("noncoal-mine/hidden-water-hazards", {
  violation: [
    { name: "not identified, threatened area worked", asOf, enterprise: hidden(true, false, true), evidence: [{ path: "facts.underground.hiddenHazards.notIdentified", value: true }, { path: "facts.underground.hiddenHazards.producingInThreatenedArea", value: true }] },
    { name: "untreated, threatened area worked", asOf, enterprise: hidden(false, true, true) }
  ],
  compliant: [{ name: "not identified, but the threatened area is not worked", asOf, enterprise: hidden(true, true, false) }, { name: "identified and treated", asOf, enterprise: hidden(false, false, true) }],
  notApplicable: [{ name: "not threatened by surface water", asOf, enterprise: u([["surfaceWater.threatens", false], ["hiddenHazards.notIdentified", true]]) }],
  indeterminate: [{ name: "whether the area is worked unknown", asOf, enterprise: u([["surfaceWater.threatens", true], ["hiddenHazards.notIdentified", true]]), missing: ["facts.underground.hiddenHazards.producingInThreatenedArea"] }]
})

tester.run("noncoal-mine/underground-quarters-in-hazard-zone", findingCases("underground", ["facts.quartersInHazardZone"]))
tester.run("noncoal-mine/underground-extreme-weather", findingCases("underground", [U + "extremeWeatherNoWithdrawal"]))
tester.run("noncoal-mine/open-pit-quarters-in-hazard-zone", findingCases("open-pit", ["facts.quartersInHazardZone"]))
tester.run("noncoal-mine/open-pit-extreme-weather", findingCases("open-pit", ["facts.openPit.extremeWeatherNoWithdrawal"]))
tester.run("noncoal-mine/decant-slabs-and-plugs", findingCases("tailings-pond", ["facts.tailingsPond.coverSlabGapsNotFilled", "facts.tailingsPond.plugWrongPlace"]))
tester.run("noncoal-mine/tailings-extreme-weather", findingCases("tailings-pond", ["facts.tailingsPond.extremeWeatherNoWithdrawal"]))

describe("the supplement's window", () => {
  const supplement = noncoalMinePack.rules.filter((r) => r.citation.document === "noncoal-major-hazard-supplement-2024")

  it("has 8 rules, from the date of the notice, cited unverified, each with the note on its window", () => {
    expect(supplement).toHaveLength(8)
    for (const rule of supplement) {
      expect(CalendarDate.format(rule.effective.from)).toBe("2024-04-23")
      expect(rule.effective.to).toBeUndefined()
      expect(rule.citation.verified).toBe(false)
      expect(rule.notes?.[0]?.text["zh-CN"]).toContain("未另行规定施行日期")
    }
  })

  it("the 2022 items apply from 2022-09-01, cited verified", () => {
    const items = noncoalMinePack.rules.filter((r) => r.citation.document === "noncoal-major-hazard-2022")
    expect(items).toHaveLength(64)
    for (const rule of items) {
      expect(CalendarDate.format(rule.effective.from)).toBe("2022-09-01")
      expect(rule.effective.to).toBeUndefined()
      expect(rule.citation.verified).toBe(true)
    }
  })

  const quartersMine = unitMine(["open-pit"], [["facts.quartersInHazardZone", true]])
  tester.run("noncoal-mine/open-pit-quarters-in-hazard-zone", {
    violation: [{ name: "as of 2024-04-23", asOf: "2024-04-23", enterprise: quartersMine }],
    compliant: [{ name: "as of 2024-04-23, not in a hazard zone", asOf: "2024-04-23", enterprise: unitMine(["open-pit"], [["facts.quartersInHazardZone", false]]) }],
    indeterminate: [{ name: "as of 2024-04-23, unknown", asOf: "2024-04-23", enterprise: unitMine(["open-pit"], []), missing: ["facts.quartersInHazardZone"] }],
    notSelected: [{ name: "as of 2024-04-22", asOf: "2024-04-22", enterprise: quartersMine }]
  })
  tester.run("noncoal-mine/safety-berms", {
    violation: [{ name: "as of 2022-09-01", asOf: "2022-09-01", enterprise: unitMine(["open-pit"], [["facts.openPit.bermsNotAsDesigned", true]]) }],
    compliant: [{ name: "as of 2022-09-01, berms as designed", asOf: "2022-09-01", enterprise: unitMine(["open-pit"], [["facts.openPit.bermsNotAsDesigned", false]]) }],
    indeterminate: [{ name: "as of 2022-09-01, unknown", asOf: "2022-09-01", enterprise: unitMine(["open-pit"], []), missing: ["facts.openPit.bermsNotAsDesigned"] }],
    notSelected: [{ name: "as of 2022-08-31 (安监总管一〔2017〕98号, not encoded)", asOf: "2022-08-31", enterprise: unitMine(["open-pit"], [["facts.openPit.bermsNotAsDesigned", true]]) }]
  })
})
