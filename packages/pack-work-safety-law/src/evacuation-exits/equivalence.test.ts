/**
 * The rule in the rule language against its former hand-written form (kept here, verbatim, as the
 * reference): on every combination of its facts — section absent, `evacuation` absent, each field
 * absent / true / false — both give the same outcome kind, evidence (paths and values), details and
 * missing paths, explained and quick.
 */
import { Outcome } from "@anquan/core"
import type { RuleContext } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { findings } from "../../test/former/shared.ts"
import { evacuationExits } from "./rule.ts"

interface Facts {
  readonly facts: { readonly evacuation?: { readonly exitsCompliant?: boolean; readonly exitsObstructed?: boolean } } | undefined
}

/** The hand-written evaluate this rule had before the rule language (0.1.0). */
const former = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const ev = subject.facts?.evacuation
  if (ev === undefined) return out.need("facts.evacuation").outcome()
  out.duty("facts.evacuation.exitsCompliant", ev.exitsCompliant,
    "生产经营场所或者员工宿舍未设有符合紧急疏散要求、标志明显、保持畅通的出口、疏散通道",
    "the premises or dormitories lack exits and escape routes that meet evacuation needs, are clearly marked and kept clear")
  const obstructed = ev.exitsObstructed
  if (obstructed === undefined) out.need("facts.evacuation.exitsObstructed")
  else {
    out.see("facts.evacuation.exitsObstructed", obstructed)
    if (obstructed) out.problem("占用、锁闭、封堵出口、疏散通道", "exits or escape routes are occupied, locked or blocked")
  }
  return out.outcome()
}

describe("work-safety-law/evacuation-exits in the rule language", () => {
  it("answers as its former hand-written form on every combination of its facts", () => {
    const values = [undefined, true, false] as const
    const sections: Array<Facts["facts"]> = [undefined, {}]
    for (const exitsCompliant of values) {
      for (const exitsObstructed of values) {
        sections.push({
          evacuation: {
            ...(exitsCompliant === undefined ? {} : { exitsCompliant }),
            ...(exitsObstructed === undefined ? {} : { exitsObstructed })
          }
        })
      }
    }
    const kinds = new Set<string>()
    for (const facts of sections) {
      const subject = { enterprise: {}, facts } as never
      for (const explain of [true, false]) {
        const ctx = { asOf: new Date("2026-11-23"), params: {}, explain }
        const expected = former(subject, ctx)
        expect(evacuationExits.evaluate(subject, ctx), JSON.stringify(facts)).toEqual(expected)
        kinds.add(expected.kind)
      }
    }
    expect([...kinds].sort()).toEqual(["compliant", "indeterminate", "violation"])
  })
})
