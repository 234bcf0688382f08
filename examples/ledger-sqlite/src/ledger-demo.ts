/**
 * The hazard ledger (隐患台账) on a SQLite file, from findings to closure:
 *
 * 1. three hazardous-chemicals enterprises are evaluated with the packs and the violations are
 *    imported as hazards (importing the same evaluation again opens nothing);
 * 2. one major hazard goes through 五落实 → plan → county listing (挂牌督办) → rectification →
 *    the county department's acceptance → verification by an inspector → closed (销号), each step by
 *    a caller in the role that may take it;
 * 3. a general hazard found in a self-inspection is fixed on the spot (随查随治);
 * 4. another is given a deadline and left to go overdue (逾期);
 * 5. its history, the overdue list and the metrics are read back — and the ledger refuses a stale
 *    write (`VersionConflict`), a shortcut (`FiveInPlaceIncomplete`) and the enterprise recording
 *    the county's acceptance itself (`CommandNotPermitted`).
 *
 * The ledger stamps every event with the effect `Clock`. The story spans four weeks, so the demo
 * runs on `TestClock` and sets the time before each step; a real application leaves the clock alone.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Engine } from "@anquan/core"
import type { CallerInput, HazardEvent, HazardFile, LedgerError, MetricsReport, OverdueEntry, SkippedFinding } from "@anquan/hazard-ledger"
import { HazardLedger } from "@anquan/hazard-ledger"
import { hazchemPack } from "@anquan/pack-hazchem"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"
import { Effect } from "effect"
import { TestClock } from "effect/testing"

/** The sample of @anquan/pack-hazchem: three enterprises in 江苏, 山东 and 浙江. */
const sample = fileURLToPath(new URL("../../../packages/pack-hazchem/sample/hazchem-enterprises.json", import.meta.url))

// #region layer
/** The jurisdiction tree (行政区划树) the ledger checks every hazard and caller against. */
export const jurisdictions = [
  { code: "320000", name: "江苏省", level: "province" },
  { code: "320100", name: "南京市", level: "city", parent: "320000" },
  { code: "320116", name: "六合区", level: "county", parent: "320100" },
  { code: "370000", name: "山东省", level: "province" },
  { code: "370300", name: "淄博市", level: "city", parent: "370000" },
  { code: "370305", name: "临淄区", level: "county", parent: "370300" },
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330200", name: "宁波市", level: "city", parent: "330000" },
  { code: "330211", name: "镇海区", level: "county", parent: "330200" }
] as const

/** A ledger in a SQLite file (created if missing), with readable hazard ids YH-2026-0001, … */
export const ledgerLayer = (filename: string) => {
  let n = 0
  return HazardLedger.sqlite({ filename, jurisdictions, newHazardId: () => `YH-2026-${String(++n).padStart(4, "0")}` })
}
// #endregion layer

// #region callers
/**
 * Who acts, and in which role. A caller bound to a jurisdiction reads and writes only that subtree;
 * the role decides what they may do there: the import creates hazards from findings, the inspectors
 * assess and verify, the enterprise's officer does the enterprise's steps on its own hazards, and
 * the county's department lists and accepts at county level.
 */
const platform = { actor: { id: "SYS-EVAL", name: "合规评估导入", unit: "应急管理信息平台" }, role: { kind: "system" } } satisfies CallerInput
const inspector = { actor: { id: "P-LH-01", name: "孙检查", unit: "六合区应急管理局" }, role: { kind: "inspector" }, jurisdiction: "320116" } satisfies CallerInput
const enterprise = {
  actor: { id: "P-NJ-07", name: "吴敏", unit: "宁江氯碱化工有限公司" },
  role: { kind: "enterprise", creditCode: "91320116MA1XK3T27K" },
  jurisdiction: "320116"
} satisfies CallerInput
const county = { actor: { id: "P-LH-GOV", name: "钱督办", unit: "六合区应急管理局" }, role: { kind: "department", jurisdiction: "320116" } } satisfies CallerInput
const verifier = { actor: { id: "P-LH-02", name: "郑验收", unit: "六合区应急管理局" }, role: { kind: "inspector" }, jurisdiction: "320116" } satisfies CallerInput
// #endregion callers

/** Sets the ledger's clock (the demo's story time). */
const on = (instant: string) => TestClock.setTime(Date.parse(instant))

/** A write the ledger must refuse: its typed error. */
const refused = <A>(write: Effect.Effect<A, LedgerError>): Effect.Effect<LedgerError> =>
  Effect.flip(write).pipe(Effect.catch(() => Effect.die(new Error("the ledger accepted a write it should have refused"))))

/** What the demo did, for printing and for the test. */
export interface DemoResult {
  readonly imported: { readonly opened: number; readonly skipped: ReadonlyArray<SkippedFinding> }
  readonly reimported: { readonly opened: number; readonly skipped: ReadonlyArray<SkippedFinding> }
  readonly major: HazardFile
  readonly fixedOnDiscovery: HazardFile
  readonly overdueHazard: HazardFile
  readonly refusals: {
    readonly fiveInPlace: LedgerError
    readonly staleWrite: LedgerError
    readonly acceptanceByEnterprise: LedgerError
  }
  readonly history: ReadonlyArray<HazardEvent>
  readonly overdue: ReadonlyArray<OverdueEntry>
  readonly metrics: MetricsReport
}

