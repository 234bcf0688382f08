import { asOf, defined, hazchem, tester } from "../testkit.ts"

const RULE = "hazchem/major-hazard-tank-farm-shutoff"

/**
 * A liquid-chlorine tank farm. Chlorine: Q = 5 t (GB 18218-2018 表1), β = 4 (表3); 10 people within
 * 500 m give α = 1. So R = 1 × 4 × q / 5: q = 62.5 t is R = 50 (二级), q = 125 t is R = 100 (一级).
 */
const chlorineFarm = (quantityTonnes: number, tankFarm: object, extra: Record<string, unknown> = {}) =>
  defined({
    id: "MH-1",
    name: "液氯罐区",
    unitKind: "storage",
    substances: [{ kind: "named", substance: "chlorine", quantityTonnes }],
    exposedPeople: 10,
    isTankFarm: true,
    tankFarm,
    ...extra
  }) as never
/**
 * A naphtha (石脑油) tank farm: not in 表1, so Q comes from its 易燃液体 row (GB 18218-2018 表2).
 * 500 t of 类别1: W5.1, Q = 10 t, β = 1.5; S = 50; with 10 people (α = 1) R = 75, 二级.
 */
const naphthaFarm = (hazard: object, tankFarm: object, extra: Record<string, unknown> = {}) =>
  defined({
    id: "MH-N",
    name: "石脑油罐区",
    unitKind: "storage",
    substances: [{ kind: "classified", name: "石脑油", quantityTonnes: 500, hazards: [hazard] }],
    exposedPeople: 10,
    isTankFarm: true,
    tankFarm,
    ...extra
  }) as never
const noShutOff = { hasEmergencyShutOff: false, hasIndependentSis: true, media: ["toxic-gas", "liquefied-gas"] as Array<"toxic-gas" | "liquefied-gas"> }
const equipped = { ...noShutOff, hasEmergencyShutOff: true }

