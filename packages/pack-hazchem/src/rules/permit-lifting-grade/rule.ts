/**
 * 吊装作业级别 — GB 30871-2022 §9.1 (regulations.md §8): 一级 m > 100 t; 二级 40 t ≤ m ≤ 100 t;
 * 三级 m < 40 t (so 100 t is 二级 and 40 t is 二级).
 *
 * In breach when the permit's `grade` is lower than the grade of the load's mass. A 一级 permit is
 * always in order. Permits starting before 2022-10-01 (UTC+8) are out of scope. No 吊装 permit →
 * not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { type LiftingGrade, liftingGrade } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  isUnder2022Standard,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard
} from "../permits.ts"
import { Assessment, definePermitRule, entryAt, known, type Lit, sectionFacts, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitLiftingGradeFacts = sectionFacts(["specialOperationPermits"])

const rank: Readonly<Record<LiftingGrade, number>> = { "level-3": 1, "level-2": 2, "level-1": 3 }
const gradeZh: Readonly<Record<LiftingGrade, string>> = { "level-1": "一级", "level-2": "二级", "level-3": "三级" }

/** One lifting permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"lifting">, i: number): void => {
  const required = p.massTonnes === undefined ? undefined : liftingGrade(p.massTonnes)
  const breached = p.grade === "level-1"
    ? false
    : p.grade === undefined || required === undefined
    ? undefined
    : rank[p.grade] < rank[required]
  if (!a.entry(isUnder2022Standard(p), breached)) return
  const { path, at } = entryAt(PERMITS, i)
  let breach: Lit
  if (p.grade === "level-1") breach = known(false, [{ path: at("grade"), value: p.grade }])
  else if (p.grade === undefined || required === undefined) {
    breach = unknown([...(p.grade === undefined ? [at("grade")] : []), ...(required === undefined ? [at("massTonnes")] : [])])
  } else {
    breach = known(rank[p.grade] < rank[required], [{ path: at("grade"), value: p.grade }, { path: at("massTonnes"), value: p.massTonnes }])
  }
  a.check({
    scope: under2022Standard(p, at),
    breach,
    context: permitContext(p, at),
    zh: `吊装安全作业票${permitLabel(p, path)}为${p.grade === undefined ? "" : gradeZh[p.grade]}，吊物${p.massTonnes}t应为${required === undefined ? "" : gradeZh[required]}`,
    en: `lifting permit ${permitLabel(p, path)} is ${p.grade}, but a ${p.massTonnes} t load requires ${required}`
  })
}

/**
 * 吊装作业级别与作业票相符.
 *
 * @since 0.1.0
 */
export const permitLiftingGrade: Rule.Rule<typeof PermitLiftingGradeFacts.Type> = definePermitRule({
  slug: "permit-lifting-grade",
  title: { "zh-CN": "吊装作业按吊物质量确定级别", en: "Lifting permits carry the grade the load's mass requires" },
  message: {
    "zh-CN": "吊装安全作业票的级别低于吊物质量对应的级别（一级>100t，二级40t～100t，三级<40t）",
    en: "A lifting permit is of a lower grade than the mass of the load requires (grade 1 over 100 t, grade 2 40–100 t, grade 3 under 40 t)"
  },
  remediation: {
    "zh-CN": "按吊物质量确定吊装作业级别（m>100t为一级，40t≤m≤100t为二级，m<40t为三级），按相应级别编制方案、办理作业票和审批。",
    en: "Grade lifting by the load's mass (over 100 t grade 1, 40–100 t grade 2, under 40 t grade 3) and plan, permit and approve it at that grade."
  },
  facts: PermitLiftingGradeFacts,
  reads: [
    "facts.specialOperationPermits[kind=lifting].massTonnes",
    "facts.specialOperationPermits[kind=lifting].grade",
    "facts.specialOperationPermits[kind=lifting].validFrom",
    "facts.specialOperationPermits[kind=lifting].workStartedAt"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "lifting", "no lifting permit", assessPermit)
})
