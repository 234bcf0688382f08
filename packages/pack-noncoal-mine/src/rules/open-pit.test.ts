import { PackTester } from "@anquan/testing"
import { noncoalMinePack } from "../pack.ts"
import { asOf, findingCases, unitMine } from "../testSupport.ts"

const tester = PackTester.make(noncoalMinePack)
const P = "facts.openPit."
const pit = (entries: ReadonlyArray<readonly [string, unknown]>) => unitMine(["open-pit"], entries.map(([p, v]) => [P + p, v] as const))

tester.run("noncoal-mine/underground-to-open-pit", findingCases("open-pit", [P + "voidsNotLocated", P + "voidsNotTreated"], { base: [[P + "transitionFromUnderground", true]], gate: [P + "transitionFromUnderground", false] }))
tester.run("noncoal-mine/open-pit-banned-equipment", findingCases("open-pit", [P + "bannedEquipmentInUse"]))
tester.run("noncoal-mine/top-down-mining", findingCases("open-pit", [P + "notTopDown"]))

// (四) steeper than the design working slope, or a final bench higher than designed (equal is no 情形)
const geometry = (angle: number, bench: number) => pit([["workingSlopeAngle", angle], ["designWorkingSlopeAngle", 42], ["finalBenchHeightM", bench], ["designFinalBenchHeightM", 15]])
tester.run("noncoal-mine/slope-geometry", {
  violation: [
    { name: "42.1° against 42°", asOf, enterprise: geometry(42.1, 15), evidence: [{ path: "facts.openPit.workingSlopeAngle", value: 42.1 }, { path: "facts.openPit.designWorkingSlopeAngle", value: 42 }] },
    { name: "a final bench of 15.5 m against 15 m", asOf, enterprise: geometry(40, 15.5), evidence: [{ path: "facts.openPit.finalBenchHeightM", value: 15.5 }] }
  ],
  compliant: [{ name: "exactly the design", asOf, enterprise: geometry(42, 15) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: unitMine(["underground"], [[P + "workingSlopeAngle", 60]]) }],
  indeterminate: [{ name: "the design angle unknown", asOf, enterprise: pit([["workingSlopeAngle", 40], ["finalBenchHeightM", 15], ["designFinalBenchHeightM", 15]]), missing: ["facts.openPit.designWorkingSlopeAngle"] }]
})

tester.run("noncoal-mine/open-pit-pillars-mined", findingCases("open-pit", [P + "pillarsMined"]))
tester.run("noncoal-mine/slope-stability-analysis", findingCases("open-pit", [P + "noStabilityAnalysis"]))

// (七) slopes of 200 m or more
const slopes = (pitHeight: number, pitMonitored: boolean, dumpHeight: number, dumpMonitored: boolean) =>
  pit([
    ["pitSlopes", [{ name: "北帮", heightM: pitHeight, onlineMonitoring: pitMonitored }]],
    ["dumpSlopes", [{ name: "1号排土场", heightM: dumpHeight, stabilityMonitoring: dumpMonitored }]],
    ["monitoringDisabledOrTampered", false]
  ])
tester.run("noncoal-mine/slope-monitoring", {
  violation: [
    { name: "a pit slope of exactly 200 m unmonitored", asOf, enterprise: slopes(200, false, 50, false), evidence: [{ path: "facts.openPit.pitSlopes[0].heightM", value: 200 }], details: { "zh-CN": "1. 采场边坡「北帮」" } },
    { name: "a dump slope of 200 m without stability monitoring", asOf, enterprise: slopes(120, false, 200, false), details: { "zh-CN": "2. " } },
    { name: "monitoring switched off", asOf, enterprise: pit([["pitSlopes", []], ["dumpSlopes", []], ["monitoringDisabledOrTampered", true]]), details: { "zh-CN": "3. 关闭" } }
  ],
  compliant: [
    { name: "199.9 m slopes unmonitored", asOf, enterprise: slopes(199.9, false, 199.9, false) },
    { name: "250 m slopes monitored", asOf, enterprise: slopes(250, true, 250, true) }
  ],
  notApplicable: [{ name: "a tailings pond", asOf, enterprise: unitMine(["tailings-pond"], []) }],
  indeterminate: [{ name: "a slope's height unknown", asOf, enterprise: pit([["pitSlopes", [{ name: "北帮", onlineMonitoring: false }]], ["dumpSlopes", []], ["monitoringDisabledOrTampered", false]]), missing: ["facts.openPit.pitSlopes[0].heightM"] }]
})

