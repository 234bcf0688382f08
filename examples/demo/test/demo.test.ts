import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { runDemo } from "../src/demo.ts"

const file = fileURLToPath(new URL("../sample/enterprises.json", import.meta.url))
const staffing = "work-safety-law/safety-management-staffing"

const violators = async (asOf: string) => {
  const { report } = await runDemo({ file, asOf, locale: "zh-CN" })
  return report.enterprises
    .filter((e) => e.findings.some((f) => f.ruleId === staffing && f.outcome === "violation"))
    .map((e) => e.subject.name)
}

describe("the demo on the bundled sample", () => {
  it("finds the violations of the law in force today", async () => {
    const { report, text } = await runDemo({ file, asOf: "2026-11-23", locale: "zh-CN" })
    expect(report.totals).toMatchObject({ records: 8, evaluated: 7, rejected: 1 })
    expect(await violators("2026-11-23")).toEqual([
      "杭州恒远机械制造有限公司", // 150 staff, part-time only
      "杭州钱江内河航运有限公司", // waterway transport: on the 2021 list
      "瑞安市顺达五金商贸有限公司", // nobody at all
      "平湖港区危险货物装卸有限公司" // 装卸: on the 2021 list
    ])
    const byUnit = Object.fromEntries(report.enterprises.map((e) => [e.subject.name, e.findings.filter((f) => f.outcome === "violation").map((f) => f.ruleId).sort()]))
    expect(byUnit).toEqual({
      "杭州示范精细化工有限公司": ["hazchem/permit-lifting-grade", "hazchem/permit-work-at-height-grade"],
      "杭州恒远机械制造有限公司": ["work-safety-law/evacuation-exits", staffing],
      "杭州钱江内河航运有限公司": ["work-safety-law/liability-insurance", staffing],
      "宁波甬城建设工程有限公司": [
        "construction/confined-space-supervision",
        "construction/crane-safety-devices",
        "construction/excavation-third-party-monitoring",
        "construction/safety-personnel",
        "construction/structure-and-scaffold-overload",
        "work-safety-law/dangerous-operations-supervision"
      ],
      "瑞安市顺达五金商贸有限公司": ["work-safety-law/emergency-plan-drills", staffing],
      "平湖港区危险货物装卸有限公司": ["work-safety-law/registered-safety-engineer", staffing],
      "杭州味香食品有限公司": []
    })
    expect(report.verdicts).toEqual({ "major-hazard": 1, "general-hazard": 5, advisory: 0, "no-violation": 1 })
    expect(text).toContain("《中华人民共和国安全生产法(2021修正)》 第二十四条")
    expect(text).toContain("《房屋市政工程生产安全重大事故隐患判定标准(2024版)》 第十一条(三)")
    expect(text).toMatch(/缺少事实: .*从业人员数 \(enterprise\.employees\)/) // 味香食品: head-count unknown, by its label
  })

  it("reports the bad record with its paths and evaluates the rest", async () => {
    const { report, text } = await runDemo({ file, asOf: "2026-11-23", locale: "en" })
    const rejected = report.rejected[0]!
    expect(rejected.index).toBe(7)
    expect(rejected.id).toBe("91330104MA27UWD5KX")
    expect(rejected.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["creditCode"], ["sectors", 1], ["employees"]]))
    expect(text).toContain("record rejected, not evaluated")
    expect(text).toContain("sectors[1]")
    // the problems in the report's language: English here, Chinese in the Chinese table
    expect(text).toContain("creditCode: unified social credit code (统一社会信用代码) has a wrong check character: expected R, got X")
    expect(text).toContain("employees: Expected number")
    const zh = (await runDemo({ file, asOf: "2026-11-23", locale: "zh-CN" })).text
    expect(zh).toContain("creditCode: 统一社会信用代码校验码错误：应为 R，实际为 X")
    expect(zh).toMatch(/sectors\[1\]: 应为已知的行业领域："hazardous-chemicals" \| /)
    expect(zh).toContain("employees: 应为数字")
    expect(zh).not.toContain("Expected")
  })

  it("follows the law in force on each date (2002, 2014 and 2021 texts)", async () => {
    // 2002 law: 300 is the threshold, and a small unit could contract a qualified engineer instead,
    // so the unit with nobody is undecided until that fact is known.
    expect(await violators("2010-06-01")).toEqual([])
    const shunda = (await runDemo({ file, asOf: "2010-06-01", locale: "zh-CN" })).report.enterprises.find((e) => e.subject.name.startsWith("瑞安"))!
    expect(shunda.findings).toEqual([
      expect.objectContaining({ ruleId: staffing, ruleVersion: "2002-11-01", outcome: "indeterminate", missing: ["enterprise.contractedSafetyEngineer"] })
    ])
    expect(await violators("2015-06-01")).toEqual(["杭州恒远机械制造有限公司", "瑞安市顺达五金商贸有限公司"])
    expect(await violators("2023-06-01")).toEqual(await violators("2026-11-23"))
  })})

describe("the demo with the sample config layers (docs/configuration.md)", () => {
  const config = fileURLToPath(new URL("../sample/config.json", import.meta.url))
  it("applies the provincial threshold and the county waiver, and flags nothing as laxer", async () => {
    const { report, text } = await runDemo({ file, asOf: "2026-11-23", locale: "zh-CN", config })
    const hengyuan = report.enterprises.find((e) => e.subject.name === "杭州恒远机械制造有限公司")!
    expect(hengyuan.findings.find((f) => f.ruleId === "work-safety-law/evacuation-exits")?.waiver).toMatchObject({ status: "active", expires: "2026-12-31" })
    expect(report.byOutcome.waived).toBe(1)
    expect(report.laxerThanNational).toEqual([])
    expect(text).toContain("豁免 active")
  })
  it("stops waiving the day after the waiver expires", async () => {
    const { report } = await runDemo({ file, asOf: "2027-01-01", locale: "zh-CN", config })
    expect(report.byOutcome.waived).toBe(0)
  })
})
