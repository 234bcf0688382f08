/**
 * 第18项 — 许可证过期、整顿改造、恶劣天气等停产停业期间组织生产经营.
 *
 * Two sources, either one a violation:
 * - **Licences** (core `enterprise.licences`): a unit that is operating (`facts.inOperation`) must hold,
 *   on the as-of date, a licence of each kind its unit kinds need — `production` →
 *   `fireworks-production-licence`; `trading` or `retail-point`, or `storage` without production →
 *   `fireworks-business-licence`. A licence is valid when `validFrom ≤ asOf ≤ validUntil` and its
 *   status is not `suspended` or `revoked` (an absent status is not held against it: the item names
 *   expiry, which the dates decide). When no licence of a needed kind is recorded at all the rule
 *   cannot tell an expired licence from an unrecorded one: indeterminate.
 * - **Suspension periods** (`facts.suspensions`: 整顿改造, 恶劣天气, 责令停产停业 …): a period with
 *   `operatedDuring: true`, or a period in force on the as-of date (both ends inclusive, no `to` =
 *   continuing) while the unit is operating. A past period with `operatedDuring` unknown is unknown.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Localized } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SuspensionFacts = Schema.Struct({
  enterprise: enterpriseSlice(["unitKinds", "licences"]),
  facts: factsSlice(["inOperation", "suspensions"])
})

const asOf = Condition.asOfDate()

/** A suspension period's dates in words: `2026-11-21至2026-11-23`, or `自2026-11-01起` while continuing. */
const span = { zh: "{from+=至+to|=自+from+=起}", en: "{from+= to +to|=since +from}" }

/** A period the unit is recorded to have operated during (read when recorded, or when the period is over). */
const operatedDuring = Condition.when(
  Condition.any(Condition.present("operatedDuring"), Condition.all(Condition.present("to"), Condition.lt("to", asOf))),
  Condition.because(
    Condition.all(Condition.eq("operatedDuring", true), Condition.show("reason"), Condition.show("from")),
    `{reason:label}停产停业期间（${span.zh}）组织生产经营`,
    `production or operation during the {reason:label} suspension (${span.en})`
  ),
  { guardEvidence: false }
)

/** A period in force on the as-of day (both ends inclusive, no end = continuing) while the unit operates. */
const operatingNow = Condition.when(
  Condition.all(
    Condition.eq(Condition.factOr("operatedDuring", false), false),
    Condition.lte("from", asOf),
    Condition.any(Condition.not(Condition.present("to")), Condition.gte("to", asOf))
  ),
  Condition.because(
    Condition.all(Condition.eq("facts.inOperation", true), Condition.show("reason"), Condition.show("from")),
    `{reason:label}停产停业期间（${span.zh}）仍在组织生产经营`,
    `still operating during the {reason:label} suspension (${span.en})`
  ),
  { guardEvidence: false }
)

interface LicenceKind {
  readonly kind: string
  readonly name: Localized
}
const production: LicenceKind = { kind: "fireworks-production-licence", name: { "zh-CN": "烟花爆竹安全生产许可证", en: "fireworks production licence" } }
const business: LicenceKind = { kind: "fireworks-business-licence", name: { "zh-CN": "烟花爆竹经营许可证", en: "fireworks business licence" } }

/** Suspended or revoked (an absent status is not held against a licence: the item names expiry). */
const withdrawn = Condition.oneOf(Condition.factOr("status", "valid"), ["suspended", "revoked"])

/** A licence valid on the as-of day: within its dates, neither suspended nor revoked. */
const valid = Condition.all(Condition.lte("validFrom", asOf), Condition.gte("validUntil", asOf), Condition.not(withdrawn))

