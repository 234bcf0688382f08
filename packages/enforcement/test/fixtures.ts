import type { CaseCommandInput, CaseRecordInput } from "../src/index.ts"

export const ENT_A = "91330381MA2L9RT6N9"
export const ENT_B = "91330102MA2B0N7Y31"

export const jurisdictions = [
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330100", name: "杭州市", level: "city", parent: "330000" },
  { code: "330102", name: "上城区", level: "county", parent: "330100" },
  { code: "330106", name: "西湖区", level: "county", parent: "330100" },
  { code: "330300", name: "温州市", level: "city", parent: "330000" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" }
] as const

export const system = { actor: { id: "SYS", name: "导入" }, role: { kind: "system" } } as const
export const inspector = { actor: { id: "P-1", name: "张执法" }, role: { kind: "inspector" } } as const
export const reader = { actor: { id: "R-1", name: "查阅" } } as const

/** 安全生产法 第一百零二条 — the penalty article the construction and fireworks packs cite for 未消除事故隐患. */
export const art102 = { document: "work-safety-law-2021", article: 102, verified: true } as const
export const art97_7 = { document: "work-safety-law-2021", article: 97, item: 7, verified: true } as const

/** A case record with everything given; override what a test needs. */
export const record = (over: Partial<CaseRecordInput> & { id: string }): CaseRecordInput => ({
  subject: ENT_A,
  subjectName: "瑞安市恒达化工有限公司",
  jurisdiction: "330381",
  sector: "hazardous-chemicals",
  department: "emergency-management",
  origin: "inspection",
  inspection: { on: "2026-03-02" },
  findings: [{
    id: "F1",
    on: "2026-03-02",
    description: "特种作业人员未持证上岗",
    hazardIds: [],
    rule: { ruleId: "work-safety-law/special-operator-certificates", penalties: [art97_7] }
  }],
  ...over
})

export const open = (id: string, on = "2026-03-02"): CaseCommandInput => ({
  _tag: "OpenCase",
  case: { id, subject: ENT_A, jurisdiction: "330381", sector: "hazardous-chemicals", department: "emergency-management", origin: "inspection" },
  inspection: { on }
})

/** The README's first enterprise: 150 staff, no safety department (安全生产法 第二十四条 → penalty 第九十七条(一)). */
export const hengyuan = {
  creditCode: "91330106MA2H7Q0X10",
  name: "杭州恒远机械制造有限公司",
  jurisdiction: "330106",
  sectors: ["industry-trade"],
  employees: 150,
  dangerousGoodsActivities: [],
  safetyDepartment: false,
  keyPeople: [
    { name: "林志强", roles: ["principal"], employment: "full-time" },
    { name: "郑丽", roles: ["safety-officer"], employment: "part-time" }
  ]
}
