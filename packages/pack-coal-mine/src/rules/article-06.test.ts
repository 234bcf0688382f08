import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)

const outburstMine = (outburst: Record<string, unknown>, more: Record<string, unknown> = {}) => underground({ outburst, ...more }, "outburst")
const highGas = underground({}, "high-gas")

// 第六条(一)
const predicted = { treatedAsDangerousDirectly: false, predictionBasedOnMeasuredData: true, predictionScopeCompliant: true, predictionOrganisedAndApproved: true }
tester.run("coal-mine/outburst-prediction-missing", {
  violation: [
    {
      name: "prediction not based on measured data",
      asOf,
      enterprise: outburstMine({ ...predicted, predictionBasedOnMeasuredData: false }),
      evidence: [{ path: "facts.outburst.treatedAsDangerousDirectly", value: false }, { path: "facts.outburst.predictionBasedOnMeasuredData", value: false }],
      details: { "zh-CN": "区域预测未主要依据煤层瓦斯的井下实测资料" }
    },
    { name: "a no-danger result not approved", asOf, enterprise: outburstMine({ ...predicted, predictionOrganisedAndApproved: false }) }
  ],
  compliant: [
    { name: "predicted as required", asOf, enterprise: outburstMine(predicted) },
    { name: "treated as dangerous without prediction (the exception)", asOf, enterprise: outburstMine({ treatedAsDangerousDirectly: true, predictionBasedOnMeasuredData: false }) }
  ],
  notApplicable: [
    { name: "a high-gas mine", asOf, enterprise: highGas },
    { name: "an open-pit mine", asOf, enterprise: openPit({}) }
  ],
  indeterminate: [
    { name: "gas class unknown", asOf, enterprise: mine({ mineType: "underground" }), missing: ["facts.gasClass"] },
    { name: "scope unknown", asOf, enterprise: outburstMine({ treatedAsDangerousDirectly: false, predictionBasedOnMeasuredData: true, predictionOrganisedAndApproved: true }), missing: ["facts.outburst.predictionScopeCompliant"] }
  ]
})

// 第六条(二)
const regional = { protectiveSeamMinedWhereFeasible: true, reliefGasDrainedAndUnprotectedAreasTreated: true, preDrainageCoverageCompliant: true }
tester.run("coal-mine/regional-outburst-measures-missing", {
  violation: [
    { name: "no protective seam where feasible", asOf, enterprise: outburstMine({ ...regional, protectiveSeamMinedWhereFeasible: false }) },
    { name: "pre-drainage coverage short", asOf, enterprise: outburstMine({ ...regional, preDrainageCoverageCompliant: false }), details: { en: "pre-drainage boreholes" } }
  ],
  compliant: [{ name: "all regional measures", asOf, enterprise: outburstMine(regional) }],
  notApplicable: [{ name: "a high-gas mine", asOf, enterprise: highGas }],
  indeterminate: [{ name: "coverage unknown", asOf, enterprise: outburstMine({ protectiveSeamMinedWhereFeasible: true, reliefGasDrainedAndUnprotectedAreasTreated: true }), missing: ["facts.outburst.preDrainageCoverageCompliant"] }]
})

