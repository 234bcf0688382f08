/**
 * Dated facts as of a date, over the whole sample: the permits of the sample (2026-02-10 … 2026-02-20)
 * are judged by every permit rule as of 2026-11-23 and by none as of 2023-01-01 or the day before
 * the first of them, when they had not been issued yet; the explained and the quick (problems-only)
 * evaluations agree either way.
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { hazchemPack } from "./pack.ts"

const sample: ReadonlyArray<unknown> = JSON.parse(readFileSync(new URL("../sample/hazchem-enterprises.json", import.meta.url), "utf8"))
const engine = Engine.make({ packs: [hazchemPack] })
const permitRules = engine.registry.packs[0]!.rules.map((r) => r.id).filter((id) => id.startsWith("hazchem/permit-"))

const permitFindings = (asOf: string, include: "all" | "problems") =>
  engine.evaluate(sample, { asOf, include }).enterprises.flatMap((e) =>
    e.findings.filter((f) => f.ruleId.startsWith("hazchem/permit-")).map((f) => `${e.subject.name} ${f.ruleId} ${f.outcome}`)
  ).sort()

describe("permits dated after the as-of day", () => {
  it("are judged once issued", () => {
    expect(new Set(permitRules).size).toBe(10)
    const after = permitFindings("2026-11-23", "all")
    expect(after.filter((f) => f.endsWith(" violation")).length).toBeGreaterThan(0)
    expect(after.some((f) => f.endsWith(" compliant"))).toBe(true)
  })

  it("are not evidence of the past: as of 2023-01-01 and the day before the first permit, no permit is judged", () => {
    for (const asOf of ["2023-01-01", "2026-02-09"]) {
      const before = permitFindings(asOf, "all")
      expect(before.every((f) => f.endsWith(" not-applicable")), `${asOf}: ${before.join("; ")}`).toBe(true)
      expect(permitFindings(asOf, "problems")).toEqual([])
    }
  })

  it("the problems-only report counts what the full one does", () => {
    for (const asOf of ["2023-01-01", "2026-02-11", "2026-11-23"]) {
      const all = engine.evaluate(sample, { asOf, include: "all" })
      const problems = engine.evaluate(sample, { asOf, include: "problems" })
      expect(problems.byOutcome).toEqual(all.byOutcome)
      expect(problems.verdicts).toEqual(all.verdicts)
    }
  })
})
