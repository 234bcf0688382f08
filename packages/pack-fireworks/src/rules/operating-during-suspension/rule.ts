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
import type { UnitKind } from "@anquan/core"
import { Schema } from "effect"
import { citation, collector, effective, enterpriseSlice, everyFireworksUnit, factsSlice, penalty102 } from "../shared.ts"

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

/** The licence kinds a unit of these kinds needs to operate. */
const neededLicences = (kinds: ReadonlyArray<UnitKind>): Array<FireworksLicence> => {
  const out: Array<FireworksLicence> = []
  const producer = kinds.includes("production")
  if (producer) out.push("fireworks-production-licence")
  if (kinds.includes("trading") || kinds.includes("retail-point") || (kinds.includes("storage") && !producer)) {
    out.push("fireworks-business-licence")
  }
  return out
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
  evaluate: ({ enterprise, facts }, { asOf }) => {
    const c = collector()
    const t = asOf.getTime()
    const inOperation = facts?.inOperation
    if (inOperation === undefined) c.missing("facts.inOperation")
    else c.seen({ path: "facts.inOperation", value: inOperation })

    // 停产停业期间 (整顿改造、恶劣天气 …)
    const suspensions = facts?.suspensions
    if (suspensions === undefined) c.missing("facts.suspensions")
    else {
      suspensions.forEach((s, i) => {
        const path = `facts.suspensions[${i}]`
        const from = CalendarDate.format(s.from)
        const to = s.to === undefined ? undefined : CalendarDate.format(s.to)
        const r = reasons[s.reason]
        const started = s.from.getTime() <= t
        const current = started && (s.to === undefined || t <= s.to.getTime())
        const span = to === undefined ? { zh: `自${from}起`, en: `since ${from}` } : { zh: `${from}至${to}`, en: `${from} to ${to}` }
        if (s.operatedDuring === true) {
          c.violation(
            [{ path: `${path}.reason`, value: s.reason }, { path: `${path}.from`, value: from }, { path: `${path}.operatedDuring`, value: true }],
            `${r.zh}停产停业期间（${span.zh}）组织生产经营`,
            `production or operation during the ${r.en} suspension (${span.en})`
          )
        } else if (current && inOperation === true) {
          c.violation(
            [{ path: `${path}.reason`, value: s.reason }, { path: `${path}.from`, value: from }, { path: "facts.inOperation", value: true }],
            `${r.zh}停产停业期间（${span.zh}）仍在组织生产经营`,
            `still operating during the ${r.en} suspension (${span.en})`
          )
        } else if (s.operatedDuring === false || !started) {
          c.seen({ path: `${path}.operatedDuring`, value: s.operatedDuring ?? null })
        } else if (!current) {
          c.missing(`${path}.operatedDuring`)
        }
        // current with inOperation false: fine; current with inOperation unknown: already missing.
      })
    }

    // 许可证过期期间
    if (inOperation === true) {
      const kinds = enterprise.unitKinds
      if (kinds === undefined) c.missing("enterprise.unitKinds")
      else {
        const needed = neededLicences(kinds)
        const licences = enterprise.licences
        if (needed.length > 0 && licences === undefined) c.missing("enterprise.licences")
        else if (licences !== undefined) {
          for (const kind of needed) {
            const held = licences.map((l, i) => ({ l, i })).filter(({ l }) => l.kind === kind)
            if (held.length === 0) {
              c.missing(`enterprise.licences[${kind}]`)
              continue
            }
            const valid = held.find(({ l }) =>
              l.validFrom.getTime() <= t && t <= l.validUntil.getTime() && l.status !== "suspended" && l.status !== "revoked"
            )
            const name = licenceNames[kind]
            if (valid !== undefined) {
              c.seen({ path: `enterprise.licences[${valid.i}].validUntil`, value: CalendarDate.format(valid.l.validUntil) })
              continue
            }
            for (const { l, i } of held) {
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
        }
      }
    }
    return c.outcome()
  }
})
