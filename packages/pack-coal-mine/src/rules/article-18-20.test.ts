import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, flagCases, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)

// 第十八条
const contracted = (c: Record<string, unknown>) => underground({ contracting: { contractedOut: true, wholeMine: true, ...c } })
tester.run("coal-mine/not-whole-mine-contract", {
  violation: [{ name: "contracted out in parts", asOf, enterprise: contracted({ wholeMine: false }) }, { name: "an open-pit mine likewise", asOf, enterprise: openPit({ contracting: { contractedOut: true, wholeMine: false } }) }],
  compliant: [{ name: "a whole-mine contract", asOf, enterprise: contracted({}) }],
  notApplicable: [{ name: "not contracted out", asOf, enterprise: underground({ contracting: { contractedOut: false } }) }],
  indeterminate: [{ name: "form unknown", asOf, enterprise: underground({ contracting: { contractedOut: true } }), missing: ["facts.contracting.wholeMine"] }]
})
for (const [id, field] of [["unqualified-contractor", "contractorNotQualified"], ["contract-licence-not-renewed", "licenceNotRenewed"], ["contractor-subcontracted", "contractorSubcontracted"]] as const) {
  tester.run(`coal-mine/${id}`, {
    violation: [{ name: `${field}`, asOf, enterprise: contracted({ [field]: true }), evidence: [{ path: `facts.contracting.${field}`, value: true }] }],
    compliant: [{ name: `not ${field}`, asOf, enterprise: contracted({ [field]: false }) }],
    notApplicable: [{ name: "not a whole-mine contract", asOf, enterprise: contracted({ wholeMine: false, [field]: true }) }, { name: "not contracted out", asOf, enterprise: underground({ contracting: { contractedOut: false } }) }],
    indeterminate: [{ name: "unknown", asOf, enterprise: contracted({}), missing: [`facts.contracting.${field}`] }]
  })
}
tester.run("coal-mine/coal-mining-outsourced", flagCases("facts.contracting.coalMiningOutsourced", true, { alwaysApplies: true }))
tester.run("coal-mine/drivage-outsourced", flagCases("facts.contracting.drivageOrRepairOutsourced", true))
tester.run("coal-mine/nominee-crews", flagCases("facts.contracting.nomineeCrewsOrShaftWorksSubcontracted", true, { alwaysApplies: true }))

// 第十九条
tester.run("coal-mine/restructuring-responsibility", {
  violation: [{ name: "underway, no responsible person", asOf, enterprise: underground({ restructuring: { status: "underway", responsibleNotNamed: true } }) }],
  compliant: [{ name: "underway, named", asOf, enterprise: openPit({ restructuring: { status: "underway", responsibleNotNamed: false } }) }],
  notApplicable: [{ name: "no restructuring", asOf, enterprise: underground({ restructuring: { status: "none" } }) }, { name: "completed", asOf, enterprise: underground({ restructuring: { status: "completed", responsibleNotNamed: true } }) }],
  indeterminate: [{ name: "status unknown", asOf, enterprise: underground({}), missing: ["facts.restructuring"] }]
})
tester.run("coal-mine/restructuring-licence", {
  violation: [{ name: "completed, licence not renewed", asOf, enterprise: underground({ restructuring: { status: "completed", licenceNotRenewedInTime: true } }) }],
  compliant: [{ name: "completed, renewed", asOf, enterprise: underground({ restructuring: { status: "completed", licenceNotRenewedInTime: false } }) }],
  notApplicable: [{ name: "underway", asOf, enterprise: underground({ restructuring: { status: "underway", licenceNotRenewedInTime: true } }) }],
  indeterminate: [{ name: "unknown", asOf, enterprise: underground({ restructuring: { status: "completed" } }), missing: ["facts.restructuring.licenceNotRenewedInTime"] }]
})

