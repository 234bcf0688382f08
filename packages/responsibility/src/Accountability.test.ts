import { Accident, JurisdictionTree, LeadDepartmentMap } from "@anquan/core"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { accountabilityFor, accountabilityForEffect, Leader } from "./index.ts"
import { accident, creditCode, DISTRICT, townCode } from "./seed000.fixtures.ts"

const decode = (u: unknown) => Schema.decodeUnknownSync(Accident)(u)
const TOWN = townCode(0)
const leaders = Schema.decodeUnknownSync(Schema.Array(Leader))([
  { person: { name: "镇党委书记" }, jurisdiction: TOWN, role: "party-secretary" },
  { person: { name: "镇长" }, jurisdiction: TOWN, role: "government-head" },
  { person: { name: "分管安全副镇长" }, jurisdiction: TOWN, role: "safety-deputy" },
  { person: { name: "分管城建副镇长" }, jurisdiction: TOWN, role: "sector-deputy", sectors: ["construction", "gas"] },
  { person: { name: "分管工贸副镇长" }, jurisdiction: TOWN, role: "sector-deputy", sectors: ["industry-trade"] },
  { person: { name: "区住建局局长" }, jurisdiction: DISTRICT, role: "department-head", department: "housing-construction" },
  { person: { name: "区城管局局长" }, jurisdiction: DISTRICT, role: "department-head", department: "urban-management" },
  { person: { name: "前任分管城建副镇长" }, jurisdiction: TOWN, role: "sector-deputy", sectors: ["construction"], term: { from: "2020-01-01", to: "2023-12-31" } }
])
const tree = JurisdictionTree.make([
  { code: DISTRICT, name: "惠城区", level: "county" },
  { code: TOWN, name: "陈江镇", level: "township", parent: DISTRICT },
  { code: `${TOWN}201`, name: "某村", level: "village", parent: TOWN }
])
const construction = (deaths: number, extra: Record<string, unknown> = {}) =>
  decode(accident("SG-1", "2024-06-01T10:00:00+08:00", deaths, { sector: "construction", subject: creditCode(4), ...extra }))
const who = (r: ReturnType<typeof accountabilityFor>) =>
  r.accountable.map((a) => `${a.rule}: ${a.people.map((p) => p.person.name).join(",")}`)

describe("accountabilityFor", () => {
  it("一般: the unit answers (direct; principal fined 40% by 第九十五条; unit 30万–100万 by 第一百一十四条)", () => {
    const r = accountabilityFor(construction(1), { leaders, tree })
    expect(r.grade).toBe("general")
    expect(who(r)).toEqual(["enterprise-direct: ", "enterprise-principal-fine: "])
    expect(r.unitFine).toMatchObject({ minYuan: 300_000, maxYuan: 1_000_000 })
    expect(r.principalFine?.percent).toBe(40)
  })

  // seed 001 line 32: 发生较大及以上生产安全事故的…追究…领导责任、有关部门的监管责任
  it("较大 (3 deaths): the leaders in charge of the sector and of safety, and the lead department", () => {
    const r = accountabilityFor(construction(3), { leaders, tree })
    expect(who(r)).toEqual([
      "enterprise-direct: ",
      "enterprise-principal-fine: ",
      "local-leadership: 分管安全副镇长,分管城建副镇长",
      "department-supervisory: 区住建局局长"
    ])
    expect(r.accountable.find((a) => a.rule === "department-supervisory")).toMatchObject({ department: "housing-construction", jurisdiction: DISTRICT })
    expect(r.principalFine?.percent).toBe(60)
  })

  // seed 001 line 32: 特别是重特大事故要追究主要负责、分管领导的责任 (党政同责); line 34: 集团公司
  it("重大 (10 deaths): party secretary and government head too, the parent company, and the principal's life ban", () => {
    const r = accountabilityFor(construction(10), { leaders, tree })
    expect(who(r)).toEqual([
      "enterprise-direct: ",
      "enterprise-principal-fine: ",
      "local-leadership: 分管安全副镇长,分管城建副镇长",
      "department-supervisory: 区住建局局长",
      "local-principals: 镇党委书记,镇长,分管安全副镇长,分管城建副镇长",
      "parent-company: ",
      "enterprise-principal-ban: "
    ])
    expect(r.unitFine).toMatchObject({ minYuan: 2_000_000, maxYuan: 10_000_000 })
  })

  it("the lead department follows the jurisdiction's mapping (gas → 城市管理 here)", () => {
    const map = Schema.decodeUnknownSync(LeadDepartmentMap)({ overrides: [{ jurisdiction: DISTRICT, sector: "gas", department: "urban-management" }] })
    const r = accountabilityFor(construction(3, { sector: "gas" }), { leaders, tree, leadDepartments: map })
    expect(r.accountable.find((a) => a.rule === "department-supervisory")).toMatchObject({
      department: "urban-management",
      people: [{ person: { name: "区城管局局长" }, role: "department-head" }]
    })
  })

  it("a village accident is answered for by the nearest place with leaders; former office-holders do not answer", () => {
    const r = accountabilityFor(construction(3, { jurisdiction: `${TOWN}201` }), { leaders, tree })
    expect(r.accountable.find((a) => a.rule === "local-leadership")).toMatchObject({ jurisdiction: TOWN })
    expect(who(r)).not.toContain("前任分管城建副镇长")
    const old = accountabilityFor(construction(3, { occurredAt: "2023-06-01T10:00:00+08:00" }), { leaders, tree })
    expect(who(old)[2]).toBe("local-leadership: 分管安全副镇长,分管城建副镇长,前任分管城建副镇长")
  })

  it("before 2021-09-01 the 2021 Safety Law's fines and bans are not applied", () => {
    const r = accountabilityFor(construction(10, { occurredAt: "2021-08-31T10:00:00+08:00" }), { leaders, tree })
    expect(r.unitFine).toBeUndefined()
    expect(r.accountable.map((a) => a.rule)).toEqual(["enterprise-direct", "local-leadership", "department-supervisory", "local-principals", "parent-company"])
  })

  it("Effect entry decodes its input", () => {
    const r = Effect.runSync(accountabilityForEffect({ accident: accident("SG-2", "2024-06-01T10:00:00+08:00", 30) }))
    expect(r.grade).toBe("especially-serious")
    expect(r.principalFine?.percent).toBe(100)
  })
})
