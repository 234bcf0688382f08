/**
 * The readings of particular items: thresholds on both sides, the conjunctive and the one-sided
 * items, sub-types, several entries with the finding naming the one at fault, and 4.1 d) as the
 * pointer it is.
 */
import { Engine } from "@anquan/core"
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { specialEquipmentPack } from "../pack.ts"
import { entries } from "../testEntries.ts"
import { asOf, at, omit, unit } from "../testSupport.ts"

const tester = PackTester.make(specialEquipmentPack)
const { escalator, sightseeingCar, sightseeingTrain, oxygenChamber, boiler, ropeway, fixedVessel, tanker, passengerLift, crane, gantry, forklift } = entries

describe("4.6 e) the 400 mm threshold (小于400mm)", () => {
  tester.run("special-equipment/escalator-handrail-guard-plates", {
    violation: [
      { name: "399 mm without guard plates", asOf, enterprise: unit([{ ...escalator, handrailClearance: 399 }]), evidence: [{ path: at(0, "handrailClearance"), value: 399 }, { path: at(0, "guardPlatesFitted"), value: false }], details: { "zh-CN": "为399mm，小于400mm；未按要求装设防护挡板", en: "399 mm, less than 400 mm" } },
      { name: "399.5 mm", asOf, enterprise: unit([{ ...escalator, handrailClearance: 399.5 }]) }
    ],
    compliant: [
      { name: "400 mm is not less than 400 mm: no guard plates needed", asOf, enterprise: unit([{ ...escalator, handrailClearance: 400, guardPlatesFitted: false }]) },
      { name: "399 mm with guard plates fitted", asOf, enterprise: unit([{ ...escalator, handrailClearance: 399, guardPlatesFitted: true }]) },
      { name: "400 mm: guard plates not read", asOf, enterprise: unit([{ kind: "elevator", elevatorType: "moving-walk", inUse: true, handrailClearance: 400 }]) }
    ],
    notApplicable: [{ name: "passenger lifts only", asOf, enterprise: unit([passengerLift]) }],
    indeterminate: [
      { name: "399 mm, guard plates not recorded", asOf, enterprise: unit([{ kind: "elevator", elevatorType: "escalator", inUse: true, handrailClearance: 399 }]), missing: [at(0, "guardPlatesFitted")] },
      { name: "the type of lift not recorded", asOf, enterprise: unit([{ kind: "elevator", inUse: true, handrailClearance: 300, guardPlatesFitted: false }]), missing: [at(0, "elevatorType")] }
    ]
  })
})

describe("4.10 e) beyond the maximum gradient (超过最大行驶坡度)", () => {
  tester.run("special-equipment/sightseeing-vehicle-beyond-max-gradient", {
    violation: [{ name: "route 10.5 % for a train rated 10 %", asOf, enterprise: unit([{ ...sightseeingTrain, routeMaxGradient: 10.5 }]), evidence: [{ path: at(0, "routeMaxGradient"), value: 10.5 }, { path: at(0, "ratedMaxGradient"), value: 10 }] }],
    compliant: [{ name: "route equal to the maximum (10 % = 10 %) is not beyond it", asOf, enterprise: unit([{ ...sightseeingTrain, routeMaxGradient: 10 }]) }],
    notApplicable: [{ name: "forklifts are not sightseeing vehicles", asOf, enterprise: unit([forklift]) }],
    indeterminate: [{ name: "the vehicle's maximum not recorded", asOf, enterprise: unit([omit(sightseeingCar, "ratedMaxGradient")]), missing: [at(0, "ratedMaxGradient")] }]
  })
})

