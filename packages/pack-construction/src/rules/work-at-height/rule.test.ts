import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const support = (over: Record<string, unknown> = {}) => ({
  name: "屋盖网架临时支撑胎架",
  foundationMeetsDesign: true,
  load: 400,
  designCapacity: 450,
  antiOverturningAsDesigned: true,
  ...over
})
const supports = (over: Record<string, unknown>) => project({ steelErectionSupports: [support(over)] })

tester.run("construction/steel-erection-temporary-supports", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: no anti-overturning device`,
      ...s,
      enterprise: supports({ antiOverturningAsDesigned: false }),
      evidence: [{ path: "facts.steelErectionSupports[0].antiOverturningAsDesigned", value: false }],
      details: { "zh-CN": "未按设计设置防倾覆装置" }
    })),
    {
      name: "2024: 460 kN on a support designed for 450 kN (new in 2024)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: supports({ load: 460 }),
      evidence: [{ path: "facts.steelErectionSupports[0].load", value: 460 }],
      details: { "zh-CN": "荷载460kN超过设计承载力450kN" }
    },
    { name: "2022: foundation not to design", asOf: IN_2022, enterprise: supports({ foundationMeetsDesign: false }) }
  ],
  compliant: [
    { name: "2022: overloading is not part of the 2022 item", asOf: LAST_2022, version: V2022, enterprise: supports({ load: 460 }) },
    { name: "2024: exactly the design capacity is not over it", asOf: IN_2024, enterprise: supports({ load: 450 }) },
    { name: "no such supports", asOf: IN_2024, enterprise: project({ steelErectionSupports: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.steelErectionSupports"] },
    { name: "2024: load unknown", asOf: IN_2024, enterprise: supports({ load: undefined }), missing: ["facts.steelErectionSupports[0].load"] }
  ]
})

const members = (...list: Array<Record<string, unknown>>) => project({ prefabricatedMembers: list })

tester.run("construction/prefabricated-member-stability", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: single roof truss without bracing`,
      ...s,
      enterprise: members({ name: "GHJ-1钢屋架", kind: "steel-truss", stabilityMeasures: false }),
      evidence: [{ path: "facts.prefabricatedMembers[0].stabilityMeasures", value: false }],
      details: { "zh-CN": "预制构件安装「GHJ-1钢屋架」" }
    })),
    {
      name: "2024: a precast column (other prefabricated member, new in 2024)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: members({ name: "预制柱", kind: "other-prefabricated", stabilityMeasures: false })
    }
  ],
  compliant: [
    {
      name: "2022: other prefabricated members are not in the 2022 item",
      asOf: LAST_2022,
      version: V2022,
      enterprise: members({ name: "预制柱", kind: "other-prefabricated", stabilityMeasures: false })
    },
    { name: "braced", asOf: IN_2024, enterprise: members({ kind: "steel-truss", stabilityMeasures: true }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.prefabricatedMembers"] },
    { name: "2022: unbraced member of unknown kind", asOf: IN_2022, enterprise: members({ stabilityMeasures: false }), missing: ["facts.prefabricatedMembers[0].kind"] }
  ]
})

const platforms = (...list: Array<Record<string, unknown>>) => project({ cantileverPlatforms: list })
const unloading = (over: Record<string, unknown> = {}) => ({ name: "5F卸料平台", purpose: "unloading", pointsOnStableStructure: true, reliablyConnected: true, ...over })

