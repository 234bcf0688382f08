// `anquan ledger import` of a report with an accident reporting breach (迟报, severity major): the
// breach is not an accident hazard, so no major hazard with 五落实 is opened for it; it is skipped,
// counted and listed with its reason.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { ledgerImport } from "../src/ledger/index.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-ledger-kind-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const tree = join(dir, "jurisdictions.json")
writeFileSync(tree, JSON.stringify([
  { code: "320000", name: "江苏省", level: "province" },
  { code: "320100", name: "南京市", level: "city", parent: "320000" },
  { code: "320116", name: "六合区", level: "county", parent: "320100" }
]))
const NINGJIANG = "91320116MA1XK3T27K"
const finding = (ruleId: string, pack: string, extra: Record<string, unknown>) => ({
  ruleId, pack, ruleVersion: "2007-06-01", outcome: "violation", severity: "major",
  citation: { document: "accident-reporting-2007", article: 9, verified: true },
  title: { "zh-CN": `规则${ruleId}`, en: ruleId },
  ...extra
})
const report = join(dir, "report.json")
writeFileSync(report, JSON.stringify({
  asOf: "2024-05-03",
  enterprises: [{
    _tag: "evaluated", index: 0, verdict: "major-hazard",
    subject: { creditCode: NINGJIANG, name: "宁江氯碱化工", jurisdiction: "320116", sectors: ["hazardous-chemicals"] },
    findings: [
      finding("accident-reporting/late-report", "accident", { kind: "reporting" }),
      finding("hazchem/automation", "hazchem", { citation: { document: "hazchem-major-hazard-2017", item: 4, verified: true } })
    ]
  }],
  rejected: []
}))

describe("anquan ledger import: findings that are not hazards", () => {
  it("opens the hazard, skips the reporting breach and says why", async () => {
    let out = ""
    let err = ""
    const r = await ledgerImport({
      report, db: join(dir, "ledger.sqlite"), jurisdictions: tree, actorId: "SYS-EVAL", actorName: "合规评估导入", actorRole: "system",
      write: (s) => void (out += s), writeError: (s) => void (err += s)
    })
    expect(err).toBe("")
    if (r.exitCode !== 0) throw new Error(`exit ${r.exitCode}`)
    expect(r.value).toMatchObject({ opened: 1, duplicates: 0 })
    expect(r.value.created.map((h) => [h.source.ruleId, h.level])).toEqual([["hazchem/automation", "major"]])
    expect(out).toContain("opened 1 hazard, skipped 0 as duplicates, skipped 1 other finding")
    expect(out).toMatch(new RegExp(`${NINGJIANG}\\s+accident-reporting/late-report\\s+not-a-hazard\\s+a reporting breach`))
  })
})
