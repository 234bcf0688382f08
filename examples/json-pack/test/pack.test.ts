import { Engine, JsonSchemas, Pack } from "@anquan/core"
import { fixtures, PackTester } from "@anquan/testing"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"))

// #region load
const pack = Pack.fromJson(read("pack.json"))
// #endregion load

const factory = (facts: Record<string, unknown> | undefined) =>
  fixtures.enterprise({ name: "某卷烟厂", sectors: ["industry-trade"], facts: facts === undefined ? undefined : { tobacco: facts } })
const tester = PackTester.make(pack)
const asOf = "2026-11-23"
const site = { name: "1号烟叶仓库", phosphineAlarmInstruments: true, gasMasks: true, unrelatedPeopleEvacuationConfirmed: true }

tester.run("tobacco-major-hazards/fumigation", {
  violation: [
    {
      name: "no gas masks at the second site",
      asOf,
      enterprise: factory({ fumigates: true, fumigationSites: [site, { ...site, name: "2号烟叶仓库", gasMasks: false }] }),
      evidence: [{ path: "facts.fumigationSites[1].gasMasks", value: false }],
      details: { "zh-CN": "熏蒸作业场所「2号烟叶仓库」：配备防毒面具：否" }
    },
    { name: "no phosphine alarm instruments", asOf, enterprise: factory({ fumigates: true, fumigationSites: [{ ...site, phosphineAlarmInstruments: false }] }) },
    { name: "evacuation not confirmed before fumigating", asOf, enterprise: factory({ fumigates: true, fumigationSites: [{ ...site, unrelatedPeopleEvacuationConfirmed: false }] }) }
  ],
  compliant: [
    { name: "alarm instruments, gas masks and evacuation confirmed", asOf, enterprise: factory({ fumigates: true, fumigationSites: [site] }) },
    { name: "no fumigation sites", asOf, enterprise: factory({ fumigates: true, fumigationSites: [] }) }
  ],
  notApplicable: [{ name: "no fumigation", asOf, enterprise: factory({ fumigates: false }) }],
  indeterminate: [
    { asOf, enterprise: factory(undefined), missing: ["facts.fumigates"] },
    { asOf, enterprise: factory({ fumigates: true, fumigationSites: [{ name: "熏蒸库", phosphineAlarmInstruments: true, gasMasks: true }] }), missing: ["facts.fumigationSites[0].unrelatedPeopleEvacuationConfirmed"] }
  ],
  notSelected: [{ name: "not an industry-and-trade enterprise", asOf, enterprise: fixtures.enterprise({ sectors: ["hazardous-chemicals"] }) }]
})

// #region tester
tester.run("tobacco-major-hazards/expanded-tobacco-co2-alarm", {
  violation: [
    {
      name: "the alarm of line 2 is not interlocked with the emergency ventilation",
      asOf,
      enterprise: factory({
        makesExpandedTobaccoWithLiquidCO2: true,
        expandedTobaccoLines: [
          { name: "1号膨胀线", fixedCo2Alarm: true, alarmInterlockedWithEmergencyVentilation: true },
          { name: "2号膨胀线", fixedCo2Alarm: true, alarmInterlockedWithEmergencyVentilation: false }
        ]
      }),
      evidence: [{ path: "facts.expandedTobaccoLines[1].alarmInterlockedWithEmergencyVentilation", value: false }],
      details: { "zh-CN": "膨胀烟丝生产线和场所「2号膨胀线」：监测报警装置与事故通风设施联锁：否" }
    },
    { name: "no fixed CO₂ alarm", asOf, enterprise: factory({ makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [{ name: "1号膨胀线", fixedCo2Alarm: false }] }) }
  ],
  compliant: [{
    name: "a fixed alarm interlocked with the emergency ventilation",
    asOf,
    enterprise: factory({ makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [{ name: "1号膨胀线", fixedCo2Alarm: true, alarmInterlockedWithEmergencyVentilation: true }] })
  }],
  notApplicable: [{ name: "no expanded tobacco made with liquid CO₂", asOf, enterprise: factory({ makesExpandedTobaccoWithLiquidCO2: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ makesExpandedTobaccoWithLiquidCO2: true }), missing: ["facts.expandedTobaccoLines"] }]
})
// #endregion tester

describe("the sample enterprises", () => {
  it("give a violation of the expanded-tobacco CO₂ alarm item", () => {
    const report = Engine.make({ packs: [pack] }).evaluate(read("sample.json"), { asOf })
    expect(report.enterprises.map((e) => e.findings.map((f) => [f.ruleId, f.outcome]))).toEqual([
      [["tobacco-major-hazards/expanded-tobacco-co2-alarm", "violation"]],
      []
    ])
  })
})

describe("pack.schema.json", () => {
  it("is the JSON Schema core exports for pack files, so editors check pack.json", () => {
    expect(read("pack.schema.json")).toEqual(JsonSchemas.of("PackFile"))
  })
})