tester.run(RULE, {
  violation: [
    {
      name: "grade 1 by record, no emergency shut-off",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ id: "MH-9", recordedGrade: 1, isTankFarm: true, tankFarm: { hasEmergencyShutOff: false } }] }),
      evidence: [
        { path: "facts.majorHazardInstallations[0].recordedGrade", value: 1 },
        { path: "facts.majorHazardInstallations[0].tankFarm.hasEmergencyShutOff", value: false }
      ],
      severity: "major"
    },
    {
      name: "R exactly 50 is 二级 (computed: 62.5 t chlorine, 10 people)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(62.5, noShutOff)] }),
      evidence: [{ path: "facts.majorHazardInstallations[0].exposedPeople", value: 10 }],
      details: { "zh-CN": "R=50，为二级", en: "R = 50" }
    },
    {
      name: "the substance given by its 表1 name (液氯 → chlorine): R = 100, 一级",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(125, noShutOff, { substances: [{ kind: "named", substance: "液氯", quantityTonnes: 125 }] })] }),
      details: { "zh-CN": "R=100，为一级" }
    },
    {
      name: "R exactly 100 is 一级",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(125, noShutOff)] }),
      details: { "zh-CN": "R=100，为一级" }
    },
    {
      name: "a liquefied-gas farm of grade 2 without an independent SIS",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [{ recordedGrade: 2, isTankFarm: true, tankFarm: { hasEmergencyShutOff: true, hasIndependentSis: false, media: ["liquefied-gas"] } }]
      }),
      evidence: [
        { path: "facts.majorHazardInstallations[0].tankFarm.media", value: ["liquefied-gas"] },
        { path: "facts.majorHazardInstallations[0].tankFarm.hasIndependentSis", value: false }
      ],
      details: { "zh-CN": "独立的安全仪表系统" }
    },
    {
      name: "head-count unknown, but grade 2 even at α = 0.5 (125 t chlorine: R ≥ 50)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(125, noShutOff, { exposedPeople: undefined })] })
    },
    {
      name: "the recorded grade governs (recorded 2, computed would be 一级)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(500, noShutOff, { recordedGrade: 2 })] }),
      evidence: [{ path: "facts.majorHazardInstallations[0].recordedGrade", value: 2 }]
    },
    {
      name: "石脑油 500 t of 易燃液体 类别1 (W5.1, 10 t): S = 50, R = 75, 二级",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [naphthaFarm({ flammableLiquid: 1 }, noShutOff)] }),
      details: { "zh-CN": "R=75，为二级" }
    },
    {
      name: "石脑油 类别2 worked above its boiling point is W5.1 as well",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [naphthaFarm({ flammableLiquid: 2, workingTemperatureAboveBoilingPoint: true }, noShutOff)] })
    },
    {
      name: "石脑油 类别2 with unknown conditions, but 一级 whichever W5 row applies (100 000 t: R ≥ 100 even as W5.3)",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [naphthaFarm({ flammableLiquid: 2 }, noShutOff, {
          substances: [{ kind: "classified", name: "石脑油", quantityTonnes: 100_000, hazards: [{ flammableLiquid: 2 }] }]
        })]
      })
    },
    {
      name: "a tankFarm record implies a tank farm",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ recordedGrade: 1, tankFarm: { hasEmergencyShutOff: false } }] })
    }
  ],
  compliant: [
    {
      name: "grade 1, shut-off and SIS in place",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(125, equipped)] })
    },
    {
      name: "grade 2 holding none of the three media needs no SIS",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ recordedGrade: 2, isTankFarm: true, tankFarm: { hasEmergencyShutOff: true, hasIndependentSis: false, media: [] } }] })
    }
  ],
  notApplicable: [
    { name: "no major hazard installation", asOf, enterprise: hazchem({ majorHazardInstallations: [] }) },
    {
      name: "R just below 50 is 三级 (62.4 t chlorine: R = 49.92)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(62.4, noShutOff)] })
    },
    {
      name: "a recorded grade 3 is out of scope",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ recordedGrade: 3, isTankFarm: true, tankFarm: { hasEmergencyShutOff: false } }] })
    },
    {
      name: "not a tank farm",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ recordedGrade: 1, isTankFarm: false }] })
    },
    {
      name: "S below 1 is not a major hazard at all (4.99 t chlorine), head-count or not",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(4.99, noShutOff, { exposedPeople: undefined })] })
    },
    {
      name: "石脑油 500 t of plain 类别2 (W5.3, 1000 t): S = 0.5, not a major hazard",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [naphthaFarm({ flammableLiquid: 2, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: false }, noShutOff)]
      })
    },
    {
      name: "石脑油 类别2 with unknown conditions, but 三级 or lower whichever W5 row applies (20 t: R ≤ 3)",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [naphthaFarm({ flammableLiquid: 2 }, noShutOff, {
          substances: [{ kind: "classified", name: "石脑油", quantityTonnes: 20, hazards: [{ flammableLiquid: 2 }] }]
        })]
      })
    },
    {
      name: "head-count unknown, but 三级 or lower even at α = 2 (20 t chlorine: R ≤ 32)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(20, noShutOff, { exposedPeople: undefined })] })
    }
  ],
  indeterminate: [
    { name: "installations not recorded", asOf, enterprise: hazchem({}), missing: ["facts.majorHazardInstallations"] },
    {
      name: "grade unknown: no record, no inventory",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ isTankFarm: true, tankFarm: noShutOff }] }),
      missing: [
        "facts.majorHazardInstallations[0].recordedGrade",
        "facts.majorHazardInstallations[0].unitKind",
        "facts.majorHazardInstallations[0].substances"
      ]
    },
    {
      name: "head-count decides between 二级 and 三级 (50 t chlorine: R from 20 to 80)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [chlorineFarm(50, noShutOff, { exposedPeople: undefined })] }),
      missing: ["facts.majorHazardInstallations[0].recordedGrade", "facts.majorHazardInstallations[0].exposedPeople"]
    },
    {
      name: "β unknown: methanol without its hazard class",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [{
          unitKind: "storage",
          substances: [{ kind: "named", substance: "methanol", quantityTonnes: 5000 }],
          exposedPeople: 10,
          isTankFarm: true,
          tankFarm: noShutOff
        }]
      }),
      missing: ["facts.majorHazardInstallations[0].recordedGrade", "facts.majorHazardInstallations[0].substances[0].hazardClass"]
    },
    {
      name: "石脑油 类别2 whose conditions are not recorded: W5.1, W5.2 or W5.3 (S from 0.5 to 50)",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [naphthaFarm({ flammableLiquid: 2 }, noShutOff)] }),
      missing: [
        "facts.majorHazardInstallations[0].recordedGrade",
        "facts.majorHazardInstallations[0].substances[0].hazards[0].workingTemperatureAboveBoilingPoint",
        "facts.majorHazardInstallations[0].substances[0].hazards[0].specialProcessConditions"
      ]
    },
    {
      name: "grade 1 tank farm, shut-off unknown",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ recordedGrade: 1, isTankFarm: true, tankFarm: { hasIndependentSis: true } }] }),
      missing: ["facts.majorHazardInstallations[0].tankFarm.hasEmergencyShutOff"]
    },
    {
      name: "whether it is a tank farm is unknown",
      asOf,
      enterprise: hazchem({ majorHazardInstallations: [{ recordedGrade: 2 }] }),
      // no tank-farm record at all: the language asks for the record itself
      missing: ["facts.majorHazardInstallations[0].isTankFarm", "facts.majorHazardInstallations[0].tankFarm"]
    }
  ]
})
