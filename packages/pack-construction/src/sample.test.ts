/**
 * The bundled sample project, evaluated as of a day under each edition: the same facts give the
 * 2022 edition's findings in 2023 and the 2024 edition's in 2026.
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { constructionPack } from "./index.ts"

const records: unknown = JSON.parse(readFileSync(new URL("../sample/construction-projects.json", import.meta.url), "utf8"))
const engine = Engine.make({ packs: [constructionPack] })

const evaluate = (asOf: string) => {
  const report = engine.evaluate(records, { asOf })
  expect(report.rejected).toEqual([])
  expect(report.enterprises).toHaveLength(1)
  return report.enterprises[0]!
}
const summary = (asOf: string) =>
  evaluate(asOf).findings.map((f) => ({ ruleId: f.ruleId, ruleVersion: f.ruleVersion, document: f.citation.document, outcome: f.outcome }))

const D2022 = "construction-major-hazard-2022"
const D2024 = "construction-major-hazard-2024"

describe("sample/construction-projects.json", () => {
  it("as of 2023-06-01: the 2022 edition's four findings, and nothing left undecided", () => {
    const record = evaluate("2023-06-01")
    expect(record.complete).toBe(true)
    expect(record.verdict).toBe("major-hazard")
    expect(summary("2023-06-01")).toEqual([
      { ruleId: "construction/excavation-third-party-monitoring", ruleVersion: "2022-04-19", document: D2022, outcome: "violation" },
      { ruleId: "construction/attached-scaffold-cantilever-height", ruleVersion: "2022-04-19", document: D2022, outcome: "violation" },
      { ruleId: "construction/crane-safety-devices", ruleVersion: "2022-04-19", document: D2022, outcome: "violation" },
      { ruleId: "construction/cantilever-platform-anchorage", ruleVersion: "2022-04-19", document: D2022, outcome: "violation" }
    ])
    expect(record.counts).toMatchObject({ violation: 4, indeterminate: 0, error: 0, compliant: 30 })
  })

  it("as of 2026-11-23: the 2024 edition's five findings, and nothing left undecided", () => {
    const record = evaluate("2026-11-23")
    expect(record.complete).toBe(true)
    expect(summary("2026-11-23")).toEqual([
      { ruleId: "construction/safety-personnel", ruleVersion: "2024-12-13", document: D2024, outcome: "violation" },
      { ruleId: "construction/excavation-third-party-monitoring", ruleVersion: "2024-12-13", document: D2024, outcome: "violation" },
      { ruleId: "construction/crane-safety-devices", ruleVersion: "2024-12-13", document: D2024, outcome: "violation" },
      { ruleId: "construction/confined-space-supervision", ruleVersion: "2024-12-13", document: D2024, outcome: "violation" },
      { ruleId: "construction/structure-and-scaffold-overload", ruleVersion: "2024-12-13", document: D2024, outcome: "violation" }
    ])
    expect(record.counts).toMatchObject({ violation: 5, indeterminate: 0, error: 0, compliant: 48 })
  })

  it("the editions differ where the texts do", () => {
    const details = (asOf: string, ruleId: string) => evaluate(asOf).findings.find((f) => f.ruleId === ruleId)?.details?.["zh-CN"]
    // 2024 第四条(二) asks for a *valid* certificate: the project manager's expired on 2025-06-30.
    expect(details("2026-11-23", "construction/safety-personnel")).toContain("项目负责人安全生产考核合格证书已于2025-06-30过期")
    // 2022 第九条(三) is 或, 2024 第九条(三) is 且: on the structure but not reliably connected.
    expect(details("2023-06-01", "construction/cantilever-platform-anchorage")).toContain("未做可靠连接")
    // 2022 第七条(五) (dropped in 2024): cantilever of 6.5 m is more than 6 m.
    expect(details("2023-06-01", "construction/attached-scaffold-cantilever-height")).toContain("悬臂高度6.5m大于6m")
    // 2024 第十一条(三) adds the full-time safety manager on site.
    expect(details("2026-11-23", "construction/confined-space-supervision")).toContain("未有专职安全生产管理人员现场监督")
    // 2024 第十四条(三) is a new article.
    expect(details("2026-11-23", "construction/structure-and-scaffold-overload")).toContain("堆载12kN/m²超过设计允许值10kN/m²")
  })

  it("the last day of the 2022 edition and the first of the 2024 edition", () => {
    expect(summary("2024-12-12").every((f) => f.document === D2022 && f.ruleVersion === "2022-04-19")).toBe(true)
    expect(summary("2024-12-13").every((f) => f.document === D2024 && f.ruleVersion === "2024-12-13")).toBe(true)
  })
})