/** The story, on the `HazardLedger` service. */
export const story = Effect.gen(function*() {
  const ledger = yield* HazardLedger

  // #region import
  // Evaluate the enterprises as of a date, then turn every violation into a hazard.
  const engine = Engine.make({ packs: [workSafetyLaw, hazchemPack] })
  const evaluation = engine.evaluate(JSON.parse(readFileSync(sample, "utf8")), { asOf: "2026-11-23" })
  yield* on("2026-11-23T09:00:00.000Z")
  const imported = yield* ledger.importFindings(platform, { report: evaluation })
  // Major findings become major hazards with 五落实 open. Importing the same evaluation again opens
  // nothing: each rule already has an open hazard on that enterprise ("already-open").
  const reimported = yield* ledger.importFindings(platform, { report: evaluation })
  // #endregion import

  const opened = (ruleId: string) => imported.created.find((h) => h.subject === "91320116MA1XK3T27K" && h.source.ruleId === ruleId)!
  const major = opened("hazchem/key-process-automation")
  const lateOne = opened("hazchem/permit-confined-space-gas-detection")

  // #region fix-on-discovery
  // 随查随治: a general hazard found in the enterprise's self-inspection and fixed on the spot is
  // reported and closed in one write — and stays in the ledger.
  yield* on("2026-11-24T08:30:00.000Z")
  const fixed = yield* ledger.execute(enterprise, {
    command: {
      _tag: "Report",
      subject: "91320116MA1XK3T27K",
      jurisdiction: "320116",
      sector: "hazardous-chemicals",
      level: "general",
      description: "液氯罐区防火堤排水阀处于常开状态",
      source: { kind: "self-inspection" },
      discoveredOn: "2026-11-24",
      fixedOnDiscovery: { measures: "当场关闭排水阀并挂牌管理" }
    },
    expectedVersion: 0
  })
  // #endregion fix-on-discovery

  // #region overdue
  // A general hazard gets its deadline when assessed; nobody rectifies it.
  yield* on("2026-11-24T09:30:00.000Z")
  const late = yield* ledger.execute(inspector, {
    command: { _tag: "Assess", hazardId: lateOne.id, level: "general", deadline: "2026-12-07", responsiblePerson: { name: "吴敏", title: "安全员" } },
    expectedVersion: 1
  })
  // #endregion overdue

  // #region five-in-place
  // The county inspector confirms the level on site.
  yield* on("2026-11-24T10:00:00.000Z")
  yield* ledger.execute(inspector, {
    command: { _tag: "Assess", hazardId: major.id, level: "major", reason: "现场核查：氯化工艺紧急停车系统已装备未投用" },
    expectedVersion: 1
  })
  // A major hazard cannot be planned before all five are in place: FiveInPlaceIncomplete.
  const fiveInPlace = yield* refused(ledger.execute(enterprise, {
    command: { _tag: "PlanRectification", hazardId: major.id, measures: "投用氯化工艺紧急停车系统" },
    expectedVersion: 2
  }))
  // 五落实: measures, funds, deadline, responsible person, emergency plan; then the plan.
  yield* on("2026-11-25T09:00:00.000Z")
  yield* ledger.execute(enterprise, {
    command: {
      _tag: "RecordFiveInPlace",
      hazardId: major.id,
      measures: "投用氯化工艺紧急停车系统并完成联锁调试",
      funds: 350_000,
      emergencyPlan: "氯化工艺装置专项应急预案（2026版）",
      deadline: "2026-12-31",
      responsiblePerson: { name: "周建国", title: "总经理" }
    },
    expectedVersion: 2
  })
  yield* ledger.execute(enterprise, { command: { _tag: "PlanRectification", hazardId: major.id }, expectedVersion: 3 })
  // #endregion five-in-place

  // #region listing
  // The county lists the hazard for supervision (挂牌督办): it now closes only with the county's acceptance.
  yield* on("2026-11-26T09:00:00.000Z")
  yield* ledger.execute(county, {
    command: { _tag: "ListForSupervision", hazardId: major.id, level: "county", by: "320116", listedOn: "2026-11-26" },
    expectedVersion: 4
  })
  // #endregion listing

  // #region stale-write
  // The enterprise starts the work (version 6). The inspector, still holding version 5, attaches a
  // photo: refused with VersionConflict and nothing written. Read again, decide again.
  yield* on("2026-11-27T08:00:00.000Z")
  yield* ledger.execute(enterprise, { command: { _tag: "StartRectification", hazardId: major.id }, expectedVersion: 5 })
  const photo = { _tag: "AttachEvidence", hazardId: major.id, evidence: [{ uri: `file://evidence/${major.id}/listing.jpg`, label: "挂牌督办现场照片" }] } as const
  const staleWrite = yield* refused(ledger.execute(inspector, { command: photo, expectedVersion: 5 }))
  const current = yield* ledger.get(inspector, major.id)
  yield* ledger.execute(inspector, { command: photo, expectedVersion: current.version })
  // #endregion stale-write

  // #region verify
  // The enterprise completes the work (applying for acceptance); its own officer cannot record the
  // county's acceptance (CommandNotPermitted: only the department at the listing level accepts).
  yield* on("2026-12-15T16:00:00.000Z")
  yield* ledger.execute(enterprise, {
    command: { _tag: "CompleteRectification", hazardId: major.id, evidence: [{ uri: `file://evidence/${major.id}/esd-commissioning.pdf` }] },
    expectedVersion: 7
  })
  const acceptanceByEnterprise = yield* refused(ledger.execute(enterprise, {
    command: { _tag: "AcceptClosure", hazardId: major.id, level: "county", jurisdiction: "320116" },
    expectedVersion: 8
  }))
  // The county accepts (验收) the listed hazard's closure; an inspector who did not do the work verifies it: closed (销号).
  yield* on("2026-12-18T10:00:00.000Z")
  yield* ledger.execute(county, { command: { _tag: "AcceptClosure", hazardId: major.id, level: "county", jurisdiction: "320116" }, expectedVersion: 8 })
  const closed = yield* ledger.execute(verifier, { command: { _tag: "Verify", hazardId: major.id, outcome: "passed" }, expectedVersion: 9 })
  // #endregion verify


  // #region reports
  // The major hazard's file (一患一档) is the replay of its events; read it back with the overdue list and the metrics.
  const history = yield* ledger.history(inspector, major.id)
  const overdue = yield* ledger.overdue(platform, { asOf: "2026-12-22" })
  const metrics = yield* ledger.metrics(platform, {
    asOf: "2026-12-22",
    period: { from: "2026-11-01", to: "2026-11-30" },
    breakdown: "children"
  })
  // #endregion reports

  return {
    imported: { opened: imported.created.length, skipped: imported.skipped },
    reimported: { opened: reimported.created.length, skipped: reimported.skipped },
    major: closed.hazard,
    fixedOnDiscovery: fixed.hazard,
    overdueHazard: late.hazard,
    refusals: { fiveInPlace, staleWrite, acceptanceByEnterprise },
    history,
    overdue,
    metrics
  } satisfies DemoResult
})

