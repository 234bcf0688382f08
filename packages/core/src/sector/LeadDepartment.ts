/**
 * 行业主管/牵头部门 — which department leads supervision of a sector.
 *
 * 管行业必须管安全、管业务必须管安全、管生产经营必须管安全: the department that governs a sector
 * answers for its safety; 谁主管谁牵头 settles new or overlapping sectors. The national default
 * below can be changed by a deployment per jurisdiction: an override applies to its jurisdiction
 * and everything within it, and the nearest override wins.
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Schema } from "effect"
import { JurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
import * as JurisdictionTree from "../jurisdiction/JurisdictionTree.ts"
import { Sector } from "./Sector.ts"
import { SupervisingDepartment } from "./SupervisingDepartment.ts"

/**
 * 全国默认牵头部门 — the national default lead department of each sector.
 * `construction` and `gas` → 住房城乡建设 (many cities give town gas to 城市管理 instead: override
 * it there); `civil-explosives` → 工业和信息化 (production and sale; purchase, transport and
 * blasting are supervised by 公安).
 *
 * @since 0.1.0
 */
export const defaultLeadDepartments: { readonly [S in Sector]: SupervisingDepartment } = {
  "hazardous-chemicals": "emergency-management",
  fireworks: "emergency-management",
  construction: "housing-construction",
  "coal-mine": "mine-safety",
  "non-coal-mine": "emergency-management",
  "metal-smelting": "emergency-management",
  "industry-trade": "emergency-management",
  transport: "transport",
  gas: "housing-construction",
  "fire-safety-key-site": "fire-rescue",
  "civil-explosives": "industry-information",
  "special-equipment": "market-regulation",
  "elderly-care": "civil-affairs"
}

/**
 * 牵头部门调整 — one override: in `jurisdiction` and everything within it, `sector` is led by
 * `department`. `basis` names the local document that decided it (e.g. 某市安委〔2023〕1号).
 *
 * @since 0.1.0
 */
export const LeadDepartmentOverride = Schema.Struct({
  jurisdiction: JurisdictionCode,
  sector: Sector,
  department: SupervisingDepartment,
  basis: Schema.optionalKey(Schema.String)
}).annotate({
  identifier: "LeadDepartmentOverride",
  description: "牵头部门调整 — in this jurisdiction and below, this sector is led by this department"
})
/** @since 0.1.0 */
export type LeadDepartmentOverride = typeof LeadDepartmentOverride.Type

/**
 * 牵头部门配置 — a deployment's lead-department map: optional changes to the national default
 * (`national`) and overrides per jurisdiction. A list of entries rather than a record keyed by
 * code, so that a mistyped code or sector is a decoding error, never silently dropped. A
 * jurisdiction may override a sector once; `national` may name a sector once.
 *
 * @since 0.1.0
 */
export const LeadDepartmentMap = Schema.Struct({
  national: Schema.optionalKey(Schema.Array(Schema.Struct({
    sector: Sector,
    department: SupervisingDepartment,
    basis: Schema.optionalKey(Schema.String)
  }))),
  overrides: Schema.Array(LeadDepartmentOverride)
}).annotate({
  description: "牵头部门配置 — national changes and per-jurisdiction overrides of the sector → lead department map"
}).check(Schema.makeFilter((map) => {
  const issues: Array<Schema.FilterIssue> = []
  const seenNational = new Set<string>()
  map.national?.forEach((entry, i) => {
    if (seenNational.has(entry.sector)) {
      issues.push({ path: ["national", i, "sector"], issue: localizedIssue(`sector ${entry.sector} is named twice`, `行业领域 ${entry.sector} 出现两次`) })
    }
    seenNational.add(entry.sector)
  })
  const seen = new Set<string>()
  map.overrides.forEach((entry, i) => {
    const key = `${entry.jurisdiction} ${entry.sector}`
    if (seen.has(key)) {
      issues.push({
        path: ["overrides", i],
        issue: localizedIssue(`jurisdiction ${entry.jurisdiction} overrides sector ${entry.sector} twice`, `行政区划 ${entry.jurisdiction} 对行业领域 ${entry.sector} 重复设置`)
      })
    }
    seen.add(key)
  })
  return issues
})).annotate({ identifier: "LeadDepartmentMap" })
/** @since 0.1.0 */
export type LeadDepartmentMap = typeof LeadDepartmentMap.Type

/** A map with no changes: the national default everywhere. @since 0.1.0 */
export const emptyLeadDepartmentMap: LeadDepartmentMap = { overrides: [] }

interface Index {
  readonly national: ReadonlyMap<string, SupervisingDepartment>
  readonly byJurisdiction: ReadonlyMap<string, ReadonlyMap<string, SupervisingDepartment>>
}

const indexes = new WeakMap<LeadDepartmentMap, Index>()

const indexOf = (map: LeadDepartmentMap): Index => {
  const cached = indexes.get(map)
  if (cached !== undefined) return cached
  const national = new Map<string, SupervisingDepartment>()
  for (const entry of map.national ?? []) national.set(entry.sector, entry.department)
  const byJurisdiction = new Map<string, Map<string, SupervisingDepartment>>()
  for (const entry of map.overrides) {
    const bySector = byJurisdiction.get(entry.jurisdiction) ?? new Map<string, SupervisingDepartment>()
    bySector.set(entry.sector, entry.department)
    byJurisdiction.set(entry.jurisdiction, bySector)
  }
  const index = { national, byJurisdiction }
  indexes.set(map, index)
  return index
}

/**
 * 牵头部门 — the department that leads `sector` in `jurisdictionCode`: the override of the
 * nearest ancestor-or-self jurisdiction that overrides this sector, else the map's `national`
 * entry, else `defaultLeadDepartments`. A code that is not in the tree only sees its own
 * overrides and the national ones.
 *
 * @example
 * ```ts
 * const map = Schema.decodeUnknownSync(LeadDepartmentMap)({
 *   overrides: [{ jurisdiction: "320500", sector: "gas", department: "urban-management" }]
 * })
 * leadDepartmentFor(map, tree, "320571", "gas")
 * // "urban-management" (苏州市 gave town gas to 城市管理; 320571 lies within 320500)
 * ```
 * @since 0.1.0
 */
export const leadDepartmentFor = (
  map: LeadDepartmentMap,
  tree: JurisdictionTree.JurisdictionTree,
  jurisdictionCode: string,
  sector: Sector
): SupervisingDepartment => {
  const index = indexOf(map)
  const pick = (code: string) => index.byJurisdiction.get(code)?.get(sector)
  const local = JurisdictionTree.has(tree, jurisdictionCode)
    ? JurisdictionTree.nearest(tree, jurisdictionCode, pick)?.value
    : pick(jurisdictionCode)
  return local ?? index.national.get(sector) ?? defaultLeadDepartments[sector]
}

/**
 * The override entries whose jurisdiction is not in `tree`: they can only apply to that exact
 * code. A deployment should check its map against its tree once at start-up.
 *
 * @since 0.1.0
 */
export const overridesOutsideTree = (
  map: LeadDepartmentMap,
  tree: JurisdictionTree.JurisdictionTree
): ReadonlyArray<LeadDepartmentOverride> => map.overrides.filter((o) => !JurisdictionTree.has(tree, o.jurisdiction))
