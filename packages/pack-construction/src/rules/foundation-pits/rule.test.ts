import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const pit = (over: Record<string, unknown> = {}) => ({
  name: "1号基坑",
  deep: true,
  supported: true,
  adjacentAtRisk: true,
  adjacentProtection: true,
  overExcavated: false,
  overExcavationMeasures: true,
  thirdPartyMonitoring: true,
  collapseSigns: {
    deformationMm: 18,
    designDeformationLimitMm: 30,
    sideWallLeakageOrSoilFlow: false,
    bottomPiping: false,
    bottomBlowout: false,
    soilLossHoleDepthMetres: 0,
    pileDiameterMetres: 0.8
  },
  collapseSignsHandled: false,
  ...over
})
const slope = (over: Record<string, unknown> = {}) => ({
  name: "北侧边坡",
  safetyGrade: 2 as const,
  adjacentAtRisk: false,
  adjacentProtection: false,
  overExcavated: false,
  overExcavationMeasures: false,
  thirdPartyMonitoring: true,
  ...over
})

tester.run("construction/excavation-adjacent-protection", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: pipelines at risk next to the pit, no protection`,
      ...s,
      enterprise: project({ foundationPits: [pit({ adjacentProtection: false })], slopes: [] }),
      evidence: [{ path: "facts.foundationPits[0].adjacentAtRisk", value: true }, { path: "facts.foundationPits[0].adjacentProtection", value: false }],
      details: { "zh-CN": "基坑「1号基坑」：毗邻建筑物、构筑物或地下管线可能因施工受损；未采取专项防护措施" }
    })),
    {
      name: "2024: a slope (new in 2024) with neighbours at risk",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ foundationPits: [pit()], slopes: [slope({ adjacentAtRisk: true, adjacentProtection: false })] }),
      evidence: [{ path: "facts.slopes[0].adjacentProtection", value: false }],
      details: { "zh-CN": "边坡「北侧边坡」" }
    }
  ],
  compliant: [
    {
      name: "2022: slopes are not in the 2022 item",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ foundationPits: [pit()], slopes: [slope({ adjacentAtRisk: true, adjacentProtection: false })] })
    },
    { name: "2024: protected pit, slope with nothing at risk", asOf: FIRST_2024, enterprise: project({ foundationPits: [pit()], slopes: [slope()] }) },
    { name: "nothing at risk", asOf: IN_2022, enterprise: project({ foundationPits: [pit({ adjacentAtRisk: false, adjacentProtection: false })] }) }
  ],
  indeterminate: [
    { name: "2022: no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.foundationPits"] },
    {
      name: "2024: slopes not recorded",
      asOf: IN_2024,
      enterprise: project({ foundationPits: [pit()] }),
      missing: ["facts.slopes"]
    },
    {
      name: "at risk, protection unknown",
      asOf: IN_2022,
      enterprise: project({ foundationPits: [pit({ adjacentProtection: undefined })] }),
      missing: ["facts.foundationPits[0].adjacentProtection"]
    }
  ]
})

tester.run("construction/excavation-over-digging", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: over-dug pit, no measures`,
      ...s,
      enterprise: project({ foundationPits: [pit({ overExcavated: true, overExcavationMeasures: false })], slopes: [] }),
      evidence: [{ path: "facts.foundationPits[0].overExcavated", value: true }],
      details: { "zh-CN": "土方超挖；且未采取有效措施" }
    })),
    {
      name: "2024: over-dug slope",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ foundationPits: [], slopes: [slope({ overExcavated: true, overExcavationMeasures: false })] })
    }
  ],
  compliant: [
    { name: "over-dug with effective measures", asOf: IN_2022, enterprise: project({ foundationPits: [pit({ overExcavated: true, overExcavationMeasures: true })] }) },
    {
      name: "2022: an over-dug slope is not in the 2022 item",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ foundationPits: [], slopes: [slope({ overExcavated: true, overExcavationMeasures: false })] })
    },
    { name: "2024: no pits or slopes", asOf: IN_2024, enterprise: project({ foundationPits: [], slopes: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.foundationPits", "facts.slopes"] },
    {
      name: "over-digging unknown",
      asOf: IN_2022,
      enterprise: project({ foundationPits: [pit({ overExcavated: undefined, overExcavationMeasures: undefined })] }),
      missing: ["facts.foundationPits[0].overExcavated", "facts.foundationPits[0].overExcavationMeasures"]
    }
  ]
})