// 第六条(三): minimum advance distance 5 m / 3 m, 7 m / 5 m in badly faulted ground
const faceMeasures = { faceMeasuresWhereDangerous: true, seamCrossingCompliant: true }
const face = (kind: string, severelyFaulted: boolean, remainingAdvanceM: number) => outburstMine(faceMeasures, { outburstFaces: [{ name: "3101运输巷", kind, severelyFaulted, remainingAdvanceM }] })
tester.run("coal-mine/face-outburst-measures-missing", {
  violation: [
    { name: "a heading 4.9 m from the end of its measures", asOf, enterprise: face("heading", false, 4.9), evidence: [{ path: "facts.outburstFaces[0].kind", value: "heading" }, { path: "facts.outburstFaces[0].severelyFaulted", value: false }, { path: "facts.outburstFaces[0].remainingAdvanceM", value: 4.9 }] },
    { name: "a longwall at 2.9 m", asOf, enterprise: face("longwall", false, 2.9) },
    { name: "a heading in badly faulted ground at 6.9 m", asOf, enterprise: face("heading", true, 6.9) },
    { name: "a longwall in badly faulted ground at 4.9 m", asOf, enterprise: face("longwall", true, 4.9) },
    { name: "a dangerous face without face measures", asOf, enterprise: outburstMine({ ...faceMeasures, faceMeasuresWhereDangerous: false }, { outburstFaces: [] }) }
  ],
  compliant: [
    { name: "a heading at exactly 5 m", asOf, enterprise: face("heading", false, 5) },
    { name: "a longwall at exactly 3 m", asOf, enterprise: face("longwall", false, 3) },
    { name: "a faulted heading at exactly 7 m", asOf, enterprise: face("heading", true, 7) },
    { name: "a faulted longwall at exactly 5 m", asOf, enterprise: face("longwall", true, 5) }
  ],
  notApplicable: [{ name: "a low-gas mine", asOf, enterprise: underground({}, "low-gas") }],
  indeterminate: [{ name: "whether the ground is badly faulted unknown", asOf, enterprise: outburstMine(faceMeasures, { outburstFaces: [{ name: "3101", kind: "heading", remainingAdvanceM: 6 }] }), missing: ["facts.outburstFaces[0].severelyFaulted"] }]
})

// 第六条(四): 表4–7, “达到…临界值以上”
const check = (r: Record<string, unknown>) => outburstMine({ effectChecksDone: true, checkDataFalsified: false }, { outburstIndicatorReadings: [{ name: "3101运输巷 K12", measuresTaken: false, ...r }] })
const table4 = (gasPressureMPa: number, gasContent: number, structuralZone = false) => check({ method: "gas-pressure-and-content", gasPressureMPa, gasContent, structuralZone })
tester.run("coal-mine/outburst-effect-checks-failed", {
  violation: [
    { name: "表4: p = 0.74 MPa", asOf, enterprise: table4(0.74, 5), evidence: [{ path: "facts.outburstIndicatorReadings[0].measuresTaken", value: false }, { path: "facts.outburstIndicatorReadings[0].method", value: "gas-pressure-and-content" }, { path: "facts.outburstIndicatorReadings[0].gasPressureMPa", value: 0.74 }] },
    { name: "表4: W = 8 m³/t", asOf, enterprise: table4(0.5, 8) },
    { name: "表4: W = 6 m³/t in a 构造带", asOf, enterprise: table4(0.5, 6, true) },
    { name: "表5: dry sample Δh₂ = 200 Pa", asOf, enterprise: check({ method: "seam-crossing-desorption", coalSample: "dry", deltaH2: 200 }) },
    { name: "表5: wet sample K₁ = 0.4", asOf, enterprise: check({ method: "seam-crossing-desorption", coalSample: "wet", k1: 0.4 }) },
    { name: "表5: wet sample Δh₂ = 160 Pa", asOf, enterprise: check({ method: "seam-crossing-desorption", coalSample: "wet", deltaH2: 160 }) },
    { name: "表6: S = 6 kg/m", asOf, enterprise: check({ method: "heading-drill-cuttings", k1: 0.3, drillCuttingsKgPerM: 6 }) },
    { name: "表6: S = 5.4 L/m", asOf, enterprise: check({ method: "heading-drill-cuttings", deltaH2: 150, drillCuttingsLPerM: 5.4 }) },
    { name: "表7: q = 5 L/min", asOf, enterprise: check({ method: "heading-composite", initialEmission: 5, drillCuttingsKgPerM: 3 }) },
    { name: "a site-determined critical value reached", asOf, enterprise: check({ method: "heading-composite", initialEmission: 2, siteCriticalReached: true }) },
    { name: "checks not done", asOf, enterprise: outburstMine({ effectChecksDone: false, checkDataFalsified: false }, { outburstIndicatorReadings: [] }) },
    { name: "data falsified", asOf, enterprise: outburstMine({ effectChecksDone: true, checkDataFalsified: true }, { outburstIndicatorReadings: [] }), details: { "zh-CN": "防突检验数据人为造假" } }
  ],
  compliant: [
    { name: "表4: p = 0.73 MPa, W = 7.9 m³/t", asOf, enterprise: table4(0.73, 7.9) },
    { name: "表4: W = 5.9 m³/t in a 构造带", asOf, enterprise: table4(0.5, 5.9, true) },
    { name: "表5: dry Δh₂ 199 Pa, K₁ 0.49", asOf, enterprise: check({ method: "seam-crossing-desorption", coalSample: "dry", deltaH2: 199, k1: 0.49 }) },
    { name: "表5: wet Δh₂ 159 Pa, K₁ 0.39", asOf, enterprise: check({ method: "seam-crossing-desorption", coalSample: "wet", deltaH2: 159, k1: 0.39 }) },
    { name: "表6: Δh₂ 199, S 5.9 kg/m", asOf, enterprise: check({ method: "heading-drill-cuttings", deltaH2: 199, drillCuttingsKgPerM: 5.9 }) },
    { name: "表7: q 4.9, S 5.3 L/m", asOf, enterprise: check({ method: "heading-composite", initialEmission: 4.9, drillCuttingsLPerM: 5.3 }) },
    { name: "表4 reached, measures taken", asOf, enterprise: check({ method: "gas-pressure-and-content", gasPressureMPa: 1.2, gasContent: 10, structuralZone: false, measuresTaken: true }) }
  ],
  notApplicable: [{ name: "a high-gas mine", asOf, enterprise: highGas }],
  indeterminate: [
    { name: "a dry/wet sample not stated", asOf, enterprise: check({ method: "seam-crossing-desorption", deltaH2: 180 }), missing: ["facts.outburstIndicatorReadings[0].coalSample"] },
    { name: "falsification unknown", asOf, enterprise: outburstMine({ effectChecksDone: true }, { outburstIndicatorReadings: [] }), missing: ["facts.outburst.checkDataFalsified"] }
  ]
})

