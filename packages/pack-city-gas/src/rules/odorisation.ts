/**
 * 第八条 警示性臭味 — "燃气经营者供应不具有标准要求警示性臭味燃气的，判定为重大隐患。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * What odour the standards require (the odorant and its amount) is for those standards; the fact base
 * does not hold their figures, so the item reads the recorded finding "the gas supplied has the
 * warning odour the standards require" rather than a number.
 *
 * @since 0.2.0
 */
import { flag, text } from "../facts/facts.ts"
import { item, no } from "./item.ts"

/** `facts.odorisation.warningOdourAsRequired`. @since 0.2.0 */
export const WARNING_ODOUR = "facts.odorisation.warningOdourAsRequired"

/** 第八条 供应不具有标准要求警示性臭味的燃气. @since 0.2.0 */
export const warningOdour = item({
  slug: "warning-odour",
  article: 8,
  title: text("燃气具有标准要求的警示性臭味", "Gas odorised as the standards require"),
  message: text("燃气经营者供应不具有标准要求警示性臭味燃气", "The operator supplies gas without the warning odour the standards require"),
  remediation: text("按标准要求对供应的燃气加臭，使其具有警示性臭味。", "Odorise the gas supplied so that it has the warning odour the standards require."),
  facts: { [WARNING_ODOUR]: flag("供应的燃气具有标准要求的警示性臭味", "gas supplied has the warning odour the standards require") },
  violationWhen: no(WARNING_ODOUR, "供应不具有标准要求警示性臭味的燃气", "supplies gas without the required warning odour")
})
