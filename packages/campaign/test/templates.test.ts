import { CalendarDate, Campaign } from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  type CampaignSpec,
  campaignWindow,
  decodeTemplate,
  getTemplate,
  getTemplateEffect,
  instantiate,
  instantiateEffect,
  instantiatePromise,
  instantiateResult,
  listTemplates,
  TemplateIds,
  toCoreCampaign
} from "../src/index.ts"

const d = CalendarDate.make
const day = (x: Date | undefined) => (x === undefined ? undefined : CalendarDate.format(x))
const windows = (c: CampaignSpec) => c.phases.map((p) => `${day(p.window.from)}..${day(p.window.to)}`)
const countBy = (xs: ReadonlyArray<{ readonly group?: string | undefined }>) => {
  const out: Record<string, number> = {}
  for (const x of xs) out[x.group ?? "-"] = (out[x.group ?? "-"] ?? 0) + 1
  return out
}
const templatesDir = new URL("../templates/", import.meta.url)
const problems = (r: Result.Result<unknown, { readonly problems: ReadonlyArray<string> }>) =>
  Result.isFailure(r) ? r.failure.problems : []

describe("the template files", () => {
  it("every file under templates/ decodes with CampaignTemplate and is shipped under its own id", () => {
    const files = readdirSync(templatesDir).filter((f) => f.endsWith(".json")).sort()
    expect(files).toHaveLength(7) // 7 since annual-plan-basic-systems (seed 000)
    for (const file of files) {
      const r = decodeTemplate(JSON.parse(readFileSync(new URL(file, templatesDir), "utf8")), file)
      if (Result.isFailure(r)) throw r.failure
      expect(`${r.success.templateId}.json`).toBe(file)
      expect(TemplateIds).toContain(r.success.templateId)
    }
    expect(listTemplates().map((t) => t.templateId)).toEqual([...TemplateIds])
  })

  it("every template says where its dates come from, and declares exactly the parameters it uses", () => {
    expect(Object.fromEntries(listTemplates().map((t) => [t.templateId, [t.dateSource.kind, t.parameters.map((p) => p.name)]]))).toEqual({
      "small-coal-mine-three-actions": ["year-parameter", ["year", "start"]],
      "fifteen-hard-measures-2022": ["explicit", []],
      "hundred-day-key-rectification": ["year-parameter", ["year", "start"]],
      "civil-affairs-hundred-day-push": ["masked", ["selfCheckFrom", "selfCheckTo", "inspectionFrom", "inspectionTo", "followUpFrom", "followUpTo"]],
      "three-year-special-rectification-2020": ["explicit", []],
      "work-safety-year-2010": ["explicit", []],
      "annual-plan-basic-systems": ["year-parameter", ["year"]]
    })
  })

  it("decoding reports undeclared parameters, month-days without a year, duplicate ids and unknown tags", () => {
    const raw = JSON.parse(readFileSync(new URL("hundred-day-key-rectification.json", templatesDir), "utf8"))
    const broken = {
      ...raw,
      parameters: [{ name: "start", kind: "date", description: "x" }, { name: "unused", kind: "date", description: "y" }],
      checklist: [...raw.checklist, { ...raw.checklist[0], tags: ["no-such-tag"] }],
      phases: [{ name: "x", window: { from: { param: "nope" }, to: { month: 9, day: 30 } } }]
    }
    const r = decodeTemplate(broken, "broken.json")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
        "checklist.14.id: duplicate checklist item id industry-1",
        "checklist.14.tags.0: unknown unit tag no-such-tag",
        "window.to: a month-day date needs a declared year parameter",
        "phases.0.window.from: date parameter nope is not declared",
        "phases.0.window.to: a month-day date needs a declared year parameter",
        "parameters.1.name: parameter unused is declared but never used"
      ])
      expect(r.failure.message).toContain("invalid campaign template (broken.json)")
    }
  })

  it("getTemplate rejects unknown ids", () => {
    expect(() => getTemplate("safety-month")).toThrow("unknown campaign template \"safety-month\"")
    const r = Effect.runSync(Effect.result(getTemplateEffect("safety-month")))
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnknownTemplateError")
  })
})

