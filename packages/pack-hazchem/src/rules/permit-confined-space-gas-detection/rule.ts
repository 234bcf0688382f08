/**
 * 受限空间气体检测 — GB 30871-2022 §6.3 a) and §6.5 (regulations.md §8, "Gas analysis and other values").
 *
 * A 受限空间 permit is in breach when:
 * - no test was made within 30 min before entry (a record `at` in `[workStartedAt − 30 min,
 *   workStartedAt]`; exactly 30 min counts);
 * - detection during the work was not continuous (`continuousDetection: false`);
 * - the detection records during the work are more than 2 h apart ("连续检测…并2h记录1次", §6.5):
 *   from the start of work (or the end of a pause) to the first record, between records, and from
 *   the last record to the end of work (or the start of a pause). Exactly 2 h is in order; pauses
 *   (`pauses`, nobody inside) are not counted. A permit with no `pauses` had none.
 *
 * Without `workEndedAt` the last interval is unknown: a gap found earlier still decides. Not
 * checked (see the README's gaps): the re-test after a break longer than 60 min (§6.3 f) and the
 * concentration limits. Permits starting before 2022-10-01 (UTC+8) are out of scope. No 受限空间
 * permit → not applicable.
 *
 * @since 0.1.0
 */
import { Condition, isInstantAfterAsOf } from "@anquan/core"
import type { Rule, SectorFunctions } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { gasAnalysis } from "../../facts/specialOperations.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitConfinedSpaceGasDetectionFacts = sectionFacts(["specialOperationPermits"])

const C = Condition
const MINUTE = 60_000
const HOUR = 3_600_000
const cs = gasAnalysis.confinedSpace

type Interval = { readonly from: Date; readonly to: Date }
type Detection = { readonly at: Date }

/**
 * The longest interval without a record while people are inside: `[start, end]` minus the pauses,
 * cut at every record. `end` undefined → the open last interval is left out.
 */
const longestGap = (
  start: number,
  end: number | undefined,
  pauses: ReadonlyArray<{ readonly from: Date; readonly to: Date }>,
  records: ReadonlyArray<number>
): { readonly hours: number; readonly from: number; readonly to: number } | undefined => {
  const cuts = [...records]
  // Active segments: the work window with the pauses taken out.
  const segments: Array<[number, number | undefined]> = []
  let cursor = start
  for (const p of [...pauses].sort((x, y) => x.from.getTime() - y.from.getTime())) {
    const from = p.from.getTime(), to = p.to.getTime()
    if (to <= cursor || (end !== undefined && from >= end)) continue
    if (from > cursor) segments.push([cursor, from])
    cursor = Math.max(cursor, to)
  }
  if (end === undefined || cursor < end) segments.push([cursor, end])
  let worst: { hours: number; from: number; to: number } | undefined
  for (const [s, e] of segments) {
    const inside = cuts.filter((t) => t > s && (e === undefined || t < e)).sort((x, y) => x - y)
    const points = [s, ...inside, ...(e === undefined ? [] : [e])]
    for (let i = 1; i < points.length; i++) {
      const hours = (points[i]! - points[i - 1]!) / HOUR
      if (worst === undefined || hours > worst.hours) worst = { hours, from: points[i - 1]!, to: points[i]! }
    }
  }
  return worst
}

/**
 * The records as known on the as-of day: of a permit still in progress that day (its work end after
 * it), the end and the records after it had not happened yet; otherwise every record counts.
 */
const known = (end: Date | undefined, records: ReadonlyArray<Detection>, asOf: Date) => {
  if (end === undefined || !isInstantAfterAsOf(end, asOf)) return { end, times: records.map((r) => r.at.getTime()) }
  const times: Array<number> = []
  for (let j = 0; j < records.length; j++) if (!isInstantAfterAsOf(records[j]!.at, asOf)) times.push(records[j]!.at.getTime())
  return { end: undefined, times }
}

/** A record within 30 min before entry (`[start − 30 min, start]`). */
const testedBeforeEntry = (start: Date, end: Date | undefined, records: ReadonlyArray<Detection>, asOf: Date): boolean => {
  const s = start.getTime()
  return known(end, records, asOf).times.some((t) => t >= s - cs.testBeforeEntryMaxMinutes * MINUTE && t <= s)
}

/** The longest interval without a record while people are inside (`undefined`: none). */
const worstGap = (...[start, _, end, pauses, records, asOf]: GapArgs) => {
  const k = known(end, records, asOf)
  return longestGap(start.getTime(), k.end?.getTime(), pauses ?? [], k.times)
}

/** The end as of the as-of day (evidence only), the end as given, the breaks, the records and the as-of date. */
type GapArgs = [start: Date, _endByAsOf: Date | undefined, end: Date | undefined, pauses: ReadonlyArray<Interval> | undefined, records: ReadonlyArray<Detection>, asOf: Date]
const gapLabel = { "zh-CN": "最长检测记录间隔", en: "longest interval between records" }

