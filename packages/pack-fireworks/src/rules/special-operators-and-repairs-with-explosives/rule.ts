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
 * The evidence of an uncertified operator is the person's special-operation certificates, their kind and validity.
 *
 * @since 0.1.0
 */
import { Condition as C, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SpecialOperatorFacts = Schema.Struct({
  enterprise: enterpriseSlice(["keyPeople"]),
  facts: factsSlice(["hasSpecialOperations", "repairsWithExplosivesPresent"])
})

const PEOPLE = "enterprise.keyPeople"

/** A certificate entry is a 特种作业操作证. */
const special = C.startsWith("kind", "special-operation")

/** A 特种作业操作证 valid on the as-of date: issued by it (or undated), `validUntil` inclusive (or open). */
const validSpecial = C.all(special, C.happened("issuedOn"), C.any(C.not(C.present("validUntil")), C.gte("validUntil", C.asOfDate())))

/** The person's special-operation certificates (kind and validity), shown when one of the situations below holds. */
const showCertificates = (when: ReturnType<typeof C.none>) =>
  C.when(when, C.show("certificates", { where: special, fields: ["kind", "validUntil"] }), { guardEvidence: false })

/** A special operator without a valid 特种作业操作证: none at all, or none valid (expired, or not yet issued). */
const uncertified = C.any(
  C.because(showCertificates(C.none("certificates", special)), "特种作业人员{name}未持有特种作业操作证", "special operator {name} holds no special operation certificate"),
  C.because(
    showCertificates(C.all(C.not(C.none("certificates", special)), C.none("certificates", validSpecial))),
    "特种作业人员{name}的特种作业操作证{=已于+@expired+=到期|=尚未生效}",
    "special operator {name}'s certificate {=expired on +@expired|=is not yet valid}",
    // the last special-operation certificate that ran out by the as-of date
    { expired: C.latest("certificates", "validUntil", C.all(special, C.lt("validUntil", C.asOfDate()))) }
  )
)

/** With special operations: each key person with role `special-operator` certified; none listed → asked for. */
const operatorsUncertified = C.any(
  C.some(PEOPLE, C.when(C.oneOf("roles", ["special-operator"]), uncertified, { guardEvidence: false }), { heading: false }),
  C.when(C.none(PEOPLE, C.oneOf("roles", ["special-operator"])), C.unknown("enterprise.keyPeople[special-operator]"))
)

/**
 * @since 0.1.0
 */
export const specialOperatorsAndRepairsWithExplosives = Rule.fromCondition({
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
  schema: SpecialOperatorFacts,
  facts: factLabels("facts.hasSpecialOperations", "facts.repairsWithExplosivesPresent"),
  violationWhen: C.any(
    C.when(C.eq("facts.hasSpecialOperations", true), operatorsUncertified, { guardEvidence: false }),
    C.because(C.eq("facts.repairsWithExplosivesPresent", true), "作业人员带药检维修设备设施", "equipment is serviced or repaired with explosives still in it")
  )
})
