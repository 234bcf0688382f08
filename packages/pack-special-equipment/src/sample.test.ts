import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { specialEquipmentPack } from "./index.ts"

const json: unknown = JSON.parse(readFileSync(new URL("../sample/special-equipment-units.json", import.meta.url), "utf8"))
const report = Engine.make({ packs: [specialEquipmentPack] }).evaluate(json, { asOf: "2026-11-23" })

/** The findings kept (problems only), reduced to what the sample is about. */
const findingsOf = (index: number) =>
  report.enterprises[index]!.findings.map((f) => ({
    cites: `${f.citation.clause} ${f.citation.letter})`,
    outcome: f.outcome,
    ...(f.details !== undefined ? { details: f.details["zh-CN"] } : {})
  }))

describe("the bundled sample (sample/special-equipment-units.json), as of 2026-11-23", () => {
  it("evaluates the three units: each with a major hazard, every fact they need recorded", () => {
    expect(report.totals).toEqual({ records: 3, evaluated: 3, rejected: 0, findings: 141 })
    expect(report.verdicts).toEqual({ "major-hazard": 3, "general-hazard": 0, advisory: 0, "no-violation": 0 })
    expect(report.byPack["special-equipment"]).toEqual({ violation: 6, waived: 0, indeterminate: 0, error: 0, compliant: 47, "not-applicable": 88 })
    expect(report.enterprises.map((e) => e.complete)).toEqual([true, true, true])
  })

  it("the machinery plant (工贸, 令第10号 第二条 defers its special equipment here): a failed flame-failure protection and a failed load limiter; the crane out of use for repair is no hazard", () => {
    expect(findingsOf(0)).toEqual([
      { cites: "4.2 f)", outcome: "violation", details: "锅炉「1号燃气蒸汽锅炉」：熄火保护装置失效；仍继续使用" },
      { cites: "4.7 d)", outcome: "violation", details: "起重机械「装配车间20t桥式起重机」：起重量限制器失效；仍继续使用" }
    ])
  })

  it("the shopping centre: escalator E1 at 380 mm without guard plates; E2 at exactly 400 mm needs none", () => {
    expect(findingsOf(1)).toEqual([{
      cites: "4.6 e)",
      outcome: "violation",
      details: "自动扶梯(自动人行道)「中庭自动扶梯E1」：扶手带外缘与任何障碍物之间的最小距离为380mm，小于400mm；未按要求装设防护挡板；仍继续使用"
    }])
  })

  it("the scenic area: a sightseeing car on an 18 % route rated for 15 % (4.10 e), and 4.1 d) pointing to it), and cylinder filling without a licence (4.5 a))", () => {
    expect(findingsOf(2)).toEqual([
      { cites: "4.1 d)", outcome: "violation", details: "特种设备「1号观光车」：非公路用旅游观光车辆超过最大行驶坡度使用(4.10 e))；仍继续使用" },
      { cites: "4.5 a)", outcome: "violation", details: "充装「景区瓶装液化石油气充装点」：未经许可，擅自从事充装活动" },
      { cites: "4.10 e)", outcome: "violation", details: "旅游观光车辆「1号观光车」：使用路线最大坡度为18%，大于车辆最大行驶坡度(15%)；仍继续使用" }
    ])
  })

  it("every finding cites GB 45067-2024 by clause and letter and is a 重大事故隐患", () => {
    for (const e of report.enterprises) {
      for (const f of e.findings) {
        expect(f.citation.document).toBe("special-equipment-major-hazard-gb45067-2024")
        expect(f.severity).toBe("major")
      }
    }
  })
})