describe("small-coal-mine three actions (seed 004 lines 2–48)", () => {
  const t = getTemplate("small-coal-mine-three-actions")

  it("has 8 enforcement, 9 governance and 6 education items (lines 10–35), numbered as printed", () => {
    expect(countBy(t.checklist)).toEqual({ "执法行动": 8, "治理行动": 9, "宣传教育行动": 6 })
    expect(t.checklist[0]).toMatchObject({ ref: "三、(一)1", text: "无证或证照不全从事生产的" })
    expect(t.checklist[16]).toMatchObject({ id: "governance-9", text: "违章指挥、违章作业、违反劳动纪律的" })
    expect(t.checklist[22]).toMatchObject({ ref: "三、(三)6" })
    expect(t.scope.sectors).toEqual(["coal-mine"])
  })

  it("leaves the blank leading group blank (lines 4–6) and states no target or reporting", () => {
    expect(t.leadingGroup.leader).toBeUndefined()
    expect(t.leadingGroup.members).toEqual([])
    expect(t.targets).toEqual([])
    expect(t.reporting).toEqual([])
  })

  it("phases by month: 5月底以前, 6至9月, 10至12月 (lines 37, 39, 45), in the year and from the start given", () => {
    const c = instantiate(t, { jurisdictions: ["140100"], year: 2009, dates: { start: "2009-04-15" } })
    expect(c.id).toBe("small-coal-mine-three-actions-2009")
    expect(windows(c)).toEqual(["2009-04-15..2009-05-31", "2009-06-01..2009-09-30", "2009-10-01..2009-12-31"])
    expect(c.phases.map((p) => p.kind)).toEqual(["self-check", "inspection", "re-check"])
    expect(campaignWindow(c)).toEqual({ from: d("2009-04-15"), to: d("2009-12-31") })
    expect(c.template).toEqual({ id: t.templateId, parameters: { year: "2009", start: "2009-04-15" } })
  })

  it("refuses to guess the year or the first day", () => {
    expect(problems(instantiateResult(t, { jurisdictions: ["140100"] }))).toEqual([
      "year: template small-coal-mine-three-actions needs the year (the campaign year (not printed in the plan))",
      "dates.start: missing (the first day of the self-check phase; the plan says 5月底以前 (line 37): the plan states only the end)"
    ])
    expect(problems(instantiateResult(t, { jurisdictions: [], year: 2009.5, dates: { start: "2009-02-30", end: "2009-12-31" } }))).toEqual([
      "jurisdictions: a campaign covers at least one jurisdiction (行政区划代码)",
      "year: expected a whole year from 1949, got 2009.5",
      "dates.start: not a calendar date YYYY-MM-DD: \"2009-02-30\"",
      "dates.end: template small-coal-mine-three-actions has no such date parameter"
    ])
  })

  it("a start after 5月底 puts the phase outside the window: the schema says so", () => {
    const r = instantiateResult(t, { jurisdictions: ["140100"], year: 2009, dates: { start: "2009-06-10" } })
    expect(problems(r)).toEqual([
      "phases.0.window.to: a window cannot end before it starts",
      "phases.1.window: phase 加强督促检查,全面推进各项工作 lies outside the campaign window"
    ])
  })

  it("cannot become a core Campaign until the leading group is named", () => {
    const c = instantiate(t, { jurisdictions: ["140100"], year: 2009, dates: { start: "2009-04-15" } })
    const r = toCoreCampaign(c)
    expect(Result.isFailure(r) && r.failure).toEqual([{ path: ["leadingGroup", "leader"], message: "core's LeadingGroup needs a leader" }])
    const named = instantiate(t, {
      jurisdictions: ["140100"],
      year: 2009,
      dates: { start: "2009-04-15" },
      leadingGroup: { leader: { name: "某甲", title: "局长" }, deputies: [{ name: "某乙" }], members: [] }
    })
    const core = Result.getOrThrow(toCoreCampaign(named))
    expect(core.checklist).toHaveLength(23)
    expect(Schema.is(Campaign)(core)).toBe(true)
  })
})

