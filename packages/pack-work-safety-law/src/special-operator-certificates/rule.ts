/**
 * 特种作业人员持证上岗 — 安全生产法 (2021) 第三十条.
 *
 * 生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训，取得相应资格，方可上岗作业。
 *
 * Reads the core profile: every key person with the role `special-operator` must hold a
 * 特种作业操作证 valid on the as-of day — a certificate whose `kind` starts with
 * `special-operation` (e.g. `special-operation:electrician`), not issued after the day and not
 * expired before it. The profile does not say which operation a person performs, so any valid
 * special-operation certificate counts. A compliant answer also needs
 * `facts.specialOperatorsListed: true` (every special operator of the unit is listed).
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Operand } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { keyPeopleFacts, specialOperatorsListedFacts } from "../facts/labels.ts"

/** The prefix of the certificate kinds that are 特种作业操作证. @since 0.1.0 */
export const SPECIAL_OPERATION_CERTIFICATE_PREFIX = "special-operation"

/** The facts the rule reads. @since 0.1.0 */
export const SpecialOperatorFacts = factSlice(["keyPeople"], ["specialOperatorsListed"])

const PEOPLE = "enterprise.keyPeople"
/** A certificate's fact, read to decide; the person's certificates are shown as a whole instead. */
const read = (path: string): Operand => ({ fact: path, evidence: false })

const OPERATORS = Condition.count(PEOPLE, Condition.oneOf(read("roles"), ["special-operator"]), { as: "enterprise.keyPeople[special-operator]" })

const isSpecial = Condition.startsWith(read("kind"), SPECIAL_OPERATION_CERTIFICATE_PREFIX)
/** Valid on the as-of day: not expired before it, and not issued after it (an undated issue counts). */
const isValidSpecial = Condition.unless(
  Condition.gt(read("issuedOn"), Condition.asOfDate()),
  Condition.all(isSpecial, Condition.gte(read("validUntil"), Condition.asOfDate())),
  { guardEvidence: false }
)

/** A special operator without a valid 特种作业操作证, and why. */
const uncertified = Condition.because(
  Condition.when(
    Condition.eq(Condition.count("certificates", isValidSpecial), 0),
    Condition.any(
        Condition.because(Condition.eq(Condition.count("certificates", isSpecial), 0), "未取得特种作业操作证", " holds no special-operation certificate"),
        Condition.some(
          "certificates",
          Condition.when(isSpecial, Condition.because(Condition.lt(read("validUntil"), Condition.asOfDate()), "的特种作业操作证已于{validUntil}过期", "'s certificate expired on {validUntil}"), { guardEvidence: false }),
          { heading: false }
        ),
        Condition.some(
          "certificates",
          Condition.when(isSpecial, Condition.because(Condition.gt(read("issuedOn"), Condition.asOfDate()), "的特种作业操作证在判定日尚未取得", "'s certificate was issued after the as-of date"), { guardEvidence: false }),
          { heading: false }
        )
    ),
    { guardEvidence: false }
  ),
  "特种作业人员{name}{$reasons}",
  "special operator {name}{$reasons}"
)

/**
 * 第三十条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const specialOperatorCertificates = Rule.fromCondition({
  id: "work-safety-law/special-operator-certificates",
  title: { "zh-CN": "特种作业人员持证上岗", en: "Special operators certified" },
  message: {
    "zh-CN": "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业",
    en: "Special operators (特种作业人员) work without the special training and qualification the law requires"
  },
  remediation: {
    "zh-CN": "立即停止无证人员从事特种作业；组织其参加专门的安全作业培训，取得有效的特种作业操作证后方可上岗，并保持证书在有效期内。",
    en: "Stop uncertified people from special operations; have them trained and certified (特种作业操作证) before they work, and keep their certificates valid."
  },
  citation: { document: "work-safety-law-2021", article: 30, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 7, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SpecialOperatorFacts,
  facts: { ...keyPeopleFacts, ...specialOperatorsListedFacts },
  evidence: "read",
  violationWhen: Condition.when(
    // the number of special operators listed, shown (unknown without the key people)
    Condition.gte(OPERATORS, 0),
    Condition.any(
      Condition.when(
        Condition.gt(OPERATORS, 0),
        Condition.some(
          PEOPLE,
          Condition.when(Condition.oneOf("roles", ["special-operator"]), Condition.all(Condition.show("certificates"), uncertified), { guardEvidence: false }),
          { heading: false }
        ),
        { guardEvidence: false }
      ),
      // a compliant answer also needs every special operator to be listed
      Condition.when(Condition.eq("facts.specialOperatorsListed", false), Condition.unknown("enterprise.keyPeople[special-operator]"))
    ),
    { scope: true }
  )
})
