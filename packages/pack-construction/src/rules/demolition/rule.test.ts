import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2024 } from "../testkit.ts"

tester.run("construction/load-bearing-structure-review", {
  violation: [
    {
      name: "2024: shear wall opened up in a fit-out without review",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ structuralAlterations: [{ name: "3F剪力墙开洞", removesLoadBearingStructure: true, structuralReview: false }] }),
      evidence: [{ path: "facts.structuralAlterations[0].structuralReview", value: false }],
      details: { "zh-CN": "装饰装修拆改「3F剪力墙开洞」" }
    }
  ],
  compliant: [
    { name: "reviewed", asOf: IN_2024, enterprise: project({ structuralAlterations: [{ removesLoadBearingStructure: true, structuralReview: true }] }) },
    { name: "non-structural partitions only", asOf: IN_2024, enterprise: project({ structuralAlterations: [{ removesLoadBearingStructure: false }] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.structuralAlterations"] },
    { name: "review unknown", asOf: IN_2024, enterprise: project({ structuralAlterations: [{ removesLoadBearingStructure: true }] }), missing: ["facts.structuralAlterations[0].structuralReview"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ structuralAlterations: [{ removesLoadBearingStructure: true, structuralReview: false }] }) }]
})

tester.run("construction/demolition-sequence", {
  violation: sides.map((s) => ({
    name: `${s.asOf}: out of sequence (2022 sole provision, 2024 item 2)`,
    ...s,
    enterprise: project({ demolitions: [{ name: "原办公楼拆除", sequencePerCodeAndPlan: false }] }),
    evidence: [{ path: "facts.demolitions[0].sequencePerCodeAndPlan", value: false }],
    details: { en: "demolition \"原办公楼拆除\"" }
  })),
  compliant: [{ name: "in sequence", asOf: IN_2022, enterprise: project({ demolitions: [{ sequencePerCodeAndPlan: true }] }) }, { name: "no demolition", asOf: IN_2024, enterprise: project({ demolitions: [] }) }],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.demolitions"] },
    { name: "sequence not assessed", asOf: IN_2024, enterprise: project({ demolitions: [{ name: "原办公楼拆除" }] }), missing: ["facts.demolitions[0].sequencePerCodeAndPlan"] }
  ]
})
