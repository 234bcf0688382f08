/**
 * 事故罚则 — what an accident of each grade exposes the unit and its principal to.
 *
 * - 安全生产法 (2021) 第一百一十四条: the unit answerable for an accident is fined by grade —
 *   一般 30万–100万, 较大 100万–200万, 重大 200万–1000万, 特别重大 1000万–2000万 元; where the case is
 *   particularly serious (情节特别严重、影响特别恶劣), 2–5 times those amounts. This replaces the lower
 *   amounts of 生产安全事故报告和调查处理条例 第三十七条 (10万–500万).
 * - 第九十五条: a principal (主要负责人) whose failure of duty led to the accident is fined a share of
 *   the previous year's income — 一般 40%, 较大 60%, 重大 80%, 特别重大 100%.
 * - 第一百一十条: a principal who conceals, falsifies or delays the report is demoted or dismissed and
 *   fined 60%–100% of the previous year's income; 条例 第三十五条 (迟报/漏报: 40%–80%) and 第三十六条
 *   (谎报/瞒报: unit 100万–500万, people answerable 60%–100%) remain the regulation's own penalties.
 *
 * Amounts are whole yuan; ranges are inclusive. These are the statutory ranges, not a decision.
 *
 * @since 0.1.0
 */
import { type AccidentGrade, CalendarDate, type Citation, Yuan } from "@anquan/core"
import { gradeRank } from "./Grade.ts"
import { reportingRegulation, SAFETY_LAW_2021_IN_FORCE, safetyLaw } from "./Citations.ts"

/**
 * 罚款幅度 — an inclusive range of a fine in whole yuan, with its legal basis.
 *
 * @since 0.1.0
 */
export interface FineRange {
  readonly minYuan: Yuan
  readonly maxYuan: Yuan
  readonly citation: Citation
}

const UNIT_FINES: ReadonlyArray<readonly [number, number]> = [
  [300_000, 1_000_000], // 一般: 三十万元以上一百万元以下
  [1_000_000, 2_000_000], // 较大: 一百万元以上二百万元以下
  [2_000_000, 10_000_000], // 重大: 二百万元以上一千万元以下
  [10_000_000, 20_000_000] // 特别重大: 一千万元以上二千万元以下
]

/**
 * The fine range for the unit answerable for an accident (安全生产法 第一百一十四条, item by grade).
 * With `particularlySerious` (情节特别严重、影响特别恶劣, 第二款), 2–5 times the range: e.g. 较大 becomes
 * 200万–1000万.
 *
 * @example
 * ```ts
 * unitAccidentFine("general") // { minYuan: 300000, maxYuan: 1000000, citation: 安全生产法 第一百一十四条(一) }
 * ```
 * @since 0.1.0
 */
export const unitAccidentFine = (grade: AccidentGrade, options: { readonly particularlySerious?: boolean } = {}): FineRange => {
  const rank = gradeRank(grade)
  const [min, max] = UNIT_FINES[rank]!
  const times = options.particularlySerious === true ? [2, 5] as const : [1, 1] as const
  return {
    minYuan: Yuan.make(min * times[0]),
    maxYuan: Yuan.make(max * times[1]),
    citation: options.particularlySerious === true ? safetyLaw(114) : safetyLaw(114, rank + 1)
  }
}

/**
 * The fine on a principal whose failure of duty led to an accident, as a percentage of the
 * previous year's income (安全生产法 第九十五条): 40, 60, 80 or 100.
 *
 * @since 0.1.0
 */
export const principalAccidentFinePercent = (grade: AccidentGrade): { readonly percent: 40 | 60 | 80 | 100; readonly citation: Citation } => {
  const rank = gradeRank(grade)
  return { percent: ([40, 60, 80, 100] as const)[rank], citation: safetyLaw(95, rank + 1) }
}

/**
 * 报告违法 — `late` 迟报, `omitted` 漏报, `false` 谎报, `concealed` 瞒报.
 *
 * @since 0.1.0
 */
export type ReportingViolation = "late" | "omitted" | "false" | "concealed"

/**
 * 报告违法罚则 — one penalty a reporting violation exposes someone to.
 *
 * @since 0.1.0
 */
export interface ReportingPenalty {
  readonly who: "unit" | "principal" | "people-answerable"
  readonly citation: Citation
  /** Fine as an inclusive range of the previous year's income, in percent. */
  readonly incomePercent?: { readonly min: number; readonly max: number }
  /** Fine as an inclusive range in whole yuan. */
  readonly fine?: { readonly minYuan: Yuan; readonly maxYuan: Yuan }
  readonly sanction?: { readonly "zh-CN": string; readonly en: string }
}

/**
 * The penalties for a reporting violation of an accident that occurred on `accidentDay`:
 * 条例 第三十五条(二) (迟报, 漏报: principal 40%–80%) or 第三十六条(一) (谎报, 瞒报: unit 100万–500万,
 * principal and people answerable 60%–100%), and from 2021-09-01 安全生产法 第一百一十条 (迟报, 谎报,
 * 瞒报 — not 漏报: principal 降级/撤职 and 60%–100%).
 *
 * @since 0.1.0
 */
export const reportingPenalties = (violation: ReportingViolation, accidentDay: Date): ReadonlyArray<ReportingPenalty> => {
  const out: Array<ReportingPenalty> = []
  if (violation === "late" || violation === "omitted") {
    out.push({ who: "principal", citation: reportingRegulation(35, 2), incomePercent: { min: 40, max: 80 } })
  } else {
    out.push({ who: "unit", citation: reportingRegulation(36, 1), fine: { minYuan: Yuan.make(1_000_000), maxYuan: Yuan.make(5_000_000) } })
    out.push({ who: "people-answerable", citation: reportingRegulation(36, 1), incomePercent: { min: 60, max: 100 } })
  }
  if (violation !== "omitted" && accidentDay.getTime() >= CalendarDate.make(SAFETY_LAW_2021_IN_FORCE).getTime()) {
    out.push({
      who: "principal",
      citation: safetyLaw(110),
      incomePercent: { min: 60, max: 100 },
      sanction: { "zh-CN": "降级、撤职处分", en: "demotion or dismissal" }
    })
  }
  return out
}