/**
 * The sector functions of the rule — interval arithmetic over the detection records (GB 30871-2022
 * §6.3 a), §6.5), each given the work's start and end, the records and the as-of date (a permit
 * still in progress on that day is judged without its later end and records):
 * `testedBeforeEntry(start, end, records, asOf)` and `longestRecordGapHours(start, endByAsOf, end,
 * pauses, records, asOf)` (0 when there is no interval), with the interval's ends for the words
 * (`longestRecordGapFrom`, `longestRecordGapTo`: ISO instants).
 *
 * @since 0.2.0
 */
export const confinedSpaceGasDetectionFunctions: SectorFunctions = {
  testedBeforeEntry: {
    returns: "boolean",
    arity: 4,
    label: { "zh-CN": "进入前30min内有气体检测记录", en: "tested within 30 min before entry" },
    evaluate: (start: Date, end: Date | undefined, records: ReadonlyArray<Detection>, asOf: Date) => testedBeforeEntry(start, end, records, asOf)
  },
  longestRecordGapHours: {
    returns: "number",
    arity: 6,
    label: gapLabel,
    evaluate: (...args: GapArgs) => (worstGap(...args)?.hours ?? 0)
  },
  longestRecordGapFrom: {
    returns: "string",
    arity: 6,
    label: gapLabel,
    evaluate: (...args: GapArgs) => {
      const w = worstGap(...args)
      return w === undefined ? undefined : new Date(w.from).toISOString()
    }
  },
  longestRecordGapTo: {
    returns: "string",
    arity: 6,
    label: gapLabel,
    evaluate: (...args: GapArgs) => {
      const w = worstGap(...args)
      return w === undefined ? undefined : new Date(w.to).toISOString()
    }
  }
}

const start = { fact: "workStartedAt" } as const
const records = { fact: "gasDetections" } as const
/** The work end as given (the functions judge it as of the as-of day); evidence only by that day. */
const end = { fact: "workEndedAt", optional: true, byAsOf: true } as const
const rawEnd = { fact: "workEndedAt", optional: true, evidence: false } as const
const asOfDate = { asOfDate: true } as const
const gapArgs = [start, end, rawEnd, { fact: "pauses", optional: true }, records, asOfDate] as const
const gap = (fn: string): Condition.Operand => ({ call: fn, args: [...gapArgs] })

const untested = C.not({ call: "testedBeforeEntry", args: [start, rawEnd, records, asOfDate] })
/** Never true: unknown until the work end is known by the as-of day (then false). */
const endUnknown = C.lt({ fact: "workEndedAt", byAsOf: true, evidence: false }, { fact: "workEndedAt", evidence: false })
/** More than 2 h without a record while people are inside; the last interval needs the work's end. */
const gapped = C.any(C.gt(gap("longestRecordGapHours"), cs.recordEveryHours), endUnknown)

const confined = permitsOfKind("confined-space")
/** One of the breaches, in words. */
const breach = (what: Condition.Condition, zh: string, en: string, named?: Readonly<Record<string, Condition.Operand>>) => C.because(what, zh, en, named)

/**
 * 受限空间气体检测.
 *
 * @since 0.1.0
 */
export const permitConfinedSpaceGasDetection: Rule.Rule<typeof PermitConfinedSpaceGasDetectionFacts.Type> = permitRule({
  slug: "permit-confined-space-gas-detection",
  title: { "zh-CN": "受限空间作业按规定进行气体检测并记录", en: "Confined-space gas testing before entry and continuous detection recorded every 2 h" },
  message: {
    "zh-CN": "受限空间作业前30min内未进行气体检测，作业中未连续检测，或者检测记录间隔超过2h",
    en: "No gas test within 30 min before entering a confined space, no continuous detection during the work, or detection records more than 2 h apart"
  },
  remediation: {
    "zh-CN": "进入受限空间前30min内进行气体检测；作业中使用便携式气体检测仪连续检测可燃气体、有毒气体和氧气浓度，并至少每2h记录1次；报警时立即停止作业、撤离人员，重新检测合格后方可恢复。",
    en: "Test the atmosphere no more than 30 min before entry; during the work detect flammable gas, toxic gas and oxygen continuously with a portable detector and record at least every 2 h; on alarm stop, evacuate and re-test before resuming."
  },
  schema: PermitConfinedSpaceGasDetectionFacts,
  facts: specialOperationPermitsFact,
  functions: confinedSpaceGasDetectionFunctions,
  notApplicableWhen: C.none(PERMITS, confined.inScope, { asOf: confined.asOf }),
  notApplicableReason: "no confined-space permit",
  violationWhen: C.some(
    PERMITS,
    permitInBreach("confined-space", C.because(C.any(
      breach(untested, "进入前30min内无气体检测记录", "no test within 30 min before entry"),
      breach(C.eq("continuousDetection", false), "作业中未连续检测", "no continuous detection during the work"),
      breach(gapped, "检测记录间隔{@gap:2}h，超过2h（{@from}至{@to}）", "{@gap:2} h without a detection record, more than 2 h ({@from} to {@to})", {
        gap: gap("longestRecordGapHours"),
        from: gap("longestRecordGapFrom"),
        to: gap("longestRecordGapTo")
      })
    ), "受限空间安全作业票{id|$entry}：{$reasons;}", "confined-space permit {id|$entry}: {$reasons;}")),
    { asOf: confined.asOf, heading: false }
  )
})
