/**
 * 生产经营单位 — the enterprise profile.
 *
 * The profile is what rules read. Every fact beyond identity, jurisdiction and sectors is
 * optional, and an absent fact means **unknown**: a rule that needs it answers "indeterminate".
 * Nothing here defaults a fact silently. An empty array is a fact ("none"); an absent array is not.
 * The field names are a contract with the rule packs; add fields, never rename them.
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Schema } from "effect"
import { CalendarDate } from "../calendar/CalendarDate.ts"
import { InstallationId, PersonId, SiteId } from "../ids/Ids.ts"
import { JurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
import { Sector } from "../sector/Sector.ts"
import { UnifiedSocialCreditCode } from "./CreditCode.ts"

const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/** Literals with an identifier whose decoding failure lists the allowed values. */
const namedLiterals = <const L extends ReadonlyArray<string>>(
  values: L,
  identifier: string,
  what: string,
  description: string
) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

/**
 * Each unit kind, in a fixed order.
 *
 * @since 0.1.0
 */
export const UnitKinds = [
  "production",
  "trading",
  "storage",
  "use",
  "loading",
  "transport",
  "construction-contractor",
  "construction-client",
  "retail-point",
  "key-site"
] as const

/**
 * 单位类型 — what a unit does: `production` 生产, `trading` 经营, `storage` 储存, `use` 使用,
 * `loading` 装卸, `transport` 运输, `construction-contractor` 施工单位, `construction-client`
 * 建设单位, `retail-point` 零售点, `key-site` 重点场所.
 *
 * @since 0.1.0
 */
export const UnitKind = namedLiterals(UnitKinds, "UnitKind", "a unit kind (单位类型)", "单位类型 — unit kind")
/** @since 0.1.0 */
export type UnitKind = typeof UnitKind.Type

/**
 * 规模 — `above-designated-size` 规模以上 or `below-designated-size` 规模以下.
 *
 * @since 0.1.0
 */
export const EnterpriseScale = namedLiterals(
  ["above-designated-size", "below-designated-size"],
  "EnterpriseScale",
  "a scale (规模)",
  "规模以上/以下 — above or below designated size"
)
/** @since 0.1.0 */
export type EnterpriseScale = typeof EnterpriseScale.Type

/**
 * 危险物品活动 — what a unit does with dangerous goods (危险物品): 生产 production, 经营 trading,
 * 储存 storage, 装卸 loading, 使用 use, 运输 transport.
 *
 * @since 0.1.0
 */
export const DangerousGoodsActivity = namedLiterals(
  ["production", "trading", "storage", "loading", "use", "transport"],
  "DangerousGoodsActivity",
  "a dangerous-goods activity (危险物品活动)",
  "危险物品的生产、经营、储存、装卸、使用、运输"
)
/** @since 0.1.0 */
export type DangerousGoodsActivity = typeof DangerousGoodsActivity.Type

/**
 * 运输方式 — `road` 道路, `waterway` 水路, `railway` 铁路, `aviation` 民航, `urban-rail` 城市轨道交通,
 * `pipeline` 管道.
 *
 * @since 0.1.0
 */
export const TransportMode = namedLiterals(
  ["road", "waterway", "railway", "aviation", "urban-rail", "pipeline"],
  "TransportMode",
  "a transport mode (运输方式)",
  "运输方式 — transport mode"
)
/** @since 0.1.0 */
export type TransportMode = typeof TransportMode.Type

/**
 * 关键岗位 — `principal` 主要负责人, `charge-leader` 分管负责人, `safety-officer` 安全生产管理人员,
 * `special-operator` 特种作业人员, `registered-safety-engineer` 注册安全工程师.
 *
 * @since 0.1.0
 */
export const KeyPersonRole = namedLiterals(
  ["principal", "charge-leader", "safety-officer", "special-operator", "registered-safety-engineer"],
  "KeyPersonRole",
  "a key role (关键岗位)",
  "关键岗位 — key role"
)
/** @since 0.1.0 */
export type KeyPersonRole = typeof KeyPersonRole.Type

/**
 * 证书 — a certificate held by a person, e.g. 特种作业操作证 `{ kind: "special-operation:electrician" }`.
 * `validUntil` must not be before `issuedOn`.
 *
 * @since 0.1.0
 */
export const PersonCertificate = Schema.Struct({
  kind: Schema.NonEmptyString,
  number: Schema.optionalKey(Schema.String),
  issuedOn: Schema.optionalKey(CalendarDate),
  validUntil: CalendarDate
}).annotate({ description: "证书 — a person's certificate (e.g. 特种作业操作证)" }).check(Schema.makeFilter((c) =>
  c.issuedOn !== undefined && c.validUntil.getTime() < c.issuedOn.getTime()
    ? { path: ["validUntil"], issue: localizedIssue("a certificate cannot expire before it is issued", "证书有效期截止日期不能早于发证日期") }
    : undefined
)).annotate({ identifier: "PersonCertificate" })
/** @since 0.1.0 */
export type PersonCertificate = typeof PersonCertificate.Type