tester.run("construction/cantilever-platform-anchorage", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: neither on the structure nor connected`,
      ...s,
      enterprise: platforms(unloading({ pointsOnStableStructure: false, reliablyConnected: false })),
      evidence: [{ path: "facts.cantileverPlatforms[0].reliablyConnected", value: false }]
    })),
    {
      name: "2022: on the structure but not reliably connected (或)",
      asOf: LAST_2022,
      version: V2022,
      enterprise: platforms(unloading({ reliablyConnected: false })),
      evidence: [{ path: "facts.cantileverPlatforms[0].reliablyConnected", value: false }],
      details: { "zh-CN": "未做可靠连接" }
    },
    {
      name: "2022: an operating platform of unknown purpose is in scope",
      asOf: IN_2022,
      enterprise: platforms({ pointsOnStableStructure: false, reliablyConnected: true })
    }
  ],
  compliant: [
    {
      name: "2024: on the structure but not reliably connected is not both (且)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: platforms(unloading({ reliablyConnected: false }))
    },
    {
      name: "2024: an operating platform is not a 卸料平台",
      asOf: IN_2024,
      enterprise: platforms({ name: "操作平台", purpose: "operating", pointsOnStableStructure: false, reliablyConnected: false })
    },
    { name: "anchored and connected", asOf: IN_2022, enterprise: platforms(unloading()) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.cantileverPlatforms"] },
    {
      name: "2024: not on the structure, connection unknown",
      asOf: IN_2024,
      enterprise: platforms(unloading({ pointsOnStableStructure: false, reliablyConnected: undefined })),
      missing: ["facts.cantileverPlatforms[0].reliablyConnected"]
    }
  ]
})

const gap = (over: Record<string, unknown> = {}) => ({ name: "主楼脚手架", kind: "cantilevered" as const, gapToStructureOpen: true, gapHorizontalProtection: true, ...over })
const shaft = (over: Record<string, unknown> = {}) => ({ name: "1#电梯井", openThrough: true, horizontalProtection: true, openingDoors: true, ...over })

tester.run("construction/edge-and-shaft-protection", {
  violation: [
    {
      name: "2024: open gap between scaffold and structure, no protection",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ scaffolds: [gap({ gapHorizontalProtection: false })], elevatorShafts: [] }),
      evidence: [{ path: "facts.scaffolds[0].gapHorizontalProtection", value: false }]
    },
    {
      name: "2024: open lift shaft with neither protection nor gates",
      asOf: IN_2024,
      enterprise: project({ scaffolds: [], elevatorShafts: [shaft({ horizontalProtection: false, openingDoors: false })] }),
      details: { "zh-CN": "电梯井道「1#电梯井」：井道内贯通；未采取水平防护措施；电梯井口未设置防护门" }
    }
  ],
  compliant: [
    {
      name: "2024: shaft without horizontal protection but with gates (且: both needed)",
      asOf: IN_2024,
      enterprise: project({ scaffolds: [gap()], elevatorShafts: [shaft({ horizontalProtection: false })] })
    },
    { name: "no open gap", asOf: IN_2024, enterprise: project({ scaffolds: [gap({ gapToStructureOpen: false, gapHorizontalProtection: false })], elevatorShafts: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.scaffolds", "facts.elevatorShafts"] },
    {
      name: "shaft gates unknown",
      asOf: IN_2024,
      enterprise: project({ scaffolds: [], elevatorShafts: [shaft({ horizontalProtection: false, openingDoors: undefined })] }),
      missing: ["facts.elevatorShafts[0].openingDoors"]
    }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ scaffolds: [gap({ gapHorizontalProtection: false })], elevatorShafts: [] }) }]
})

const gondola = (over: Record<string, unknown> = {}) => ({ name: "ZLP630-03", loadKg: 600, ratedLoadKg: 630, safetyLockWorking: true, lifelinesIndependent: true, ...over })

tester.run("construction/gondola-safety", {
  violation: [
    {
      name: "2024: 650 kg in a 630 kg gondola",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ gondolas: [gondola({ loadKg: 650 })] }),
      evidence: [{ path: "facts.gondolas[0].loadKg", value: 650 }, { path: "facts.gondolas[0].ratedLoadKg", value: 630 }],
      details: { "zh-CN": "载荷650kg超过额定载重量630kg" }
    },
    { name: "2024: safety lock failed", asOf: IN_2024, enterprise: project({ gondolas: [gondola({ safetyLockWorking: false })] }) },
    { name: "2024: lifelines tied to the gondola", asOf: IN_2024, enterprise: project({ gondolas: [gondola({ lifelinesIndependent: false })] }), details: { en: "not hung independently" } }
  ],
  compliant: [
    { name: "exactly the rated load is not over it", asOf: IN_2024, enterprise: project({ gondolas: [gondola({ loadKg: 630 })] }) },
    { name: "no gondolas", asOf: IN_2024, enterprise: project({ gondolas: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.gondolas"] },
    { name: "rated load unknown", asOf: IN_2024, enterprise: project({ gondolas: [gondola({ ratedLoadKg: undefined })] }), missing: ["facts.gondolas[0].ratedLoadKg"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ gondolas: [gondola({ loadKg: 700 })] }) }]
})
