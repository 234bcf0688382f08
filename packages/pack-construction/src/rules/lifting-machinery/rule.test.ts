import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const tower = (over: Record<string, unknown> = {}) => ({
  name: "1#塔吊",
  kind: "tower-crane" as const,
  inUse: true,
  acceptancePassed: true,
  useRegistered: true,
  foundationMeetsDesign: true,
  operations: [
    { kind: "installation" as const, date: "2024-03-02", checkedBeforehand: true },
    { kind: "jacking" as const, date: "2024-05-20", checkedBeforehand: true },
    { kind: "tie-in" as const, date: "2024-05-21", checkedBeforehand: true }
  ],
  safetyDevicesComplete: true,
  safetyDevicesWorking: true,
  safetyDevicesRemovedOrDamaged: false,
  mainMemberDefects: false,
  mainMemberConnectionsMissingOrFailed: false,
  freestandingHeightMeetsCode: true,
  tieSpacingMeetsCode: true,
  overhangAboveTopTieMeetsCode: true,
  verticalityMeetsCode: true,
  clearanceToStructuresMeetsCode: true,
  groupOperation: true,
  clearanceToOtherCranesMeetsCode: true,
  atScrapStandard: false,
  ...over
})
const hoist = (over: Record<string, unknown> = {}) => ({
  name: "1#施工升降机",
  kind: "construction-hoist" as const,
  inUse: true,
  acceptancePassed: true,
  useRegistered: true,
  foundationMeetsDesign: true,
  operations: [],
  safetyDevicesComplete: true,
  safetyDevicesWorking: true,
  safetyDevicesRemovedOrDamaged: false,
  mainMemberDefects: false,
  mainMemberConnectionsMissingOrFailed: false,
  tieSpacingMeetsCode: true,
  overhangAboveTopTieMeetsCode: true,
  verticalityMeetsCode: true,
  atScrapStandard: false,
  fallArresterCalibrationValidUntil: "2025-03-31",
  mastBoltsMissingOrFailed: false,
  ...over
})
const cranes = (...list: Array<Record<string, unknown>>) => project({ cranes: list, rigging: { scrappedInUse: false } })

tester.run("construction/crane-acceptance-registration", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: hoist in use without acceptance`,
      ...s,
      enterprise: cranes(tower(), hoist({ acceptancePassed: false })),
      evidence: [{ path: "facts.cranes[1].inUse", value: true }, { path: "facts.cranes[1].acceptancePassed", value: false }],
      details: { "zh-CN": "建筑起重机械「1#施工升降机」：已投入使用；未经验收合格" }
    })),
    { name: "in use without registration", asOf: IN_2024, enterprise: cranes(tower({ useRegistered: false })), details: { en: "without use registration" } }
  ],
  compliant: [
    { name: "accepted and registered", asOf: IN_2022, enterprise: cranes(tower(), hoist()) },
    { name: "not yet in use", asOf: IN_2024, enterprise: cranes(tower({ inUse: false, acceptancePassed: false, useRegistered: false })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.cranes"] },
    { name: "registration unknown", asOf: IN_2024, enterprise: cranes(tower({ useRegistered: undefined })), missing: ["facts.cranes[0].useRegistered"] }
  ]
})

tester.run("construction/crane-foundation", {
  violation: sides.map((s) => ({
    name: `${s.asOf}: crane base not to design (2022 item 7, 2024 item 2)`,
    ...s,
    enterprise: cranes(tower({ foundationMeetsDesign: false })),
    evidence: [{ path: "facts.cranes[0].foundationMeetsDesign", value: false }]
  })),
  compliant: [{ name: "to design", asOf: IN_2022, enterprise: cranes(tower(), hoist()) }, { name: "no cranes", asOf: IN_2024, enterprise: cranes() }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.cranes"] },
    { name: "not assessed", asOf: IN_2022, enterprise: cranes(hoist({ foundationMeetsDesign: undefined })), missing: ["facts.cranes[0].foundationMeetsDesign"] }
  ]
})

const ops = (...list: Array<Record<string, unknown>>) => ({ operations: list })

tester.run("construction/crane-pre-operation-checks", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: jacking (顶升加节) without the prior check`,
      ...s,
      enterprise: cranes(tower(ops({ kind: "jacking", date: "2024-11-30", checkedBeforehand: false }))),
      evidence: [{ path: "facts.cranes[0].operations[0].checkedBeforehand", value: false }],
      details: { "zh-CN": "顶升加节作业(2024-11-30)前未进行检查" }
    })),
    {
      name: "2024: lowering (爬降) without the prior check",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: cranes(tower(ops({ kind: "lowering", checkedBeforehand: false }))),
      details: { en: "not checked before lowering" }
    },
    { name: "2022: tie-in without the prior check", asOf: IN_2022, version: V2022, enterprise: cranes(hoist(ops({ kind: "tie-in", checkedBeforehand: false }))) }
  ],
  compliant: [
    { name: "every operation checked", asOf: IN_2024, enterprise: cranes(tower(), hoist()) },
    {
      name: "the same unchecked jacking of 2024-11-30, as of 2024-06-01: it had not happened yet",
      asOf: "2024-06-01",
      enterprise: cranes(tower(ops({ kind: "jacking", date: "2024-11-30", checkedBeforehand: false })))
    },
    {
      name: "2022: lowering is not one of the 2022 operations",
      asOf: LAST_2022,
      version: V2022,
      enterprise: cranes(tower(ops({ kind: "lowering", checkedBeforehand: false }))),
    }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.cranes"] },
    { name: "operations not recorded", asOf: IN_2024, enterprise: cranes(tower({ operations: undefined })), missing: ["facts.cranes[0].operations"] },
    {
      name: "kind of an unchecked operation unknown",
      asOf: IN_2022,
      enterprise: cranes(tower(ops({ checkedBeforehand: false }))),
      missing: ["facts.cranes[0].operations[0].kind"]
    }
  ]
})

