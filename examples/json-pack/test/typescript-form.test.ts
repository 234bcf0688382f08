/**
 * The expanded-tobacco item of pack.json written in TypeScript with the same rule language: both forms
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

export const expandedTobaccoCo2Alarm = Rule.fromCondition({
  id: "tobacco-major-hazards/expanded-tobacco-co2-alarm",
  title: text("膨胀烟丝二氧化碳浓度监测报警", "CO₂ alarms for expanded tobacco"),
  message: text(
    "使用液态二氧化碳制造膨胀烟丝的生产线和场所未设置固定式二氧化碳浓度监测报警装置，或者监测报警装置未与事故通风设施联锁的",
    "A line or area making expanded tobacco with liquid CO₂ has no fixed CO₂ concentration alarm, or the alarm is not interlocked with the emergency ventilation"
  ),
  remediation: text(
    "在膨胀烟丝生产线和场所设置固定式二氧化碳浓度监测报警装置，并与事故通风设施联锁。",
    "Install fixed CO₂ concentration alarms on expanded-tobacco lines and areas and interlock them with the emergency ventilation."
  ),
  citation: { document: "industry-trade-major-hazard-2023", article: 10, item: 2, verified: true },
  severity: "major",
  appliesTo: { sectors: ["industry-trade"] },
  effective: { from: "2023-05-15" },
  facts, // the declarations: type, zh-CN/en label, unit, allowed values
  notApplicableWhen: Condition.eq("facts.makesExpandedTobaccoWithLiquidCO2", false),
  violationWhen: Condition.some(
    "facts.expandedTobaccoLines",
    Condition.any(Condition.eq("fixedCo2Alarm", false), Condition.eq("alarmInterlockedWithEmergencyVentilation", false)),
    "name"
  )
})
// #endregion typescript-rule

describe("the TypeScript form and the JSON form", () => {
  const fromJson = Pack.fromJson(packFile).rules.find((r) => r.id === expandedTobaccoCo2Alarm.id)!
  const decodeSection = Schema.decodeUnknownSync(Pack.fromJson(packFile).facts as Schema.Decoder<unknown, never>)

  it("give the same outcomes, evidence and details on the same facts", () => {
    const sections = [
      undefined,
      { makesExpandedTobaccoWithLiquidCO2: false },
      { makesExpandedTobaccoWithLiquidCO2: true },
      { makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [] },
      { makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [{ name: "1号", fixedCo2Alarm: true, alarmInterlockedWithEmergencyVentilation: true }] },
      { makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [{ name: "1号", fixedCo2Alarm: true, alarmInterlockedWithEmergencyVentilation: false }] },
      { makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [{ name: "1号", fixedCo2Alarm: false }, { name: "2号", alarmInterlockedWithEmergencyVentilation: true }] },
      { makesExpandedTobaccoWithLiquidCO2: true, expandedTobaccoLines: [{ name: "1号", fixedCo2Alarm: true }] }
    ]
    const kinds = new Set<string>()
    for (const section of sections) {
      const subject = { enterprise: {}, facts: section === undefined ? undefined : decodeSection(section) } as never
      for (const explain of [true, false]) {
        const context = { asOf: new Date("2026-11-23"), params: {}, explain }
        const outcome = expandedTobaccoCo2Alarm.evaluate(subject, context)
        expect(fromJson.evaluate(subject, context)).toEqual(outcome)
        kinds.add(outcome.kind)
      }
    }
    expect([...kinds].sort()).toEqual(["compliant", "indeterminate", "not-applicable", "violation"])
    expect(fromJson.reads).toEqual(expandedTobaccoCo2Alarm.reads)
    expect(fromJson.citation).toEqual(expandedTobaccoCo2Alarm.citation)
  })
})