// 第二十条(一)/(二): 2家以上
const stripping = (s: Record<string, unknown>) => openPit({ stripping: { contractors: 1, contractedToIndividual: false, subcontracted: false, unifiedManagement: true, ...s } })
tester.run("coal-mine/stripping-contracting", {
  violation: [{ name: "2 contractors", asOf, enterprise: stripping({ contractors: 2 }) }, { name: "an individual", asOf, enterprise: stripping({ contractedToIndividual: true }) }, { name: "re-subcontracted", asOf, enterprise: stripping({ subcontracted: true }) }],
  compliant: [{ name: "1 contractor", asOf, enterprise: stripping({}) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({}) }],
  indeterminate: [{ name: "contractors unknown", asOf, enterprise: openPit({ stripping: { contractedToIndividual: false, subcontracted: false } }), missing: ["facts.stripping.contractors"] }]
})
tester.run("coal-mine/stripping-management", {
  violation: [{ name: "not managed as one", asOf, enterprise: stripping({ unifiedManagement: false }) }],
  compliant: [{ name: "managed as one", asOf, enterprise: stripping({}) }],
  notApplicable: [{ name: "no stripping contractors", asOf, enterprise: stripping({ contractors: 0, unifiedManagement: false }) }, { name: "an underground mine", asOf, enterprise: underground({}) }],
  indeterminate: [{ name: "unknown", asOf, enterprise: openPit({ stripping: { contractors: 1 } }), missing: ["facts.stripping.unifiedManagement"] }]
})

for (const [id, path] of [
  ["gas-checks-missed-or-faked", "facts.gasChecks.missedOrFaked"],
  ["concealed-faces-or-headcount", "facts.headcount.concealed"],
  ["man-winder-protection", "facts.hoisting.manWinderProtectionBreached"],
  ["chairlift-protection", "facts.hoisting.chairliftProtectionBreached"],
  ["belt-not-flame-tested", "facts.belts.notFlameTested"],
  ["belt-smoke-monitoring", "facts.belts.smokeMonitoringMissingOrFailed"],
  ["belt-drum-sensors", "facts.belts.drumSensorsMissingOrFailed"],
  ["blind-drivage", "facts.drivage.blindTowardsOldWorkings"],
  ["work-inby-repair", "facts.drivage.workInbyRepairPoint"],
  ["hot-work-against-rules", "facts.hotWork.againstRules"],
  ["unsupported-roof", "facts.roof.unsupportedWork"]
] as const) tester.run(`coal-mine/${id}`, flagCases(path, true))

tester.run("coal-mine/compressed-air-self-rescue", {
  ...flagCases("facts.selfRescue.missingAtOutburstOrBurstFaces", true, { gasClass: "outburst" }),
  notApplicable: [{ name: "neither outburst nor rock-burst seams", asOf, enterprise: underground({ minesRockBurstSeams: false, selfRescue: { missingAtOutburstOrBurstFaces: true } }, "high-gas") }, { name: "an open-pit mine", asOf, enterprise: openPit({}) }]
})

// 第二十条(四): every 2 years (low-gas), every year (gassy); as of 2026-07-01
const graded = (gasGrade: Record<string, unknown>, gasClass: "outburst" | "high-gas" | "low-gas" = "low-gas") =>
  underground({ gasGrade: { remeasurementMissing: false, outburstAppraisalMissingOrFaked: false, ...gasGrade } }, gasClass)
tester.run("coal-mine/gas-grade-appraisal", {
  violation: [
    { name: "low-gas, last appraised 2024-06-01 (25 months)", asOf, enterprise: graded({ appraisalDates: ["2022-05-10", "2024-06-01"] }), details: { "zh-CN": "低瓦斯矿井未每2年进行瓦斯等级鉴定" } },
    { name: "high-gas, emission last measured 2025-06-01 (13 months)", asOf, enterprise: graded({ emissionMeasurementDates: ["2025-06-01"] }, "high-gas"), details: { "zh-CN": "未每年测定和计算瓦斯涌出量" } },
    { name: "low-gas, only a future appraisal (not yet happened)", asOf, enterprise: graded({ appraisalDates: ["2026-08-01"] }) },
    { name: "appraisal faked", asOf, enterprise: graded({ appraisalDates: ["2026-01-01"], outburstAppraisalMissingOrFaked: true }) }
  ],
  compliant: [
    { name: "low-gas, appraised 2024-07-01 (exactly 24 months)", asOf, enterprise: graded({ appraisalDates: ["2024-07-01"] }) },
    { name: "outburst, emission measured 2025-07-01 (exactly 12 months)", asOf, enterprise: graded({ emissionMeasurementDates: ["2025-07-01"] }, "outburst") }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "appraisal dates unknown", asOf, enterprise: graded({}), missing: ["facts.gasGrade.appraisalDates"] }]
})

