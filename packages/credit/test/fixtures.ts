import type { CreditRecordInput } from "../src/index.ts"

// valid unified social credit codes (check digits verified by the core schema)
export const ENT_A = "91330381MA2L9RT6N9" // 瑞安, above scale
export const ENT_B = "91330102MA2B0N7Y31" // 上城, above scale
export const ENT_C = "91330106MA2H7Q0X10" // 西湖 (330106), scale unknown

export const jurisdictions = [
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330100", name: "杭州市", level: "city", parent: "330000" },
  { code: "330102", name: "上城区", level: "county", parent: "330100" },
  { code: "330106", name: "西湖区", level: "county", parent: "330100" },
  { code: "330300", name: "温州市", level: "city", parent: "330000" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" }
] as const

export const record = (): CreditRecordInput => ({
  enterprises: [
    { creditCode: ENT_A, name: "瑞安化工有限公司", jurisdiction: "330381", scale: "above-designated-size", standardization: { grade: 2, validUntil: "2027-06-30" } },
    { creditCode: ENT_B, name: "上城机械有限公司", jurisdiction: "330102", scale: "above-designated-size" },
    { creditCode: ENT_C, name: "西湖食品有限公司", jurisdiction: "330106" }
  ],
  accidents: [
    {
      id: "SG-2026-001",
      occurredAt: "2026-03-01T23:30:00+08:00",
      jurisdiction: "330381",
      subject: ENT_A,
      sector: "hazardous-chemicals",
      deaths: 1,
      seriousInjuries: 2,
      directLossYuan: 1_500_000,
      description: "储罐检修中毒"
    },
    {
      id: "SG-2026-002",
      occurredAt: "2026-05-10T10:00:00+08:00",
      jurisdiction: "330102",
      subject: ENT_B,
      sector: "industry-trade",
      deaths: 0,
      seriousInjuries: 1,
      directLossYuan: 50_000,
      description: "机械伤害"
    },
    {
      id: "SG-2026-009",
      occurredAt: "2026-05-11T10:00:00+08:00",
      jurisdiction: "330100",
      sector: "industry-trade",
      deaths: 0,
      seriousInjuries: 0,
      directLossYuan: 1000,
      description: "无责任单位"
    }
  ],
  majorHazards: [
    { id: "YH-1", subject: ENT_A, discoveredOn: "2026-04-01" },
    { id: "YH-2", subject: ENT_B, discoveredOn: "2026-02-01", closedOn: "2026-03-01" }
  ],
  penalties: [
    { id: "CF-1", subject: ENT_B, decidedOn: "2026-01-10", article: "安全生产法第一百零二条" },
    { id: "CF-2", subject: ENT_B, decidedOn: "2026-03-10" },
    { id: "CF-3", subject: ENT_B, decidedOn: "2026-06-10" }
  ]
})
