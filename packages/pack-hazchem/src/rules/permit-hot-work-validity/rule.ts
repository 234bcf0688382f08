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
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts, validityExceeded, windowHours, windowWords } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkValidityFacts = sectionFacts(["specialOperationPermits"])

const C = Condition
const hotWork = permitsOfKind("hot-work")
const limits = permitValidityHours.hotWork
/** Without a grade, the limit lies between the shortest and the longest validity. */
const LOWEST = Math.min(...Object.values(limits))
const HIGHEST = Math.max(...Object.values(limits))
const GRADES = Object.keys(limits)

/** A hot-work permit of which `grade` holds and whose validity of `maxHours` was exceeded. */
const exceeded = (grade: Condition.Condition, maxHours: number, words: { readonly zh: string; readonly en: string }) =>
  C.because(
    C.all(grade, validityExceeded(maxHours)),
    words.zh + windowWords.zh,
    words.en + windowWords.en,
    { hours: windowHours }
  )

/** The graded limits: 特级 and 一级 8 h, 二级 72 h (the grade is evidence). */
const graded = Object.entries(limits).map(([grade, maxHours]) =>
  exceeded(C.eq("grade", grade), maxHours, {
    zh: `{grade:label}动火安全作业票{id|$entry}超过有效期${maxHours}h`,
    en: `hot-work permit {id|$entry} ({grade}) exceeds its validity of ${maxHours} h`
  })
)
const ungraded = { zh: "动火安全作业票{id|$entry}超过有效期", en: "hot-work permit {id|$entry} exceeds its validity" }

/**
 * 动火安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitHotWorkValidity: Rule.Rule<typeof PermitHotWorkValidityFacts.Type> = permitRule({
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
  schema: PermitHotWorkValidityFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: C.none(PERMITS, hotWork.inScope, { asOf: hotWork.asOf }),
  notApplicableReason: "no hot-work permit",
  violationWhen: C.some(
    PERMITS,
    permitInBreach("hot-work", C.any(
      ...graded,
      // without a grade: beyond every limit is a breach; beyond the shortest only, the grade decides
      exceeded(C.when(C.not(C.present("grade")), C.show("id"), { guardEvidence: false }), HIGHEST, ungraded),
      exceeded(C.not(C.oneOf("grade", GRADES)), LOWEST, ungraded)
    )),
    { asOf: hotWork.asOf, heading: false }
  )
})
