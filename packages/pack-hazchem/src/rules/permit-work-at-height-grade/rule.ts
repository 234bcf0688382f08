/**
 * 高处作业级别 — GB 30871-2022 §8.1 (regulations.md §8, "高处作业 grades"): the grade a 高处 permit
 * must carry, from the height band (§8.1.1: 2–5 m, 5–15 m, 15–30 m, over 30 m; each upper bound
 * included in its band) and the 9 objective hazard factors (§8.1.2 a–i): method A (no factor)
 * Ⅰ, Ⅱ, Ⅲ, Ⅳ; method B (one or more) Ⅱ, Ⅲ, Ⅳ, Ⅳ (§8.1.3 表2). A 4 m job in force-5 gusts is Ⅱ.
 *
 * In breach when the permit's `grade` is lower than the grade required. With the factors unknown,
 * a permit at or above the method-B grade is in order and one below the method-A grade is in
 * breach; in between the factors are needed. A height below 2 m is not 高处作业 by these bands (out
 * of scope). Permits starting before 2022-10-01 (UTC+8) are out of scope. No 高处 permit → not
 * applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { type HeightGrade, heightBand, workAtHeightGrade } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  isUnder2022Standard,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard
} from "../permits.ts"
import { all, and3, Assessment, definePermitRule, entryAt, known, type Lit, sectionFacts, type Tri, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitWorkAtHeightGradeFacts = sectionFacts(["specialOperationPermits"])

type Permit = Extract<
  NonNullable<NonNullable<typeof PermitWorkAtHeightGradeFacts.Type["facts"]>["specialOperationPermits"]>[number],
  { readonly kind: "work-at-height" }
>

const rank: Readonly<Record<HeightGrade, number>> = { I: 1, II: 2, III: 3, IV: 4 }
const roman: Readonly<Record<HeightGrade, string>> = { I: "Ⅰ", II: "Ⅱ", III: "Ⅲ", IV: "Ⅳ" }

/**
 * "The permit's grade is below the one the height and hazard factors require", as a bare value:
 * without the factors, the grade is known to be enough when it meets the grade with a factor, and
 * known to be too low when it is below the grade without one.
 */
const gradeTooLow = (p: Permit): Tri => {
  const h = p.heightMetres
  if (p.grade === undefined) return undefined
  if (p.grade === "IV") return false
  if (h === undefined) return undefined
  if (p.hazardFactors !== undefined) {
    const required = workAtHeightGrade(h, p.hazardFactors)
    return required !== undefined && rank[p.grade] < rank[required]
  }
  const withFactors = workAtHeightGrade(h, ["gusts-force-5-or-more"])
  const without = workAtHeightGrade(h, [])
  if (withFactors === undefined || without === undefined || rank[p.grade] >= rank[withFactors]) return false
  return rank[p.grade] < rank[without] ? true : undefined
}

/** One work-at-height permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"work-at-height">, i: number): void => {
  const h = p.heightMetres
  if (!a.entry(and3(isUnder2022Standard(p), h === undefined ? undefined : heightBand(h) !== undefined), gradeTooLow(p))) return
  const { path, at } = entryAt(PERMITS, i)
  const inScope: Lit = h === undefined ? unknown([at("heightMetres")]) : known(heightBand(h) !== undefined, [{ path: at("heightMetres"), value: h }])
  let breach: Lit
  let required: HeightGrade | undefined
  if (p.grade === undefined) breach = unknown([at("grade")])
  else if (p.grade === "IV") breach = known(false, [{ path: at("grade"), value: p.grade }])
  else if (h === undefined) breach = unknown([at("heightMetres")])
  else {
    const gradeEvidence = [{ path: at("grade"), value: p.grade }]
    const withFactors = workAtHeightGrade(h, ["gusts-force-5-or-more"])
    const without = workAtHeightGrade(h, [])
    if (p.hazardFactors !== undefined) {
      required = workAtHeightGrade(h, p.hazardFactors)
      breach = known(required !== undefined && rank[p.grade] < rank[required], [...gradeEvidence, { path: at("hazardFactors"), value: p.hazardFactors }])
    } else if (withFactors === undefined || without === undefined || rank[p.grade] >= rank[withFactors]) {
      breach = known(false, gradeEvidence)
    } else if (rank[p.grade] < rank[without]) {
      required = without
      breach = known(true, gradeEvidence)
    } else breach = unknown([at("hazardFactors")])
  }
  a.check({
    scope: all(under2022Standard(p, at), inScope),
    breach,
    context: permitContext(p, at),
    zh: `高处安全作业票${permitLabel(p, path)}为${p.grade === undefined ? "" : roman[p.grade]}级，作业高度${h}m${(p.hazardFactors?.length ?? 0) > 0 ? `且存在${p.hazardFactors!.length}种客观危险因素` : ""}，应为${required === undefined ? "更高级别" : `${roman[required]}级`}`,
    en: `work-at-height permit ${permitLabel(p, path)} is grade ${p.grade}, but ${h} m${(p.hazardFactors?.length ?? 0) > 0 ? ` with ${p.hazardFactors!.length} hazard factor(s)` : ""} requires ${required === undefined ? "a higher grade" : `grade ${required}`}`
  })
}

/**
 * 高处作业级别与作业票相符.
 *
 * @since 0.1.0
 */
export const permitWorkAtHeightGrade: Rule.Rule<typeof PermitWorkAtHeightGradeFacts.Type> = definePermitRule({
  slug: "permit-work-at-height-grade",
  title: { "zh-CN": "高处作业按规定级别办理作业票", en: "Work-at-height permits carry the grade the height and hazard factors require" },
  message: {
    "zh-CN": "高处安全作业票的级别低于作业高度和客观危险因素要求的级别",
    en: "A work-at-height permit is of a lower grade than the height and the objective hazard factors require"
  },
  remediation: {
    "zh-CN": "按GB 30871-2022 表2确定高处作业级别：无客观危险因素的按作业高度分为Ⅰ、Ⅱ、Ⅲ、Ⅳ级，存在一种以上客观危险因素的分别为Ⅱ、Ⅲ、Ⅳ、Ⅳ级；按相应级别重新办理作业票和审批。",
    en: "Grade work at height by GB 30871-2022 table 2 — without objective hazard factors Ⅰ, Ⅱ, Ⅲ, Ⅳ by height band; with one or more, Ⅱ, Ⅲ, Ⅳ, Ⅳ — and re-issue the permit and approvals at that grade."
  },
  facts: PermitWorkAtHeightGradeFacts,
  reads: [
    "facts.specialOperationPermits[kind=work-at-height].heightMetres",
    "facts.specialOperationPermits[kind=work-at-height].hazardFactors",
    "facts.specialOperationPermits[kind=work-at-height].grade",
    "facts.specialOperationPermits[kind=work-at-height].validFrom",
    "facts.specialOperationPermits[kind=work-at-height].workStartedAt"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "work-at-height", "no work-at-height permit of 2 m or more", assessPermit)
})