tester.run("construction/excavation-third-party-monitoring", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: deep pit, no third-party monitoring`,
      ...s,
      enterprise: project({ foundationPits: [pit({ thirdPartyMonitoring: false })], slopes: [] }),
      evidence: [{ path: "facts.foundationPits[0].deep", value: true }, { path: "facts.foundationPits[0].thirdPartyMonitoring", value: false }]
    })),
    ...([1, 2] as const).map((grade) => ({
      name: `2024: grade ${grade} high slope without monitoring`,
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ foundationPits: [], slopes: [slope({ safetyGrade: grade, thirdPartyMonitoring: false })] }),
      evidence: [{ path: "facts.slopes[0].safetyGrade", value: grade }],
      details: { "zh-CN": `${grade === 1 ? "一" : "二"}级高边坡` }
    }))
  ],
  compliant: [
    { name: "a shallow pit needs no third-party monitoring", asOf: IN_2022, enterprise: project({ foundationPits: [pit({ deep: false, thirdPartyMonitoring: false })] }) },
    {
      name: "2024: a grade 3 slope is not a high slope (一级、二级)",
      asOf: FIRST_2024,
      enterprise: project({ foundationPits: [pit()], slopes: [slope({ safetyGrade: 3, thirdPartyMonitoring: false })] })
    },
    {
      name: "2022: slopes are not in the 2022 item",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ foundationPits: [pit()], slopes: [slope({ safetyGrade: 1, thirdPartyMonitoring: false })] })
    }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.foundationPits"] },
    {
      name: "2024: slope grade unknown, no monitoring",
      asOf: IN_2024,
      enterprise: project({ foundationPits: [], slopes: [slope({ safetyGrade: undefined, thirdPartyMonitoring: false })] }),
      missing: ["facts.slopes[0].safetyGrade"]
    },
    {
      name: "not known whether the pit is deep",
      asOf: IN_2022,
      enterprise: project({ foundationPits: [pit({ deep: undefined, thirdPartyMonitoring: false })] }),
      missing: ["facts.foundationPits[0].deep"]
    }
  ]
})

const signs = (over: Record<string, unknown>) => ({ ...pit().collapseSigns, ...over })

tester.run("construction/excavation-collapse-warning-signs", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: deformation over the design limit, not handled`,
      ...s,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ deformationMm: 31 }) })] }),
      evidence: [
        { path: "facts.foundationPits[0].collapseSigns.deformationMm", value: 31 },
        { path: "facts.foundationPits[0].collapseSigns.designDeformationLimitMm", value: 30 },
        { path: "facts.foundationPits[0].collapseSignsHandled", value: false }
      ],
      details: { "zh-CN": "变形值31mm超过设计变形控制值30mm", en: "exceeds the design limit of 30 mm" }
    })),
    {
      name: "2022: heavy leakage on the pit wall",
      asOf: IN_2022,
      version: V2022,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ sideWallLeakageOrSoilFlow: true }) })] })
    },
    {
      name: "2022: piping at the bottom",
      asOf: IN_2022,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ bottomPiping: true }) })] }),
      details: { "zh-CN": "管涌" }
    },
    {
      name: "2024: blow-out (突涌, new in 2024)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ bottomBlowout: true }) })] }),
      details: { "zh-CN": "突涌" }
    },
    {
      name: "soil-loss holes 0.81 m deep with 0.8 m piles (超过)",
      asOf: IN_2024,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ soilLossHoleDepthMetres: 0.81 }) })] }),
      details: { "zh-CN": "超过桩径0.8m" }
    }
  ],
  compliant: [
    { name: "deformation exactly at the design limit is not over it", asOf: IN_2022, enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ deformationMm: 30 }) })] }) },
    { name: "holes exactly as deep as the pile diameter are not over it", asOf: IN_2024, enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ soilLossHoleDepthMetres: 0.8 }) })] }) },
    {
      name: "2022: blow-out is not a 2022 sign",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ bottomBlowout: true }) })] })
    },
    {
      name: "signs present but dealt with promptly",
      asOf: IN_2024,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ bottomPiping: true }), collapseSignsHandled: true })] })
    },
    {
      name: "no soil loss: pile diameter not needed",
      asOf: IN_2024,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ pileDiameterMetres: undefined }) })] })
    }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.foundationPits"] },
    {
      name: "2024: blow-out not observed or recorded",
      asOf: IN_2024,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ bottomBlowout: undefined }) })] }),
      missing: ["facts.foundationPits[0].collapseSigns.bottomBlowout"]
    },
    {
      name: "soil loss recorded without the pile diameter",
      asOf: IN_2022,
      enterprise: project({ foundationPits: [pit({ collapseSigns: signs({ soilLossHoleDepthMetres: 0.5, pileDiameterMetres: undefined }) })] }),
      missing: ["facts.foundationPits[0].collapseSigns.pileDiameterMetres"]
    }
  ]
})
