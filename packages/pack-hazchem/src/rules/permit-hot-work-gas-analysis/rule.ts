/**
 * 动火分析 — GB 30871-2022 §5.3.1 and §5.3.2 (regulations.md §8, "Gas analysis and other values").
 *
 * A 动火 permit is in breach when:
 * - no analysis was sampled within 30 min before the work started (a record `at` in
 *   `[workStartedAt − 30 min, workStartedAt]`; exactly 30 min before counts);
 * - the last such analysis failed the pass value: flammable gas > 0.5 % (v/v) where the gas's lower
 *   explosive limit is ≥ 4 %, > 0.2 % where it is < 4 % (a reading ≤ 0.2 % passes and one > 0.5 %
 *   fails whatever the LEL);
 * - it is 特级 and not monitored continuously (`continuousMonitoring: false`).
 *
 * Not checked (see the README's gaps): re-analysis after a break (> 30 min for 特级/一级, > 60 min for
 * 二级) and the daily analysis of work lasting more than a day. Permits starting before 2022-10-01
 * (UTC+8) are out of scope. No 动火 permit → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { gasAnalysis } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  isUnder2022Standard,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard
} from "../permits.ts"
import { all, and3, any, Assessment, definePermitRule, entryAt, eq, is, known, type Lit, or3, sectionFacts, type Tri, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkGasAnalysisFacts = sectionFacts(["specialOperationPermits"])

const MINUTE = 60_000

type Permit = Extract<
  NonNullable<NonNullable<typeof PermitHotWorkGasAnalysisFacts.Type["facts"]>["specialOperationPermits"]>[number],
  { readonly kind: "hot-work" }
>

/**
 * The breach as a bare value: no analysis within 30 min before the start, or the last of them
 * over the pass value, or 特级 without continuous monitoring.
 */
const analysisFails = (p: Permit): Tri => {
  const limits = gasAnalysis.hotWork.flammableMaxPercent
  const notContinuous = and3(eq(p.grade, "special"), eq(p.continuousMonitoring, false))
  const start = p.workStartedAt
  const records = p.gasAnalyses
  if (start === undefined || records === undefined) return or3(undefined, notContinuous)
  const s = start.getTime()
  const earliest = s - gasAnalysis.hotWork.sampleBeforeStartMaxMinutes * MINUTE
  // the last analysis in the window (the later entry among equal times)
  let last = -1
  let lastAt = Number.NEGATIVE_INFINITY
  for (let j = 0; j < records.length; j++) {
    const t = records[j]!.at.getTime()
    if (t >= earliest && t <= s && t >= lastAt) {
      last = j
      lastAt = t
    }
  }
  if (last < 0) return true
  const c = records[last]!.flammableGasPercent
  const lel = records[last]!.lowerExplosiveLimitPercent
  const limit = lel === undefined ? undefined : lel >= 4 ? limits.lelAtLeast4 : limits.lelBelow4
  const fails = c === undefined
    ? undefined
    : limit !== undefined
    ? c > limit
    : c > limits.lelAtLeast4
    ? true
    : c <= limits.lelBelow4
    ? false
    : undefined
  return or3(fails, notContinuous)
}

