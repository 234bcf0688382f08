import { Engine, JsonSchemas, Pack } from "@anquan/core"
import { fixtures, PackTester } from "@anquan/testing"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"))

// #region load
const pack = Pack.fromJson(read("pack.json"))
// #endregion load

const plant = (facts: Record<string, unknown> | undefined) =>
  fixtures.enterprise({ name: "某冷冻食品有限公司", sectors: ["industry-trade"], facts: facts === undefined ? undefined : { ammoniaRefrigeration: facts } })
const tester = PackTester.make(pack)
const asOf = "2026-11-23"

tester.run("ammonia-refrigeration/direct-evaporation-air-conditioning", {
  violation: [{
    name: "the packaging room is cooled by direct ammonia evaporation",
    asOf,
    enterprise: plant({ usesLiquidAmmonia: true, workrooms: [{ name: "冷库", kind: "other", ammoniaDirectEvaporationAirConditioning: true }, { name: "包装间", kind: "packaging", ammoniaDirectEvaporationAirConditioning: true }] }),
    evidence: [{ path: "facts.workrooms[1].kind", value: "packaging" }, { path: "facts.workrooms[1].ammoniaDirectEvaporationAirConditioning", value: true }],
    details: { "zh-CN": "生产场所“包装间”", en: "workroom \"包装间\"" }
  }],
  compliant: [
    { name: "only a cold store uses direct evaporation", asOf, enterprise: plant({ usesLiquidAmmonia: true, workrooms: [{ name: "冷库", kind: "other", ammoniaDirectEvaporationAirConditioning: true }] }) },
    { name: "no workrooms", asOf, enterprise: plant({ usesLiquidAmmonia: true, workrooms: [] }) }
  ],
  notApplicable: [{ name: "no liquid ammonia", asOf, enterprise: plant({ usesLiquidAmmonia: false }) }],
  indeterminate: [
    { asOf, enterprise: plant(undefined), missing: ["facts.usesLiquidAmmonia"] },
    { asOf, enterprise: plant({ usesLiquidAmmonia: true, workrooms: [{ name: "分割间", kind: "cutting" }] }), missing: ["facts.workrooms[0].ammoniaDirectEvaporationAirConditioning"] }
  ],
  notSelected: [{ name: "not an industry-and-trade enterprise", asOf, enterprise: fixtures.enterprise({ sectors: ["hazardous-chemicals"] }) }]
})

// #region tester
tester.run("ammonia-refrigeration/quick-freezer-room", {
  violation: [
    {
      name: "12 people in the room of freezer 2",
      asOf,
      enterprise: plant({ usesLiquidAmmonia: true, quickFreezers: [{ name: "1号速冻机", inSeparateRoom: true, roomWorkers: 6 }, { name: "2号速冻机", inSeparateRoom: true, roomWorkers: 12 }] }),
      evidence: [{ path: "facts.quickFreezers[1].roomWorkers", value: 12 }],
      details: { "zh-CN": "快速冻结装置“2号速冻机”：作业间内作业人员数量为12人，大于9人" }
    },
    { name: "a freezer in a shared room", asOf, enterprise: plant({ usesLiquidAmmonia: true, quickFreezers: [{ name: "1号速冻机", inSeparateRoom: false, roomWorkers: 3 }] }) }
  ],
  compliant: [
    { name: "9 people is the limit", asOf, enterprise: plant({ usesLiquidAmmonia: true, quickFreezers: [{ name: "1号速冻机", inSeparateRoom: true, roomWorkers: 9 }] }) },
    {
      name: "a county that allows 12 (laxer than national, flagged)",
      asOf,
      enterprise: plant({ usesLiquidAmmonia: true, quickFreezers: [{ name: "1号速冻机", inSeparateRoom: true, roomWorkers: 12 }] }),
      config: [{ level: "county", name: "上城区", jurisdiction: "330102", rules: { "ammonia-refrigeration/quick-freezer-room": { params: { maxRoomWorkers: 12 } } } }]
    }
  ],
  indeterminate: [{ asOf, enterprise: plant({ usesLiquidAmmonia: true }), missing: ["facts.quickFreezers"] }]
})
// #endregion tester

describe("the sample enterprises", () => {
  it("give a violation of the quick-freezer item", () => {
    const report = Engine.make({ packs: [pack] }).evaluate(read("sample.json"), { asOf })
    expect(report.enterprises.map((e) => e.findings.map((f) => [f.ruleId, f.outcome]))).toEqual([
      [["ammonia-refrigeration/quick-freezer-room", "violation"]],
      []
    ])
  })
})

describe("pack.schema.json", () => {
  it("is the JSON Schema core exports for pack files, so editors check pack.json", () => {
    expect(read("pack.schema.json")).toEqual(JsonSchemas.of("PackFile"))
  })
})
