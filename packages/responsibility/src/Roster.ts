/**
 * 签订单位名册 — the units that sign responsibility agreements, level by level.
 *
 * A roster lists every unit that may be a party to an agreement — the government, its departments,
 * townships and sub-districts (镇、办事处/街道), villages, enterprises, workshops, teams — each with
 * the unit above it (`parent`: the one it signs with). Facts a requirement may need, such as the
 * head-count (`staff`), are optional: absent means unknown, and a requirement that needs an
 * unknown fact reports the unit as undetermined rather than guessing.
 *
 * @since 0.1.0
 */
import {
  AgreementPartyLevel,
  DepartmentId,
  JurisdictionCode,
  PersonRef,
  Sector,
  SupervisingDepartment,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Schema } from "effect"

/**
 * 单位 — one unit of the roster. `id` is the deployment's own key, unique in the roster; `parent`
 * names the unit above it. `jurisdiction` (行政区划代码) is needed for governments, townships and
 * villages and is inherited from the nearest ancestor otherwise. `department` says which
 * supervising department a `department` unit is; `staff` is the head-count (从业人员).
 *
 * @since 0.1.0
 */
export const OrgUnit = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.NonEmptyString,
  level: AgreementPartyLevel,
  parent: Schema.optionalKey(Schema.NonEmptyString),
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  creditCode: Schema.optionalKey(UnifiedSocialCreditCode),
  departmentId: Schema.optionalKey(DepartmentId),
  department: Schema.optionalKey(SupervisingDepartment),
  staff: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
  principal: Schema.optionalKey(PersonRef),
  sectors: Schema.optionalKey(Schema.Array(Sector))
}).annotate({ identifier: "OrgUnit", description: "单位 — a unit that signs agreements: id, name, level, parent?, facts" })
/** @since 0.1.0 */
export type OrgUnit = typeof OrgUnit.Type

/**
 * 名册 — the units; ids are unique, every `parent` is in the roster and no unit is its own ancestor.
 *
 * @since 0.1.0
 */
export const Roster = Schema.Array(OrgUnit).check(Schema.makeFilter((units) => {
  const issues: Array<Schema.FilterIssue> = []
  const byId = new Map<string, OrgUnit>()
  units.forEach((u, i) => {
    if (byId.has(u.id)) issues.push({ path: [i, "id"], issue: `duplicate unit id ${u.id}` })
    else byId.set(u.id, u)
  })
  units.forEach((u, i) => {
    if (u.parent !== undefined && !byId.has(u.parent)) {
      issues.push({ path: [i, "parent"], issue: `unit ${u.id} names parent ${u.parent}, which is not in the roster` })
      return
    }
    const seen = new Set<string>([u.id])
    let p = u.parent
    while (p !== undefined) {
      if (seen.has(p)) {
        issues.push({ path: [i, "parent"], issue: `unit ${u.id} is its own ancestor` })
        return
      }
      seen.add(p)
      p = byId.get(p)?.parent
    }
  })
  return issues
})).annotate({ identifier: "Roster" })
/** @since 0.1.0 */
export type Roster = typeof Roster.Type

/**
 * A roster indexed for queries; build it once with `indexRoster`.
 *
 * @since 0.1.0
 */
export interface RosterIndex {
  readonly units: ReadonlyArray<OrgUnit>
  readonly byId: ReadonlyMap<string, OrgUnit>
  readonly childrenOf: ReadonlyMap<string, ReadonlyArray<OrgUnit>>
}

/**
 * Indexes a roster (decoded, or typed literals that satisfy `Roster`'s checks).
 *
 * @since 0.1.0
 */
export const indexRoster = (units: ReadonlyArray<OrgUnit>): RosterIndex => {
  const byId = new Map<string, OrgUnit>()
  const childrenOf = new Map<string, Array<OrgUnit>>()
  for (const u of units) byId.set(u.id, u)
  for (const u of units) {
    if (u.parent === undefined) continue
    const list = childrenOf.get(u.parent)
    if (list === undefined) childrenOf.set(u.parent, [u])
    else list.push(u)
  }
  return { units, byId, childrenOf }
}

/**
 * The units directly below `id` (`child`) or anywhere below it (`descendant`), depth-first in roster order.
 *
 * @since 0.1.0
 */
export const unitsBelow = (index: RosterIndex, id: string, relation: "child" | "descendant" = "child"): ReadonlyArray<OrgUnit> => {
  const direct = index.childrenOf.get(id) ?? []
  if (relation === "child") return direct
  const out: Array<OrgUnit> = []
  const visit = (u: OrgUnit) => {
    out.push(u)
    for (const c of index.childrenOf.get(u.id) ?? []) visit(c)
  }
  direct.forEach(visit)
  return out
}

/**
 * The jurisdiction of a unit: its own, else its nearest ancestor's; `undefined` when none has one.
 *
 * @since 0.1.0
 */
export const jurisdictionOfUnit = (index: RosterIndex, unit: OrgUnit): JurisdictionCode | undefined => {
  let u: OrgUnit | undefined = unit
  while (u !== undefined) {
    if (u.jurisdiction !== undefined) return u.jurisdiction
    u = u.parent === undefined ? undefined : index.byId.get(u.parent)
  }
  return undefined
}