tester.run("noncoal-mine/slope-sliding", findingCases("open-pit", [P + "slide.radialCracks", P + "slide.toeHeave", P + "slide.acceleratingDisplacement"]))

// (九) design 8 %: 8.8 % (1.1 times) or more
const road = (gradientPct: number) => pit([["roads", [{ name: "主运输道路", gradientPct, designGradientPct: 8 }]]])
tester.run("noncoal-mine/road-gradient", {
  violation: [{ name: "8.8 % against 8 %", asOf, enterprise: road(8.8), evidence: [{ path: "facts.openPit.roads[0].gradientPct", value: 8.8 }, { path: "facts.openPit.roads[0].designGradientPct", value: 8 }] }],
  compliant: [{ name: "8.79 % against 8 %", asOf, enterprise: road(8.79) }, { name: "no roads recorded as steeper", asOf, enterprise: pit([["roads", []]]) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: unitMine(["underground"], []) }],
  indeterminate: [{ name: "design gradient unknown", asOf, enterprise: pit([["roads", [{ name: "主运输道路", gradientPct: 10 }]]]), missing: ["facts.openPit.roads[0].designGradientPct"] }]
})

tester.run("noncoal-mine/sunken-pit-flood-control", findingCases("open-pit", [P + "floodControlNotAsDesigned"], { base: [[P + "sunkenPit", true]], gate: [P + "sunkenPit", false] }))

// (十一) 排土场: base steeper than 1:5; a gathering place within 2 × the total height (included); hillside drainage
const dump = (more: Record<string, unknown>) => ({
  name: "1号排土场", downslopeDumping: true, baseSlopeN: 5, baseMeasuresNotAsDesigned: true, totalHeightM: 60, gatheringPlaces: true, gatheringPlaceDistanceM: 120.1,
  gatheringMeasuresNotAsDesigned: true, hillside: true, drainageNotAsDesigned: false, ...more
})
tester.run("noncoal-mine/waste-dumps", {
  violation: [
    { name: "dumping down a 1:4.9 base", asOf, enterprise: pit([["dumps", [dump({ baseSlopeN: 4.9 })]]]), evidence: [{ path: "facts.openPit.dumps[0].baseSlopeN", value: 4.9 }], details: { "zh-CN": "排土场「1号排土场」：1. " } },
    { name: "a gathering place exactly 120 m (2 × 60 m) away", asOf, enterprise: pit([["dumps", [dump({ gatheringPlaceDistanceM: 120 })]]]), evidence: [{ path: "facts.openPit.dumps[0].gatheringPlaceDistanceM", value: 120 }, { path: "facts.openPit.dumps[0].totalHeightM", value: 60 }], details: { "zh-CN": "2. " } },
    { name: "a hillside dump without drainage", asOf, enterprise: pit([["dumps", [dump({ drainageNotAsDesigned: true })]]]), details: { "zh-CN": "3. " } }
  ],
  compliant: [
    { name: "a 1:5 base, the gathering place 120.1 m away", asOf, enterprise: pit([["dumps", [dump({})]]]) },
    { name: "a steep base with the designed measures; no gathering place", asOf, enterprise: pit([["dumps", [dump({ baseSlopeN: 3, baseMeasuresNotAsDesigned: false, gatheringPlaces: false })]]]) }
  ],
  notApplicable: [{ name: "no dumps", asOf, enterprise: pit([["dumps", []]]) }, { name: "an underground mine", asOf, enterprise: unitMine(["underground"], [[P + "dumps", [dump({ baseSlopeN: 2 })]]]) }],
  indeterminate: [
    { name: "the total height unknown", asOf, enterprise: pit([["dumps", [Object.fromEntries(Object.entries(dump({})).filter(([k]) => k !== "totalHeightM"))]]]), missing: ["facts.openPit.dumps[0].totalHeightM"] },
    { name: "dumps unknown", asOf, enterprise: pit([]), missing: ["facts.openPit.dumps"] }
  ]
})

tester.run("noncoal-mine/safety-berms", findingCases("open-pit", [P + "bermsNotAsDesigned"]))
tester.run("noncoal-mine/dump-re-mining", findingCases("open-pit", [P + "dumpReminedWithoutAuthority"]))