tester.run("construction/crane-safety-devices", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: limiter removed (2022 item 5, 2024 item 4)`,
      ...s,
      enterprise: cranes(tower({ safetyDevicesRemovedOrDamaged: true })),
      evidence: [{ path: "facts.cranes[0].safetyDevicesRemovedOrDamaged", value: true }],
      details: { "zh-CN": "安全装置被违规拆除、破坏" }
    })),
    { name: "incomplete", asOf: IN_2022, enterprise: cranes(hoist({ safetyDevicesComplete: false })) },
    { name: "failed", asOf: IN_2024, enterprise: cranes(hoist({ safetyDevicesWorking: false })), details: { en: "failed" } }
  ],
  compliant: [{ name: "complete and working", asOf: IN_2024, enterprise: cranes(tower(), hoist()) }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.cranes"] },
    { name: "working state unknown", asOf: IN_2022, enterprise: cranes(tower({ safetyDevicesWorking: undefined })), missing: ["facts.cranes[0].safetyDevicesWorking"] }
  ]
})

tester.run("construction/crane-structural-defects", {
  violation: [
    {
      name: "2024: cracked main member",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: cranes(tower({ mainMemberDefects: true })),
      evidence: [{ path: "facts.cranes[0].mainMemberDefects", value: true }]
    },
    { name: "2024: mast pins missing", asOf: IN_2024, enterprise: cranes(hoist({ mainMemberConnectionsMissingOrFailed: true })), details: { "zh-CN": "销轴缺失或失效" } }
  ],
  compliant: [{ name: "no defects", asOf: IN_2024, enterprise: cranes(tower(), hoist()) }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.cranes"] },
    { name: "not inspected", asOf: IN_2024, enterprise: cranes(tower({ mainMemberDefects: undefined })), missing: ["facts.cranes[0].mainMemberDefects"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: cranes(tower({ mainMemberDefects: true })) }]
})

tester.run("construction/hoist-tie-in-geometry", {
  violation: sides.map((s) => ({
    name: `${s.asOf}: hoist out of plumb (2022 item 3, 2024 item 6)`,
    ...s,
    enterprise: cranes(hoist({ verticalityMeetsCode: false })),
    evidence: [{ path: "facts.cranes[0].kind", value: "construction-hoist" }, { path: "facts.cranes[0].verticalityMeetsCode", value: false }],
    details: { "zh-CN": "垂直度不符合规范要求" }
  })),
  compliant: [
    { name: "to code", asOf: IN_2024, enterprise: cranes(hoist()) },
    { name: "a tower crane is not a hoist", asOf: IN_2024, enterprise: cranes(tower({ verticalityMeetsCode: false, freestandingHeightMeetsCode: true })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.cranes"] },
    { name: "tie spacing not measured", asOf: IN_2022, enterprise: cranes(hoist({ tieSpacingMeetsCode: undefined })), missing: ["facts.cranes[0].tieSpacingMeetsCode"] }
  ]
})

tester.run("construction/tower-crane-geometry", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: overhang above the top tie too large (2022 item 2, 2024 item 7)`,
      ...s,
      enterprise: cranes(tower({ overhangAboveTopTieMeetsCode: false })),
      evidence: [{ path: "facts.cranes[0].overhangAboveTopTieMeetsCode", value: false }]
    })),
    { name: "free-standing too high", asOf: IN_2022, enterprise: cranes(tower({ freestandingHeightMeetsCode: false })), details: { "zh-CN": "独立起升高度" } }
  ],
  compliant: [
    { name: "to code", asOf: IN_2024, enterprise: cranes(tower(), hoist()) },
    { name: "a hoist is not a tower crane", asOf: IN_2022, enterprise: cranes(hoist({ tieSpacingMeetsCode: true, verticalityMeetsCode: true })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.cranes"] },
    {
      name: "kind unknown and out of plumb",
      asOf: IN_2024,
      enterprise: cranes(tower({ kind: undefined, verticalityMeetsCode: false })),
      missing: ["facts.cranes[0].kind"]
    }
  ]
})

