/**
 * Before 2023-05-15 — 令第10号 is not yet in force. Its 第十五条 sets the in-force date and repeals the
 * 2017 list (工贸行业重大生产安全事故隐患判定标准(2017版), 安监总管四〔2017〕129号), whose text is not in the
 * project's fact base. So for an earlier as-of date the pack judges nothing: this one rule answers
 * `not-applicable` with a note saying why, and no item rule runs (they start 2023-05-15). Never the
 * 2017 items, never a guessed text.
 *
 * The window opens on 2002-11-01, the first day of the first 安全生产法, the earliest text the project
 * holds; an as-of date before it gets no finding from this pack at all.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { applicabilityFacts, INDUSTRIES } from "../facts/applicability.ts"
import { DOCUMENT, text } from "./item.ts"

/** The note the rule gives. @since 0.2.0 */
export const beforeInForceNote = text(
  "2023年5月15日前适用《工贸行业重大生产安全事故隐患判定标准(2017版)》(安监总管四〔2017〕129号)，其文本不在本包中；本包不作判定。",
  "Before 2023-05-15 the 2017 list (安监总管四〔2017〕129号) applied; its text is not in this pack, which judges nothing for earlier dates."
)

/**
 * The note rule: in force 2002-11-01 to 2023-05-14, always `not-applicable` with {@link beforeInForceNote}.
 * It reads no fact: its condition holds whether or not `facts.industries` is given.
 *
 * @since 0.2.0
 */
export const beforeInForce = Rule.fromCondition({
  id: "industry-trade/before-in-force",
  title: text("令第10号施行前(2023-05-15前)", "Before Order No. 10 took effect (before 2023-05-15)"),
  message: text(
    "本标准自2023年5月15日起施行；此前的判定不适用本包",
    "The criteria are in force from 2023-05-15; earlier dates are not judged by this pack"
  ),
  remediation: text("以2023年5月15日及以后的日期判定，或者依2017版判定标准另行判定。", "Judge as of 2023-05-15 or later, or by the 2017 list separately."),
  citation: { document: DOCUMENT, article: 15, verified: false },
  severity: "major",
  appliesTo: { sectors: ["industry-trade"] },
  effective: { from: "2002-11-01", to: "2023-05-14" },
  facts: { [INDUSTRIES]: applicabilityFacts[INDUSTRIES]! },
  notApplicableWhen: Condition.because(
    Condition.any(Condition.present(INDUSTRIES), Condition.not(Condition.present(INDUSTRIES))),
    beforeInForceNote["zh-CN"],
    beforeInForceNote.en
  ),
  violationWhen: Condition.not(Condition.any(Condition.present(INDUSTRIES), Condition.not(Condition.present(INDUSTRIES))))
})