/**
 * 关键人员 — a person in a key role: 主要负责人, 分管负责人, 安全生产管理人员 (专职 `full-time` /
 * 兼职 `part-time`), 特种作业人员, 注册安全工程师. `assessment` records the statutory 考核
 * (安全生产知识和管理能力考核合格); absent = unknown.
 *
 * @since 0.1.0
 */
export const KeyPerson = Schema.Struct({
  id: Schema.optionalKey(PersonId),
  name: Schema.NonEmptyString,
  roles: Schema.NonEmptyArray(
    KeyPersonRole.pipe(Schema.annotateKey({ messageMissingKey: "a key person needs at least one role" }))
  ),
  employment: Schema.optionalKey(Schema.Literals(["full-time", "part-time"])),
  assessment: Schema.optionalKey(Schema.Struct({
    passed: Schema.Boolean,
    date: Schema.optionalKey(CalendarDate)
  })),
  certificates: Schema.optionalKey(Schema.Array(PersonCertificate))
}).annotate({ identifier: "KeyPerson", description: "关键人员 — a person in a key role" })
/** @since 0.1.0 */
export type KeyPerson = typeof KeyPerson.Type

/**
 * 许可证种类 — `work-safety-licence` 安全生产许可证, `hazchem-business-licence` 危险化学品经营许可证,
 * `hazchem-use-licence` 危险化学品安全使用许可证, `fireworks-production-licence` 烟花爆竹生产许可证,
 * `fireworks-business-licence` 烟花爆竹经营许可证, `construction-qualification` 建筑业企业资质, `other`.
 *
 * @since 0.1.0
 */
export const LicenceKind = namedLiterals(
  [
    "work-safety-licence",
    "hazchem-business-licence",
    "hazchem-use-licence",
    "fireworks-production-licence",
    "fireworks-business-licence",
    "construction-qualification",
    "other"
  ],
  "LicenceKind",
  "a licence kind (许可证种类)",
  "许可证种类 — licence kind"
)
/** @since 0.1.0 */
export type LicenceKind = typeof LicenceKind.Type

/**
 * 许可证 — a licence with its validity window (`validFrom` ≤ `validUntil`, both inclusive) and
 * its status (`valid` 有效, `suspended` 暂扣, `revoked` 吊销/注销; absent = unknown).
 *
 * @since 0.1.0
 */
export const Licence = Schema.Struct({
  kind: LicenceKind,
  number: Schema.optionalKey(Schema.String),
  issuedBy: Schema.optionalKey(Schema.String),
  validFrom: CalendarDate,
  validUntil: CalendarDate,
  status: Schema.optionalKey(Schema.Literals(["valid", "suspended", "revoked"]))
}).annotate({ description: "许可证 — licence" }).check(Schema.makeFilter((l) =>
  l.validUntil.getTime() < l.validFrom.getTime()
    ? { path: ["validUntil"], issue: localizedIssue("a licence cannot end before it starts (validUntil < validFrom)", "许可证有效期截止日期不能早于起始日期") }
    : undefined
)).annotate({ identifier: "Licence" })
/** @since 0.1.0 */
export type Licence = typeof Licence.Type

/**
 * 安全生产标准化 — standardization: grade 1 一级 / 2 二级 / 3 三级, approved by the state 国家,
 * a province 省 or a city 市; `revoked` when the grade was withdrawn (撤销).
 *
 * @since 0.1.0
 */
export const Standardization = Schema.Struct({
  grade: Schema.Literals([1, 2, 3]),
  approvedBy: Schema.optionalKey(Schema.Literals(["state", "province", "city"])),
  validUntil: Schema.optionalKey(CalendarDate),
  revoked: Schema.optionalKey(Schema.Boolean)
}).annotate({ identifier: "Standardization", description: "安全生产标准化 — standardization grade 1/2/3" })
/** @since 0.1.0 */
export type Standardization = typeof Standardization.Type

/**
 * 分类监管 — supervision class A 巩固提升 (consolidate), B 改进提高 (improve),
 * C 整顿整改 (rectify), D 关闭取缔 (eliminate).
 *
 * @since 0.1.0
 */
export const SupervisionClass = namedLiterals(
  ["A", "B", "C", "D"],
  "SupervisionClass",
  "a supervision class (分类监管)",
  "分类监管 — A consolidate / B improve / C rectify / D eliminate"
)
/** @since 0.1.0 */
export type SupervisionClass = typeof SupervisionClass.Type

/**
 * 场所 — a site of the enterprise (厂区, 库区, 门店, 工地), optionally in another jurisdiction
 * than the enterprise's registered one.
 *
 * @since 0.1.0
 */
export const Site = Schema.Struct({
  id: SiteId,
  name: Schema.NonEmptyString,
  address: Schema.optionalKey(Schema.String),
  jurisdiction: Schema.optionalKey(JurisdictionCode)
}).annotate({ identifier: "Site", description: "场所 — a site of the enterprise" })
/** @since 0.1.0 */
export type Site = typeof Site.Type