// #region run
/** Runs the story on a SQLite file (the file and its directory's WAL files stay behind). */
export const ledgerDemo = (filename: string): Promise<DemoResult> =>
  Effect.runPromise(story.pipe(Effect.provide(ledgerLayer(filename)), Effect.provide(TestClock.layer())))
// #endregion run

const pct = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1)}%`)

/** The demo's result as printable lines. */
export const describeDemo = (r: DemoResult): Array<string> => [
  `imported: ${r.imported.opened} hazards opened; again: ${r.reimported.opened} opened, ${r.reimported.skipped.filter((s) => s.reason === "already-open").length} already open`,
  `refused: ${r.refusals.fiveInPlace._tag} — ${r.refusals.fiveInPlace.message}`,
  `refused: ${r.refusals.staleWrite._tag} — ${r.refusals.staleWrite.message}`,
  `refused: ${r.refusals.acceptanceByEnterprise._tag} — ${r.refusals.acceptanceByEnterprise.message}`,
  `${r.major.id}: ${r.major.state} (version ${r.major.version}), history:`,
  ...r.history.map((e) => `  v${e.version}  ${e.at.toISOString()}  ${e.actor.name} (${e.actor.id})  ${e._tag}${e.reason === undefined ? "" : `  ${e.reason}`}`),
  `${r.fixedOnDiscovery.id}: ${r.fixedOnDiscovery.state} on discovery (随查随治), version ${r.fixedOnDiscovery.version}`,
  `overdue as of 2026-12-22:`,
  ...r.overdue.map((o) => `  ${o.hazard.id}  ${o.daysOverdue} days  level ${o.level} ${o.step?.name ?? ""} ${o.step?.label?.["zh-CN"] ?? ""}  ${o.hazard.description}`),
  `metrics as of ${r.metrics.asOf}, discovered ${r.metrics.period.from}..${r.metrics.period.to}:`,
  ...[{ key: "total", label: undefined, metrics: r.metrics.total }, ...r.metrics.rows].map(({ key, label, metrics: m }) =>
    `  ${key}${label === undefined ? "" : ` ${label}`}: found ${m.found} (major ${m.major}), closed ${m.closed}, overdue ${m.overdue}; ` +
    `整改率 ${pct(m.rectificationRate)}, 逾期率 ${pct(m.overdueRate)}, 自查率 ${pct(m.selfInspectRate)}, 自改率 ${pct(m.selfFixRate)}, 自报率 ${pct(m.selfReportRate)}`
  )
]
