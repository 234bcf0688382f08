/**
 * Issue 24: the campaign package's own checks speak both languages, structurally (`localizedIssue`,
 * `messageZh`), so the Chinese report never shows `值不符合要求（…English…）`. Every check of the
 * package is made to fail here; each problem's Chinese must hold no English prose, and its English
 * stays effect's/the package's message.
 */
import { decodeIssues } from "@anquan/core"
import type { DecodeIssue } from "@anquan/core"
import { Result, Schema } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  CampaignHazard,
  CampaignRoster,
  CampaignSpec,
  CampaignTemplate,
  ExplicitDate,
  getTemplate,
  instantiate,
  OneOffReportingSpec,
  Post,
  rawTemplates,
  ScoreThresholds,
  SubmittedReport
} from "../src/index.ts"

const read = (name: string): any => JSON.parse(readFileSync(new URL(`../sample/${name}`, import.meta.url), "utf8"))

const issuesOf = (schema: Schema.Top, input: unknown): Array<DecodeIssue> => {
  const r = Schema.decodeUnknownResult(schema as never)(input, { errors: "all" })
  if (!Result.isFailure(r)) throw new Error("expected a failure")
  return decodeIssues(r.failure)
}

/** English prose: two Latin words in a row, or the fallback that wraps effect's English. */
const ENGLISH = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/
const zhOf = (issues: ReadonlyArray<DecodeIssue>) => issues.map((i) => ({ path: i.path.join("."), zh: i.messages?.["zh-CN"] ?? "", en: i.messages?.en ?? i.message }))

const expectChinese = (issues: ReadonlyArray<DecodeIssue>, count: number) => {
  const all = zhOf(issues)
  expect(all.length, JSON.stringify(all)).toBe(count)
  for (const i of all) {
    expect(i.zh, i.en).not.toContain("值不符合要求")
    expect(i.zh, i.en).not.toMatch(ENGLISH)
    expect(i.zh, i.en).toMatch(/[\u4e00-\u9fff]/)
    expect(i.en).not.toMatch(/[\u4e00-\u9fff]{3}/)
  }
  return all
}

describe("the campaign package's checks, in Chinese", () => {
  it("roster and hazards", () => {
    const roster = read("roster.json")
    expect(expectChinese(issuesOf(CampaignRoster, [...roster, roster[0]]), 1)[0]!.zh).toBe(`单位重复：${roster[0].creditCode}`)
    const h = read("hazards.json")[0]
    const bad = { ...h, deadline: "2024-06-01", closedOn: "2024-06-02", history: [{ state: "reported", on: "2024-06-25" }, { state: "reported", on: "2024-06-10" }] }
    const all = expectChinese(issuesOf(CampaignHazard, bad), 4)
    expect(all.map((i) => i.zh)).toEqual(expect.arrayContaining(["整改期限不能早于发现日期", "隐患不能在发现之前销号", "状态变更不能早于发现日期", "状态历史应按日期先后排列"]))
  })

  it("reports, posts and thresholds", () => {
    expectChinese(issuesOf(SubmittedReport, { kind: "monthly", submittedOn: "2024-07-01" }), 1)
    expectChinese(issuesOf(SubmittedReport, { kind: "quarterly", period: "2024-05", submittedOn: "2024-07-01" }), 1)
    expectChinese(issuesOf(SubmittedReport, { kind: "once", submittedOn: "2024-07-01" }), 1)
    expect(expectChinese(issuesOf(SubmittedReport, { kind: "monthly", period: "2024/05", submittedOn: "2024-07-01" }), 1)[0]!.en).toBe("Expected a period YYYY-MM or YYYY-Qn")
    expectChinese(issuesOf(Post, {}), 1)
    expect(expectChinese(issuesOf(ScoreThresholds, { grade1: 60, grade2: 75, grade3: 90 }), 1)[0]!.zh).toBe("分数线应自一级至三级依次不升高")
  })

  it("campaign specs: duplicate ids, windows, phases, one-off reports", () => {
    const params = read("params.json")
    const spec = Schema.encodeSync(CampaignSpec)(instantiate(getTemplate(params.templateId), params)) as any
    const first = spec.checklist[0]
    const bad = {
      ...spec,
      window: { from: "2024-06-03", to: "2024-06-01" },
      checklist: [...spec.checklist, { ...first }],
      phases: [{ ...spec.phases[0], window: { from: "2024-06-10", to: "2024-06-05" } }],
      reporting: [...spec.reporting, { kind: "final", id: "R1", due: "2024-07-01" }, { kind: "final", id: "R1", due: "2024-07-02" }]
    }
    const all = expectChinese(issuesOf(CampaignSpec, bad), zhOf(issuesOf(CampaignSpec, bad)).length)
    const words = all.map((i) => i.zh).join("\n")
    expect(words).toContain(`检查项编号重复：${first.id}`)
    expect(words).toContain("结束日期不能早于开始日期")
    expect(words).toContain("报送编号重复：R1")
    expect(expectChinese(issuesOf(OneOffReportingSpec, { kind: "once", due: "2024-07-01" }), 1)[0]!.zh).toBe("一次性报送（once）应有编号")
  })

  it("templates: ids, dates and parameters", () => {
    const raw = structuredClone(rawTemplates["hundred-day-key-rectification"]) as any
    expect(expectChinese(issuesOf(CampaignTemplate, { ...raw, templateId: "Hundred Day" }), 1)[0]!.zh).toBe("模板编号应为小写字母、数字和连字符（kebab-case）")
    const bad = {
      ...raw,
      parameters: [...raw.parameters, raw.parameters[0], { name: "unused", kind: "date", description: raw.parameters[0].description }],
      issuedOn: { param: "nowhere" }
    }
    const all = expectChinese(issuesOf(CampaignTemplate, bad), zhOf(issuesOf(CampaignTemplate, bad)).length)
    const words = all.map((i) => i.zh).join("\n")
    expect(words).toContain("日期参数 nowhere 未声明")
    expect(words).toContain("参数 unused 已声明但未使用")
    expect(expectChinese(issuesOf(ExplicitDate, "2024-02-30"), 1)[0]!.zh).toBe("应为日期 YYYY-MM-DD")
  })
})
