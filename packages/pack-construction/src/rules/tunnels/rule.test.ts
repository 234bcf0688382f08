import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const tunnel = (over: Record<string, unknown> = {}) => ({
  name: "左线区间隧道",
  undercut: true,
  waterAtFace: false,
  waterMeasures: false,
  groundwaterControlFailed: false,
  continuedAfterControlFailure: false,
  inrushWater: false,
  inrushSand: false,
  localCollapse: false,
  supportDeformationOrCracks: false,
  supportDeformationGrowing: false,
  timelyMeasures: false,
  methodsPerCodeAndPlan: true,
  advanceGeologicalForecast: true,
  monitoringMeasurement: true,
  monitoringOverDesignLimit: false,
  monitoringExceedanceMeasures: false,
  adjacentAtRisk: true,
  adjacentProtection: true,
  ...over
})
const tunnels = (...list: Array<Record<string, unknown>>) => project({ tunnels: list })

tester.run("construction/tunnel-groundwater", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: working in water without measures`,
      ...s,
      enterprise: tunnels(tunnel({ waterAtFace: true })),
      evidence: [{ path: "facts.tunnels[0].waterAtFace", value: true }, { path: "facts.tunnels[0].waterMeasures", value: false }],
      details: { "zh-CN": "作业面带水施工；未采取相关措施" }
    })),
    {
      name: "2024: an open-cut tunnel is in scope (隧道工程)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: tunnels(tunnel({ undercut: false, groundwaterControlFailed: true, continuedAfterControlFailure: true })),
      details: { en: "groundwater control failed" }
    }
  ],
  compliant: [
    {
      name: "2022: an open-cut tunnel is not 暗挖",
      asOf: LAST_2022,
      version: V2022,
      enterprise: tunnels(tunnel({ undercut: false, groundwaterControlFailed: true, continuedAfterControlFailure: true }))
    },
    { name: "in water with measures", asOf: IN_2024, enterprise: tunnels(tunnel({ waterAtFace: true, waterMeasures: true })) },
    { name: "control failed, work stopped", asOf: IN_2022, enterprise: tunnels(tunnel({ groundwaterControlFailed: true, continuedAfterControlFailure: false })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.tunnels"] },
    {
      name: "2022: in water without measures, 暗挖 unknown",
      asOf: IN_2022,
      enterprise: tunnels(tunnel({ undercut: undefined, waterAtFace: true })),
      missing: ["facts.tunnels[0].undercut"]
    }
  ]
})

tester.run("construction/tunnel-inrush-and-deformation", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: local collapse, no timely measures`,
      ...s,
      enterprise: tunnels(tunnel({ localCollapse: true })),
      evidence: [{ path: "facts.tunnels[0].localCollapse", value: true }, { path: "facts.tunnels[0].timelyMeasures", value: false }]
    })),
    {
      name: "2024: support cracks that are not growing (the trend condition is gone)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: tunnels(tunnel({ supportDeformationOrCracks: true })),
      details: { "zh-CN": "支护结构扭曲变形或出现裂缝；未及时采取措施" }
    },
    {
      name: "2022: support cracks that keep growing",
      asOf: IN_2022,
      version: V2022,
      enterprise: tunnels(tunnel({ supportDeformationOrCracks: true, supportDeformationGrowing: true })),
      details: { "zh-CN": "且有不断增大趋势" }
    }
  ],
  compliant: [
    { name: "2022: cracks not growing", asOf: LAST_2022, version: V2022, enterprise: tunnels(tunnel({ supportDeformationOrCracks: true })) },
    { name: "inrush handled in time", asOf: IN_2024, enterprise: tunnels(tunnel({ inrushWater: true, timelyMeasures: true })) },
    { name: "nothing happened", asOf: IN_2024, enterprise: tunnels(tunnel()) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.tunnels"] },
    {
      name: "2022: cracks, trend unknown",
      asOf: IN_2022,
      enterprise: tunnels(tunnel({ supportDeformationOrCracks: true, supportDeformationGrowing: undefined })),
      missing: ["facts.tunnels[0].supportDeformationGrowing"]
    }
  ]
})