tester.run("construction/tower-crane-clearance", {
  violation: [
    {
      name: "2024: group operation without safe distance",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: cranes(tower({ clearanceToOtherCranesMeetsCode: false })),
      evidence: [{ path: "facts.cranes[0].groupOperation", value: true }, { path: "facts.cranes[0].clearanceToOtherCranesMeetsCode", value: false }],
      details: { "zh-CN": "与其他塔式起重机未保持安全距离" }
    },
    { name: "2024: too close to a neighbouring building", asOf: IN_2024, enterprise: cranes(tower({ clearanceToStructuresMeetsCode: false })) }
  ],
  compliant: [
    { name: "safe distances kept", asOf: IN_2024, enterprise: cranes(tower()) },
    { name: "a single crane needs no crane-to-crane distance", asOf: IN_2024, enterprise: cranes(tower({ groupOperation: false, clearanceToOtherCranesMeetsCode: false })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.cranes"] },
    { name: "group operation unknown", asOf: IN_2024, enterprise: cranes(tower({ groupOperation: undefined, clearanceToOtherCranesMeetsCode: false })), missing: ["facts.cranes[0].groupOperation"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: cranes(tower({ clearanceToStructuresMeetsCode: false })) }]
})

tester.run("construction/scrapped-lifting-equipment", {
  violation: [
    {
      name: "2024: hoist at its scrapping standard still in use",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: cranes(hoist({ atScrapStandard: true })),
      evidence: [{ path: "facts.cranes[0].atScrapStandard", value: true }]
    },
    {
      name: "2024: scrapped slings used for lifting",
      asOf: IN_2024,
      enterprise: project({ cranes: [], rigging: { scrappedInUse: true } }),
      evidence: [{ path: "facts.rigging.scrappedInUse", value: true }],
      details: { "zh-CN": "吊索具：使用达到报废标准的吊索具" }
    }
  ],
  compliant: [
    { name: "nothing at its scrapping standard", asOf: IN_2024, enterprise: cranes(tower(), hoist()) },
    { name: "a scrapped crane not in use", asOf: IN_2024, enterprise: cranes(tower({ atScrapStandard: true, inUse: false })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.cranes", "facts.rigging"] },
    { name: "rigging not inspected", asOf: IN_2024, enterprise: project({ cranes: [tower()] }), missing: ["facts.rigging"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: cranes(tower({ atScrapStandard: true })) }]
})

tester.run("construction/hoist-fall-arrester-and-mast-bolts", {
  violation: [
    {
      name: "2022: fall arrester calibration ran out the day before",
      asOf: LAST_2022,
      version: V2022,
      enterprise: cranes(hoist({ fallArresterCalibrationValidUntil: "2024-12-11" })),
      evidence: [{ path: "facts.cranes[0].fallArresterCalibrationValidUntil", value: "2024-12-11" }],
      details: { "zh-CN": "有效标定期限已于2024-12-11届满" }
    },
    { name: "2022: mast bolts missing", asOf: IN_2022, enterprise: cranes(hoist({ mastBoltsMissingOrFailed: true })), details: { en: "mast-section bolts" } }
  ],
  compliant: [
    { name: "calibrated until the as-of day", asOf: LAST_2022, enterprise: cranes(hoist({ fallArresterCalibrationValidUntil: LAST_2022 })) },
    { name: "tower cranes are not in the item", asOf: IN_2022, enterprise: cranes(tower({ mastBoltsMissingOrFailed: true })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.cranes"] },
    {
      name: "calibration date unknown",
      asOf: IN_2022,
      enterprise: cranes(hoist({ fallArresterCalibrationValidUntil: undefined })),
      missing: ["facts.cranes[0].fallArresterCalibrationValidUntil"]
    }
  ],
  notSelected: [{ name: "no item of its own in 2024", asOf: FIRST_2024, enterprise: cranes(hoist({ mastBoltsMissingOrFailed: true })) }]
})
