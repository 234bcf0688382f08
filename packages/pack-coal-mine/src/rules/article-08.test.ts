import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)
const pit = { name: "an open-pit mine", asOf, enterprise: openPit({ ventilation: { splitVentilation: false } }) }
const vent = (ventilation: Record<string, unknown>, more: Record<string, unknown> = {}, gasClass: "outburst" | "high-gas" | "low-gas" = "low-gas") =>
  underground({ ventilation, ...more }, gasClass)

// 第八条(一): 小于需风量75% — 1000 m³/min required → 750 is the floor
const face = (actualAir: number) => ({ name: "1301工作面", actualAir, requiredAir: 1000 })
tester.run("coal-mine/air-supply-short", {
  violation: [
    { name: "749.9 of 1000 m³/min", asOf, enterprise: vent({ totalAirSufficient: true }, { ventilatedFaces: [face(749.9)] }), evidence: [{ path: "facts.ventilatedFaces[0].actualAir", value: 749.9 }, { path: "facts.ventilatedFaces[0].requiredAir", value: 1000 }] },
    { name: "total air insufficient", asOf, enterprise: vent({ totalAirSufficient: false }, { ventilatedFaces: [] }), details: { "zh-CN": "矿井总风量不足" } }
  ],
  compliant: [{ name: "exactly 75 %", asOf, enterprise: vent({ totalAirSufficient: true }, { ventilatedFaces: [face(750)] }) }],
  notApplicable: [pit],
  indeterminate: [{ name: "a face's requirement unknown", asOf, enterprise: vent({ totalAirSufficient: true }, { ventilatedFaces: [{ name: "1301", actualAir: 500 }] }), missing: ["facts.ventilatedFaces[0].requiredAir"] }]
})

tester.run("coal-mine/standby-main-fan", {
  violation: [
    { name: "no standby main fan", asOf, enterprise: vent({ standbyMainFan: false, fanUpgradeWithMeasures: false }) },
    { name: "fans of unequal capacity", asOf, enterprise: vent({ standbyMainFan: true, mainFansEqualCapacity: false, fanUpgradeWithMeasures: false }) }
  ],
  compliant: [
    { name: "equal standby fan", asOf, enterprise: vent({ standbyMainFan: true, mainFansEqualCapacity: true }) },
    { name: "during a fan replacement with measures (excepted)", asOf, enterprise: vent({ standbyMainFan: false, fanUpgradeWithMeasures: true }) }
  ],
  notApplicable: [pit],
  indeterminate: [{ name: "no standby fan, exception unknown", asOf, enterprise: vent({ standbyMainFan: false }), missing: ["facts.ventilation.fanUpgradeWithMeasures"] }]
})

const oneFact = (id: string, field: string, breach: boolean) =>
  tester.run(`coal-mine/${id}`, {
    violation: [{ name: `${field} ${breach}`, asOf, enterprise: vent({ [field]: breach }), evidence: [{ path: `facts.ventilation.${field}`, value: breach }] }],
    compliant: [{ name: `${field} ${!breach}`, asOf, enterprise: vent({ [field]: !breach }) }],
    notApplicable: [pit],
    indeterminate: [{ name: "unknown", asOf, enterprise: vent({}), missing: [`facts.ventilation.${field}`] }]
  })
oneFact("prohibited-series-ventilation", "prohibitedSeriesVentilation", true)
oneFact("ventilation-not-as-designed", "systemFormedAsDesigned", false)
oneFact("no-split-ventilation", "splitVentilation", false)
oneFact("stoppings-short-circuit", "connectionStoppingsShortCircuit", true)
oneFact("permanent-seals-opened", "permanentSealsOpenedAgainstRules", true)

