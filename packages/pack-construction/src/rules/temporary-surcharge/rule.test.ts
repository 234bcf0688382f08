import { FIRST_2024, IN_2024, LAST_2022, project, tester, V2024 } from "../testkit.ts"

const pit = (over: Record<string, unknown> = {}) => ({
  name: "2号基坑",
  supported: true,
  excavationDepthMetres: 3,
  edgeSurchargeKpa: 15,
  designAllowableEdgeSurchargeKpa: 20,
  nearestSurchargeFromBottomEdgeMetres: 5,
  ...over
})
const pits = (...list: Array<Record<string, unknown>>) => project({ foundationPits: list })

tester.run("construction/excavation-edge-surcharge", {
  violation: [
    {
      name: "2024: 25 kPa where 20 kPa is allowed",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: pits(pit({ edgeSurchargeKpa: 25 })),
      evidence: [{ path: "facts.foundationPits[0].edgeSurchargeKpa", value: 25 }, { path: "facts.foundationPits[0].designAllowableEdgeSurchargeKpa", value: 20 }],
      details: { "zh-CN": "周边堆载25kPa超过设计允许值20kPa" }
    }
  ],
  compliant: [
    { name: "exactly the allowance is not over it", asOf: IN_2024, enterprise: pits(pit({ edgeSurchargeKpa: 20 })) },
    { name: "no surcharge", asOf: IN_2024, enterprise: pits(pit({ edgeSurchargeKpa: 0, designAllowableEdgeSurchargeKpa: undefined })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.foundationPits"] },
    { name: "allowance unknown", asOf: IN_2024, enterprise: pits(pit({ designAllowableEdgeSurchargeKpa: undefined })), missing: ["facts.foundationPits[0].designAllowableEdgeSurchargeKpa"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: pits(pit({ edgeSurchargeKpa: 25 })) }]
})

tester.run("construction/unsupported-pit-surcharge", {
  violation: [
    {
      name: "2024: spoil 2 m from the edge of a 3 m unsupported trench",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: pits(pit({ supported: false, nearestSurchargeFromBottomEdgeMetres: 2 })),
      evidence: [{ path: "facts.foundationPits[0].nearestSurchargeFromBottomEdgeMetres", value: 2 }, { path: "facts.foundationPits[0].excavationDepthMetres", value: 3 }],
      details: { "zh-CN": "距坑底边线2m处堆载，在开挖深度3m范围内" }
    },
    { name: "2024: exactly at the depth is inside the band (范围内)", asOf: IN_2024, enterprise: pits(pit({ supported: false, nearestSurchargeFromBottomEdgeMetres: 3 })) }
  ],
  compliant: [
    { name: "just outside the band", asOf: IN_2024, enterprise: pits(pit({ supported: false, nearestSurchargeFromBottomEdgeMetres: 3.1 })) },
    { name: "no surcharge around the pit (null)", asOf: IN_2024, enterprise: pits(pit({ supported: false, nearestSurchargeFromBottomEdgeMetres: null, excavationDepthMetres: undefined })) },
    { name: "a supported pit is item 1's business", asOf: IN_2024, enterprise: pits(pit({ nearestSurchargeFromBottomEdgeMetres: 1 })) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.foundationPits"] },
    {
      name: "unsupported, depth unknown",
      asOf: IN_2024,
      enterprise: pits(pit({ supported: false, excavationDepthMetres: undefined, nearestSurchargeFromBottomEdgeMetres: 2 })),
      missing: ["facts.foundationPits[0].excavationDepthMetres"]
    }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: pits(pit({ supported: false, nearestSurchargeFromBottomEdgeMetres: 1 })) }]
})

tester.run("construction/structure-and-scaffold-overload", {
  violation: [
    {
      name: "2024: rebar stacked on the basement roof beyond its allowance",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ temporaryLoads: [{ name: "地下室顶板钢筋堆场", on: "basement-roof", loadKnPerM2: 12, designAllowableKnPerM2: 10 }] }),
      evidence: [{ path: "facts.temporaryLoads[0].loadKnPerM2", value: 12 }],
      details: { "zh-CN": "临时堆载「地下室顶板钢筋堆场」：堆载12kN/m²超过设计允许值10kN/m²" }
    },
    { name: "2024: scaffold deck overloaded", asOf: IN_2024, enterprise: project({ temporaryLoads: [{ on: "scaffold", loadKnPerM2: 3.5, designAllowableKnPerM2: 3 }] }) }
  ],
  compliant: [
    { name: "exactly the allowance", asOf: IN_2024, enterprise: project({ temporaryLoads: [{ on: "floor-slab", loadKnPerM2: 10, designAllowableKnPerM2: 10 }] }) },
    { name: "no temporary loads", asOf: IN_2024, enterprise: project({ temporaryLoads: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.temporaryLoads"] },
    { name: "load not measured", asOf: IN_2024, enterprise: project({ temporaryLoads: [{ on: "roof", designAllowableKnPerM2: 5 }] }), missing: ["facts.temporaryLoads[0].loadKnPerM2"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ temporaryLoads: [{ loadKnPerM2: 12, designAllowableKnPerM2: 10 }] }) }]
})
