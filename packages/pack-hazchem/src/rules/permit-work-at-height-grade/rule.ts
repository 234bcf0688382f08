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
import { Condition } from "@anquan/core"
import type { Rule, SectorFunctions } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitWorkAtHeightGradeFacts = sectionFacts(["specialOperationPermits"])

const C = Condition
const atHeight = permitsOfKind("work-at-height")
/** Any of the 9 objective hazard factors (§8.1.2) is present. */
const factors = C.nonEmpty("hazardFactors")
/** The height band (§8.1.1), each upper bound included: `above < h ≤ upTo`. */
const band = (above: number, upTo?: number): Condition.Condition =>
  upTo === undefined ? C.gt("heightMetres", above) : C.all(C.gt("heightMetres", above), C.lte("heightMetres", upTo))

/**
 * A permit of grade `grades` doing work whose band and factors (`needs`) require the higher grade
 * `required` (§8.1.3 表2); the hazard factors are shown when recorded.
 */
const tooLow = (grades: ReadonlyArray<string>, needs: Condition.Condition, required: string) =>
  C.because(
    C.all(C.oneOf("grade", grades), needs),
    `高处安全作业票{id|$entry}为{grade:label}，作业高度{heightMetres}m{=且存在+@factors+=种客观危险因素}，应为${required}级`,
    `work-at-height permit {id|$entry} is grade {grade}, but {heightMetres} m{= with +@factors+= hazard factor(s)} requires grade ${
      { "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV" }[required]
    }`,
    { factors: { call: "hazardFactorCount", args: [{ fact: "hazardFactors", optional: true }] } }
  )

/**
 * The sector function of the rule: `hazardFactorCount(factors)` — how many objective hazard factors are
 * recorded, for the words (none or not recorded: absent).
 *
 * @since 0.2.0
 */
export const workAtHeightGradeFunctions: SectorFunctions = {
  hazardFactorCount: {
    returns: "number",
    arity: 1,
    label: { "zh-CN": "客观危险因素数", en: "number of hazard factors" },
    evaluate: (factors: ReadonlyArray<string> | undefined) => (factors === undefined || factors.length === 0 ? undefined : factors.length)
  }
}

/** Method A (no factor) by band, read only when no factor is recorded: with one, method B decides. */
const methodA = (needs: Condition.Condition) => C.unless(factors, needs)

/**
 * 高处作业级别与作业票相符.
 *
 * @since 0.1.0
 */
export const permitWorkAtHeightGrade: Rule.Rule<typeof PermitWorkAtHeightGradeFacts.Type> = permitRule({
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
  schema: PermitWorkAtHeightGradeFacts,
  facts: specialOperationPermitsFact,
  functions: workAtHeightGradeFunctions,
  // a height under 2 m is not 高处作业 by the bands; an unknown height may be one
  notApplicableWhen: C.none(PERMITS, C.all(atHeight.inScope, C.gte(C.factOr("heightMetres", 2), 2)), { asOf: atHeight.asOf }),
  notApplicableReason: "no work-at-height permit of 2 m or more",
  // 表2: method A (no factor) Ⅰ, Ⅱ, Ⅲ, Ⅳ; method B (one or more) Ⅱ, Ⅲ, Ⅳ, Ⅳ for 2–5, 5–15, 15–30, > 30 m
  violationWhen: C.some(
    PERMITS,
    permitInBreach("work-at-height", C.all(C.any(
      tooLow(["I", "II", "III"], band(30), "Ⅳ"),
      tooLow(["I", "II", "III"], C.all(band(15, 30), factors), "Ⅳ"),
      tooLow(["I", "II"], methodA(band(15, 30)), "Ⅲ"),
      tooLow(["I", "II"], C.all(band(5, 15), factors), "Ⅲ"),
      tooLow(["I"], methodA(band(5, 15)), "Ⅱ"),
      tooLow(["I"], C.all(C.lte("heightMetres", 5), factors), "Ⅱ"),
      // a permit without a grade cannot be judged (it is none of the grades)
      C.not(C.oneOf("grade", ["I", "II", "III", "IV"]))
    ), C.show("hazardFactors")), C.gte("heightMetres", 2)),
    { asOf: atHeight.asOf, heading: false }
  )
})
