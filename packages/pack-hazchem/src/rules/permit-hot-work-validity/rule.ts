/**
 * 动火安全作业票有效期 — GB 30871-2022 (regulations.md §8, "作业票 validity"): 特级 and 一级 动火
 * permits are valid for at most 8 h, 二级 for at most 72 h.
 *
 * A 动火 permit is in breach when its window is longer than its grade allows, when the work ran
 * outside the window, or when the work itself lasted longer than the limit. Exactly 8 h (72 h) is
 * within the limit; "exceeds" is strictly more. Without a grade, a window of at most 8 h is within
 * every limit and one over 72 h beyond every limit; in between the grade is needed. Permits starting
 * before 2022-10-01 (UTC+8) fall under GB 30871-2014 and are out of scope. No 动火 permit → not
 * applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  formatHours,
  isUnder2022Standard,
  isValidityExceeded,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard,
  validityExceeded
} from "../permits.ts"
import { Assessment, definePermitRule, entryAt, sectionFacts } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkValidityFacts = sectionFacts(["specialOperationPermits"])

const gradeZh = { "special": "特级", "level-1": "一级", "level-2": "二级" } as const
const limits = permitValidityHours.hotWork
/** Without a grade, the limit lies between the shortest and the longest validity. */
const LOWEST = Math.min(...Object.values(limits))
const HIGHEST = Math.max(...Object.values(limits))

/** One hot-work permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"hot-work">, i: number): void => {
  const exceeded = p.grade === undefined ? isValidityExceeded(p, LOWEST, HIGHEST) : isValidityExceeded(p, limits[p.grade], limits[p.grade])
  if (!a.entry(isUnder2022Standard(p), exceeded)) return
  const { path, at } = entryAt(PERMITS, i)
  const breach = validityExceeded(
    p,
    at,
    p.grade === undefined ? { lowest: LOWEST, highest: HIGHEST, missing: [at("grade")] } : { maxHours: limits[p.grade] }
  )
  const grade = p.grade === undefined ? undefined : { zh: gradeZh[p.grade], en: p.grade, max: limits[p.grade] }
  a.check({
    scope: under2022Standard(p, at),
    breach: grade === undefined ? breach : { ...breach, evidence: [{ path: at("grade"), value: p.grade }, ...breach.evidence] },
    context: permitContext(p, at),
    zh: `${grade?.zh ?? ""}动火安全作业票${permitLabel(p, path)}超过有效期${grade === undefined ? "" : `${grade.max}h`}${breach.hours === undefined ? "" : `（作业票时段${formatHours(breach.hours)}h）`}`,
    en: `hot-work permit ${permitLabel(p, path)}${grade === undefined ? "" : ` (${grade.en})`} exceeds its validity${grade === undefined ? "" : ` of ${grade.max} h`}${breach.hours === undefined ? "" : ` (window ${formatHours(breach.hours)} h)`}`
  })
}

/**
 * 动火安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitHotWorkValidity: Rule.Rule<typeof PermitHotWorkValidityFacts.Type> = definePermitRule({
  slug: "permit-hot-work-validity",
  title: { "zh-CN": "动火安全作业票不超过有效期", en: "Hot-work permits stay within their validity" },
  message: {
    "zh-CN": "动火安全作业票超过有效期（特级、一级不超过8h，二级不超过72h）",
    en: "A hot-work permit exceeds its validity (at most 8 h for special and grade-1 hot work, 72 h for grade 2)"
  },
  remediation: {
    "zh-CN": "动火作业超过有效期的，应当重新办理动火安全作业票（特级、一级动火作业票有效期不超过8h，二级不超过72h），重新进行气体分析和审批。",
    en: "When hot work runs past its permit's validity, issue a new permit (at most 8 h for special and grade-1 hot work, 72 h for grade 2), with fresh gas analysis and approval."
  },
  facts: PermitHotWorkValidityFacts,
  reads: [
    "facts.specialOperationPermits[kind=hot-work].grade",
    "facts.specialOperationPermits[kind=hot-work].validFrom",
    "facts.specialOperationPermits[kind=hot-work].validTo",
    "facts.specialOperationPermits[kind=hot-work].workStartedAt",
    "facts.specialOperationPermits[kind=hot-work].workEndedAt"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "hot-work", "no hot-work permit", assessPermit)
})
