import { PackTester } from "@anquan/testing"
import { noncoalMinePack } from "../pack.ts"
import { asOf, findingCases, mine, unitMine } from "../testSupport.ts"

const tester = PackTester.make(noncoalMinePack)
const T = "facts.tailingsPond."
const pond = (entries: ReadonlyArray<readonly [string, unknown]>) => unitMine(["tailings-pond"], entries.map(([p, v]) => [T + p, v] as const))
const underground = unitMine(["underground"], [])

tester.run("noncoal-mine/dangerous-activities", findingCases("tailings-pond", [T + "dangerousActivities"]))

// (二) sub-case 3 needs both findings
const damOk: ReadonlyArray<readonly [string, unknown]> = [["dam.piping", false], ["dam.throughCracksOrSliding", false], ["dam.longitudinalCracks", false], ["dam.seepageSwamping", false]]
const dam = (...more: ReadonlyArray<readonly [string, unknown]>) => pond([...damOk, ...more])
tester.run("noncoal-mine/dam-deformation", {
  violation: [
    { name: "piping", asOf, enterprise: dam(["dam.piping", true]), evidence: [{ path: "facts.tailingsPond.dam.piping", value: true }], details: { "zh-CN": "1. 坝体存在较大面积管涌" } },
    { name: "longitudinal cracks and swamping", asOf, enterprise: dam(["dam.longitudinalCracks", true], ["dam.seepageSwamping", true]), evidence: [{ path: "facts.tailingsPond.dam.longitudinalCracks", value: true }, { path: "facts.tailingsPond.dam.seepageSwamping", value: true }], details: { "zh-CN": "3. " } }
  ],
  compliant: [
    { name: "none", asOf, enterprise: dam() },
    { name: "longitudinal cracks without high seepage or swamping", asOf, enterprise: dam(["dam.longitudinalCracks", true]) }
  ],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: unitMine(["underground"], [[T + "dam.piping", true]]) }],
  indeterminate: [{ name: "cracks found, seepage unknown", asOf, enterprise: pond([["dam.piping", false], ["dam.throughCracksOrSliding", false], ["dam.longitudinalCracks", true]]), missing: ["facts.tailingsPond.dam.seepageSwamping"] }]
})

// (三) 1:n, steeper = smaller n
const slope = (n: number, sub?: number) => pond([["outerSlopeN", n], ["designOuterSlopeN", 4], ...(sub === undefined ? [["hasSubDams", false] as const] : [["hasSubDams", true] as const, ["subDamOuterSlopeN", sub] as const, ["designSubDamOuterSlopeN", 3] as const])])
tester.run("noncoal-mine/dam-outer-slope", {
  violation: [
    { name: "1:3.9 against 1:4", asOf, enterprise: slope(3.9), evidence: [{ path: "facts.tailingsPond.outerSlopeN", value: 3.9 }, { path: "facts.tailingsPond.designOuterSlopeN", value: 4 }] },
    { name: "a sub-dam at 1:2.9 against 1:3", asOf, enterprise: slope(4, 2.9), evidence: [{ path: "facts.tailingsPond.subDamOuterSlopeN", value: 2.9 }] }
  ],
  compliant: [{ name: "exactly the design, no sub-dams", asOf, enterprise: slope(4) }, { name: "a sub-dam exactly at 1:3", asOf, enterprise: slope(4.5, 3) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground }],
  indeterminate: [{ name: "sub-dams present, their slope unknown", asOf, enterprise: pond([["outerSlopeN", 4], ["designOuterSlopeN", 4], ["hasSubDams", true], ["designSubDamOuterSlopeN", 3]]), missing: ["facts.tailingsPond.subDamOuterSlopeN"] }]
})

const hc = (h: number, v: number) => pond([["damHeightM", h], ["designDamHeightM", 80], ["storedVolume", v], ["designCapacity", 500]])
tester.run("noncoal-mine/over-height-or-capacity", {
  violation: [
    { name: "80.1 m against 80 m", asOf, enterprise: hc(80.1, 400), evidence: [{ path: "facts.tailingsPond.damHeightM", value: 80.1 }] },
    { name: "500.5 against 500 万m³", asOf, enterprise: hc(70, 500.5), evidence: [{ path: "facts.tailingsPond.storedVolume", value: 500.5 }] }
  ],
  compliant: [{ name: "exactly the design height and capacity", asOf, enterprise: hc(80, 500) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground }],
  indeterminate: [{ name: "stored volume unknown", asOf, enterprise: pond([["damHeightM", 70], ["designDamHeightM", 80], ["designCapacity", 500]]), missing: ["facts.tailingsPond.storedVolume"] }]
})

