import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2024 } from "../testkit.ts"

const support = (over: Record<string, unknown> = {}) => ({
  name: "地下室顶板高支模",
  foundationMeetsDesign: true,
  constructionLoad: 5,
  designLoad: 6,
  removedOrClimbed: true,
  concreteStrengthMPa: 30,
  requiredConcreteStrengthMPa: 30,
  dangerousWork: true,
  pourSequencePerPlan: true,
  pourLayerThicknessPerPlan: true,
  ...over
})
const withSupport = (over: Record<string, unknown>) => project({ formworkSupports: [support(over)] })

tester.run("construction/formwork-support-foundation", {
  violation: sides.map((s) => ({
    name: `${s.asOf}: foundation not to design`,
    ...s,
    enterprise: withSupport({ foundationMeetsDesign: false }),
    evidence: [{ path: "facts.formworkSupports[0].foundationMeetsDesign", value: false }],
    details: { "zh-CN": "模板支架「地下室顶板高支模」：基础承载力和变形不满足设计要求" }
  })),
  compliant: sides.map((s) => ({ name: `${s.asOf}: foundation to design`, ...s, enterprise: withSupport({}) })),
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.formworkSupports"] },
    { name: "foundation not assessed", asOf: IN_2024, enterprise: withSupport({ foundationMeetsDesign: undefined }), missing: ["facts.formworkSupports[0].foundationMeetsDesign"] }
  ]
})

tester.run("construction/formwork-support-overload", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: 6.5 on a support designed for 6`,
      ...s,
      enterprise: withSupport({ constructionLoad: 6.5 }),
      evidence: [{ path: "facts.formworkSupports[0].constructionLoad", value: 6.5 }, { path: "facts.formworkSupports[0].designLoad", value: 6 }],
      details: { "zh-CN": "施工荷载6.5超过设计值6" }
    }))
  ],
  compliant: [
    { name: "exactly the design value is not over it (超过)", asOf: IN_2022, enterprise: withSupport({ constructionLoad: 6 }) },
    { name: "below the design value", asOf: IN_2024, enterprise: withSupport({}) },
    { name: "no formwork supports", asOf: IN_2024, enterprise: project({ formworkSupports: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.formworkSupports"] },
    { name: "design value unknown", asOf: IN_2022, enterprise: withSupport({ designLoad: undefined }), missing: ["facts.formworkSupports[0].designLoad"] }
  ]
})

tester.run("construction/formwork-concrete-strength", {
  violation: sides.map((s) => ({
    name: `${s.asOf}: struck at 22.5 MPa where 30 is required`,
    ...s,
    enterprise: withSupport({ concreteStrengthMPa: 22.5 }),
    evidence: [{ path: "facts.formworkSupports[0].concreteStrengthMPa", value: 22.5 }],
    details: { "zh-CN": "混凝土强度22.5MPa未达到要求的30MPa" }
  })),
  compliant: [
    { name: "exactly the required strength is reached", asOf: IN_2022, enterprise: withSupport({}) },
    { name: "not struck yet", asOf: IN_2024, enterprise: withSupport({ removedOrClimbed: false, concreteStrengthMPa: 10 }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.formworkSupports"] },
    {
      name: "struck, strength not recorded",
      asOf: IN_2024,
      enterprise: withSupport({ concreteStrengthMPa: undefined }),
      missing: ["facts.formworkSupports[0].concreteStrengthMPa"]
    }
  ]
})

tester.run("construction/formwork-pour-sequence", {
  violation: [
    {
      name: "2024: poured out of the plan's sequence",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: withSupport({ pourSequencePerPlan: false }),
      evidence: [{ path: "facts.formworkSupports[0].pourSequencePerPlan", value: false }],
      details: { "zh-CN": "未按专项施工方案要求的顺序浇筑" }
    },
    { name: "2024: layers too thick", asOf: IN_2024, enterprise: withSupport({ pourLayerThicknessPerPlan: false }), details: { en: "layer thickness" } }
  ],
  compliant: [
    { name: "poured to plan", asOf: IN_2024, enterprise: withSupport({}) },
    { name: "not a dangerous sub-project", asOf: IN_2024, enterprise: withSupport({ dangerousWork: false, pourSequencePerPlan: false }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.formworkSupports"] },
    {
      name: "pour not recorded",
      asOf: IN_2024,
      enterprise: withSupport({ pourSequencePerPlan: undefined, pourLayerThicknessPerPlan: undefined }),
      missing: ["facts.formworkSupports[0].pourSequencePerPlan", "facts.formworkSupports[0].pourLayerThicknessPerPlan"]
    }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: withSupport({ pourSequencePerPlan: false }) }]
})