describe("the 15 hard measures self-check (seed 001)", () => {
  const t = getTemplate("fifteen-hard-measures-2022")
  const c = instantiate(t, { jurisdictions: ["500000"] })

  it("has the 15 measures as items, (一) to (十五) (lines 25–53)", () => {
    expect(c.checklist.map((i) => i.id)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)))
    expect(c.checklist[12]).toMatchObject({ ref: "四、(十三)", text: "重奖激励安全生产隐患举报" })
    expect(c.checklist[14]?.text).toBe("统筹做好经济发展、疫情防控和安全生产工作")
  })

  it("self-check 2022-04-20 to 06-30, rectification 06-30 to 12-31, as printed (lines 22–23)", () => {
    expect(windows(c)).toEqual(["2022-04-20..2022-06-30", "2022-06-30..2022-12-31"])
    expect(c.window).toEqual({ from: d("2022-04-20"), to: d("2022-12-31") })
    expect(c.id).toBe("fifteen-hard-measures-2022")
    expect(c.basis).toEqual(["渝安委〔2022〕9号"])
  })

  it("takes no year: its dates are explicit", () => {
    expect(problems(instantiateResult(t, { jurisdictions: ["500000"], year: 2023 }))).toEqual([
      "year: template fifteen-hard-measures-2022 states its dates (explicit); it takes no year"
    ])
  })

  it("has the leading group of lines 6–20: a leader, 5 deputies, 7 member posts, office director and liaison", () => {
    const lg = c.leadingGroup
    expect(lg.leader).toEqual({ name: "石世文", title: "镇党委副书记、镇长" })
    expect(lg.deputies.map((p) => p.name)).toEqual(["黄麒麟", "张静", "胡显胜", "谭波", "唐迎春"])
    expect(lg.members).toHaveLength(7)
    expect(lg.members[6]).toEqual({ title: "各村(社区)党总支书记、主任" })
    expect([lg.office, lg.officeDirector?.name, lg.liaison?.name]).toEqual(["镇应急办", "刘和平", "陈科旭"])
    expect(c.scope.sectors).toBeUndefined()
    expect(c.scope.units).toBe("各村(社区)、镇属各部门")
  })

  it("converts to core's Campaign except for the member post known by title only", () => {
    const r = toCoreCampaign(c)
    expect(Result.isFailure(r) && r.failure).toEqual([{
      path: ["leadingGroup", "members", 6],
      message: "core's PersonRef needs a name; this post has only 各村(社区)党总支书记、主任"
    }])
    const withoutPost = { ...c, leadingGroup: { ...c.leadingGroup, members: c.leadingGroup.members.slice(0, 6) } }
    const core = Result.getOrThrow(toCoreCampaign(withoutPost))
    expect(core.scope.sectors).toHaveLength(13)
    expect(core.leadingGroup.liaison).toEqual({ name: "陈科旭" })
    expect(core.phases.map((p) => p.kind)).toEqual(["self-check", "rectification"])
  })
})

describe("the 100-day key rectification (seed 004 lines 255–280)", () => {
  const t = getTemplate("hundred-day-key-rectification")

  it("has the plan's own enumerations: 9 checks for key industries, 3 for liquid ammonia, 2 for fuel stations", () => {
    expect(countBy(t.checklist)).toEqual({
      "民爆器材、冶金、有色等行业安全专项整治": 9,
      "危险化学品安全专项整治(液氨使用单位)": 3,
      "危险化学品安全专项整治(加油站)": 2
    })
    expect(t.scope.unitTags?.map((x) => x.id)).toEqual(["key-industry", "fuel-station", "liquid-ammonia-user"])
  })

  it("targets 检查率 and 整治率 of 100% for fuel stations and liquid-ammonia users (line 276)", () => {
    expect(t.targets.map((x) => [x.metric, x.value, x.appliesTo?.tags])).toEqual([
      ["inspection-coverage", 1, ["fuel-station", "liquid-ammonia-user"]],
      ["rectification-rate", 1, ["fuel-station", "liquid-ammonia-user"]]
    ])
  })

  it("6月初至6月25日, 6月26日至9月20日, 9月底前 (lines 275–277)", async () => {
    const c = await instantiatePromise(t, { jurisdictions: ["320571"], year: 2013, dates: { start: d("2013-06-03") } })
    expect(windows(c)).toEqual(["2013-06-03..2013-06-25", "2013-06-26..2013-09-20", "2013-09-21..2013-09-30"])
    expect(campaignWindow(c)).toEqual({ from: d("2013-06-03"), to: d("2013-09-30") })
    const days = CalendarDate.daysBetween(c.window!.from, c.window!.to!) + 1
    expect(days).toBe(120)
  })
})

describe("the civil-affairs 100-day push (seed 004 lines 77–106): every date masked", () => {
  const t = getTemplate("civil-affairs-hundred-day-push")

  it("has 8 items in three groups (lines 84–94)", () => {
    expect(countBy(t.checklist)).toEqual({ "检查各单位安全基础工作": 2, "检查安全常规管理情况": 3, "检查隐患排查治理情况": 3 })
  })

  it("needs all six phase boundaries", () => {
    expect(problems(instantiateResult(t, { jurisdictions: ["320500"] }))).toHaveLength(6)
    const c = instantiate(t, {
      jurisdictions: ["320500"],
      dates: {
        selfCheckFrom: "2024-12-01", selfCheckTo: "2024-12-31",
        inspectionFrom: "2025-01-01", inspectionTo: "2025-02-15",
        followUpFrom: "2025-02-16", followUpTo: "2025-03-10"
      }
    })
    expect(windows(c)).toEqual(["2024-12-01..2024-12-31", "2025-01-01..2025-02-15", "2025-02-16..2025-03-10"])
    expect(c.id).toBe("civil-affairs-hundred-day-push")
  })
})