// 第八条(六)/(七): dedicated returns
const district = (d: Record<string, unknown>) => ({ name: "二采区", ...d })
tester.run("coal-mine/dedicated-return-missing", {
  violation: [
    { name: "a high-gas mine's district without one", asOf, enterprise: vent({}, { districts: [district({ dedicatedReturn: false, spontaneousCombustionProne: false })] }, "high-gas") },
    { name: "a low-gas mine's combustion-prone district without one", asOf, enterprise: vent({}, { districts: [district({ dedicatedReturn: false, spontaneousCombustionProne: true })] }) }
  ],
  compliant: [
    { name: "a low-gas mine, not prone, without one", asOf, enterprise: vent({}, { districts: [district({ dedicatedReturn: false, spontaneousCombustionProne: false })] }) },
    { name: "an outburst mine's district with one", asOf, enterprise: vent({}, { districts: [district({ dedicatedReturn: true })] }, "outburst") }
  ],
  notApplicable: [pit],
  indeterminate: [{ name: "a low-gas district without one, proneness unknown", asOf, enterprise: vent({}, { districts: [district({ dedicatedReturn: false })] }), missing: ["facts.districts[0].spontaneousCombustionProne"] }]
})
tester.run("coal-mine/joint-layout-return-missing", {
  violation: [{ name: "a joint layout without one", asOf, enterprise: vent({}, { districts: [district({ jointLayout: true, dedicatedReturn: false })] }) }],
  compliant: [{ name: "a joint layout with one", asOf, enterprise: vent({}, { districts: [district({ jointLayout: true, dedicatedReturn: true })] }) }, { name: "no joint layout", asOf, enterprise: vent({}, { districts: [district({ jointLayout: false, dedicatedReturn: false })] }) }],
  notApplicable: [{ name: "a high-gas mine (第八条(六))", asOf, enterprise: vent({}, { districts: [district({ jointLayout: true, dedicatedReturn: false })] }, "high-gas") }, pit],
  indeterminate: [{ name: "gas class unknown", asOf, enterprise: mine({ mineType: "underground", districts: [] }), missing: ["facts.gasClass"] }]
})

tester.run("coal-mine/outburst-face-return", {
  violation: [{ name: "return not direct", asOf, enterprise: vent({}, { outburstFaces: [{ name: "3101", returnDirectToDedicatedOrMain: false }] }, "outburst") }],
  compliant: [{ name: "return direct", asOf, enterprise: vent({}, { outburstFaces: [{ name: "3101", returnDirectToDedicatedOrMain: true }] }, "outburst") }],
  notApplicable: [{ name: "a high-gas mine", asOf, enterprise: vent({}, {}, "high-gas") }],
  indeterminate: [{ name: "faces unknown", asOf, enterprise: vent({}, {}, "outburst"), missing: ["facts.outburstFaces"] }]
})

tester.run("coal-mine/longwall-short-circuit", {
  violation: [{ name: "short-circuit with gas build-up", asOf, enterprise: vent({}, { longwalls: [{ name: "1301", airShortCircuitCausedGas: true }] }) }],
  compliant: [{ name: "none", asOf, enterprise: vent({}, { longwalls: [{ name: "1301", airShortCircuitCausedGas: false }] }) }],
  notApplicable: [pit],
  indeterminate: [{ name: "unknown", asOf, enterprise: vent({}, { longwalls: [{ name: "1301" }] }), missing: ["facts.longwalls[0].airShortCircuitCausedGas"] }]
})

tester.run("coal-mine/district-roadways-not-through", {
  violation: [
    { name: "not through", asOf, enterprise: vent({}, { districts: [district({ stage: "production", roadwaysThroughWhole: false })] }) },
    { name: "through, but split", asOf, enterprise: vent({}, { districts: [district({ stage: "production", roadwaysThroughWhole: true, roadwaySplitIntakeReturn: true })] }) }
  ],
  compliant: [
    { name: "through, not split", asOf, enterprise: vent({}, { districts: [district({ stage: "production", roadwaysThroughWhole: true, roadwaySplitIntakeReturn: false })] }) },
    { name: "a preparation district (第八条(十二))", asOf, enterprise: vent({}, { districts: [district({ stage: "preparation", roadwaysThroughWhole: false })] }) }
  ],
  notApplicable: [pit],
  indeterminate: [{ name: "split unknown", asOf, enterprise: vent({}, { districts: [district({ stage: "production", roadwaysThroughWhole: true })] }), missing: ["facts.districts[0].roadwaySplitIntakeReturn"] }]
})

tester.run("coal-mine/gate-roads-before-ventilation", {
  violation: [{ name: "gate roads without a circuit", asOf, enterprise: vent({}, { districts: [district({ stage: "preparation", throughVentilationFormed: false, gateRoadsDriven: true })] }) }],
  compliant: [{ name: "circuit formed", asOf, enterprise: vent({}, { districts: [district({ stage: "preparation", throughVentilationFormed: true, gateRoadsDriven: true })] }) }],
  notApplicable: [pit],
  indeterminate: [{ name: "gate roads unknown", asOf, enterprise: vent({}, { districts: [district({ stage: "preparation", throughVentilationFormed: false })] }), missing: ["facts.districts[0].gateRoadsDriven"] }]
})

