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
import { isValidOnAsOf, Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import { factSlice, findings, isAfter, iso } from "./shared.ts"

/** The prefix of the certificate kinds that are 特种作业操作证. @since 0.1.0 */
export const SPECIAL_OPERATION_CERTIFICATE_PREFIX = "special-operation"

/** The facts the rule reads. @since 0.1.0 */
export const SpecialOperatorFacts = factSlice(["keyPeople"], ["specialOperatorsListed"])

type Facts = typeof SpecialOperatorFacts.Type
type Certificate = NonNullable<NonNullable<Facts["enterprise"]["keyPeople"]>[number]["certificates"]>[number]

const isSpecialOperation = (c: Certificate): boolean => c.kind.startsWith(SPECIAL_OPERATION_CERTIFICATE_PREFIX)

/** Valid on the as-of day: not issued after it, not expired before it. */
const isValid = (c: Certificate, asOf: Date): boolean =>
  isValidOnAsOf(c, asOf)

const holdsValidCertificate = (certificates: ReadonlyArray<Certificate>, asOf: Date): boolean => {
  for (let i = 0; i < certificates.length; i++) if (isSpecialOperation(certificates[i]!) && isValid(certificates[i]!, asOf)) return true
  return false
}

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const { asOf } = ctx
  const people = subject.enterprise.keyPeople
  if (people === undefined) return out.need("enterprise.keyPeople").outcome()
  let operators = 0
  for (let i = 0; i < people.length && !out.done; i++) {
    const person = people[i]!
    if (!person.roles.includes("special-operator")) continue
    operators++
    if (out.quick(person.certificates === undefined ? undefined : holdsValidCertificate(person.certificates, asOf))) continue
    const path = `enterprise.keyPeople[${i}].certificates`
    if (person.certificates === undefined) {
      out.need(path)
      continue
    }
    const certs = person.certificates.filter(isSpecialOperation)
    out.see(path, certs.map((c) => ({ kind: c.kind, validUntil: iso(c.validUntil) })))
    if (holdsValidCertificate(certs, asOf)) continue
    if (certs.length === 0) {
      out.problem(`特种作业人员${person.name}未取得特种作业操作证`, `special operator ${person.name} holds no special-operation certificate`)
    } else {
      const latest = certs.reduce((a, b) => (a.validUntil.getTime() >= b.validUntil.getTime() ? a : b))
      out.problem(
        isAfter(asOf, latest.validUntil)
          ? `特种作业人员${person.name}的特种作业操作证已于${iso(latest.validUntil)}过期`
          : `特种作业人员${person.name}的特种作业操作证在判定日尚未取得`,
        isAfter(asOf, latest.validUntil)
          ? `special operator ${person.name}'s certificate expired on ${iso(latest.validUntil)}`
          : `special operator ${person.name}'s certificate was issued after the as-of date`
      )
    }
  }
  out.see("enterprise.keyPeople[special-operator]", operators)
  const listed = subject.facts?.specialOperatorsListed
  if (listed === undefined) out.need("facts.specialOperatorsListed")
  else {
    out.see("facts.specialOperatorsListed", listed)
    if (!listed) out.need("enterprise.keyPeople[special-operator]")
  }
  return out.outcome()
}

/**
 * 第三十条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const specialOperatorCertificates = Rule.define({
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
  facts: SpecialOperatorFacts,
  reads: ["enterprise.keyPeople[].roles", "enterprise.keyPeople[].certificates", "facts.specialOperatorsListed"],
  evaluate
})
