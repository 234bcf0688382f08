import { CalendarDate, LeadDepartmentMap } from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { DutyHolder, dutyList, dutyListEffect, dutyListPromise } from "./index.ts"
import { DISTRICT, townCode } from "./seed000.fixtures.ts"

const d = CalendarDate.make
const holder = (u: unknown) => Schema.decodeUnknownSync(DutyHolder)(u)
const ids = (l: ReturnType<typeof dutyList>) => l.duties.map((x) => x.id)

describe("dutyList", () => {
  it("a county government head: 党政同责 duties and the signing duties of seed 000 (03-31)", () => {
    const l = dutyList(holder({ role: "government-head", rank: "county", jurisdiction: DISTRICT }), {}, d("2024-01-15"))
    expect(ids(l)).toEqual(["first-responsible", "plan", "resolve-problems", "sign:government-township", "sign:government-department"])
    expect(l.duties[3]!.text["zh-CN"]).toBe("区政府与各镇、办事处签订安全生产责任书（2024-03-31前）")
  })

  it("a township head signs with enterprises of 50 or more staff by 04-30", () => {
    const l = dutyList(holder({ role: "government-head", rank: "township", jurisdiction: townCode(0) }), {}, d("2024-01-15"))
    expect(ids(l)).toContain("sign:township-enterprise")
    expect(l.duties.find((x) => x.id === "sign:township-enterprise")!.text.en).toBe("Townships sign with every enterprise of 50 or more staff (by 2024-04-30)")
  })

  it("a village head names a safety principal (seed 000 line 20)", () => {
    expect(ids(dutyList(holder({ role: "government-head", rank: "village", jurisdiction: `${townCode(0)}201` }), {}, d("2024-01-15")))).toContain("village-safety-principal")
  })

  it("deputies: 一岗双责 for each sector of the portfolio", () => {
    const l = dutyList(holder({ role: "sector-deputy", rank: "township", jurisdiction: townCode(0), sectors: ["construction", "gas"] }), {}, d("2024-01-15"))
    expect(l.duties.map((x) => x.text["zh-CN"])).toEqual([
      "对分管的建筑施工（房屋市政工程）行业领域安全生产工作负领导责任（一岗双责）",
      "对分管的燃气行业领域安全生产工作负领导责任（一岗双责）"
    ])
  })

  it("a department head leads the sectors mapped to the department (管行业必须管安全), per jurisdiction", () => {
    const hc = holder({ role: "department-head", rank: "county", jurisdiction: DISTRICT, department: "housing-construction" })
    expect(ids(dutyList(hc, {}, d("2024-01-15")))).toEqual(["lead:construction", "lead:gas", "power-and-duty-list"])
    const map = Schema.decodeUnknownSync(LeadDepartmentMap)({ overrides: [{ jurisdiction: DISTRICT, sector: "gas", department: "urban-management" }] })
    expect(ids(dutyList(hc, { leadDepartments: map }, d("2024-01-15")))).toEqual(["lead:construction", "power-and-duty-list"])
    const um = holder({ role: "department-head", rank: "county", jurisdiction: DISTRICT, department: "urban-management" })
    expect(ids(dutyList(um, { leadDepartments: map }, d("2024-01-15")))).toEqual(["lead:gas", "power-and-duty-list"])
    expect(dutyList(hc, {}, d("2024-01-15")).duties[0]!.citation).toEqual({ document: "work-safety-law-2021", article: 3, verified: true })
  })

  it("谁主管谁牵头: a new sector assigned to the department", () => {
    const fr = holder({ role: "department-head", rank: "county", jurisdiction: DISTRICT, department: "fire-rescue" })
    const l = dutyList(fr, { newSectors: [{ name: "电动自行车集中充电场所", competentDepartment: "fire-rescue" }] }, d("2024-01-15"))
    expect(ids(l)).toEqual(["lead:fire-safety-key-site", "new-sector:电动自行车集中充电场所", "power-and-duty-list"])
  })

  it("an enterprise principal: 第二十一条's seven duties, verified citations, and signing with workshops and teams", () => {
    const l = dutyList(holder({ role: "enterprise-principal", rank: "enterprise" }), {}, d("2024-01-15"))
    expect(ids(l)).toEqual(["first-responsible", "art21-1", "art21-2", "art21-3", "art21-4", "art21-5", "art21-6", "art21-7", "sign:enterprise-workshop", "sign:enterprise-team"])
    expect(l.duties[7]).toMatchObject({ text: { "zh-CN": "及时、如实报告生产安全事故" }, citation: { document: "work-safety-law-2021", article: 21, item: 7, verified: true } })
  })

  it("safety staff: 第二十五条's seven duties", () => {
    const l = dutyList(holder({ role: "safety-officer", rank: "enterprise" }), {}, d("2024-01-15"))
    expect(l.duties.map((x) => x.citation?.item)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it("rejects a role at the wrong rank or without its jurisdiction or department", () => {
    const bad = (u: unknown) => Result.isFailure(Schema.decodeUnknownResult(DutyHolder)(u))
    expect(bad({ role: "enterprise-principal", rank: "county", jurisdiction: DISTRICT })).toBe(true)
    expect(bad({ role: "government-head", rank: "county" })).toBe(true)
    expect(bad({ role: "department-head", rank: "county", jurisdiction: DISTRICT })).toBe(true)
  })
})

describe("Effect and Promise entries", () => {
  it("decode the post and date the deadlines by the as-of year", async () => {
    const input = { holder: { role: "government-head", rank: "county", jurisdiction: DISTRICT } }
    expect(Effect.runSync(dutyListEffect(input, { asOf: "2025-02-01" })).year).toBe(2025)
    expect((await dutyListPromise(input, { asOf: "2025-02-01" })).duties.at(-1)!.text.en).toContain("by 2025-03-31")
  })
})
