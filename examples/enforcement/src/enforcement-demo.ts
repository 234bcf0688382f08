// enforcement-demo.ts — an enforcement case (执法) through its life cycle on a SQLite file, the
// refusals that keep it honest, and the figures of the bundled sample (fictional data).
import { CaseRefused, EnforcementCases, openEnforcementCases, seed002PenaltyCaseTarget } from "@anquan/enforcement"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const sample = JSON.parse(readFileSync(new URL("../sample/cases.json", import.meta.url), "utf8"))
const dir = mkdtempSync(join(tmpdir(), "anquan-enforcement-demo-"))
const lines: Array<string> = []
const say = (s: string) => void lines.push(s)

// #region open
const store = await openEnforcementCases({ store: "sqlite", filename: join(dir, "anquan.sqlite"), jurisdictions: sample.jurisdictions })
const inspector = { actor: { id: "P-7", name: "王执法" }, role: { kind: "inspector" } } as const

// 检查 → 违法行为: the finding names the ledger's hazard and, from the pack, the rule and its penalty articles
await store.executeAll(inspector, [
  {
    _tag: "OpenCase",
    case: { id: "瑞应急立〔2026〕12号", subject: "91330381MA2L9RT6N9", subjectName: "瑞安市顺达五金商贸有限公司", jurisdiction: "330381", sector: "industry-trade", department: "emergency-management", origin: "crackdown" },
    inspection: { on: "2026-09-01" }
  },
  {
    _tag: "RecordFinding",
    caseId: "瑞应急立〔2026〕12号",
    finding: {
      id: "F1", on: "2026-09-01", description: "电焊作业人员未取得特种作业操作证上岗",
      citation: { document: "work-safety-law-2021", article: 30, verified: true },
      hazardIds: ["YH-2026-0901-1"],
      rule: { ruleId: "work-safety-law/special-operator-certificates", penalties: [{ document: "work-safety-law-2021", article: 97, item: 7, verified: true }] }
    }
  },
  { _tag: "OrderRectification", caseId: "瑞应急立〔2026〕12号", order: { issuedOn: "2026-09-01", deadline: "2026-09-15" } }
], 0)
// #endregion open

// #region refusals
try {
  // a penalty under an article the rule does not cite is refused; so is one dated before the finding
  await store.execute(inspector, {
    command: { _tag: "DecidePenalty", caseId: "瑞应急立〔2026〕12号", decision: { documentNo: "瑞应急罚〔2026〕12号", decidedOn: "2026-09-10", kinds: ["fine"], fineYuan: 30000, basis: [{ document: "work-safety-law-2021", article: 99, verified: true }] } },
    expectedVersion: 3
  })
} catch (e) {
  if (e instanceof CaseRefused) say(`${e.reason}: ${e.detail}`)
}
// without a basis the decision rests on the articles the rule cites; the fine is the department's, never computed
const { file } = await store.execute(inspector, {
  command: { _tag: "DecidePenalty", caseId: "瑞应急立〔2026〕12号", decision: { documentNo: "瑞应急罚〔2026〕12号", decidedOn: "2026-09-10", kinds: ["fine"], fineYuan: 30000 } },
  expectedVersion: 3
})
say(`${file.case.stage}: ${file.case.penalty?.basis.map((c) => `第${c.article}条(${c.item})`).join(", ")}`)
// #endregion refusals

// #region figures
await store.importCases({ actor: { id: "SYS", name: "导入" }, role: { kind: "system" } }, sample)
const reader = { actor: { id: "R-1", name: "查阅" } }
const overdue = await store.overdue(reader, { asOf: "2026-12-01" })
const late = await store.publication(reader, { asOf: "2026-12-01" }) // 第七十八条, weekends only without a calendar
const stats = await store.statistics(reader, { from: "2026-01-01", to: "2026-12-31", by: "department", target: seed002PenaltyCaseTarget })
say(`overdue: ${overdue.map((o) => `${o.caseId} +${o.daysOverdue}d`).join(", ")}`)
say(`late publication: ${late.map((f) => `${f.caseId} (${f.workingDaysLate})`).join(", ")}`)
for (const r of stats.rows) say(`${r.key}: ${r.target?.actual}/${r.target?.required} ${r.target?.met ? "met" : "not met"}`)
await store.close()
// #endregion figures

// #region effect
// The same store as an Effect service: yield it, provide a layer (SQLite here, or EnforcementCases.postgres)
const program = Effect.gen(function*() {
  const cases = yield* EnforcementCases
  return yield* cases.list(reader, { stage: "rectification-ordered" })
})
const open = await Effect.runPromise(program.pipe(Effect.provide(EnforcementCases.sqlite({ filename: join(dir, "anquan.sqlite"), jurisdictions: sample.jurisdictions }))))
say(`awaiting review: ${open.map((f) => f.case.id).join(", ")}`)
// #endregion effect

rmSync(dir, { recursive: true, force: true })
console.log(lines.join("\n"))
export const output = lines
