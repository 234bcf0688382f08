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
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperatorsFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts, workSafetyLaw } from "../meta.ts"

/** The facts item 2 reads. @since 0.1.0 */
export const SpecialOperatorCertificateFacts = sectionFacts(["specialOperators"])

const OPERATORS = "facts.specialOperators"

/**
 * 特种作业人员持证上岗.
 *
 * @since 0.1.0
 */
export const specialOperatorCertificate: Rule.Rule<typeof SpecialOperatorCertificateFacts.Type> = itemRule({
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
  schema: SpecialOperatorCertificateFacts,
  facts: specialOperatorsFact,
  notApplicableWhen: Condition.eq({ count: OPERATORS }, 0),
  notApplicableReason: "no special operators",
  violationWhen: Condition.some(
    OPERATORS,
    Condition.all(
      Condition.show("operationType"),
      Condition.any(
        // recorded as holding no certificate
        Condition.because(
          Condition.all(Condition.present("holdsCertificate"), Condition.eq("holdsCertificate", false)),
          "特种作业人员（{$entry}）未持证上岗",
          "the special operator at {$entry} works without a certificate"
        ),
        // a certificate that expired before the as-of day is not one the operator holds (one recorded
        // as not held is that breach already)
        Condition.unless(
          Condition.eq("holdsCertificate", false),
          Condition.because(
            Condition.all(Condition.present("certificateValidUntil"), { expired: "certificateValidUntil" }),
            "特种作业人员（{$entry}）操作证已于{certificateValidUntil}过期",
            "the certificate of the special operator at {$entry} expired on {certificateValidUntil}"
          )
        ),
        // neither known: whether a certificate is held is the missing fact (never true by itself)
        Condition.all(Condition.not(Condition.present("certificateValidUntil")), Condition.not(Condition.present("holdsCertificate")), Condition.eq("holdsCertificate", false))
      )
    ),
    { heading: false }
  )
})