describe("4.3 f) an oxygen chamber's interlock: only 失效 is the item", () => {
  tester.run("special-equipment/oxygen-chamber-interlock", {
    violation: [{ asOf, enterprise: unit([{ ...oxygenChamber, oxygenChamberInterlock: "failed" }]) }],
    compliant: [{ name: "recorded missing: 4.3 f) names only a failure (失效)", asOf, enterprise: unit([{ ...oxygenChamber, oxygenChamberInterlock: "missing" }]) }],
    indeterminate: [{ asOf, enterprise: unit([omit(oxygenChamber, "oxygenChamberInterlock")]), missing: [at(0, "oxygenChamberInterlock")] }]
  })
  tester.run("special-equipment/oxygen-chamber-grounding", {
    violation: [{ name: "4.3 e) names 缺失或失效", asOf, enterprise: unit([{ ...oxygenChamber, grounding: "missing" }]) }],
    compliant: [{ asOf, enterprise: unit([oxygenChamber]) }],
    notApplicable: [{ name: "fixed vessels and tankers only", asOf, enterprise: unit([fixedVessel, tanker]) }],
    indeterminate: [{ asOf, enterprise: unit([omit(oxygenChamber, "grounding")]), missing: [at(0, "grounding")] }]
  })
})

describe("4.3 c) fixed and mobile vessels only; a device not required is no breach", () => {
  tester.run("special-equipment/pressure-vessel-safety-devices", {
    violation: [{ name: "a fixed vessel without a safety valve", asOf, enterprise: unit([{ ...fixedVessel, reliefDevice: "missing" }]), details: { "zh-CN": "压力容器「1号储气罐」：安全阀(爆破片装置)缺失；仍继续使用" } }],
    compliant: [{ name: "emergency shut-off not required for the fixed vessel", asOf, enterprise: unit([{ ...fixedVessel, emergencyShutOff: "not-required" }]) }],
    notApplicable: [{ name: "an oxygen chamber is neither fixed nor mobile here", asOf, enterprise: unit([oxygenChamber]) }],
    indeterminate: [{ name: "the vessel's type not recorded", asOf, enterprise: unit([omit(fixedVessel, "vesselType")]), missing: [at(0, "vesselType")] }]
  })
})

describe("4.2 g) power-station boilers only", () => {
  tester.run("special-equipment/power-station-boiler-pipes", {
    violation: [{ name: "a main pipe leaking", asOf, enterprise: unit([{ ...boiler, mainSteamWaterPipeLeak: true }]), details: { "zh-CN": "主要汽水管道泄漏" } }],
    compliant: [{ asOf, enterprise: unit([boiler]) }],
    notApplicable: [{ name: "an industrial boiler (not a power-station boiler)", asOf, enterprise: unit([{ ...boiler, powerStationBoiler: false, mainSteamWaterPipeLeak: true }]) }],
    indeterminate: [{ name: "whether it is a power-station boiler not recorded", asOf, enterprise: unit([omit(boiler, "powerStationBoiler")]), missing: [at(0, "powerStationBoiler")] }]
  })
})

describe("4.8 c) doors that cannot lock **and** carriers not withdrawn", () => {
  tester.run("special-equipment/ropeway-carrier-doors", {
    violation: [{ asOf, enterprise: unit([{ ...ropeway, carrierDoorsCannotLock: true, unlockableCarriersWithdrawn: false }]), details: { "zh-CN": "吊厢、吊篮、客车门不能锁闭；未停用" } }],
    compliant: [
      { name: "the carriers are withdrawn", asOf, enterprise: unit([{ ...ropeway, carrierDoorsCannotLock: true, unlockableCarriersWithdrawn: true }]) },
      { name: "the doors lock: withdrawal not read", asOf, enterprise: unit([{ ...ropeway, carrierDoorsCannotLock: false }]) }
    ],
    indeterminate: [{ name: "doors cannot lock, withdrawal not recorded", asOf, enterprise: unit([{ ...ropeway, carrierDoorsCannotLock: true }]), missing: [at(0, "unlockableCarriersWithdrawn")] }]
  })
})

describe("4.1 b) an accident, then not fully inspected", () => {
  tester.run("special-equipment/not-inspected-after-accident", {
    violation: [{ asOf, enterprise: unit([{ ...crane, hadAccident: true, inspectedAndRectifiedAfterAccident: false }]) }],
    compliant: [
      { name: "inspected and rectified after the accident", asOf, enterprise: unit([{ ...crane, hadAccident: true, inspectedAndRectifiedAfterAccident: true }]) },
      { name: "no accident: the inspection is not read", asOf, enterprise: unit([{ ...crane, hadAccident: false }]) }
    ],
    indeterminate: [{ asOf, enterprise: unit([{ ...crane, hadAccident: true }]), missing: [at(0, "inspectedAndRectifiedAfterAccident")] }]
  })
})