/**
 * 装置/设施 — an installation (装置, 储罐区, 库房 …). `kind` is free text (e.g. `tank-farm`);
 * `majorHazardGrade` is the 重大危险源 grade 1 (一级, highest) to 4, absent when it is not one or
 * unknown.
 *
 * @since 0.1.0
 */
export const Installation = Schema.Struct({
  id: InstallationId,
  name: Schema.NonEmptyString,
  site: Schema.optionalKey(SiteId),
  kind: Schema.NonEmptyString,
  majorHazardGrade: Schema.optionalKey(Schema.Literals([1, 2, 3, 4]))
}).annotate({ identifier: "Installation", description: "装置/设施 — installation; majorHazardGrade = 重大危险源 grade 1–4" })
/** @since 0.1.0 */
export type Installation = typeof Installation.Type

/**
 * 生产经营单位 — the enterprise profile (see the module doc: absent = unknown).
 *
 * Decoding also checks that site and installation ids are unique and that an installation's
 * `site` names one of the enterprise's `sites` (when `sites` is given). Unknown keys are stripped.
 *
 * @since 0.1.0
 */
export const Enterprise = Schema.Struct({
  /** 统一社会信用代码 — the enterprise's identity. */
  creditCode: UnifiedSocialCreditCode,
  /** 单位名称. */
  name: Schema.NonEmptyString,
  /** 属地 — the jurisdiction the enterprise is registered in and supervised by. */
  jurisdiction: JurisdictionCode,
  /** 行业领域 — at least one sector. */
  sectors: Schema.NonEmptyArray(
    Sector.pipe(Schema.annotateKey({ messageMissingKey: "an enterprise needs at least one sector (行业领域)", messageMissingKeyZh: "单位至少应属于一个行业领域" }))
  ),
  unitKinds: Schema.optionalKey(Schema.Array(UnitKind)),
  /** 地址. */
  address: Schema.optionalKey(Schema.String),
  /** 从业人员 — head-count, dispatched workers (劳务派遣) included. */
  employees: Schema.optionalKey(NonNegativeInt),
  scale: Schema.optionalKey(EnterpriseScale),
  /** 危险物品 activities: `[]` = none, absent = unknown. */
  dangerousGoodsActivities: Schema.optionalKey(Schema.Array(DangerousGoodsActivity)),
  transportModes: Schema.optionalKey(Schema.Array(TransportMode)),
  /** 是否设置安全生产管理机构. */
  safetyDepartment: Schema.optionalKey(Schema.Boolean),
  /** 委托具有国家规定的相关专业技术资格的工程技术人员提供安全生产管理服务 (2002 law option). */
  contractedSafetyEngineer: Schema.optionalKey(Schema.Boolean),
  keyPeople: Schema.optionalKey(Schema.Array(KeyPerson)),
  licences: Schema.optionalKey(Schema.Array(Licence)),
  standardization: Schema.optionalKey(Standardization),
  supervisionClass: Schema.optionalKey(SupervisionClass),
  sites: Schema.optionalKey(Schema.Array(Site)),
  installations: Schema.optionalKey(Schema.Array(Installation)),
  /** Fact sections of the rule packs, keyed by each pack's `factsKey`; decoded by the packs. */
  facts: Schema.optionalKey(Schema.Record(Schema.String, Schema.Unknown))
}).annotate({
  title: "生产经营单位 — Enterprise",
  description:
    "生产经营单位档案：统一社会信用代码、属地、行业领域及规则所需的事实；缺省字段表示未知。 — The enterprise profile: credit code, jurisdiction, sectors and the facts rules read; an absent field means unknown."
}).check(Schema.makeFilter((e) => {
  const issues: Array<Schema.FilterIssue> = []
  const siteIds = new Set<string>()
  e.sites?.forEach((site, i) => {
    if (siteIds.has(site.id)) issues.push({ path: ["sites", i, "id"], issue: localizedIssue(`duplicate site id ${site.id}`, `场所编号 ${site.id} 重复`) })
    siteIds.add(site.id)
  })
  const installationIds = new Set<string>()
  e.installations?.forEach((inst, i) => {
    if (installationIds.has(inst.id)) {
      issues.push({ path: ["installations", i, "id"], issue: localizedIssue(`duplicate installation id ${inst.id}`, `装置编号 ${inst.id} 重复`) })
    }
    installationIds.add(inst.id)
    if (inst.site !== undefined && e.sites !== undefined && !siteIds.has(inst.site)) {
      issues.push({ path: ["installations", i, "site"], issue: localizedIssue(`site ${inst.site} is not one of the enterprise's sites`, `场所 ${inst.site} 不是本单位的场所`) })
    }
  })
  return issues
})).annotate({ identifier: "Enterprise" })
/** @since 0.1.0 */
export type Enterprise = typeof Enterprise.Type

/**
 * JSON Schema (draft 2020-12) of the enterprise profile's wire form: `schema` refers to
 * `#/$defs/Enterprise`, whose definition and its parts are in `definitions`.
 *
 * @since 0.1.0
 */
export const EnterpriseJsonSchema = Schema.toJsonSchemaDocument(Enterprise)
