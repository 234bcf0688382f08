import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const work = (over: Record<string, unknown> = {}) => ({
  name: "污水检查井清淤",
  approved: true,
  specialTraining: true,
  ventilatedTestedFirst: true,
  attendant: true,
  safetyManagerOnSite: true,
  gasDetection: true,
  mechanicalVentilation: true,
  respiratoryProtection: true,
  rescueEquipment: true,
  ...over
})
const works = (...list: Array<Record<string, unknown>>) => project({ confinedSpaceWorks: list })

tester.run("construction/confined-space-identification", {
  violation: [
    {
      name: "2024: not identified and no signs",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ confinedSpaceManagement: { identified: false, warningSigns: false } }),
      evidence: [{ path: "facts.confinedSpaceManagement.identified", value: false }, { path: "facts.confinedSpaceManagement.warningSigns", value: false }]
    }
  ],
  compliant: [
    { name: "not identified, but signed (且: both needed)", asOf: IN_2024, enterprise: project({ confinedSpaceManagement: { identified: false, warningSigns: true } }) },
    { name: "identified and signed", asOf: IN_2024, enterprise: project({ confinedSpaceManagement: { identified: true, warningSigns: true } }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.confinedSpaceManagement"] },
    { name: "signs unknown", asOf: IN_2024, enterprise: project({ confinedSpaceManagement: { identified: false } }), missing: ["facts.confinedSpaceManagement.warningSigns"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ confinedSpaceManagement: { identified: false, warningSigns: false } }) }]
})

tester.run("construction/confined-space-work-procedure", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: entered without ventilating and testing (2022 item 1, 2024 item 2)`,
      ...s,
      enterprise: works(work({ ventilatedTestedFirst: false })),
      evidence: [{ path: "facts.confinedSpaceWorks[0].ventilatedTestedFirst", value: false }],
      details: { "zh-CN": "有限空间作业「污水检查井清淤」：未执行“先通风、再检测、后作业”" }
    })),
    { name: "no approval", asOf: IN_2022, enterprise: works(work({ approved: false })) },
    { name: "no training", asOf: IN_2024, enterprise: works(work({ specialTraining: false })), details: { en: "no dedicated safety training" } }
  ],
  compliant: [{ name: "approved, trained, ventilated and tested", asOf: IN_2024, enterprise: works(work()) }, { name: "no confined-space work", asOf: IN_2022, enterprise: works() }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.confinedSpaceWorks"] },
    { name: "training unknown", asOf: IN_2024, enterprise: works(work({ specialTraining: undefined })), missing: ["facts.confinedSpaceWorks[0].specialTraining"] }
  ]
})

tester.run("construction/confined-space-supervision", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: no attendant (2022 item 2, 2024 item 3)`,
      ...s,
      enterprise: works(work({ attendant: false })),
      evidence: [{ path: "facts.confinedSpaceWorks[0].attendant", value: false }]
    })),
    {
      name: "2024: attendant present, no full-time safety manager supervising (new in 2024)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: works(work({ safetyManagerOnSite: false })),
      evidence: [{ path: "facts.confinedSpaceWorks[0].safetyManagerOnSite", value: false }],
      details: { "zh-CN": "未有专职安全生产管理人员现场监督" }
    }
  ],
  compliant: [
    { name: "2022: a safety manager on site is not part of the 2022 item", asOf: LAST_2022, version: V2022, enterprise: works(work({ safetyManagerOnSite: false })) },
    { name: "2024: both present", asOf: FIRST_2024, version: V2024, enterprise: works(work()) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.confinedSpaceWorks"] },
    { name: "2024: safety manager presence unknown", asOf: IN_2024, enterprise: works(work({ safetyManagerOnSite: undefined })), missing: ["facts.confinedSpaceWorks[0].safetyManagerOnSite"] },
    { name: "2022: attendant unknown", asOf: IN_2022, enterprise: works(work({ attendant: undefined })), missing: ["facts.confinedSpaceWorks[0].attendant"] }
  ]
})

tester.run("construction/confined-space-equipment", {
  violation: [
    {
      name: "2024: no gas detector",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: works(work({ gasDetection: false })),
      evidence: [{ path: "facts.confinedSpaceWorks[0].gasDetection", value: false }],
      details: { "zh-CN": "未配备气体检测设备" }
    },
    { name: "2024: no rescue equipment", asOf: IN_2024, enterprise: works(work({ rescueEquipment: false })) }
  ],
  compliant: [{ name: "fully equipped", asOf: IN_2024, enterprise: works(work()) }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.confinedSpaceWorks"] },
    { name: "breathing protection unknown", asOf: IN_2024, enterprise: works(work({ respiratoryProtection: undefined })), missing: ["facts.confinedSpaceWorks[0].respiratoryProtection"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: works(work({ gasDetection: false })) }]
})