tester.run("construction/tunnel-methods-and-monitoring", {
  violation: [
    {
      name: "2024: no advance geological forecasting",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: tunnels(tunnel({ advanceGeologicalForecast: false })),
      evidence: [{ path: "facts.tunnels[0].advanceGeologicalForecast", value: false }]
    },
    { name: "2024: settlement over the design limit, no measures", asOf: IN_2024, enterprise: tunnels(tunnel({ monitoringOverDesignLimit: true })), details: { "zh-CN": "监测数据超过设计控制值" } },
    { name: "2024: method not per plan", asOf: IN_2024, enterprise: tunnels(tunnel({ methodsPerCodeAndPlan: false })) }
  ],
  compliant: [
    { name: "exceedance dealt with", asOf: IN_2024, enterprise: tunnels(tunnel({ monitoringOverDesignLimit: true, monitoringExceedanceMeasures: true })) },
    { name: "all in order", asOf: IN_2024, enterprise: tunnels(tunnel()) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.tunnels"] },
    { name: "monitoring unknown", asOf: IN_2024, enterprise: tunnels(tunnel({ monitoringMeasurement: undefined })), missing: ["facts.tunnels[0].monitoringMeasurement"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: tunnels(tunnel({ advanceGeologicalForecast: false })) }]
})

const end = (over: Record<string, unknown> = {}) => ({ name: "1号井始发端", end: "launch" as const, reinforcedPerDesign: true, reinforcementEffective: true, measuresTaken: false, started: true, ...over })

tester.run("construction/shield-end-reinforcement", {
  violation: [
    {
      name: "2024: not reinforced to the design",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ shieldEnds: [end({ reinforcedPerDesign: false })] }),
      evidence: [{ path: "facts.shieldEnds[0].reinforcedPerDesign", value: false }]
    },
    {
      name: "2024: reinforcement short, no measures, launched",
      asOf: IN_2024,
      enterprise: project({ shieldEnds: [end({ reinforcementEffective: false })] }),
      details: { "zh-CN": "加固效果未达到要求；未采取措施；即开始始发、接收" }
    }
  ],
  compliant: [
    { name: "reinforced and effective", asOf: IN_2024, enterprise: project({ shieldEnds: [end()] }) },
    { name: "short, but not started yet", asOf: IN_2024, enterprise: project({ shieldEnds: [end({ reinforcementEffective: false, started: false })] }) },
    { name: "no shield ends", asOf: IN_2024, enterprise: project({ shieldEnds: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.shieldEnds"] },
    { name: "effect unknown", asOf: IN_2024, enterprise: project({ shieldEnds: [end({ reinforcementEffective: undefined })] }), missing: ["facts.shieldEnds[0].reinforcementEffective"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ shieldEnds: [end({ reinforcedPerDesign: false })] }) }]
})

const machine = (over: Record<string, unknown> = {}) => ({ name: "1号盾构机", tailSealFailed: false, articulationLeaking: false, boringContinued: true, pressurisedEntriesPerRules: true, ...over })

tester.run("construction/shield-seal-and-pressurised-entry", {
  violation: [
    {
      name: "2024: boring on with a failed tail seal",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ shieldMachines: [machine({ tailSealFailed: true })] }),
      evidence: [{ path: "facts.shieldMachines[0].tailSealFailed", value: true }, { path: "facts.shieldMachines[0].boringContinued", value: true }]
    },
    { name: "2024: pressurised entry not by the rules", asOf: IN_2024, enterprise: project({ shieldMachines: [machine({ pressurisedEntriesPerRules: false })] }), details: { en: "pressurised entry" } }
  ],
  compliant: [
    { name: "leaking articulation, boring stopped", asOf: IN_2024, enterprise: project({ shieldMachines: [machine({ articulationLeaking: true, boringContinued: false })] }) },
    { name: "seals fine", asOf: IN_2024, enterprise: project({ shieldMachines: [machine()] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.shieldMachines"] },
    { name: "seal failed, boring unknown", asOf: IN_2024, enterprise: project({ shieldMachines: [machine({ tailSealFailed: true, boringContinued: undefined })] }), missing: ["facts.shieldMachines[0].boringContinued"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ shieldMachines: [machine({ tailSealFailed: true })] }) }]
})

tester.run("construction/tunnel-adjacent-protection", {
  violation: [
    {
      name: "2024: gas main above the tunnel unprotected",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: tunnels(tunnel({ adjacentProtection: false })),
      evidence: [{ path: "facts.tunnels[0].adjacentProtection", value: false }]
    }
  ],
  compliant: [{ name: "protected", asOf: IN_2024, enterprise: tunnels(tunnel()) }, { name: "nothing at risk", asOf: IN_2024, enterprise: tunnels(tunnel({ adjacentAtRisk: false, adjacentProtection: false })) }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.tunnels"] },
    { name: "protection unknown", asOf: IN_2024, enterprise: tunnels(tunnel({ adjacentProtection: undefined })), missing: ["facts.tunnels[0].adjacentProtection"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: tunnels(tunnel({ adjacentProtection: false })) }]
})

tester.run("construction/rail-transit-protection-zone", {
  violation: [
    {
      name: "2024: excavation in the protection zone without approval",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ railProtectionZone: { worksWithin: true, approved: false } }),
      evidence: [{ path: "facts.railProtectionZone.approved", value: false }],
      details: { "zh-CN": "轨道交通工程安全保护区：在保护区范围内作业；未经批准" }
    }
  ],
  compliant: [
    { name: "approved", asOf: IN_2024, enterprise: project({ railProtectionZone: { worksWithin: true, approved: true } }) },
    { name: "no works in a protection zone", asOf: IN_2024, enterprise: project({ railProtectionZone: { worksWithin: false } }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.railProtectionZone"] },
    { name: "approval unknown", asOf: IN_2024, enterprise: project({ railProtectionZone: { worksWithin: true } }), missing: ["facts.railProtectionZone.approved"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: IN_2022, enterprise: project({ railProtectionZone: { worksWithin: true, approved: false } }) }]
})
