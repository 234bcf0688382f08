/**
 * 第2项 — 特种作业人员未持证上岗 (hazchem-major-hazard-2017 item 2).
 *
 * Reads the hazchem section's `specialOperators[]`:
 * - `holdsCertificate: false` → violation;
 * - a certificate whose `certificateValidUntil` is before the as-of date → violation (an expired
 *   操作证 is not a certificate the operator holds; the expiry day itself is still valid);
 * - `holdsCertificate: true` with no expiry date → compliant (the item asks whether a certificate is
 *   held; the expiry date, when given, is checked);
 * - neither known → indeterminate at `facts.specialOperators[i].holdsCertificate`.
 *
 * An empty list (no special operators) → not applicable.
 *
 * @since 0.1.0
 */
import { CalendarDate } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, known, type Lit, sectionFacts, type Tri, unknown, workSafetyLaw } from "../support.ts"

/** The facts item 2 reads. @since 0.1.0 */
export const SpecialOperatorCertificateFacts = sectionFacts(["specialOperators"])

const OPERATORS = "facts.specialOperators"

/**
 * 特种作业人员持证上岗.
 *
 * @since 0.1.0
 */
export const specialOperatorCertificate: Rule.Rule<typeof SpecialOperatorCertificateFacts.Type> = defineItemRule({
  item: 2,
  slug: "special-operator-certificate",
  title: { "zh-CN": "特种作业人员持证上岗", en: "Special operators hold a valid certificate" },
  message: { "zh-CN": "特种作业人员未持证上岗", en: "A special operator works without a (valid) special-operation certificate" },
  remediation: {
    "zh-CN": "立即停止无证人员从事特种作业；安排其参加特种作业安全技术培训并考核取得特种作业操作证（证书过期的及时复审），持证后方可上岗。",
    en: "Stop uncertified people from doing special operations at once; have them trained and examined for the special-operation certificate (renew expired certificates) before they return to the post."
  },
  legalBases: [workSafetyLaw(30)],
  penalties: [workSafetyLaw(97, 7)],
  facts: SpecialOperatorCertificateFacts,
  reads: ["facts.specialOperators[].holdsCertificate", "facts.specialOperators[].certificateValidUntil", "facts.specialOperators[].operationType"],
  evaluate: ({ facts }, context) => {
    const asOf = context.asOf.getTime()
    const a = new Assessment(context)
    const operators = a.list(OPERATORS, facts?.specialOperators)
    for (let i = 0; i < operators.length && !a.done; i++) {
      const op = operators[i]!
      const until = op.certificateValidUntil
      const breached: Tri = op.holdsCertificate === false
        ? true
        : until !== undefined
        ? until.getTime() < asOf
        : op.holdsCertificate === true
        ? false
        : undefined
      if (!a.entry(true, breached)) continue
      const { path, at } = entryAt(OPERATORS, i)
      let breach: Lit
      let zh = `特种作业人员（${path}）未持证上岗`
      let en = `the special operator at ${path} works without a certificate`
      if (op.holdsCertificate === false) {
        breach = known(true, [{ path: at("holdsCertificate"), value: false }])
      } else if (until !== undefined) {
        const expired = until.getTime() < asOf
        breach = known(expired, [{ path: at("certificateValidUntil"), value: until }])
        zh = `特种作业人员（${path}）操作证已于${CalendarDate.format(until)}过期`
        en = `the certificate of the special operator at ${path} expired on ${CalendarDate.format(until)}`
      } else if (op.holdsCertificate === true) {
        breach = known(false, [{ path: at("holdsCertificate"), value: true }])
      } else {
        breach = unknown([at("holdsCertificate")])
      }
      a.check({ breach, context: op.operationType === undefined ? [] : [{ path: at("operationType"), value: op.operationType }], zh, en })
    }
    return a.outcome("no special operators")
  }
})
