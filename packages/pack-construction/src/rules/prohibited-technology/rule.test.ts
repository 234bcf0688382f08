import { BEFORE_2022, IN_2022, IN_2024, project, sides, tester } from "../testkit.ts"

const tech = (over: Record<string, unknown> = {}) => ({ kind: "equipment" as const, name: "某淘汰型号井架物料提升机", restriction: "prohibited" as const, mayCauseMassCasualtiesOrMajorLoss: true, ...over })

tester.run("construction/prohibited-technology", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: prohibited equipment in use (2022 第十四条, 2024 第十六条)`,
      ...s,
      enterprise: project({ prohibitedTechnology: [tech()] }),
      evidence: [{ path: "facts.prohibitedTechnology[0].mayCauseMassCasualtiesOrMajorLoss", value: true }],
      details: { "zh-CN": "使用明令禁止的设备，危害程度较大" }
    })),
    { name: "restricted process", asOf: IN_2024, enterprise: project({ prohibitedTechnology: [tech({ kind: "process", restriction: "restricted" })] }), details: { en: "restricted process" } }
  ],
  compliant: [
    { name: "none in use", asOf: IN_2022, enterprise: project({ prohibitedTechnology: [] }) },
    { name: "low harm potential", asOf: IN_2024, enterprise: project({ prohibitedTechnology: [tech({ mayCauseMassCasualtiesOrMajorLoss: false })] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.prohibitedTechnology"] },
    { name: "harm potential not assessed", asOf: IN_2022, enterprise: project({ prohibitedTechnology: [tech({ mayCauseMassCasualtiesOrMajorLoss: undefined })] }), missing: ["facts.prohibitedTechnology[0].mayCauseMassCasualtiesOrMajorLoss"] }
  ],
  notSelected: [{ name: "before the 2022 edition", asOf: BEFORE_2022, enterprise: project({ prohibitedTechnology: [tech()] }) }]
})
