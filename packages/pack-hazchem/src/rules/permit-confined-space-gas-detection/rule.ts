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
import type { Rule } from "@anquan/core"
import { gasAnalysis } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  formatHours,
  isUnder2022Standard,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard
} from "../permits.ts"
import { any, Assessment, definePermitRule, entryAt, eq, is, known, type Lit, or3, sectionFacts, type Tri, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitConfinedSpaceGasDetectionFacts = sectionFacts(["specialOperationPermits"])

const MINUTE = 60_000
const HOUR = 3_600_000

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

type Permit = Extract<
  NonNullable<NonNullable<typeof PermitConfinedSpaceGasDetectionFacts.Type["facts"]>["specialOperationPermits"]>[number],
  { readonly kind: "confined-space" }
>

/**
 * The breach as a bare value: no test within 30 min before entry, no continuous detection, or
 * more than 2 h without a record while people are inside.
 */
const detectionFails = (p: Permit): Tri => {
  const cs = gasAnalysis.confinedSpace
  const notContinuous = eq(p.continuousDetection, false)
  const start = p.workStartedAt
  const records = p.gasDetections
  if (start === undefined || records === undefined) return or3(undefined, notContinuous)
  const s = start.getTime()
  let tested = false
  for (let j = 0; j < records.length && !tested; j++) {
    const t = records[j]!.at.getTime()
    tested = t >= s - cs.testBeforeEntryMaxMinutes * MINUTE && t <= s
  }
  if (!tested || notContinuous === true) return true
  const end = p.workEndedAt?.getTime()
  const worst = longestGap(s, end, p.pauses ?? [], records.map((r) => r.at.getTime()))
  return or3(notContinuous, worst !== undefined && worst.hours > cs.recordEveryHours ? true : end === undefined ? undefined : false)
}

/** One confined-space permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"confined-space">, i: number): void => {
  if (!a.entry(isUnder2022Standard(p), detectionFails(p))) return
  const { path, at } = entryAt(PERMITS, i)
  const cs = gasAnalysis.confinedSpace
  const why: Array<{ zh: string; en: string }> = []
  const start = p.workStartedAt
  const records = p.gasDetections
  let preEntry: Lit
  let gaps: Lit
  if (start === undefined || records === undefined) {
    const missing = [...(start === undefined ? [at("workStartedAt")] : []), ...(records === undefined ? [at("gasDetections")] : [])]
    preEntry = unknown(missing)
    gaps = unknown(missing)
  } else {
    const times = records.map((r) => r.at.getTime())
    const s = start.getTime()
    const tested = times.some((t) => t >= s - cs.testBeforeEntryMaxMinutes * MINUTE && t <= s)
    preEntry = known(!tested, [{ path: at("workStartedAt"), value: start }, { path: at("gasDetections"), value: records }])
    if (!tested) why.push({ zh: "进入前30min内无气体检测记录", en: "no test within 30 min before entry" })
    const end = p.workEndedAt?.getTime()
    const worst = longestGap(s, end, p.pauses ?? [], times)
    const evidence = [
      { path: at("workStartedAt"), value: start },
      ...(p.workEndedAt === undefined ? [] : [{ path: at("workEndedAt"), value: p.workEndedAt }]),
      { path: at("gasDetections"), value: records },
      ...(p.pauses === undefined ? [] : [{ path: at("pauses"), value: p.pauses }])
    ]
    if (worst !== undefined && worst.hours > cs.recordEveryHours) {
      gaps = known(true, evidence)
      why.push({
        zh: `检测记录间隔${formatHours(worst.hours)}h，超过2h（${new Date(worst.from).toISOString()}至${new Date(worst.to).toISOString()}）`,
        en: `${formatHours(worst.hours)} h without a detection record, more than 2 h (${new Date(worst.from).toISOString()} to ${new Date(worst.to).toISOString()})`
      })
    } else gaps = end === undefined ? unknown([at("workEndedAt")], evidence) : known(false, evidence)
  }
  const notContinuous = is(at("continuousDetection"), p.continuousDetection, false)
  if (notContinuous.holds === true) why.push({ zh: "作业中未连续检测", en: "no continuous detection during the work" })
  a.check({
    scope: under2022Standard(p, at),
    breach: any(preEntry, notContinuous, gaps),
    context: permitContext(p, at),
    zh: `受限空间安全作业票${permitLabel(p, path)}：${why.map((w) => w.zh).join("；")}`,
    en: `confined-space permit ${permitLabel(p, path)}: ${why.map((w) => w.en).join("; ")}`
  })
}

/**
 * 受限空间气体检测.
 *
 * @since 0.1.0
 */
export const permitConfinedSpaceGasDetection: Rule.Rule<typeof PermitConfinedSpaceGasDetectionFacts.Type> = definePermitRule({
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
  facts: PermitConfinedSpaceGasDetectionFacts,
  reads: [
    "facts.specialOperationPermits[kind=confined-space].workStartedAt",
    "facts.specialOperationPermits[kind=confined-space].workEndedAt",
    "facts.specialOperationPermits[kind=confined-space].pauses",
    "facts.specialOperationPermits[kind=confined-space].continuousDetection",
    "facts.specialOperationPermits[kind=confined-space].gasDetections[].at",
    "facts.specialOperationPermits[kind=confined-space].validFrom"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "confined-space", "no confined-space permit", assessPermit)
})