describe("4.7 a) and e)", () => {
  tester.run("special-equipment/crane-first-inspection", {
    violation: [{ asOf, enterprise: unit([{ ...gantry, firstInspection: "not-done" }]) }],
    compliant: [{ name: "no first inspection required", asOf, enterprise: unit([crane]) }],
    indeterminate: [{ asOf, enterprise: unit([omit(crane, "firstInspection")]), missing: [at(0, "firstInspection")] }]
  })
  tester.run("special-equipment/crane-wind-anti-slip", {
    violation: [{ asOf, enterprise: unit([crane, { ...gantry, windAntiSlip: "missing" }]), evidence: [{ path: at(1, "windAntiSlip"), value: "missing" }] }],
    compliant: [{ asOf, enterprise: unit([crane, gantry]) }],
    notApplicable: [{ name: "indoor cranes only", asOf, enterprise: unit([crane]) }],
    indeterminate: [{ name: "whether the crane is an outdoor rail crane not recorded", asOf, enterprise: unit([omit(crane, "outdoorRailMounted")]), missing: [at(0, "outdoorRailMounted")] }]
  })
})

describe("a register of several entries", () => {
  const engine = Engine.make({ packs: [specialEquipmentPack] })
  it("names the entry at fault by its name, else its registration code, else its position", () => {
    const report = engine.evaluate([unit([
      { ...boiler, reliefDevice: "effective" },
      { ...boiler, name: "2号锅炉", reliefDevice: "failed" },
      { kind: "boiler", registrationCode: "锅11苏E00003", inUse: true, reliefDevice: "missing" },
      { kind: "boiler", inUse: true, reliefDevice: "failed" },
      { ...boiler, name: "4号锅炉(停用)", reliefDevice: "missing", inUse: false }
    ])], { asOf })
    const f = report.enterprises[0]!.findings.find((x) => x.ruleId === "special-equipment/boiler-safety-valve")!
    expect(f.outcome).toBe("violation")
    expect(f.details?.["zh-CN"]).toBe(
      "锅炉「2号锅炉」：安全阀(爆破片装置)失效；仍继续使用。锅炉「锅11苏E00003」：安全阀(爆破片装置)缺失；仍继续使用。第4个锅炉：安全阀(爆破片装置)失效；仍继续使用"
    )
    expect(f.details?.en).toContain("boiler \"2号锅炉\": safety valve (bursting disc) failed; still in use")
    expect(f.evidence?.map((e) => e.path)).not.toContain(at(4, "reliefDevice"))
  })
})

describe("4.1 d): the pointer to 4.2–4.10's beyond-parameter and beyond-scope situations", () => {
  const engine = Engine.make({ packs: [specialEquipmentPack] })
  const findingsOf = (equipment: ReadonlyArray<Record<string, unknown>>) =>
    engine.evaluate([unit(equipment)], { asOf }).enterprises[0]!.findings.filter((f) => f.outcome === "violation").map((f) => `${f.citation.clause} ${f.citation.letter})`)

  it("a fixed vessel used as a mobile one: 4.3 b), and 4.1 d) pointing to it", () => {
    expect(findingsOf([{ ...fixedVessel, convertedToMobileUse: true }])).toEqual(["4.1 d)", "4.3 b)"])
  })
  it("a sightseeing vehicle beyond its maximum gradient: 4.10 e), and 4.1 d)", () => {
    expect(findingsOf([{ ...sightseeingCar, routeMaxGradient: 21 }])).toEqual(["4.1 d)", "4.10 e)"])
  })
  it("no other item of 4.2–4.10 is read by 4.1 d): a failed safety valve is 4.2 c) alone", () => {
    expect(findingsOf([{ ...boiler, reliefDevice: "failed" }])).toEqual(["4.2 c)"])
  })
  it("out of use: neither", () => {
    expect(findingsOf([{ ...fixedVessel, convertedToMobileUse: true, inUse: false }, { ...sightseeingCar, routeMaxGradient: 21, inUse: false }])).toEqual([])
  })
  it("its note says what it points to", () => {
    const rule = specialEquipmentPack.rules.find((r) => r.id === "special-equipment/beyond-parameters-or-scope")!
    expect(rule.notes?.[0]?.text["zh-CN"]).toContain("4.3 b)")
    expect(rule.notes?.[0]?.text["zh-CN"]).toContain("4.10 e)")
  })
})

