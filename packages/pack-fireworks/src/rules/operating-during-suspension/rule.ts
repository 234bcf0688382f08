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
import { CalendarDate, Rule } from "@anquan/core"
import type { Licence } from "@anquan/core"
import { Schema } from "effect"
import type { Suspension } from "../../facts/FireworksFacts.ts"
import { citation, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"
import { collector } from "../shared.ts"
import type { Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SuspensionFacts = Schema.Struct({
  enterprise: enterpriseSlice(["unitKinds", "licences"]),
  facts: factsSlice(["inOperation", "suspensions"])
})

const reasons = {
  "licence-expired": { zh: "许可证过期", en: "licence expired" },
  rectification: { zh: "整顿改造", en: "rectification" },
  "severe-weather": { zh: "恶劣天气", en: "severe weather" },
  ordered: { zh: "责令停产停业", en: "ordered suspension" },
  other: { zh: "停产停业", en: "suspension" }
} as const

const licenceNames = {
  "fireworks-production-licence": { zh: "烟花爆竹安全生产许可证", en: "fireworks production licence" },
  "fireworks-business-licence": { zh: "烟花爆竹经营许可证", en: "fireworks business licence" }
} as const

type FireworksLicence = keyof typeof licenceNames

/** Whether a licence is valid on `t`: within its dates and neither suspended nor revoked. */
const isValid = (l: Licence, t: number): boolean =>
  l.validFrom.getTime() <= t && t <= l.validUntil.getTime() && l.status !== "suspended" && l.status !== "revoked"

/** The dates of a suspension period in messages (for explanations only). */
const span = (s: Suspension): { readonly zh: string; readonly en: string } => {
  const from = CalendarDate.format(s.from)
  const to = s.to === undefined ? undefined : CalendarDate.format(s.to)
  return to === undefined ? { zh: `自${from}起`, en: `since ${from}` } : { zh: `${from}至${to}`, en: `${from} to ${to}` }
}

/** Checks suspension period `i` on `t`; `inOperation` is the unit's. */
const checkSuspension = (c: Collector, s: Suspension, i: number, t: number, inOperation: boolean | undefined): void => {
  const started = s.from.getTime() <= t
  const current = started && (s.to === undefined || t <= s.to.getTime())
  if (s.operatedDuring === true) {
    if (c.breach()) {
      const path = `facts.suspensions[${i}]`
      const r = reasons[s.reason]
      const when = span(s)
      c.violation(
        [{ path: `${path}.reason`, value: s.reason }, { path: `${path}.from`, value: CalendarDate.format(s.from) }, { path: `${path}.operatedDuring`, value: true }],
        `${r.zh}停产停业期间（${when.zh}）组织生产经营`,
        `production or operation during the ${r.en} suspension (${when.en})`
      )
    }
  } else if (current && inOperation === true) {
    if (c.breach()) {
      const path = `facts.suspensions[${i}]`
      const r = reasons[s.reason]
      const when = span(s)
      c.violation(
        [{ path: `${path}.reason`, value: s.reason }, { path: `${path}.from`, value: CalendarDate.format(s.from) }, { path: "facts.inOperation", value: true }],
        `${r.zh}停产停业期间（${when.zh}）仍在组织生产经营`,
        `still operating during the ${r.en} suspension (${when.en})`
      )
    }
  } else if (s.operatedDuring === false || !started) {
    if (c.explain) c.see(`facts.suspensions[${i}].operatedDuring`, s.operatedDuring ?? null)
  } else if (!current) {
    if (c.unknown()) c.missing(`facts.suspensions[${i}].operatedDuring`)
  }
  // current with inOperation false: fine; current with inOperation unknown: already missing.
}

/** Checks that an operating unit holds a licence of `kind` valid on `t`. */
const checkLicence = (c: Collector, licences: ReadonlyArray<Licence>, kind: FireworksLicence, t: number): void => {
  let held = 0
  let valid = -1
  for (let i = 0; i < licences.length && valid < 0; i++) {
    const l = licences[i]!
    if (l.kind !== kind) continue
    held++
    if (isValid(l, t)) valid = i
  }
  if (held === 0) {
    if (c.unknown()) c.missing(`enterprise.licences[${kind}]`)
    return
  }
  if (valid >= 0) {
    if (c.explain) c.see(`enterprise.licences[${valid}].validUntil`, CalendarDate.format(licences[valid]!.validUntil))
    return
  }
  if (!c.breach()) return
  const name = licenceNames[kind]
  for (let i = 0; i < licences.length; i++) {
    const l = licences[i]!
    if (l.kind !== kind) continue
    const no = l.number === undefined ? "" : `（${l.number}）`
    const enNo = l.number === undefined ? "" : ` (${l.number})`
    const until = CalendarDate.format(l.validUntil)
    if (l.status === "suspended" || l.status === "revoked") {
      const st = l.status === "suspended" ? { zh: "被暂扣", en: "suspended" } : { zh: "被吊销或注销", en: "revoked" }
      c.violation(
        [{ path: `enterprise.licences[${i}].status`, value: l.status }, { path: "facts.inOperation", value: true }],
        `${name.zh}${no}已${st.zh}，仍在组织生产经营`,
        `the ${name.en}${enNo} is ${st.en}, yet the unit is operating`
      )
    } else if (l.validUntil.getTime() < t) {
      c.violation(
        [{ path: `enterprise.licences[${i}].validUntil`, value: until }, { path: "facts.inOperation", value: true }],
        `${name.zh}${no}已于${until}到期，仍在组织生产经营`,
        `the ${name.en}${enNo} expired on ${until}, yet the unit is operating`
      )
    } else {
      const start = CalendarDate.format(l.validFrom)
      c.violation(
        [{ path: `enterprise.licences[${i}].validFrom`, value: start }, { path: "facts.inOperation", value: true }],
        `${name.zh}${no}自${start}起才生效，此前已在组织生产经营`,
        `the ${name.en}${enNo} is valid only from ${start}, yet the unit is operating`
      )
    }
  }
}

/**
 * @since 0.1.0
 */
export const operatingDuringSuspension = Rule.define({
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
  facts: SuspensionFacts,
  reads: [
    "facts.inOperation",
    "facts.suspensions[].reason",
    "facts.suspensions[].from",
    "facts.suspensions[].to",
    "facts.suspensions[].operatedDuring",
    "enterprise.unitKinds",
    "enterprise.licences[].kind",
    "enterprise.licences[].number",
    "enterprise.licences[].validFrom",
    "enterprise.licences[].validUntil",
    "enterprise.licences[].status"
  ],
  evaluate: ({ enterprise, facts }, context) => {
    const c = collector(context)
    const t = context.asOf.getTime()
    const inOperation = facts?.inOperation
    if (inOperation === undefined) c.missing("facts.inOperation")
    else if (c.explain) c.see("facts.inOperation", inOperation)

    // 停产停业期间 (整顿改造、恶劣天气 …)
    const suspensions = facts?.suspensions
    if (suspensions === undefined) c.missing("facts.suspensions")
    else for (let i = 0; i < suspensions.length && !c.done; i++) checkSuspension(c, suspensions[i]!, i, t, inOperation)

    // 许可证过期期间: the licences an operating unit of these kinds needs — production →
    // production licence; trading, retail point, or storage without production → business licence
    if (inOperation === true && !c.done) {
      const kinds = enterprise.unitKinds
      if (kinds === undefined) c.missing("enterprise.unitKinds")
      else {
        const producer = kinds.includes("production")
        const business = kinds.includes("trading") || kinds.includes("retail-point") || (kinds.includes("storage") && !producer)
        const licences = enterprise.licences
        if ((producer || business) && licences === undefined) c.missing("enterprise.licences")
        else if (licences !== undefined) {
          if (producer) checkLicence(c, licences, "fireworks-production-licence", t)
          if (business && !c.done) checkLicence(c, licences, "fireworks-business-licence", t)
        }
      }
    }
    return c.outcome()
  }
})
