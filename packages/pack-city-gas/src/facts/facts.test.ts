import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { cityGasFacts, cityGasPack } from "../pack.ts"
import { asOf, operator } from "../testSupport.ts"

const walk = (decls: typeof cityGasFacts, prefix = ""): Array<[string, (typeof cityGasFacts)[string]]> =>
  Object.entries(decls).flatMap(([p, d]) => [[prefix + p, d] as [string, typeof d], ...(d.items === undefined ? [] : walk(d.items, `${prefix}${p}[].`))])

describe("the fact declarations", () => {
  it("label every fact, entry fields included, in zh-CN and English, and every value of a string fact", () => {
    for (const [path, d] of walk(cityGasFacts)) {
      expect(d.label["zh-CN"].trim(), path).not.toBe("")
      expect(d.label.en.trim(), path).not.toBe("")
      if (d.unit !== undefined) expect([d.unit["zh-CN"], d.unit.en], path).not.toContain("")
      if (d.values !== undefined) expect(Object.keys(d.valueLabels ?? {}).sort(), path).toEqual([...d.values].sort())
    }
  })
  it("sit under the article keys", () => {
    const keys = new Set(Object.keys(cityGasFacts).map((p) => p.split(".")[1]))
    expect([...keys].sort()).toEqual(["cylinders", "gasOperator", "management", "network", "odorisation", "otherSeriousHazards", "stations", "userFindings"])
  })
  it("give the 20 % LEL figure its unit", () => {
    expect(cityGasFacts["facts.stations"]!.items!["leakAreas"]!.items!["possibleLeakConcentration"]!.unit).toEqual({ "zh-CN": "%爆炸下限", en: "% LEL" })
  })
  it("are every one read by a rule", () => {
    const read = new Set(cityGasPack.rules.flatMap((r) => r.reads))
    expect(Object.keys(cityGasFacts).filter((p) => !read.has(p) && ![...read].some((r) => r.startsWith(`${p}[]`)))).toEqual([])
  })
})

describe("bad input", () => {
  const engine = Engine.make({ packs: [cityGasPack] })
  it("is rejected with the path of every problem, never judged", () => {
    const report = engine.evaluate([operator({
      stations: [{ name: "门站", leakAreas: [{ possibleLeakConcentration: "25%" }] }],
      network: { encroachments: [{ pressureClass: "medium-A" }] },
      userFindings: [{ situation: "basement", foundOn: "2026-13-01" }]
    })], { asOf })
    expect(report.totals.rejected).toBe(1)
    const paths = report.rejected[0]!.issues.map((i) => i.path.join("."))
    expect(paths).toEqual(expect.arrayContaining([
      "facts.cityGas.stations.0.leakAreas.0.possibleLeakConcentration",
      "facts.cityGas.network.encroachments.0.pressureClass",
      "facts.cityGas.userFindings.0.situation",
      "facts.cityGas.userFindings.0.foundOn"
    ]))
  })
})