/** Why a licence of the kind does not cover the as-of day, in the old order: status, expiry, start. */
const lapsed = (l: LicenceKind): Condition.Condition => {
  const name = { zh: `${l.name["zh-CN"]}{(number)}`, en: `the ${l.name.en}{(number)}` }
  const operating = Condition.show("facts.inOperation")
  return Condition.any(
    Condition.because(
      Condition.all(Condition.oneOf(Condition.factOr("status", "valid"), ["suspended", "revoked"]), operating),
      `${name.zh}已被{status:label}，仍在组织生产经营`,
      `${name.en} is {status:label}, yet the unit is operating`
    ),
    Condition.when(
      Condition.not(withdrawn),
      Condition.because(
        Condition.all(Condition.lt("validUntil", asOf), operating),
        `${name.zh}已于{validUntil}到期，仍在组织生产经营`,
        `${name.en} expired on {validUntil}, yet the unit is operating`
      ),
      { guardEvidence: false }
    ),
    Condition.when(
      Condition.all(Condition.not(withdrawn), Condition.gte("validUntil", asOf)),
      Condition.because(
        Condition.all(Condition.gt("validFrom", asOf), operating),
        `${name.zh}自{validFrom}起才生效，此前已在组织生产经营`,
        `${name.en} is valid only from {validFrom}, yet the unit is operating`
      ),
      { guardEvidence: false }
    )
  )
}

/**
 * The unit holds no licence of the kind valid on the as-of day: every one recorded has lapsed (each is
 * evidence); none recorded at all cannot be told from an expired one, so it is unknown.
 */
const licenceLapsed = (l: LicenceKind): Condition.Condition =>
  Condition.any(
    Condition.when(Condition.none("enterprise.licences", Condition.eq("kind", l.kind)), Condition.unknown(`enterprise.licences[${l.kind}]`)),
    Condition.unless(
      Condition.some("enterprise.licences", Condition.all(Condition.eq("kind", l.kind), valid)),
      Condition.some("enterprise.licences", Condition.when(Condition.eq("kind", l.kind), lapsed(l), { guardEvidence: false }), { heading: false }),
      { guardEvidence: false }
    )
  )

/**
 * @since 0.1.0
 */
export const operatingDuringSuspension = Rule.fromCondition({
  id: "fireworks/operating-during-suspension",
  title: { "zh-CN": "停产停业期间不得组织生产经营", en: "No production or operation during a suspension" },
  message: {
    "zh-CN": "许可证过期、整顿改造、恶劣天气等停产停业期间组织生产经营",
    en: "The unit organises production or operation while it must stay suspended: licence expired, rectification, severe weather or the like"
  },
  remediation: {
    "zh-CN": "立即停止生产经营，撤出作业人员；许可证过期的依法办理延期或重新申领，整顿改造的经验收合格、恶劣天气结束并检查确认安全后方可恢复。",
    en: "Stop production and operation and withdraw the workers at once; renew an expired licence, and resume only after the rectification passes acceptance or the severe weather is over and the site has been checked safe."
  },
  citation: citation(18),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: SuspensionFacts,
  facts: factLabels("enterprise.unitKinds", "enterprise.licences", "facts.inOperation", "facts.suspensions"),
  violationWhen: Condition.any(
    // whether the unit is operating is always asked (the item is about operating during a suspension)
    Condition.unless(Condition.present("facts.inOperation"), Condition.unknown("facts.inOperation")),
    // 停产停业期间 (整顿改造、恶劣天气 …)
    Condition.some("facts.suspensions", Condition.any(operatedDuring, operatingNow), { heading: false }),
    // 许可证过期期间: the licences an operating unit of these kinds needs
    Condition.when(
      Condition.eq("facts.inOperation", true),
      Condition.any(
        Condition.when(Condition.oneOf("enterprise.unitKinds", ["production"]), licenceLapsed(production), { guardEvidence: false }),
        Condition.when(
          Condition.any(
            Condition.oneOf("enterprise.unitKinds", ["trading", "retail-point"]),
            Condition.all(Condition.oneOf("enterprise.unitKinds", ["storage"]), Condition.not(Condition.oneOf("enterprise.unitKinds", ["production"])))
          ),
          licenceLapsed(business),
          { guardEvidence: false }
        )
      ),
      { guardEvidence: false }
    )
  )
})
