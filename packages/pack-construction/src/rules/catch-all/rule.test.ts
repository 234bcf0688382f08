import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const breach = (over: Record<string, unknown> = {}) => ({
  description: "塔吊司机连续作业超过规定时间且无替班",
  breachedProvision: "某强制性标准条款",
  mayCauseMassCasualtiesOrMajorLoss: true,
  realDanger: true,
  ...over
})

tester.run("construction/other-serious-breaches", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: an inspector's finding with a real danger (advisory)`,
      ...s,
      enterprise: project({ otherSeriousBreaches: [breach()] }),
      evidence: [{ path: "facts.otherSeriousBreaches[0].mayCauseMassCasualtiesOrMajorLoss", value: true }],
      details: { "zh-CN": "塔吊司机连续作业超过规定时间且无替班" },
      severity: "advisory" as const
    })),
    {
      name: "2022: potential harm suffices (no real-danger conjunct)",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ otherSeriousBreaches: [breach({ realDanger: false })] })
    }
  ],
  compliant: [
    { name: "2024: no real danger (且存在现实危险)", asOf: FIRST_2024, version: V2024, enterprise: project({ otherSeriousBreaches: [breach({ realDanger: false })] }) },
    { name: "nothing found", asOf: IN_2022, enterprise: project({ otherSeriousBreaches: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.otherSeriousBreaches"] },
    { name: "2024: real danger not assessed", asOf: IN_2024, enterprise: project({ otherSeriousBreaches: [breach({ realDanger: undefined })] }), missing: ["facts.otherSeriousBreaches[0].realDanger"] }
  ]
})