// 第二十条(五): 0.74 MPa以上; 6个月内
const trigger = (t: Record<string, unknown>) => underground({ nonOutburstSeamTriggers: [{ seam: "3号煤层", kind: "gas-pressure", gasPressureMPa: 0.74, since: "2026-01-01", directlyDetermined: false, appraisalCompleted: false, managedAsOutburst: true, ...t }] })
tester.run("coal-mine/outburst-appraisal-overdue", {
  violation: [
    { name: "0.74 MPa since 2025-12-01 (7 months), not appraised", asOf, enterprise: trigger({ since: "2025-12-01" }), details: { "zh-CN": "未在6个月内完成煤层突出危险性鉴定" } },
    { name: "dynamic phenomena, not managed as an outburst seam meanwhile", asOf, enterprise: trigger({ kind: "dynamic-phenomena", since: "2026-06-01", managedAsOutburst: false }), details: { "zh-CN": "鉴定、认定前未按照突出煤层管理" } }
  ],
  compliant: [
    { name: "0.74 MPa since 2026-01-01 (exactly 6 months), managed as outburst", asOf, enterprise: trigger({}) },
    { name: "0.73 MPa since 2025-01-01", asOf, enterprise: trigger({ gasPressureMPa: 0.73, since: "2025-01-01", managedAsOutburst: false }) },
    { name: "directly determined an outburst seam (excepted)", asOf, enterprise: trigger({ since: "2025-01-01", directlyDetermined: true }) },
    { name: "appraised", asOf, enterprise: trigger({ since: "2025-01-01", appraisalCompleted: true }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "date unknown", asOf, enterprise: underground({ nonOutburstSeamTriggers: [{ seam: "3号煤层", kind: "adjacent-mine-outburst", directlyDetermined: false, appraisalCompleted: false, managedAsOutburst: true }] }), missing: ["facts.nonOutburstSeamTriggers[0].since"] }]
})

// 第二十条(十七): 2个畅通的安全出口
tester.run("coal-mine/longwall-exits", {
  violation: [{ name: "1 clear exit", asOf, enterprise: underground({ longwalls: [{ name: "1301", clearSafetyExits: 1 }] }) }],
  compliant: [{ name: "2 clear exits", asOf, enterprise: underground({ longwalls: [{ name: "1301", clearSafetyExits: 2 }] }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "exits unknown", asOf, enterprise: underground({ longwalls: [{ name: "1301" }] }), missing: ["facts.longwalls[0].clearSafetyExits"] }]
})

// 第二十条(十八): 2kW·h以上; the battery exclusions (clarification (d))
const charging = (c: Record<string, unknown>) => underground({ lithiumCharging: [{ name: "WC3J铲板车", capacityKWh: 2, exclusion: "none", inDedicatedChamber: false, chamberIndependentlyVentilated: true, chamberSensorsWithCutoff: true, ...c }] })
tester.run("coal-mine/lithium-charging", {
  violation: [
    { name: "exactly 2 kWh outside a dedicated chamber", asOf, enterprise: charging({}) },
    { name: "a chamber without cut-off sensors", asOf, enterprise: charging({ capacityKWh: 50, inDedicatedChamber: true, chamberSensorsWithCutoff: false }) }
  ],
  compliant: [
    { name: "1.99 kWh outside a chamber", asOf, enterprise: charging({ capacityKWh: 1.99 }) },
    { name: "a diesel vehicle's starting battery not chargeable externally (excluded)", asOf, enterprise: charging({ capacityKWh: 5, exclusion: "vehicle-starting-not-externally-chargeable" }) },
    { name: "a refuge chamber's backup battery (excluded)", asOf, enterprise: charging({ capacityKWh: 10, exclusion: "monitoring-communication-refuge-backup" }) },
    { name: "a compliant chamber", asOf, enterprise: charging({ capacityKWh: 50, inDedicatedChamber: true }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "exclusion unknown", asOf, enterprise: underground({ lithiumCharging: [{ name: "x", capacityKWh: 5, inDedicatedChamber: false }] }), missing: ["facts.lithiumCharging[0].exclusion"] }]
})

tester.run("coal-mine/disaster-without-casualties", {
  violation: [{ name: "a face flooded, no casualties", asOf, enterprise: underground({ disasterEvents: [{ name: "2026-07 1302淹面", kind: "face-flooded", causedCasualties: false }] }) }],
  compliant: [{ name: "no events", asOf, enterprise: underground({ disasterEvents: [] }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "casualties unknown", asOf, enterprise: underground({ disasterEvents: [{ name: "突出", kind: "outburst" }] }), missing: ["facts.disasterEvents[0].causedCasualties"] }, { name: "mine type unknown", asOf, enterprise: mine({ disasterEvents: [] }), missing: ["facts.mineType"] }]
})