// 第八条(十三): 至少2个区段
tester.run("coal-mine/mains-not-ahead", {
  violation: [{ name: "1 section ahead", asOf, enterprise: vent({}, { districts: [district({ inclinedLongwall: true, gateRoadsDriven: true, mainsAheadSections: 1 })] }) }],
  compliant: [
    { name: "exactly 2 sections ahead", asOf, enterprise: vent({}, { districts: [district({ inclinedLongwall: true, gateRoadsDriven: true, mainsAheadSections: 2 })] }) },
    { name: "not an inclined longwall", asOf, enterprise: vent({}, { districts: [district({ inclinedLongwall: false, gateRoadsDriven: true, mainsAheadSections: 0 })] }) }
  ],
  notApplicable: [pit],
  indeterminate: [{ name: "sections ahead unknown", asOf, enterprise: vent({}, { districts: [district({ inclinedLongwall: true, gateRoadsDriven: true })] }), missing: ["facts.districts[0].mainsAheadSections"] }]
})

const heading = (h: Record<string, unknown>) => ({ name: "3102运输巷", kind: "coal", auxiliaryFan: true, dualFansDualPowerAutoSwitch: true, recirculation: false, ...h })
tester.run("coal-mine/auxiliary-fan-dual-supply", {
  violation: [
    { name: "no dual supply at a coal heading", asOf, enterprise: vent({}, { headings: [heading({ dualFansDualPowerAutoSwitch: false })] }, "high-gas") },
    { name: "recirculation at a gassy rock heading", asOf, enterprise: vent({}, { headings: [heading({ kind: "rock-with-gas", recirculation: true })] }, "outburst") }
  ],
  compliant: [
    { name: "dual supply, no recirculation", asOf, enterprise: vent({}, { headings: [heading({})] }, "high-gas") },
    { name: "a rock heading without gas", asOf, enterprise: vent({}, { headings: [heading({ kind: "rock", dualFansDualPowerAutoSwitch: false })] }, "high-gas") }
  ],
  notApplicable: [{ name: "a low-gas mine", asOf, enterprise: vent({}, { headings: [heading({ dualFansDualPowerAutoSwitch: false })] }) }],
  indeterminate: [{ name: "recirculation unknown", asOf, enterprise: vent({}, { headings: [{ name: "3102", kind: "coal", auxiliaryFan: true, dualFansDualPowerAutoSwitch: true }] }, "high-gas"), missing: ["facts.headings[0].recirculation"] }]
})

// 第八条(十五): phase II (高瓦斯、突出) / phase III (others)
const building = (constructionPhase: number, surfaceFanThroughVentilation: boolean, gasClass: "outburst" | "high-gas" | "low-gas") =>
  vent({ surfaceFanThroughVentilation }, { stage: "construction", constructionPhase }, gasClass)
tester.run("coal-mine/construction-through-ventilation", {
  violation: [
    { name: "a high-gas mine in phase II without it", asOf, enterprise: building(2, false, "high-gas") },
    { name: "a low-gas mine in phase III without it", asOf, enterprise: building(3, false, "low-gas") }
  ],
  compliant: [
    { name: "an outburst mine in phase I without it", asOf, enterprise: building(1, false, "outburst") },
    { name: "a low-gas mine in phase II without it", asOf, enterprise: building(2, false, "low-gas") },
    { name: "formed", asOf, enterprise: building(3, true, "high-gas") }
  ],
  notApplicable: [{ name: "a mine in production", asOf, enterprise: vent({ surfaceFanThroughVentilation: false }, { stage: "production" }) }, pit],
  indeterminate: [{ name: "phase unknown", asOf, enterprise: vent({ surfaceFanThroughVentilation: false }, { stage: "construction" }), missing: ["facts.constructionPhase"] }]
})

// 第八条(十六): 50 m / 20 m
const holing = (mechanised: boolean, distanceM: number, stoppedFaceVentilated: boolean) => vent({}, { holings: [{ name: "1302贯通", mechanised, distanceM, stoppedFaceVentilated }] })
tester.run("coal-mine/holing-stopped-face-ventilation", {
  violation: [
    { name: "mechanised, 50 m apart, stopped face not ventilated", asOf, enterprise: holing(true, 50, false) },
    { name: "other, 20 m apart, not ventilated", asOf, enterprise: holing(false, 20, false) }
  ],
  compliant: [
    { name: "mechanised, 50.5 m apart", asOf, enterprise: holing(true, 50.5, false) },
    { name: "other, 20.5 m apart", asOf, enterprise: holing(false, 20.5, false) },
    { name: "ventilated", asOf, enterprise: holing(true, 10, true) }
  ],
  notApplicable: [pit],
  indeterminate: [{ name: "distance unknown", asOf, enterprise: vent({}, { holings: [{ name: "1302", mechanised: true, stoppedFaceVentilated: false }] }), missing: ["facts.holings[0].distanceM"] }]
})
