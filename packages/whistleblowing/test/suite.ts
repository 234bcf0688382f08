// The behavioural suite of the report register, run on SQLite (sqlite.test.ts) and PostgreSQL (postgres.test.ts).
import { CommandNotPermitted, InvalidInput } from "@anquan/hazard-ledger"
import { describe, expect, it } from "@effect/vitest"
import type { ReportRegisterClient } from "../src/index.ts"
import { ReportNotFound, ReportOutOfJurisdiction, ReportTransitionRefused, ReportVersionConflict } from "../src/index.ts"
import { department, enterprise, hotline, inspector, officer, otherDepartment, reader, report, REPORTER_NAME, REPORTER_PHONE } from "./fixtures.ts"

export const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error("expected a rejection")
}

/** Whether a value, serialized every way a caller could print it, shows the reporter. */
export const leaks = (value: unknown): boolean => {
  const texts = [JSON.stringify(value) ?? "", String(value), value instanceof Error ? `${value.message}\n${value.stack ?? ""}` : ""]
  return texts.some((t) => t.includes(REPORTER_NAME) || t.includes(REPORTER_PHONE))
}

export const registerSuite = (name: string, fresh: () => Promise<ReportRegisterClient>) =>
  describe(`report register on ${name}`, () => {
    const withRegister = async (body: (r: ReportRegisterClient) => Promise<void>) => {
      const r = await fresh()
      try {
        await body(r)
      } finally {
        await r.close()
      }
    }
    const receive = (r: ReportRegisterClient, id: string, over: object = {}) =>
      r.execute(hotline, { command: { _tag: "Receive", report: { ...report({ id }), ...over } }, expectedVersion: 0 })

    it("runs a report from intake to a paid reward, keeping every event", () =>
      withRegister(async (r) => {
        // #region lifecycle
        await receive(r, "JB-1") // the 12350 hotline feed (role system): { _tag: "Receive", report }
        await r.execute(department, { command: { _tag: "Assign", reportId: "JB-1", to: "瑞安市应急管理局执法大队", on: "2026-03-03" }, expectedVersion: 1 })
        await r.execute(inspector, { command: { _tag: "RecordFinding", reportId: "JB-1", on: "2026-03-10", outcome: "verified", finding: "报警装置关闭属实", hazardId: "YH-9" }, expectedVersion: 2 })
        await r.execute(department, { command: { _tag: "DecideReward", reportId: "JB-1", on: "2026-03-20", outcome: "granted", level: "L1", amountYuan: 3000 }, expectedVersion: 3 })
        const paid = await r.execute(department, { command: { _tag: "PayReward", reportId: "JB-1", on: "2026-03-30", amountYuan: 3000 }, expectedVersion: 4 })
        expect(paid.file).toMatchObject({ state: "paid", version: 5, finding: { outcome: "verified", hazardId: "YH-9" }, reward: { level: "L1", amountYuan: 3000, basis: "测试用配置 (illustrative)" } })
        expect((await r.history(department, "JB-1")).map((e) => [e._tag, e.version])).toEqual([
          ["ReportReceived", 1], ["ReportAssigned", 2], ["FindingRecorded", 3], ["RewardDecided", 4], ["RewardPaid", 5]
        ])
        const m = await r.metrics(department, { asOf: "2026-03-15" })
        expect(m).toMatchObject({ received: 1, checked: 1, verified: 1, verifiedRate: 1, rewardsGranted: 0 })
        expect((await r.metrics(department, { asOf: "2026-04-01" })).rewardYuanPaid).toBe(3000)
        // #endregion lifecycle
        expect((await r.list(department, { state: "paid" })).map((f) => f.report.id)).toEqual(["JB-1"])
      }))

    it("refuses steps out of order, dated before the step they follow, or outside the reward levels", () =>
      withRegister(async (r) => {
        await receive(r, "JB-2")
        const refused = (p: Promise<unknown>) => rejection(p).then((e) => {
          expect(e).toBeInstanceOf(ReportTransitionRefused)
          return (e as ReportTransitionRefused).reason
        })
        expect(await refused(r.execute(department, { command: { _tag: "RecordFinding", reportId: "JB-2", on: "2026-03-05", outcome: "verified", finding: "属实" }, expectedVersion: 1 })))
          .toMatch(/after it is assigned/)
        expect(await refused(r.execute(department, { command: { _tag: "Assign", reportId: "JB-2", to: "执法大队", on: "2026-03-01" }, expectedVersion: 1 })))
          .toBe("2026-03-01 is before its receipt 2026-03-02")
        await r.execute(department, { command: { _tag: "Assign", reportId: "JB-2", to: "执法大队", on: "2026-03-02" }, expectedVersion: 1 })
        await r.execute(department, { command: { _tag: "RecordFinding", reportId: "JB-2", on: "2026-03-05", outcome: "verified", finding: "属实" }, expectedVersion: 2 })
        const decide = (level: string, amountYuan: number) =>
          r.execute(department, { command: { _tag: "DecideReward", reportId: "JB-2", on: "2026-03-06", outcome: "granted", level, amountYuan }, expectedVersion: 3 })
        expect(await refused(decide("L1", 9000))).toBe("9000 yuan is outside level L1 (1000–5000 yuan)")
        expect(await refused(decide("L9", 100))).toBe("no reward level L9 (configured: L1, L2)")
        expect((await r.get(department, "JB-2")).version).toBe(3)
        // a declined reward needs a reason (a decoding error, nothing written)
        expect(await rejection(r.execute(department, { command: { _tag: "DecideReward", reportId: "JB-2", on: "2026-03-06", outcome: "declined" }, expectedVersion: 3 })))
          .toBeInstanceOf(InvalidInput)
        await decide("L2", 500)
        expect(await refused(r.execute(department, { command: { _tag: "PayReward", reportId: "JB-2", on: "2026-03-07", amountYuan: 400 }, expectedVersion: 4 })))
          .toBe("the payment 400 yuan differs from the amount decided, 500 yuan")
        // not verified: the handling ends there
        await receive(r, "JB-3")
        await r.execute(department, { command: { _tag: "Assign", reportId: "JB-3", to: "执法大队", on: "2026-03-03" }, expectedVersion: 1 })
        await r.execute(department, { command: { _tag: "RecordFinding", reportId: "JB-3", on: "2026-03-04", outcome: "not-verified", finding: "现场检查未发现" }, expectedVersion: 2 })
        expect(await refused(r.execute(department, { command: { _tag: "DecideReward", reportId: "JB-3", on: "2026-03-06", outcome: "granted", level: "L2", amountYuan: 500 }, expectedVersion: 3 })))
          .toMatch(/only a verified report/)
      }))

    it("rejects a stale write; exactly one of two racing writers gets through", () =>
      withRegister(async (r) => {
        await receive(r, "JB-4")
        expect(await rejection(receive(r, "JB-4"))).toBeInstanceOf(ReportVersionConflict)
        const assign = (to: string) => r.execute(department, { command: { _tag: "Assign", reportId: "JB-4", to, on: "2026-03-03" }, expectedVersion: 1 })
        const results = await Promise.allSettled([assign("一队"), assign("二队")])
        expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1)
        expect((results.find((x) => x.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ReportVersionConflict)
        expect((await r.history(department, "JB-4")).map((e) => e.version)).toEqual([1, 2])
        expect(await rejection(r.execute(department, { command: { _tag: "Assign", reportId: "JB-404", to: "一队", on: "2026-03-03" }, expectedVersion: 1 })))
          .toBeInstanceOf(ReportNotFound)
      }))

    it("scopes by jurisdiction and role: the enterprise reported never reads the reports", () =>
      withRegister(async (r) => {
        await receive(r, "JB-5")
        await receive(r, "JB-6", { jurisdiction: "330102" })
        expect((await r.list(department)).map((f) => f.report.id)).toEqual(["JB-5"])
        expect((await r.list(otherDepartment)).map((f) => f.report.id)).toEqual(["JB-6"])
        expect(await rejection(r.get(otherDepartment, "JB-5"))).toBeInstanceOf(ReportOutOfJurisdiction)
        expect(await rejection(r.execute(otherDepartment, { command: { _tag: "Assign", reportId: "JB-5", to: "一队", on: "2026-03-03" }, expectedVersion: 1 })))
          .toBeInstanceOf(ReportOutOfJurisdiction)
        expect(await rejection(r.list(enterprise))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(r.get(enterprise, "JB-5"))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(r.execute(inspector, { command: { _tag: "Assign", reportId: "JB-5", to: "一队", on: "2026-03-03" }, expectedVersion: 1 })))
          .toBeInstanceOf(CommandNotPermitted)
        expect((await r.list(reader)).length).toBe(2)
      }))

    it("never shows the reporter without read-whistleblower-identity: results, reads, histories, figures, errors", () =>
      withRegister(async (r) => {
        const received = await receive(r, "JB-7")
        expect(received.file.report.reporter).toEqual({ redacted: true })
        expect(received.event).toMatchObject({ _tag: "ReportReceived", report: { reporter: { redacted: true } } })
        await r.execute(department, { command: { _tag: "Assign", reportId: "JB-7", to: "执法大队", on: "2026-03-03" }, expectedVersion: 1 })
        const seen = [
          received,
          await r.get(department, "JB-7"),
          await r.get(reader, "JB-7"),
          await r.list(department),
          await r.history(department, "JB-7"),
          await r.overdue(department, { asOf: "2026-12-01" }),
          await r.metrics(department, { asOf: "2026-12-01" })
        ]
        for (const s of seen) expect(leaks(s)).toBe(false)
        const errors = [
          await rejection(r.get(otherDepartment, "JB-7")),
          await rejection(r.get(enterprise, "JB-7")),
          await rejection(receive(r, "JB-7")),
          await rejection(r.execute(department, { command: { _tag: "DecideReward", reportId: "JB-7", on: "2026-03-06", outcome: "granted", level: "L1", amountYuan: 2000 }, expectedVersion: 2 })),
          // a bad report whose reporter fields are wrong: the error names the path, not the value
          await rejection(r.execute(hotline, { command: { _tag: "Receive", report: { ...report({ id: "JB-8" }), reporter: { anonymous: REPORTER_NAME, name: REPORTER_NAME, contact: 13957700123 } } } as never, expectedVersion: 0 }))
        ]
        for (const e of errors) expect(leaks(e)).toBe(false)
        expect((errors[4] as InvalidInput).issues.map((i) => i.path.join("."))).toEqual(["command.report.reporter.anonymous", "command.report.reporter.contact"])
        // the handling officer with the permission sees the reporter
        expect((await r.get(officer, "JB-7")).report.reporter).toEqual({ anonymous: false, name: REPORTER_NAME, contact: REPORTER_PHONE })
        expect((await r.history(officer, "JB-7"))[0]).toMatchObject({ report: { reporter: { name: REPORTER_NAME } } })
      }))

    it("lists the steps overdue on a day under the configured deadlines", () =>
      withRegister(async (r) => {
        await receive(r, "JB-9") // received 2026-03-02: assign within 5 days, finding within 30
        expect(await r.overdue(department, { asOf: "2026-03-07" })).toEqual([])
        expect(await r.overdue(department, { asOf: "2026-03-08" })).toEqual([
          { reportId: "JB-9", jurisdiction: "330381", category: "major-hazard", state: "received", step: "assign", due: "2026-03-07", daysLate: 1 }
        ])
        await r.execute(department, { command: { _tag: "Assign", reportId: "JB-9", to: "执法大队", on: "2026-03-09" }, expectedVersion: 1 })
        expect((await r.overdue(department, { asOf: "2026-04-03" })).map((o) => [o.step, o.daysLate])).toEqual([["finding", 2]])
        // as of a past day the assignment, made later, did not exist yet
        expect((await r.overdue(department, { asOf: "2026-03-08" })).map((o) => o.step)).toEqual(["assign"])
      }))
  })