/** One hot-work permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"hot-work">, i: number): void => {
  if (!a.entry(isUnder2022Standard(p), analysisFails(p))) return
  const { path, at } = entryAt(PERMITS, i)
  const limits = gasAnalysis.hotWork.flammableMaxPercent
  const why: Array<{ zh: string; en: string }> = []
  let timely: Lit
  let passes: Lit = known(false)
  const start = p.workStartedAt
  if (start === undefined || p.gasAnalyses === undefined) {
    timely = unknown([...(start === undefined ? [at("workStartedAt")] : []), ...(p.gasAnalyses === undefined ? [at("gasAnalyses")] : [])])
  } else {
    const earliest = start.getTime() - gasAnalysis.hotWork.sampleBeforeStartMaxMinutes * MINUTE
    const before = p.gasAnalyses
      .map((r, j) => ({ r, j }))
      .filter(({ r }) => r.at.getTime() >= earliest && r.at.getTime() <= start.getTime())
      .sort((x, y) => x.r.at.getTime() - y.r.at.getTime())
    timely = known(before.length === 0, [{ path: at("workStartedAt"), value: start }, { path: at("gasAnalyses"), value: p.gasAnalyses }])
    if (before.length === 0) why.push({ zh: "动火前30min内无动火分析", en: "no analysis within 30 min before the start" })
    const last = before.at(-1)
    if (last !== undefined) {
      const rp = `${at("gasAnalyses")}[${last.j}]`
      const c = last.r.flammableGasPercent
      const lel = last.r.lowerExplosiveLimitPercent
      if (c === undefined) passes = unknown([`${rp}.flammableGasPercent`])
      else {
        const limit = lel === undefined ? undefined : lel >= 4 ? limits.lelAtLeast4 : limits.lelBelow4
        const fails = limit !== undefined ? c > limit : c > limits.lelAtLeast4 ? true : c <= limits.lelBelow4 ? false : undefined
        const evidence = [{ path: `${rp}.flammableGasPercent`, value: c }, ...(lel === undefined ? [] : [{ path: `${rp}.lowerExplosiveLimitPercent`, value: lel }])]
        passes = fails === undefined ? unknown([`${rp}.lowerExplosiveLimitPercent`], evidence) : known(fails, evidence)
        if (fails === true) why.push({ zh: `动火分析可燃气体浓度${c}%不合格（不大于${limit ?? limits.lelAtLeast4}%）`, en: `flammable gas ${c} % fails the pass value of ${limit ?? limits.lelAtLeast4} %` })
      }
    }
  }
  const notContinuous = all(is(at("grade"), p.grade, "special"), is(at("continuousMonitoring"), p.continuousMonitoring, false))
  if (notContinuous.holds === true) why.push({ zh: "特级动火未连续监测", en: "special-grade hot work not monitored continuously" })
  a.check({
    scope: under2022Standard(p, at),
    breach: any(timely, passes, notContinuous),
    context: permitContext(p, at),
    zh: `动火安全作业票${permitLabel(p, path)}：${why.map((w) => w.zh).join("；")}`,
    en: `hot-work permit ${permitLabel(p, path)}: ${why.map((w) => w.en).join("; ")}`
  })
}

/**
 * 动火分析.
 *
 * @since 0.1.0
 */
export const permitHotWorkGasAnalysis: Rule.Rule<typeof PermitHotWorkGasAnalysisFacts.Type> = definePermitRule({
  slug: "permit-hot-work-gas-analysis",
  title: { "zh-CN": "动火作业前按规定进行动火分析", en: "Gas analysis before hot work, within the pass values" },
  message: {
    "zh-CN": "动火作业前30min内未进行动火分析、分析结果不合格仍动火，或者特级动火作业未连续监测",
    en: "No gas analysis within 30 min before hot work started, hot work despite a failing analysis, or special-grade hot work without continuous monitoring"
  },
  remediation: {
    "zh-CN": "动火作业前30min内取样分析，可燃气体浓度合格（爆炸下限≥4%的不大于0.5%，<4%的不大于0.2%）后方可动火；特级动火作业全程连续监测。",
    en: "Sample no more than 30 min before hot work starts and start only when the flammable gas passes (≤ 0.5 % v/v where the LEL is ≥ 4 %, ≤ 0.2 % where it is < 4 %); monitor special-grade hot work continuously."
  },
  facts: PermitHotWorkGasAnalysisFacts,
  reads: [
    "facts.specialOperationPermits[kind=hot-work].workStartedAt",
    "facts.specialOperationPermits[kind=hot-work].gasAnalyses[].at",
    "facts.specialOperationPermits[kind=hot-work].gasAnalyses[].flammableGasPercent",
    "facts.specialOperationPermits[kind=hot-work].gasAnalyses[].lowerExplosiveLimitPercent",
    "facts.specialOperationPermits[kind=hot-work].grade",
    "facts.specialOperationPermits[kind=hot-work].continuousMonitoring",
    "facts.specialOperationPermits[kind=hot-work].validFrom"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "hot-work", "no hot-work permit", assessPermit)
})
