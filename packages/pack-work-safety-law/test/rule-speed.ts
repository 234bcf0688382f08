/**
 * Per rule, the quick evaluation (what the engine asks when it needs only the outcome's kind) of the
 * ported rule against its former form over the same decoded random records: ns per evaluation, and
 * the ratio new/old. Run: `node packages/pack-work-safety-law/test/rule-speed.ts`. Figures only.
 */
import { Engine } from "@anquan/core"
import type { Enterprise } from "@anquan/core"
import { workSafetyLaw } from "../src/index.ts"
import { formerRules } from "./former/index.ts"
import { record, rng } from "./records.ts"

const asOf = "2026-11-23"
const engine = Engine.make({ packs: [workSafetyLaw] })
const st = Engine.stages(engine)
const plan = engine.plan(asOf)
const r = rng(7)
const byRule = new Map<string, Array<{ readonly subject: unknown; readonly context: any; readonly rule: any; readonly former: any }>>()
for (let i = 0; i < 4000; i++) {
  const enterprise = st.decodeRecord(record(r, asOf, i), i)
  if ((enterprise as { _tag?: unknown })._tag === "rejected") continue
  const rules = st.select(enterprise as Enterprise, plan)
  const subjects = st.decodeFacts(enterprise as Enterprise, rules, i)
  if (!Array.isArray(subjects)) continue
  for (const s of rules) {
    const former = formerRules.find((f) => f.id === s.rule.id && f.effective.from.getTime() === s.rule.effective.from.getTime())
    if (former === undefined) continue
    const list = byRule.get(s.rule.id) ?? []
    list.push({ subject: subjects[s.packSlot], context: s.quickContext, rule: s.rule, former })
    byRule.set(s.rule.id, list)
  }
}
const time = (cases: ReadonlyArray<{ subject: unknown; context: any; rule: any; former: any }>, which: "rule" | "former"): number => {
  const passes: Array<number> = []
  for (let p = 0; p < 7; p++) {
    const t0 = process.hrtime.bigint()
    for (let k = 0; k < 20; k++) for (const c of cases) c[which].evaluate(c.subject, c.context)
    passes.push(Number(process.hrtime.bigint() - t0) / (20 * cases.length))
  }
  return passes.sort((a, b) => a - b)[3]!
}
for (const [id, cases] of byRule) {
  time(cases, "former"), time(cases, "rule")
  const old = time(cases, "former"), now = time(cases, "rule")
  console.log(`${id.padEnd(60)} old ${old.toFixed(0).padStart(5)} ns  new ${now.toFixed(0).padStart(5)} ns  new/old ${(now / old).toFixed(2)}`)
}
