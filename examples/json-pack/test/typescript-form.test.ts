/**
 * The quick-freezer item of pack.json written in TypeScript with the same rule language: both forms
 * compile to the same thing, so they give the same outcomes, evidence and details.
 */
import { Condition, Pack, Rule } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import { Schema } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const packFile = JSON.parse(readFileSync(new URL("../pack.json", import.meta.url), "utf8"))
const facts: FactDeclarations = packFile.facts

// #region typescript-rule
const text = (zh: string, en: string) => ({ "zh-CN": zh, en })

export const quickFreezerRoom = Rule.fromCondition({
  id: "ammonia-refrigeration/quick-freezer-room",
  title: text("快速冻结装置作业间", "Quick-freezer room"),
  message: text(
    "快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人",
    "A quick freezer is not in a room of its own, or more than 9 people work in its room"
  ),
  remediation: text(
    "将快速冻结装置设置在单独的作业间内，并将作业间内作业人员控制在9人以内。",
    "Put each quick freezer in a room of its own and keep at most 9 people working in it."
  ),
  citation: { document: "industry-trade-major-hazard-2023", article: 12, item: 2, verified: false },
  severity: "major",
  appliesTo: { sectors: ["industry-trade"] },
  effective: { from: "2023-05-15" },
  params: {
    maxRoomWorkers: {
      type: "number", default: 9, integer: true, min: 0, laxerWhen: "greater",
      description: text("快速冻结装置作业间作业人员上限", "Most people allowed in a quick-freezer room")
    }
  },
  facts, // the declarations: type, zh-CN/en label, unit, allowed values
  notApplicableWhen: Condition.eq("facts.usesLiquidAmmonia", false),
  violationWhen: Condition.some(
    "facts.quickFreezers",
    Condition.any(Condition.eq("inSeparateRoom", false), Condition.gt("roomWorkers", Condition.param("maxRoomWorkers"))),
    "name"
  )
})
// #endregion typescript-rule

describe("the TypeScript form and the JSON form", () => {
  const fromJson = Pack.fromJson(packFile).rules.find((r) => r.id === quickFreezerRoom.id)!
  const decodeSection = Schema.decodeUnknownSync(Pack.fromJson(packFile).facts as Schema.Decoder<unknown, never>)

  it("give the same outcomes, evidence and details on the same facts", () => {
    const sections = [
      undefined,
      { usesLiquidAmmonia: false },
      { usesLiquidAmmonia: true },
      { usesLiquidAmmonia: true, quickFreezers: [] },
      { usesLiquidAmmonia: true, quickFreezers: [{ name: "1号", inSeparateRoom: true, roomWorkers: 9 }] },
      { usesLiquidAmmonia: true, quickFreezers: [{ name: "1号", inSeparateRoom: true, roomWorkers: 10 }] },
      { usesLiquidAmmonia: true, quickFreezers: [{ name: "1号", inSeparateRoom: false }, { name: "2号", roomWorkers: 3 }] },
      { usesLiquidAmmonia: true, quickFreezers: [{ name: "1号", roomWorkers: 3 }] }
    ]
    const kinds = new Set<string>()
    for (const section of sections) {
      const subject = { enterprise: {}, facts: section === undefined ? undefined : decodeSection(section) } as never
      for (const explain of [true, false]) {
        const context = { asOf: new Date("2026-11-23"), params: { maxRoomWorkers: 9 }, explain }
        const outcome = quickFreezerRoom.evaluate(subject, context)
        expect(fromJson.evaluate(subject, context)).toEqual(outcome)
        kinds.add(outcome.kind)
      }
    }
    expect([...kinds].sort()).toEqual(["compliant", "indeterminate", "not-applicable", "violation"])
    expect(fromJson.reads).toEqual(quickFreezerRoom.reads)
    expect(fromJson.citation).toEqual(quickFreezerRoom.citation)
  })
})