const rate = (r: number) => pond([["raiseRate", r], ["designRaiseRate", 5]])
tester.run("noncoal-mine/raise-rate", {
  violation: [{ name: "5.1 m/a against 5 m/a", asOf, enterprise: rate(5.1), evidence: [{ path: "facts.tailingsPond.raiseRate", value: 5.1 }] }],
  compliant: [{ name: "exactly 5 m/a", asOf, enterprise: rate(5) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground }],
  indeterminate: [{ name: "design rate unknown", asOf, enterprise: pond([["raiseRate", 6]]), missing: ["facts.tailingsPond.designRaiseRate"] }]
})

tester.run("noncoal-mine/dam-safety-review", findingCases("tailings-pond", [T + "noSafetyReview"], { base: [[T + "tailingsBuiltDam", true]], gate: [T + "tailingsBuiltDam", false] }))

const phreatic = (d: number) => pond([["phreaticDepthM", d], ["controlPhreaticDepthM", 6]])
tester.run("noncoal-mine/phreatic-line", {
  violation: [{ name: "5.9 m against a 6 m control depth", asOf, enterprise: phreatic(5.9), evidence: [{ path: "facts.tailingsPond.phreaticDepthM", value: 5.9 }, { path: "facts.tailingsPond.controlPhreaticDepthM", value: 6 }] }],
  compliant: [{ name: "exactly 6 m", asOf, enterprise: phreatic(6) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground }],
  indeterminate: [{ name: "depth unknown", asOf, enterprise: pond([["controlPhreaticDepthM", 6]]), missing: ["facts.tailingsPond.phreaticDepthM"] }]
})

// (八) wet: freeboard and beach length both below the design; dry: freeboard and flood width
const wet = (freeboardM: number, beachLengthM: number) => pond([["noFloodRouting", false], ["pondType", "wet"], ["freeboardM", freeboardM], ["designFreeboardM", 1], ["beachLengthM", beachLengthM], ["designBeachLengthM", 100]])
const dry = (freeboardM: number, floodWidthM: number) => pond([["noFloodRouting", false], ["pondType", "dry"], ["freeboardM", freeboardM], ["designFreeboardM", 1], ["floodWidthM", floodWidthM], ["designFloodWidthM", 50]])
tester.run("noncoal-mine/flood-freeboard", {
  violation: [
    { name: "no flood routing", asOf, enterprise: pond([["noFloodRouting", true]]), evidence: [{ path: "facts.tailingsPond.noFloodRouting", value: true }], details: { "zh-CN": "1. 汛前未按" } },
    { name: "wet: 0.99 m and 99.9 m", asOf, enterprise: wet(0.99, 99.9), evidence: [{ path: "facts.tailingsPond.freeboardM", value: 0.99 }, { path: "facts.tailingsPond.beachLengthM", value: 99.9 }], details: { "zh-CN": "2. " } },
    { name: "dry: 0.5 m and 49 m", asOf, enterprise: dry(0.5, 49), details: { "zh-CN": "3. " } }
  ],
  compliant: [
    { name: "wet: exactly the design", asOf, enterprise: wet(1, 100) },
    { name: "wet: freeboard below, beach length at the design", asOf, enterprise: wet(0.8, 100) },
    { name: "dry: width below, freeboard at the design", asOf, enterprise: dry(1, 40) }
  ],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground }],
  indeterminate: [{ name: "wet, beach length unknown, freeboard below", asOf, enterprise: pond([["noFloodRouting", false], ["pondType", "wet"], ["freeboardM", 0.5], ["designFreeboardM", 1], ["designBeachLengthM", 100]]), missing: ["facts.tailingsPond.beachLengthM"] }]
})

tester.run("noncoal-mine/decant-system", findingCases("tailings-pond", [T + "decant.belowDesign", T + "decant.capacityImpaired", T + "decant.plugsNotAsDesigned"]))
tester.run("noncoal-mine/foreign-material", findingCases("tailings-pond", [T + "foreignMaterialIn"]))
tester.run("noncoal-mine/mixed-discharge", findingCases("tailings-pond", [T + "mixedDischargeNotAsDesigned"], { base: [[T + "mixedTailings", true]], gate: [T + "mixedTailings", false] }))
tester.run("noncoal-mine/under-ice-discharge", findingCases("tailings-pond", [T + "underIceDischargeNotAsDesigned"], { base: [[T + "underIceDischargeRequired", true]], gate: [T + "underIceDischargeRequired", false] }))
tester.run("noncoal-mine/tailings-monitoring", findingCases("tailings-pond", [T + "monitoring.notAsDesigned", T + "monitoring.notRepaired", T + "monitoring.disabledOrTampered"]))
tester.run("noncoal-mine/dry-stacking", findingCases("tailings-pond", [T + "dry.moistureWithoutMeasures", T + "dry.stackingNotAsDesigned", T + "dry.notCompacted"], { base: [[T + "pondType", "dry"]], gate: [T + "pondType", "wet"] }))

