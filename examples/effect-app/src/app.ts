/**
 * The Effect API: the registry, config and evaluator are services provided by layers; records
 * arrive as a Stream and are summarised in bounded memory; the as-of date comes from the Clock
 * unless given.
 */
// #region layer
import { Evaluation } from "@anquan/core"
import type { Report } from "@anquan/core"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"
import { Effect, Stream } from "effect"

/** A province that tightens the staffing threshold to 80 (stricter than the national 100). */
export const AppLayer = Evaluation.layer({
  packs: [workSafetyLaw],
  config: [
    { name: "国家", level: "national" },
    { name: "浙江省", level: "province", rules: { "work-safety-law/safety-management-staffing": { params: { threshold: 80 } } } }
  ]
})
// #endregion layer

const enterprise = (n: number, employees: number) => ({
  creditCode: ["91330102MA2XK3P1XN", "91330106MA2H7Q0X10", "913301101432618209"][n]!,
  name: `企业${n}`,
  jurisdiction: "330102",
  sectors: ["industry-trade"],
  employees,
  dangerousGoodsActivities: [],
  safetyDepartment: false,
  keyPeople: [{ name: "兼职安全员", roles: ["safety-officer"], employment: "part-time" }]
})

/** 50, 90 and 120 staff, each with only a part-time safety officer. */
export const records = Stream.fromIterable([enterprise(0, 50), enterprise(1, 90), enterprise(2, 120)])

// #region program
/** Counts the units that need a full-time officer under the provincial threshold. */
export const program: Effect.Effect<{ readonly report: Report; readonly flagged: number }, never, Evaluation.Evaluator> = Effect.gen(function*() {
  const flagged = yield* Evaluation.evaluateStream(records, { asOf: "2026-11-23" }).pipe(
    Stream.filter((r) => r._tag === "evaluated" && r.verdict !== "no-violation"),
    Stream.runCount
  )
  const report = yield* Evaluation.summarizeStream(records, { asOf: "2026-11-23" })
  return { report, flagged }
})

// #endregion program