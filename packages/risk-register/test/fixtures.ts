import type { RiskPointInput } from "../src/index.ts"

export const ENT_A = "91330381MA2L9RT6N9"
export const ENT_B = "91330102MA2B0N7Y31"

export const jurisdictions = [
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330100", name: "杭州市", level: "city", parent: "330000" },
  { code: "330102", name: "上城区", level: "county", parent: "330100" },
  { code: "330300", name: "温州市", level: "city", parent: "330000" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" }
] as const

/** A point with everything given; override what a test needs. */
export const point = (over: Partial<RiskPointInput> & { id: string }): RiskPointInput => ({
  enterprise: ENT_A,
  jurisdiction: "330381",
  name: `风险点 ${over.id}`,
  kind: "installation",
  hazardSources: [{ description: "液氨储罐泄漏", accidentTypes: ["poisoning-asphyxiation", "vessel-explosion"] }],
  assessment: { method: "matrix", L: 2, S: 2 },
  assessedOn: "2026-01-01",
  controls: [{ kind: "engineering", description: "液位、压力远传报警" }],
  managingLevel: "workshop",
  responsible: { name: "王包保" },
  ...over
})