describe("before 2024-12-01 (in force from then, [secondary])", () => {
  it("no item runs", () => {
    const report = Engine.make({ packs: [specialEquipmentPack] }).evaluate([unit([{ ...boiler, reliefDevice: "failed" }])], { asOf: "2024-11-30", include: "all" })
    expect(report.enterprises[0]!.findings).toEqual([])
    const after = Engine.make({ packs: [specialEquipmentPack] }).evaluate([unit([{ ...boiler, reliefDevice: "failed" }])], { asOf: "2024-12-01" })
    expect(after.enterprises[0]!.findings.map((f) => f.ruleId)).toEqual(["special-equipment/boiler-safety-valve"])
  })
})

describe("periodic inspection conclusions: the words each item quotes", () => {
  const { piping } = entries
  tester.run("special-equipment/pressure-piping-periodic-inspection", {
    violation: [
      { name: "不符合要求", asOf, enterprise: unit([{ ...piping, periodicInspection: "fail" }]), details: { "zh-CN": "定期检验结论为“不符合要求”", en: "does not meet requirements" } },
      { name: "不允许使用", asOf, enterprise: unit([{ ...piping, periodicInspection: "not-allowed" }]), details: { "zh-CN": "定期检验结论为“不允许使用”" } }
    ],
    compliant: [{ name: "基本符合要求", asOf, enterprise: unit([{ ...piping, periodicInspection: "basically-pass" }]) }],
    indeterminate: [{ asOf, enterprise: unit([omit(piping, "periodicInspection")]), missing: [at(0, "periodicInspection")] }]
  })
  tester.run("special-equipment/ropeway-periodic-inspection", {
    violation: [
      { name: "不合格", asOf, enterprise: unit([{ ...ropeway, periodicInspection: "fail" }]), details: { "zh-CN": "客运索道「主索道」：定期检验结论为“不合格”" } },
      { name: "复检不合格", asOf, enterprise: unit([{ ...ropeway, periodicInspection: "reinspection-fail" }]), details: { "zh-CN": "定期检验结论为“复检不合格”" } }
    ],
    compliant: [{ name: "复检合格", asOf, enterprise: unit([{ ...ropeway, periodicInspection: "reinspection-pass" }]) }],
    indeterminate: [{ asOf, enterprise: unit([omit(ropeway, "periodicInspection")]), missing: [at(0, "periodicInspection")] }]
  })
  tester.run("special-equipment/pressure-vessel-periodic-inspection", {
    violation: [{ name: "不符合要求", asOf, enterprise: unit([{ ...fixedVessel, periodicInspection: "fail" }]) }],
    compliant: [
      { name: "基本符合要求", asOf, enterprise: unit([{ ...fixedVessel, periodicInspection: "basically-pass" }]) },
      { name: "不允许使用: 4.3 a) quotes only 不符合要求 (4.4 a) has both)", asOf, enterprise: unit([{ ...fixedVessel, periodicInspection: "not-allowed" }]) }
    ],
    indeterminate: [{ asOf, enterprise: unit([omit(fixedVessel, "periodicInspection")]), missing: [at(0, "periodicInspection")] }]
  })
  tester.run("special-equipment/elevator-periodic-inspection", {
    violation: [{ name: "不合格", asOf, enterprise: unit([{ ...passengerLift, periodicInspection: "fail" }]), details: { "zh-CN": "电梯「1号客梯」：定期检验结论为“不合格”", en: "periodic inspection concluded \"unqualified\"" } }],
    compliant: [{ asOf, enterprise: unit([passengerLift]) }],
    indeterminate: [{ asOf, enterprise: unit([omit(passengerLift, "periodicInspection")]), missing: [at(0, "periodicInspection")] }]
  })
})