describe("the three-year special rectification (seed 004 lines 107–130)", () => {
  const c = instantiate(getTemplate("three-year-special-rectification-2020"), { jurisdictions: ["320000"] })

  it("runs 2020-06 to 2022-12 in four stages (lines 124–128) with 5 + 5 items", () => {
    expect(c.phases.map((p) => p.name)).toEqual(["动员部署", "排查整治", "集中攻坚", "巩固提升"])
    expect(windows(c)).toEqual(["2020-06-01..2020-06-30", "2020-06-01..2020-12-31", "2021-01-01..2021-12-31", "2022-01-01..2022-12-31"])
    expect(countBy(c.checklist)).toEqual({ "落实安全生产主体责任": 5, "消防安全整治": 5 })
  })
})

describe("the work-safety year 2010 (seed 003)", () => {
  const t = getTemplate("work-safety-year-2010")
  const c = Effect.runSync(instantiateEffect(t, { jurisdictions: ["650100"] }))

  it("keeps the notice's number and date (lines 8, 19), not the header's 1970 artefact", () => {
    expect([c.documentNumber, day(c.issuedOn), c.issuer.name]).toEqual(["乌政办[2010]111号", "2010-04-09", "乌鲁木齐市人民政府"])
  })

  it("has focus lists for 14 sectors plus other industries: 47 items, one per sentence of 三、(一)2", () => {
    expect(countBy(c.checklist)).toEqual({
      "道路交通": 8, "煤矿": 4, "非煤矿山": 2, "消防": 4, "危险化学品": 2, "烟花爆竹": 2, "建筑": 3,
      "水利": 3, "农机": 3, "特种设备": 3, "民爆器材": 6, "燃气": 2, "供热": 1, "气象": 3, "其他行业(领域)": 1
    })
    expect(c.checklist.find((i) => i.id === "hazchem-1")?.text).toContain("涉及15种危险工艺")
    expect(c.checklist.find((i) => i.id === "fireworks-2")?.text).toContain("流向登记")
    expect(c.checklist.find((i) => i.id === "construction-1")?.text).toContain("违法分包")
    expect(c.checklist.filter((i) => i.sectors === undefined).map((i) => i.group)).toEqual([
      "水利", "水利", "水利", "农机", "农机", "农机", "供热", "气象", "气象", "气象", "其他行业(领域)"
    ])
    expect(c.checklist.find((i) => i.id === "civil-explosives-1")?.lead).toBe("市公安局治安支队")
  })

  it("has the leading group of 二、: leader, 2 deputies, 19 members, office at 市安监局", () => {
    expect(c.leadingGroup.leader).toEqual({ name: "袁宝新", title: "副市长" })
    expect(c.leadingGroup.deputies).toHaveLength(2)
    expect(c.leadingGroup.members).toHaveLength(19)
    expect([c.leadingGroup.office, c.leadingGroup.officeDirector?.name]).toEqual(["市安监局", "葛广峰"])
  })

  it("reports: 实施方案 by 04-16, monthly statistics and quarterly summaries with no due day, the annual summary by 11-15", () => {
    expect(c.reporting.map((r) => [r.kind, "due" in r ? day(r.due) : ("dueDay" in r ? r.dueDay : undefined)])).toEqual([
      ["once", "2010-04-16"],
      ["monthly", undefined],
      ["quarterly", undefined],
      ["final", "2010-11-15"]
    ])
    expect(c.phases).toEqual([])
    expect(c.window).toEqual({ from: d("2010-04-09"), to: d("2010-12-31") })
  })

  it("a due day from a local rule can be supplied; core conversion needs one", () => {
    const core = toCoreCampaign(c)
    expect(Result.isFailure(core) && core.failure.map((p) => p.path)).toEqual([["reporting", 1, "dueDay"], ["reporting", 2, "dueDay"]])
    const local = instantiate(t, {
      jurisdictions: ["650100"],
      reportingDueDays: { monthly: { dueDay: 5, dueMonthOffset: 1 }, quarterly: { dueDay: 10, dueMonthOffset: 1 } }
    })
    const converted = Result.getOrThrow(toCoreCampaign(local))
    expect(converted.reporting).toEqual([
      { kind: "monthly", dueDay: 5, dueMonthOffset: 1 },
      { kind: "quarterly", dueDay: 10, dueMonthOffset: 1, recipient: "市安委会办公室" },
      { kind: "final", due: d("2010-11-15") }
    ])
  })
})
