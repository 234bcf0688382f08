import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const attached = (over: Record<string, unknown> = {}) => ({
  name: "1#楼附着式升降脚手架",
  kind: "attached-lifting" as const,
  foundationMeetsDesign: true,
  wallTies: "present" as const,
  inUse: true,
  acceptancePassed: true,
  antiTiltDevice: "conforming" as const,
  antiFallDevice: "conforming" as const,
  syncLiftControl: "conforming" as const,
  cantileverHeightMetres: 4,
  frameHeightMetres: 14,
  gapToStructureOpen: false,
  gapHorizontalProtection: false,
  ...over
})
const floorStanding = (over: Record<string, unknown> = {}) => ({
  name: "裙楼落地式脚手架",
  kind: "floor-standing" as const,
  foundationMeetsDesign: true,
  wallTies: "present" as const,
  inUse: true,
  ...over
})
const scaffolds = (...list: Array<Record<string, unknown>>) => project({ scaffolds: list })

tester.run("construction/scaffold-foundation", {
  violation: sides.map((s) => ({
    name: `${s.asOf}: foundation not to design`,
    ...s,
    enterprise: scaffolds(floorStanding({ foundationMeetsDesign: false })),
    evidence: [{ path: "facts.scaffolds[0].foundationMeetsDesign", value: false }],
    details: { "zh-CN": "脚手架「裙楼落地式脚手架」" }
  })),
  compliant: sides.map((s) => ({ name: `${s.asOf}: to design`, ...s, enterprise: scaffolds(floorStanding(), attached()) })),
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.scaffolds"] },
    { name: "foundation not assessed", asOf: IN_2024, enterprise: scaffolds(floorStanding({ foundationMeetsDesign: undefined })), missing: ["facts.scaffolds[0].foundationMeetsDesign"] }
  ]
})

tester.run("construction/scaffold-wall-ties", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: a whole storey of ties missing`,
      ...s,
      enterprise: scaffolds(floorStanding({ wallTies: "whole-storey-missing" })),
      evidence: [{ path: "facts.scaffolds[0].wallTies", value: "whole-storey-missing" }],
      details: { "zh-CN": "连墙件整层缺失" }
    })),
    { name: "no ties at all", asOf: IN_2022, enterprise: scaffolds(floorStanding({ wallTies: "none" })), details: { en: "no wall ties" } }
  ],
  compliant: [{ name: "ties present", asOf: IN_2024, enterprise: scaffolds(floorStanding()) }, { name: "no scaffolds", asOf: IN_2024, enterprise: scaffolds() }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.scaffolds"] },
    { name: "ties not recorded", asOf: IN_2022, enterprise: scaffolds(floorStanding({ wallTies: undefined })), missing: ["facts.scaffolds[0].wallTies"] }
  ]
})

tester.run("construction/attached-scaffold-acceptance", {
  violation: [
    {
      name: "2022: attached scaffold in use without acceptance",
      asOf: LAST_2022,
      version: V2022,
      enterprise: scaffolds(attached({ acceptancePassed: false })),
      evidence: [{ path: "facts.scaffolds[0].acceptancePassed", value: false }],
      details: { "zh-CN": "未经验收合格" }
    }
  ],
  compliant: [
    { name: "accepted", asOf: IN_2022, enterprise: scaffolds(attached()) },
    { name: "not yet in use", asOf: IN_2022, enterprise: scaffolds(attached({ inUse: false, acceptancePassed: false })) },
    { name: "a floor-standing scaffold is not in the item", asOf: IN_2022, enterprise: scaffolds(floorStanding({ acceptancePassed: false })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.scaffolds"] },
    {
      name: "kind unknown, in use without acceptance",
      asOf: IN_2022,
      enterprise: scaffolds(attached({ kind: undefined, acceptancePassed: false })),
      missing: ["facts.scaffolds[0].kind"]
    }
  ],
  notSelected: [{ name: "dropped in 2024", asOf: FIRST_2024, enterprise: scaffolds(attached({ acceptancePassed: false })) }]
})

tester.run("construction/attached-scaffold-safety-devices", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: anti-fall device failed`,
      ...s,
      enterprise: scaffolds(attached({ antiFallDevice: "failed" })),
      evidence: [{ path: "facts.scaffolds[0].antiFallDevice", value: "failed" }],
      details: { "zh-CN": "防坠落装置失效", en: "anti-fall device failed" }
    })),
    ...(["not-to-design", "removed-or-damaged", "missing"] as const).flatMap((status) =>
      sides.map((s) => ({
        name: `${s.asOf}: synchronous control ${status}`,
        ...s,
        enterprise: scaffolds(attached({ syncLiftControl: status }))
      }))
    )
  ],
  compliant: [
    ...sides.map((s) => ({ name: `${s.asOf}: all devices conforming`, ...s, enterprise: scaffolds(attached()) })),
    { name: "devices are an attached-scaffold item only", asOf: IN_2024, enterprise: scaffolds(floorStanding({ antiFallDevice: "missing" })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.scaffolds"] },
    {
      name: "anti-tilt device not inspected",
      asOf: IN_2022,
      enterprise: scaffolds(attached({ antiTiltDevice: undefined })),
      missing: ["facts.scaffolds[0].antiTiltDevice"]
    }
  ]
})

tester.run("construction/attached-scaffold-cantilever-height", {
  violation: [
    {
      name: "2022: 6.5 m cantilever (more than 6 m)",
      asOf: LAST_2022,
      version: V2022,
      enterprise: scaffolds(attached({ cantileverHeightMetres: 6.5, frameHeightMetres: 20 })),
      evidence: [{ path: "facts.scaffolds[0].cantileverHeightMetres", value: 6.5 }],
      details: { "zh-CN": "悬臂高度6.5m大于6m" }
    },
    {
      name: "2022: 5 m on a 12 m frame (more than 2/5)",
      asOf: IN_2022,
      enterprise: scaffolds(attached({ cantileverHeightMetres: 5, frameHeightMetres: 12 })),
      details: { "zh-CN": "大于架体高度12m的2/5" }
    }
  ],
  compliant: [
    { name: "exactly 2/5 (4 m on 10 m) is not more", asOf: IN_2022, enterprise: scaffolds(attached({ cantileverHeightMetres: 4, frameHeightMetres: 10 })) },
    { name: "exactly 6 m on a 15 m frame is not more", asOf: IN_2022, enterprise: scaffolds(attached({ cantileverHeightMetres: 6, frameHeightMetres: 15 })) },
    { name: "not in use", asOf: IN_2022, enterprise: scaffolds(attached({ inUse: false, cantileverHeightMetres: 8 })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.scaffolds"] },
    {
      name: "4 m cantilever, frame height unknown",
      asOf: IN_2022,
      enterprise: scaffolds(attached({ cantileverHeightMetres: 4, frameHeightMetres: undefined })),
      missing: ["facts.scaffolds[0].frameHeightMetres"]
    }
  ],
  notSelected: [{ name: "dropped in 2024", asOf: FIRST_2024, version: V2024, enterprise: scaffolds(attached({ cantileverHeightMetres: 8 })) }]
})
