import type { PublicReportInput, ReportsConfigInput } from "../src/index.ts"

export const ENT_A = "91330381MA2L9RT6N9"

export const jurisdictions = [
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330100", name: "杭州市", level: "city", parent: "330000" },
  { code: "330102", name: "上城区", level: "county", parent: "330100" },
  { code: "330300", name: "温州市", level: "city", parent: "330000" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" }
] as const

/** A reporter whose name and phone number must never leave the register unredacted. */
export const REPORTER_NAME = "举报人林秀英"
export const REPORTER_PHONE = "13957700123"
export const reporter = { anonymous: false, name: REPORTER_NAME, contact: REPORTER_PHONE } as const

export const report = (over: Partial<PublicReportInput> & { id: string }): PublicReportInput => ({
  receivedOn: "2026-03-02",
  channel: "insider",
  category: "major-hazard",
  jurisdiction: "330381",
  subject: ENT_A,
  sector: "industry-trade",
  description: "喷涂车间可燃气体报警装置长期关闭",
  reporter,
  ...over
})

/**
 * An illustrative local configuration for the tests — NOT national law: the national 奖励办法 is
 * unverified, and these figures are made up for the tests only.
 */
export const testConfig: ReportsConfigInput = {
  deadlines: { assignWithinDays: 5, findingWithinDays: 30, rewardDecisionWithinDays: 15, paymentWithinDays: 15 },
  rewardLevels: [
    { id: "L1", minYuan: 1000, maxYuan: 5000, categories: ["major-hazard", "major-risk", "violation"] },
    { id: "L2", minYuan: 200, maxYuan: 1000 }
  ],
  basis: "测试用配置 (illustrative)"
}

export const department = { actor: { id: "P-D1", name: "瑞安应急局" }, role: { kind: "department", jurisdiction: "330381" } } as const
export const officer = { ...department, permissions: ["read-whistleblower-identity"] } as const
export const otherDepartment = { actor: { id: "P-D2", name: "上城区应急局" }, role: { kind: "department", jurisdiction: "330102" } } as const
export const inspector = { actor: { id: "P-I1", name: "核查员" }, role: { kind: "inspector" } } as const
export const hotline = { actor: { id: "SYS-12350", name: "12350 举报热线" }, role: { kind: "system" } } as const
export const enterprise = { actor: { id: "P-E1", name: "企业安全员" }, role: { kind: "enterprise", creditCode: ENT_A } } as const
export const reader = { actor: { id: "P-R", name: "读者" } } as const
