// Fixtures of the investigation store's suite: a small jurisdiction tree, callers, and cases.
export const ENT = "91330381MA2L9RT6N9"

export const jurisdictions = [
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330300", name: "温州市", level: "city", parent: "330000" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" },
  { code: "330100", name: "杭州市", level: "city", parent: "330000" },
  { code: "330102", name: "上城区", level: "county", parent: "330100" }
] as const

export const system = { actor: { id: "SYS", name: "导入" }, role: { kind: "system" } } as const
/** 瑞安市应急管理局: a department bound to 瑞安市. */
export const ruian = { actor: { id: "D-1", name: "瑞安市应急管理局" }, role: { kind: "department", jurisdiction: "330381" } } as const
/** 上城区: a department of another subtree. */
export const shangcheng = { actor: { id: "D-2", name: "上城区应急管理局" }, role: { kind: "department", jurisdiction: "330102" } } as const
export const inspector = { actor: { id: "P-1", name: "张执法" }, role: { kind: "inspector" } } as const
export const reader = { actor: { id: "R-1", name: "查阅" } } as const
export const enterprise = { actor: { id: "E-1", name: "企业" }, role: { kind: "enterprise", creditCode: ENT } } as const

/** A 一般 accident (1 death) in 瑞安市 on 2024-05-01, Beijing time. */
export const generalCase = (id = "SG-2024-011", jurisdiction = "330381") => ({
  accident: {
    id,
    occurredAt: "2024-05-01T02:00:00+08:00",
    jurisdiction,
    subject: ENT,
    sector: "industry-trade",
    deaths: 1,
    seriousInjuries: 0,
    directLossYuan: 800000,
    description: "机械伤害"
  }
})
