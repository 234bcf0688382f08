// A reporting breach (迟报 of an accident, severity major) in an evaluation report is not an accident
// hazard: the import skips it, counted and explained, and never opens a major hazard with 五落实.
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { findingsToCommands, ReportInput } from "../src/domain/findings.ts"
import { subject } from "./fixtures.ts"

const lateReport = {
  ruleId: "accident-reporting/late-report",
  pack: "accident",
  ruleVersion: "2007-06-01",
  outcome: "violation",
  severity: "major",
  kind: "reporting",
  citation: { document: "accident-reporting-2007", article: 9, verified: true },
  title: { "zh-CN": "迟报：单位负责人未在1小时内报告事故", en: "Late report: the unit head did not report within 1 hour" }
}
const hazard = {
  ruleId: "hazchem/automation",
  pack: "hazchem",
  ruleVersion: "2018-01-01",
  outcome: "violation",
  severity: "major",
  kind: "hazard",
  citation: { document: "hazchem-major-hazard-2017", item: 4, verified: true },
  title: { "zh-CN": "未实现自动化控制", en: "No automation" }
}

describe("findings of another kind than hazard", () => {
  const report = Schema.decodeUnknownSync(ReportInput)({
    asOf: "2024-05-03",
    enterprises: [{
      subject: { creditCode: subject(1), name: "甲化工", jurisdiction: "320571001", sectors: ["hazardous-chemicals"] },
      findings: [lateReport, hazard]
    }]
  })

  it("skips a reporting breach as not-a-hazard, with the reason, and opens the hazards", () => {
    const { commands, skipped } = findingsToCommands(report)
    expect(commands.map((c) => [c.source.ruleId, c.level])).toEqual([["hazchem/automation", "major"]])
    expect(skipped).toEqual([{
      subject: subject(1),
      ruleId: "accident-reporting/late-report",
      reason: "not-a-hazard",
      detail: expect.stringContaining("reporting breach")
    }])
  })

  it("rejects a finding kind it does not know, with its path", () => {
    expect(() => Schema.decodeUnknownSync(ReportInput)({
      asOf: "2024-05-03",
      enterprises: [{ subject: { creditCode: subject(1), name: "甲", jurisdiction: "320571001", sectors: [] }, findings: [{ ...hazard, kind: "gossip" }] }]
    })).toThrow(/kind/)
  })
})
