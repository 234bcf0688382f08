/**
 * 第2项 — 特种作业人员未持证上岗，作业人员带药检维修设备设施.
 *
 * Two situations, either one a violation:
 * - 特种作业人员未持证上岗: when the unit has special operations (`facts.hasSpecialOperations`),
 *   every key person with role `special-operator` in the core profile must hold a 特种作业操作证
 *   (a certificate whose `kind` starts with `special-operation`) valid on the as-of date
 *   (`validUntil` inclusive, not issued after it). The rule does not check that the certificate's
 *   category matches the operation the person does (the profile does not say which operation it is).
 * - 作业人员带药检维修设备设施 (`facts.repairsWithExplosivesPresent`).
 *
 * @since 0.1.0
 */
import { CalendarDate, isValidOnAsOf, Rule } from "@anquan/core"
import { Schema } from "effect"
import { citation, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"
import { collector, read } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SpecialOperatorFacts = Schema.Struct({
  enterprise: enterpriseSlice(["keyPeople"]),
  facts: factsSlice(["hasSpecialOperations", "repairsWithExplosivesPresent"])
})

/** Whether a certificate kind is a 特种作业操作证. */
const isSpecialOperationCertificate = (kind: string): boolean => kind.startsWith("special-operation")

/** The special operation certificates of a person as shown in evidence (for explanations only). */
const shownCertificates = (
  certificates: ReadonlyArray<{ readonly kind: string; readonly validUntil: Date }>
): Array<{ kind: string; validUntil: string }> =>
  certificates.filter((k) => isSpecialOperationCertificate(k.kind)).map((k) => ({ kind: k.kind, validUntil: CalendarDate.format(k.validUntil) }))

/**
 * @since 0.1.0
 */
export const specialOperatorsAndRepairsWithExplosives = Rule.define({
  id: "fireworks/special-operators-and-repairs-with-explosives",
  title: { "zh-CN": "特种作业人员持证上岗，不带药检维修", en: "Certified special operators; no repairs with explosives present" },
  message: {
    "zh-CN": "特种作业人员未持证上岗，或者作业人员带药检维修设备设施",
    en: "Special operators work without a valid certificate, or equipment is serviced or repaired while it still holds explosives"
  },
  remediation: {
    "zh-CN": "立即停止无证人员的特种作业，安排其参加培训考核并取得特种作业操作证后上岗；检维修涉药设备设施前必须彻底清除药物，严禁带药检维修。",
    en: "Stop uncertified people doing special operations at once and put them through training until they hold a special operation certificate; remove all explosive material before servicing or repairing equipment, never repair it with explosives present."
  },
  citation: citation(2),
  legalBases: [{ document: "work-safety-law-2021", article: 30, verified: true }],
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 7, verified: true }, penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  facts: SpecialOperatorFacts,
  reads: [
    "facts.hasSpecialOperations",
    "enterprise.keyPeople[].roles",
    "enterprise.keyPeople[].name",
    "enterprise.keyPeople[].certificates[].kind",
    "enterprise.keyPeople[].certificates[].issuedOn",
    "enterprise.keyPeople[].certificates[].validUntil",
    "facts.repairsWithExplosivesPresent"
  ],
  evaluate: ({ enterprise, facts }, context) => {
    const c = collector(context)
    const t = context.asOf.getTime()
    if (read(c, "facts.hasSpecialOperations", facts?.hasSpecialOperations) === true) {
      const people = enterprise.keyPeople
      if (people === undefined) c.missing("enterprise.keyPeople")
      else {
        let operators = 0
        for (let i = 0; i < people.length && !c.done; i++) {
          const p = people[i]!
          if (!p.roles.includes("special-operator")) continue
          operators++
          const certificates = p.certificates
          if (certificates === undefined) {
            if (c.unknown()) c.missing(`enterprise.keyPeople[${i}].certificates`)
            continue
          }
          let valid = false
          for (let j = 0; j < certificates.length && !valid; j++) {
            const k = certificates[j]!
            valid = isSpecialOperationCertificate(k.kind) && isValidOnAsOf(k, context.asOf)
          }
          if (valid) {
            if (c.explain) c.see(`enterprise.keyPeople[${i}].certificates`, shownCertificates(certificates))
          } else if (c.breach()) {
            const path = `enterprise.keyPeople[${i}].certificates`
            const certs = certificates.filter((k) => isSpecialOperationCertificate(k.kind))
            const shown = shownCertificates(certificates)
            if (certs.length === 0) {
              c.violation([{ path, value: shown }], `特种作业人员${p.name}未持有特种作业操作证`, `special operator ${p.name} holds no special operation certificate`)
            } else {
              const last = CalendarDate.format(new Date(Math.max(...certs.map((k) => k.validUntil.getTime()))))
              const expired = certs.some((k) => k.validUntil.getTime() < t)
              c.violation(
                [{ path, value: shown }],
                expired ? `特种作业人员${p.name}的特种作业操作证已于${last}到期` : `特种作业人员${p.name}的特种作业操作证尚未生效`,
                expired ? `special operator ${p.name}'s certificate expired on ${last}` : `special operator ${p.name}'s certificate is not yet valid`
              )
            }
          }
        }
        if (operators === 0) c.missing("enterprise.keyPeople[special-operator]")
      }
    }
    if (read(c, "facts.repairsWithExplosivesPresent", facts?.repairsWithExplosivesPresent) === true && c.breach()) {
      c.violation(
        [{ path: "facts.repairsWithExplosivesPresent", value: true }],
        "作业人员带药检维修设备设施",
        "equipment is serviced or repaired with explosives still in it"
      )
    }
    return c.outcome()
  }
})