// 第六条(五)
tester.run("coal-mine/outburst-precursors-ignored", {
  violation: [{ name: "precursors, no extra measures", asOf, enterprise: outburstMine({ precursorsObserved: true, extraMeasuresBeforeContinuing: false }) }],
  compliant: [
    { name: "precursors, extra measures", asOf, enterprise: outburstMine({ precursorsObserved: true, extraMeasuresBeforeContinuing: true }) },
    { name: "no precursors", asOf, enterprise: outburstMine({ precursorsObserved: false }) }
  ],
  notApplicable: [{ name: "a high-gas mine", asOf, enterprise: highGas }],
  indeterminate: [{ name: "precursors, measures unknown", asOf, enterprise: outburstMine({ precursorsObserved: true }), missing: ["facts.outburst.extraMeasuresBeforeContinuing"] }]
})

// 第六条(六)
const protection = { refugeChambers: true, reverseAirDoors: true, compressedAirSelfRescue: true, closedCircuitSelfRescuers: true, remoteBlasting: true }
tester.run("coal-mine/outburst-safety-protection-missing", {
  violation: [
    { name: "no reverse air doors", asOf, enterprise: outburstMine({ protection: { ...protection, reverseAirDoors: false } }), evidence: [{ path: "facts.outburst.protection.reverseAirDoors", value: false }] },
    { name: "no closed-circuit self-rescuers", asOf, enterprise: outburstMine({ protection: { ...protection, closedCircuitSelfRescuers: false } }) }
  ],
  compliant: [{ name: "all five protections", asOf, enterprise: outburstMine({ protection }) }],
  notApplicable: [{ name: "a low-gas mine", asOf, enterprise: underground({}, "low-gas") }],
  indeterminate: [{ name: "no protection facts", asOf, enterprise: outburstMine({}), missing: ["facts.outburst.protection"] }]
})
