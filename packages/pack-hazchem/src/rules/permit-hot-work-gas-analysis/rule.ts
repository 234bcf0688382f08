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
import { Condition } from "@anquan/core"
import type { Rule, SectorFunctions } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { gasAnalysis } from "../../facts/specialOperations.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkGasAnalysisFacts = sectionFacts(["specialOperationPermits"])

const C = Condition
const MINUTE = 60_000
const hot = gasAnalysis.hotWork
const { lelAtLeast4, lelBelow4 } = hot.flammableMaxPercent

/**
 * The sector function of the rule: `analysedBeforeStart(start, analyses)` — an analysis sampled in
 * `[start − 30 min, start]` (GB 30871-2022 §5.3.1; exactly 30 min before counts).
 *
 * @since 0.2.0
 */
export const hotWorkGasAnalysisFunctions: SectorFunctions = {
  analysedBeforeStart: {
    returns: "boolean",
    arity: 2,
    label: { "zh-CN": "动火前30min内有动火分析", en: "analysed within 30 min before the start" },
    evaluate: (start: Date, analyses: ReadonlyArray<{ readonly at: Date }>) => {
      const s = start.getTime()
      return analyses.some((a) => a.at.getTime() >= s - hot.sampleBeforeStartMaxMinutes * MINUTE && a.at.getTime() <= s)
    }
  }
}

const hotWork = permitsOfKind("hot-work")
const untimely = C.because(
  C.not({ call: "analysedBeforeStart", args: [{ fact: "workStartedAt" }, { fact: "gasAnalyses" }] }),
  "动火前30min内无动火分析",
  "no analysis within 30 min before the start"
)
/** Sampled within 30 min before the permit's start (the enclosing entry's `workStartedAt`). */
const beforeStart = C.between(C.hoursBetween("at", C.outer("workStartedAt")), 0, hot.sampleBeforeStartMaxMinutes / 60)
const flammable = "flammableGasPercent"
const lel = "lowerExplosiveLimitPercent"
/**
 * The analysis fails the pass value: > 0.5 % where the LEL is ≥ 4 % (or, LEL unknown, > 0.5 % fails
 * whatever it is), > 0.2 % where it is < 4 %; the LEL is shown when given.
 */
const fails = C.all(
  C.any(
    C.because(C.unless(C.lt(lel, 4), C.gt(flammable, lelAtLeast4)), `动火分析可燃气体浓度{${flammable}}%不合格（不大于${lelAtLeast4}%）`, `flammable gas {${flammable}} % fails the pass value of ${lelAtLeast4} %`),
    C.because(C.all(C.gt(flammable, lelBelow4), C.lt(lel, 4)), `动火分析可燃气体浓度{${flammable}}%不合格（不大于${lelBelow4}%）`, `flammable gas {${flammable}} % fails the pass value of ${lelBelow4} %`)
  ),
  C.show(lel)
)
/** The last analysis before the start (§5.3.2: the later entry among equal times) fails. */
const lastFails = C.some("gasAnalyses", fails, { only: "latest", by: "at", among: beforeStart, heading: false })
const notMonitored = C.because(C.all(C.eq("grade", "special"), C.eq("continuousMonitoring", false)), "特级动火未连续监测", "special-grade hot work not monitored continuously")

/**
 * 动火分析.
 *
 * @since 0.1.0
 */
export const permitHotWorkGasAnalysis: Rule.Rule<typeof PermitHotWorkGasAnalysisFacts.Type> = permitRule({
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
  schema: PermitHotWorkGasAnalysisFacts,
  facts: specialOperationPermitsFact,
  functions: hotWorkGasAnalysisFunctions,
  notApplicableWhen: C.none(PERMITS, hotWork.inScope, { asOf: hotWork.asOf }),
  notApplicableReason: "no hot-work permit",
  violationWhen: C.some(
    PERMITS,
    permitInBreach(
      "hot-work",
      C.because(C.any(untimely, lastFails, notMonitored), "动火安全作业票{id|$entry}：{$reasons;}", "hot-work permit {id|$entry}: {$reasons;}")
    ),
    { asOf: hotWork.asOf, heading: false }
  )
})
