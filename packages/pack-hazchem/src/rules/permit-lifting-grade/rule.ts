/**
 * 吊装作业级别 — GB 30871-2022 §9.1 (regulations.md §8): 一级 m > 100 t; 二级 40 t ≤ m ≤ 100 t;
 * 三级 m < 40 t (so 100 t is 二级 and 40 t is 二级).
 *
 * In breach when the permit's `grade` is lower than the grade of the load's mass. A 一级 permit is
 * always in order, and so is any permit for a load under 40 t (三级 is the lowest grade: the
 * permit's grade need not be known). Permits starting before 2022-10-01 (UTC+8) are out of scope. No 吊装 permit →
 * not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { isKind, PERMITS, permitRule, permitsOfKind, sectionFacts, under2022Standard } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitLiftingGradeFacts = sectionFacts(["specialOperationPermits"])

const lifting = permitsOfKind("lifting")

/** A lifting permit under GB 30871-2022 of grade `grades` for a load that requires a higher one (`required`, §9.1). */
const tooLow = (grades: ReadonlyArray<string>, load: Condition.Condition, required: { readonly zh: string; readonly en: string }) =>
  Condition.because(
    Condition.all(Condition.show("id"), isKind("lifting"), under2022Standard, Condition.oneOf("grade", grades), load),
    `吊装安全作业票{id|$entry}为{grade:label}，吊物{massTonnes}t应为${required.zh}`,
    `lifting permit {id|$entry} is {grade}, but a {massTonnes} t load requires ${required.en}`
  )

/**
 * 吊装作业级别与作业票相符.
 *
 * @since 0.1.0
 */
export const permitLiftingGrade: Rule.Rule<typeof PermitLiftingGradeFacts.Type> = permitRule({
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
  schema: PermitLiftingGradeFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: Condition.none(PERMITS, lifting.inScope, { asOf: lifting.asOf }),
  notApplicableReason: "no lifting permit",
  // 一级 m > 100 t, 二级 40 t ≤ m ≤ 100 t, 三级 m < 40 t; a 一级 permit is always enough
  violationWhen: Condition.some(
    PERMITS,
    Condition.any(
      tooLow(["level-2", "level-3"], Condition.gt("massTonnes", 100), { zh: "一级", en: "level-1" }),
      tooLow(["level-3"], Condition.between("massTonnes", 40, 100), { zh: "二级", en: "level-2" })
    ),
    { asOf: lifting.asOf, heading: false }
  )
})
