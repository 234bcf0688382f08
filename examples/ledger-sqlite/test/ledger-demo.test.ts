import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { makeLedger, replay } from "@anquan/hazard-ledger"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { DemoResult } from "../src/ledger-demo.ts"
import { describeDemo, jurisdictions, ledgerDemo } from "../src/ledger-demo.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-ledger-demo-test-"))
const filename = join(dir, "ledger.sqlite")
let r: DemoResult
beforeAll(async () => {
  r = await ledgerDemo(filename)
}, 30_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const day = (d: Date | undefined) => d?.toISOString().slice(0, 10)

describe("ledger-sqlite: findings → hazards → rectification → closure", () => {
  it("imports every violation of the three enterprises once", () => {
    expect(r.imported).toEqual({ opened: 15, skipped: [] })
    expect(r.reimported.opened).toBe(0)
    expect(r.reimported.skipped.map((s) => s.reason)).toEqual(Array(15).fill("already-open"))
    expect(r.reimported.skipped.find((s) => s.ruleId === "hazchem/key-process-automation")).toEqual({
      subject: "91320116MA1XK3T27K", ruleId: "hazchem/key-process-automation", reason: "already-open", existing: "YH-2026-0003"
    })
  })

  it("drives the major hazard through five in place, county listing, acceptance and verification to closed", () => {
    expect(r.major).toMatchObject({
      id: "YH-2026-0003",
      state: "closed",
      version: 10,
      level: "major",
      fiveInPlace: { measures: "投用氯化工艺紧急停车系统并完成联锁调试", funds: 350_000, emergencyPlan: "氯化工艺装置专项应急预案（2026版）" },
      responsiblePerson: { name: "周建国", title: "总经理" },
      listedSupervision: { level: "county", by: "320116" },
      acceptance: { level: "county", jurisdiction: "320116", acceptedBy: { id: "P-LH-GOV" } },
      rectification: { completedBy: { id: "P-NJ-07" } },
      closure: { how: "verified", by: { id: "P-LH-02", name: "郑验收" } }
    })
    expect(day(r.major.deadline)).toBe("2026-12-31")
    expect(day(r.major.closure?.on)).toBe("2026-12-18")
    expect(r.major.evidence.map((e) => e.uri)).toEqual([
      "file://evidence/YH-2026-0003/listing.jpg",
      "file://evidence/YH-2026-0003/esd-commissioning.pdf"
    ])
    expect(r.history.map((e) => [e.version, e._tag, e.actor.id, e.at.toISOString()])).toEqual([
      [1, "HazardReported", "SYS-EVAL", "2026-11-23T09:00:00.000Z"],
      [2, "HazardAssessed", "P-LH-01", "2026-11-24T10:00:00.000Z"],
      [3, "FiveInPlaceRecorded", "P-NJ-07", "2026-11-25T09:00:00.000Z"],
      [4, "RectificationPlanned", "P-NJ-07", "2026-11-25T09:00:00.000Z"],
      [5, "ListedForSupervision", "P-LH-GOV", "2026-11-26T09:00:00.000Z"],
      [6, "RectificationStarted", "P-NJ-07", "2026-11-27T08:00:00.000Z"],
      [7, "EvidenceAttached", "P-LH-01", "2026-11-27T08:00:00.000Z"],
      [8, "RectificationCompleted", "P-NJ-07", "2026-12-15T16:00:00.000Z"],
      [9, "ClosureAccepted", "P-LH-GOV", "2026-12-18T10:00:00.000Z"],
      [10, "HazardClosed", "P-LH-02", "2026-12-18T10:00:00.000Z"]
    ])
    expect(r.history.map((e) => e.role)).toEqual([
      { kind: "system" },
      { kind: "inspector" },
      { kind: "enterprise", creditCode: "91320116MA1XK3T27K" },
      { kind: "enterprise", creditCode: "91320116MA1XK3T27K" },
      { kind: "department", jurisdiction: "320116" },
      { kind: "enterprise", creditCode: "91320116MA1XK3T27K" },
      { kind: "inspector" },
      { kind: "enterprise", creditCode: "91320116MA1XK3T27K" },
      { kind: "department", jurisdiction: "320116" },
      { kind: "inspector" }
    ])
    expect(replay(r.history)).toEqual(r.major)
  })

  it("refuses the shortcuts and the stale write with typed errors", () => {
    expect(r.refusals.fiveInPlace).toMatchObject({
      _tag: "FiveInPlaceIncomplete",
      hazardId: "YH-2026-0003",
      command: "PlanRectification",
      missing: ["funds", "deadline", "responsiblePerson", "emergencyPlan"]
    })
    expect(r.refusals.staleWrite).toMatchObject({ _tag: "VersionConflict", hazardId: "YH-2026-0003", expected: 5, actual: 6 })
    expect(r.refusals.acceptanceByEnterprise).toMatchObject({
      _tag: "CommandNotPermitted",
      hazardId: "YH-2026-0003",
      role: "enterprise 91320116MA1XK3T27K",
      command: "AcceptClosure",
      allowed: ["department"]
    })
    expect(r.refusals.acceptanceByEnterprise.message).toBe(
      "hazard YH-2026-0003: a caller with role enterprise 91320116MA1XK3T27K may not issue AcceptClosure (无权操作); allowed: department"
    )
  })

  it("fixes a self-inspection finding on discovery and leaves one general hazard overdue", () => {
    expect(r.fixedOnDiscovery).toMatchObject({
      id: "YH-2026-0016", state: "closed", version: 2, level: "general", source: { kind: "self-inspection" },
      closure: { how: "fixed-on-discovery", measures: "当场关闭排水阀并挂牌管理" }
    })
    expect(r.overdueHazard).toMatchObject({ id: "YH-2026-0006", state: "assessed", version: 2, source: { ruleId: "hazchem/permit-confined-space-gas-detection" } })
    expect(r.overdue.map((o) => [o.hazard.id, o.daysOverdue, o.level, o.step?.name])).toEqual([["YH-2026-0006", 15, 2, "warning"]])
  })

  it("measures the period: totals and one row per province", () => {
    expect(r.metrics).toMatchObject({ asOf: "2026-12-22", period: { from: "2026-11-01", to: "2026-11-30" } })
    expect(r.metrics.jurisdiction).toBeUndefined()
    expect(r.metrics.total).toEqual({
      found: 16, major: 6, closed: 2, open: 14, overdue: 1, selfInspected: 1, selfFixed: 1, selfReported: 1,
      rectificationRate: 0.125, overdueRate: 0.0625, selfInspectRate: 0.0625, selfFixRate: 1, selfReportRate: 1
    })
    expect(r.metrics.rows.map((row) => [row.key, row.label, row.metrics.found, row.metrics.major, row.metrics.closed, row.metrics.overdue])).toEqual([
      ["320000", "江苏省", 7, 3, 2, 1],
      ["370000", "山东省", 6, 3, 0, 0],
      ["330000", "浙江省", 3, 0, 0, 0]
    ])
    expect(describeDemo(r)).toContain("  total: found 16 (major 6), closed 2, overdue 1; 整改率 12.5%, 逾期率 6.3%, 自查率 6.3%, 自改率 100.0%, 自报率 100.0%")
  })

  it("leaves every event in the SQLite file: a reopened ledger reads the same files", async () => {
    const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions })
    try {
      const caller = { actor: { id: "AUDIT", name: "审计" } }
      expect(await ledger.get(caller, "YH-2026-0003")).toEqual(r.major)
      expect((await ledger.query(caller)).length).toBe(16)
      expect((await ledger.exportEvents(caller)).length).toBe(15 + 9 + 2 + 1)
    } finally {
      await ledger.close()
    }
  })
})
