// A finding that cites a national standard by clause and lettered item (GB 45067-2024 4.2 f)) keeps
// that citation in the hazard the import opens: the clause and the letter are not dropped.
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { findingsToCommands, ReportInput } from "../src/domain/findings.ts"
import { subject } from "./fixtures.ts"

const boiler = {
  ruleId: "special-equipment/boiler-flame-failure-protection",
  pack: "special-equipment",
  ruleVersion: "2024-12-01",
  outcome: "violation",
  severity: "major",
  citation: { document: "special-equipment-major-hazard-gb45067-2024", clause: "4.2", letter: "f", verified: true },
  title: { "zh-CN": "锅炉熄火保护装置缺失或失效", en: "Boiler flame-failure protection missing or failed" },
  details: { "zh-CN": "锅炉「1号燃气蒸汽锅炉」：熄火保护装置失效；仍继续使用", en: "boiler \"1号燃气蒸汽锅炉\": flame-failure protection failed; still in use" }
}

describe("a finding cited by a standard's clause and letter", () => {
  it("opens a hazard whose source keeps { clause, letter }", () => {
    const report = Schema.decodeUnknownSync(ReportInput)({
      asOf: "2026-11-23",
      enterprises: [{ subject: { creditCode: subject(1), name: "甲机械", jurisdiction: "320505001", sectors: ["industry-trade", "special-equipment"] }, findings: [boiler] }]
    })
    const { commands } = findingsToCommands(report)
    expect(commands.map((c) => c.source)).toEqual([{
      kind: "rule-finding",
      ruleId: "special-equipment/boiler-flame-failure-protection",
      ruleVersion: "2024-12-01",
      citation: { document: "special-equipment-major-hazard-gb45067-2024", clause: "4.2", letter: "f", verified: true }
    }])
  })
  it("refuses a letter that is not one lowercase letter, with its path", () => {
    expect(() => Schema.decodeUnknownSync(ReportInput)({
      asOf: "2026-11-23",
      enterprises: [{ subject: { creditCode: subject(1), name: "甲", jurisdiction: "320505001", sectors: [] }, findings: [{ ...boiler, citation: { ...boiler.citation, letter: "F)" } }] }]
    })).toThrow(/letter/)
  })
})
