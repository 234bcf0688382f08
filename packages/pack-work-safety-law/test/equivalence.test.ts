/**
 * The ported rules against their former hand-written forms (`test/former/`, verbatim from 0.1.0):
 * over random records — every fact of the rules present, absent or varied, dates either side of the
 * as-of day, as-of days in each staffing version's window — both give the same outcome kind,
 * evidence paths and missing paths, explained and quick. A rule still on its former code compares
 * equal trivially; the count of compared rule evaluations is printed.
 */
import { Engine } from "@anquan/core"
import type { Enterprise, Outcome } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { workSafetyLaw } from "../src/index.ts"
import { formerRules } from "./former/index.ts"
import { AS_OFS, record, rng } from "./records.ts"

/** What the equivalence compares: kind, evidence paths and missing paths. */
const shape = (o: Outcome.Outcome) => ({
  kind: o.kind,
  evidence: "evidence" in o && o.evidence !== undefined ? o.evidence.map((e) => e.path).sort() : undefined,
  missing: "missing" in o ? [...o.missing].sort() : undefined
})

type Shape = ReturnType<typeof shape>

/**
 * Differences made on purpose:
 * - the staffing rule of 2014 asked for `enterprise.transportModes` of a transport unit even when its
 *   dangerous-goods activities already put it on the always-list (the modes could not change the
 *   answer); it no longer does;
 * - a compliant liability-insurance finding named the covering policy (`…Policies[1]`); it now names
 *   no evidence (the language cannot yet show an entry as a whole beside a quantifier). Violations
 *   still name the policies as before.
 */
const isAccepted = (ruleId: string, former: Shape, ported: Shape): boolean =>
  (ruleId === "work-safety-law/safety-management-staffing" &&
    former.kind === "indeterminate" &&
    ported.kind === "indeterminate" &&
    JSON.stringify(former.missing?.filter((p) => p !== "enterprise.transportModes")) === JSON.stringify(ported.missing)) ||
  (ruleId === "work-safety-law/liability-insurance" && former.kind === "compliant" && ported.kind === "compliant" && ported.evidence?.length === 0)

describe("the ported rules against their former forms", () => {
  it("give the same kind, evidence paths and missing paths on random records", () => {
    const engine = Engine.make({ packs: [workSafetyLaw] })
    const st = Engine.stages(engine)
    const r = rng(16)
    const differences: Array<string> = []
    const byRule = new Map<string, number>()
    const kinds = new Set<string>()
    let compared = 0
    let accepted = 0
    const N = Number(process.env.EQUIVALENCE_RECORDS ?? 4000)
    for (let i = 0; i < N; i++) {
      const asOf = r.pick(AS_OFS)
      const plan = engine.plan(asOf)
      const enterprise = st.decodeRecord(record(r, asOf, i), i)
      if ((enterprise as { _tag?: unknown })._tag === "rejected") continue
      const rules = st.select(enterprise as Enterprise, plan)
      const subjects = st.decodeFacts(enterprise as Enterprise, rules, i)
      if (!Array.isArray(subjects)) continue
      for (const selected of rules) {
        const former = formerRules.find((f) => f.id === selected.rule.id && f.effective.from.getTime() === selected.rule.effective.from.getTime())
        if (former === undefined) continue
        const subject = subjects[selected.packSlot]
        for (const context of [selected.context, selected.quickContext]) {
          compared++
          const a = shape(former.evaluate(subject, context))
          const b = shape(selected.rule.evaluate(subject, context))
          if (context.explain === false) {
            if (a.kind !== b.kind) differences.push(`${selected.rule.id} quick: ${a.kind} ≠ ${b.kind}`)
          } else if (JSON.stringify(a) !== JSON.stringify(b) && isAccepted(selected.rule.id, a, b)) {
            accepted++
          } else if (JSON.stringify(a) !== JSON.stringify(b)) {
            const what = a.kind !== b.kind ? "kind" : JSON.stringify(a.evidence) !== JSON.stringify(b.evidence) ? `${a.kind} evidence` : "missing"
            const key = `${selected.rule.id} ${what}`
            byRule.set(key, (byRule.get(key) ?? 0) + 1)
            differences.push(`${selected.rule.id} as of ${asOf}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}\n  ${JSON.stringify(subject)}`)
          }
          kinds.add(`${selected.rule.id}:${a.kind}`)
        }
      }
    }
    console.log(`equivalence: ${compared} rule evaluations compared, ${differences.length} differences, ${accepted} made on purpose`, Object.fromEntries(byRule))
    expect(compared).toBeGreaterThan(10_000)
    // every former rule reaches every outcome it can give on these records
    for (const former of formerRules) {
      for (const kind of ["compliant", "violation", "indeterminate"]) expect(kinds, `${former.id} ${kind}`).toContain(`${former.id}:${kind}`)
    }
    expect(differences.filter((d) => process.env.EQUIVALENCE_ONLY === undefined || d.includes(process.env.EQUIVALENCE_ONLY)).slice(0, 5)).toEqual([])
  }, 120_000)
})