// (十五) 0.98 × 1.25 = 1.225
const factor = (f: number) => pond([["minSafetyFactor", f], ["standardSafetyFactor", 1.25]])
tester.run("noncoal-mine/slide-stability", {
  violation: [{ name: "1.224 against 0.98 × 1.25", asOf, enterprise: factor(1.224), evidence: [{ path: "facts.tailingsPond.minSafetyFactor", value: 1.224 }, { path: "facts.tailingsPond.standardSafetyFactor", value: 1.25 }] }],
  compliant: [{ name: "exactly 1.225", asOf, enterprise: factor(1.225) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground }],
  indeterminate: [{ name: "standard factor unknown", asOf, enterprise: pond([["minSafetyFactor", 1]]), missing: ["facts.tailingsPond.standardSafetyFactor"] }]
})

// (十六) grades 1–3 and overhead ponds
tester.run("noncoal-mine/emergency-road", {
  violation: [
    { name: "a grade-3 pond", asOf, enterprise: pond([["grade", 3], ["overhead", false], ["emergencyRoadDeficient", true]]), evidence: [{ path: "facts.tailingsPond.emergencyRoadDeficient", value: true }] },
    { name: "a grade-5 overhead pond", asOf, enterprise: pond([["grade", 5], ["overhead", true], ["emergencyRoadDeficient", true]]) }
  ],
  compliant: [{ name: "a grade-2 pond with its road", asOf, enterprise: pond([["grade", 2], ["overhead", false], ["emergencyRoadDeficient", false]]) }],
  notApplicable: [{ name: "a grade-4 pond, not overhead", asOf, enterprise: pond([["grade", 4], ["overhead", false], ["emergencyRoadDeficient", true]]) }],
  indeterminate: [
    { name: "a grade-4 pond, overhead unknown", asOf, enterprise: pond([["grade", 4], ["emergencyRoadDeficient", true]]), missing: ["facts.tailingsPond.overhead"] },
    { name: "a grade-1 pond, road unknown", asOf, enterprise: pond([["grade", 1], ["overhead", false]]), missing: ["facts.tailingsPond.emergencyRoadDeficient"] }
  ]
})

tester.run("noncoal-mine/tailings-re-mining", findingCases("tailings-pond", [T + "reMiningUnapproved", T + "reMiningNotAsDesigned", T + "reMiningWhileDischarging"], { base: [[T + "reMining", true]], gate: [T + "reMining", false] }))

// (十八) whatever the units: the place is not managed as a tailings pond yet
tester.run("noncoal-mine/concentrator-tailings", {
  violation: [
    { name: "a concentrator's storage with no tailings-pond unit", asOf, enterprise: unitMine(["open-pit"], [[T + "standaloneConcentratorStorage", true], [T + "notManagedAsTailingsPond", true]]), evidence: [{ path: "facts.tailingsPond.notManagedAsTailingsPond", value: true }] },
    { name: "units unknown", asOf, enterprise: mine({ tailingsPond: { standaloneConcentratorStorage: true, notManagedAsTailingsPond: true } }) }
  ],
  compliant: [{ name: "managed as a tailings pond", asOf, enterprise: unitMine(["tailings-pond"], [[T + "standaloneConcentratorStorage", true], [T + "notManagedAsTailingsPond", false]]) }],
  notApplicable: [{ name: "no such place", asOf, enterprise: unitMine(["underground"], [[T + "standaloneConcentratorStorage", false]]) }],
  indeterminate: [{ name: "whether there is such a place unknown", asOf, enterprise: unitMine(["underground"], [[T + "notManagedAsTailingsPond", true]]), missing: ["facts.tailingsPond.standaloneConcentratorStorage"] }]
})

tester.run("noncoal-mine/tailings-staffing", findingCases("tailings-pond", [T + "staff.safetyStaffMissing", T + "staff.techniciansMissing", T + "staff.specialOperatorsMissing"]))
