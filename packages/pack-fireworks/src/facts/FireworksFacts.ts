/**
 * 烟花爆竹事实 — the fact section of the fireworks pack (`enterprise.facts.fireworks`): what the 20
 * items of 烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行) (`fireworks-major-hazard-2017`,
 * regulations.md §2) read, beyond the core enterprise profile.
 *
 * Every fact is optional (`Schema.optionalKey`): an absent fact means **unknown**, and a rule that
 * needs it answers `indeterminate`; nothing defaults silently. An empty array is a known fact
 * ("checked, none"); an absent array is not. Inside list entries only the key that says what the
 * entry is (`object`, `reason`) is required.
 *
 * What the core profile already models is read from there, not duplicated here:
 * - item 1 (考核) reads `enterprise.keyPeople[].roles` and `enterprise.keyPeople[].assessment`;
 * - item 2 (特种作业人员持证) reads `enterprise.keyPeople[]` with role `special-operator` and their
 *   `certificates` (a 特种作业操作证 is a certificate whose `kind` starts with `special-operation`);
 * - item 18 (许可证过期) reads `enterprise.licences` (`fireworks-production-licence` 烟花爆竹安全生产许可证,
 *   `fireworks-business-licence` 烟花爆竹经营许可证) and `enterprise.unitKinds`.
 *
 * Numbers the standard itself does not give (the required safety distances, the 核定 head-counts and
 * 药量) are facts, taken from the approved design, the 安全评价 or the licence; the pack never
 * computes them. The field comments name the item(s) of §2 that read each fact.
 *
 * @since 0.1.0
 */
import { CalendarDate } from "@anquan/core"
import { Schema } from "effect"

const opt = Schema.optionalKey
const Bool = Schema.Boolean
const Text = Schema.NonEmptyString
const HeadCount = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a head-count ≥ 0" }))
const Kilograms = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a quantity in kg ≥ 0" }))
const Metres = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a distance in metres ≥ 0" }))

/** Literals whose decoding failure names the field and lists the allowed values (as core's enums do). */
const namedLiterals = <const L extends ReadonlyArray<string>>(values: L, identifier: string, what: string, description: string) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

// ---------------------------------------------------------------------------------------------
// 工(库)房 — workshops and stores (items 4–8, 10, 19)
// ---------------------------------------------------------------------------------------------

/**
 * 安全距离 — one safety distance of a 工(库)房 (item 6): to a neighbouring building (内部安全距离) or
 * to an outside object such as a village, road or power line (外部安全距离). `requiredMetres` is the
 * minimum the national standard or the approved design requires for this pair (it depends on the
 * 危险等级 and 药量; the pack does not compute it); `actualMetres` is the distance measured.
 *
 * @since 0.1.0
 */
export const SafetyDistance = Schema.Struct({
  /** 距离对象，如「A3 工房」「某村居民点」「县道」. */
  target: opt(Text),
  /** 标准或设计要求的最小安全距离, m. */
  requiredMetres: opt(Metres),
  /** 实际距离, m. */
  actualMetres: opt(Metres)
}).annotate({ identifier: "SafetyDistance", description: "安全距离 — required vs actual, metres" })

/** @since 0.1.0 */
export type SafetyDistance = typeof SafetyDistance.Type

/**
 * 防护屏障 (item 6) — `compliant` 设置且符合要求, `missing` 缺失, `substandard` 不符合要求,
 * `not-required` 按标准/设计无需设置.
 *
 * @since 0.1.0
 */
export const BarrierStatus = namedLiterals(
  ["compliant", "missing", "substandard", "not-required"],
  "BarrierStatus",
  "a barrier status (防护屏障)",
  "防护屏障: compliant 符合要求 | missing 缺失 | substandard 不符合要求 | not-required 无需设置"
)

/** @since 0.1.0 */
export type BarrierStatus = typeof BarrierStatus.Type

/**
 * 防静电、防火、防雷设备设施 (item 7) — `effective` 设置且有效, `missing` 缺失, `failed` 失效,
 * `not-required` 按标准/设计无需设置.
 *
 * @since 0.1.0
 */
export const FacilityStatus = namedLiterals(
  ["effective", "missing", "failed", "not-required"],
  "FacilityStatus",
  "a facility status (设备设施状态)",
  "设备设施: effective 有效 | missing 缺失 | failed 失效 | not-required 无需设置"
)

/** @since 0.1.0 */
export type FacilityStatus = typeof FacilityStatus.Type

/** The fields a 工房 and a 库房 share. */
const buildingFields = {
  /** 编号，如「A3」. */
  id: opt(Text),
  /** 名称，如「装药工房」「成品库」. */
  name: opt(Text),
  /**
   * 危险等级 as the approved design records it (e.g. `1.1-1`, `1.1-2`, `1.3`, `1.4`). Informational:
   * the rules show it as evidence; the distances it implies are facts (`requiredMetres`).
   */
  hazardClass: opt(Text),
  /** 第4项 核定人数. */
  approvedHeadCount: opt(HeadCount),
  /** 第4项 实际作业人员数量 (at the inspection). */
  actualHeadCount: opt(HeadCount),
  /** 第5项 核定药量, kg. */
  approvedExplosiveKg: opt(Kilograms),
  /** 第5项 实际滞留、存储药量, kg (at the inspection). */
  actualExplosiveKg: opt(Kilograms),
  /** 第6项 内部安全距离 to each neighbouring building that matters (empty = none to check). */
  internalDistances: opt(Schema.Array(SafetyDistance)),
  /** 第6项 外部安全距离 to each outside object that matters (empty = none to check). */
  externalDistances: opt(Schema.Array(SafetyDistance)),
  /** 第6项 防护屏障. */
  protectiveBarrier: opt(BarrierStatus),
  /** 第7项 防静电设备设施. */
  antiStatic: opt(FacilityStatus),
  /** 第7项 防火设备设施. */
  fireProtection: opt(FacilityStatus),
  /** 第7项 防雷设备设施. */
  lightningProtection: opt(FacilityStatus),
  /** 第8项 设计(许可)用途. Informational. */
  designedUse: opt(Text),
  /** 第8项 实际用途. Informational. */
  actualUse: opt(Text),
  /** 第8项 改变了工(库)房用途 (actual use differs from the designed one). */
  useChanged: opt(Bool),
  /** 第8项 用途变更经过批准 (read only when `useChanged`). */
  useChangeApproved: opt(Bool)
}

/**
 * 工房 — a workshop or workroom where explosive work is done (items 4–8, 10).
 *
 * @since 0.1.0
 */
export const Workshop = Schema.Struct({
  ...buildingFields,
  /** 第10项 在本工房内粉碎、称量氧化剂. */
  oxidiserCrushedOrWeighed: opt(Bool),
  /** 第10项 在本工房内粉碎、称量还原剂. */
  reducerCrushedOrWeighed: opt(Bool)
}).annotate({ identifier: "Workshop", description: "工房 — workshop" })

/** @since 0.1.0 */
export type Workshop = typeof Workshop.Type

/**
 * 库房 — a store or warehouse (仓库) of the unit: raw materials, compositions, semi-finished or
 * finished products (items 4–8, 10, 19).
 *
 * @since 0.1.0
 */
export const Store = Schema.Struct({
  ...buildingFields,
  /** 第10项 本库储存氧化剂. */
  holdsOxidiser: opt(Bool),
  /** 第10项 本库储存还原剂. */
  holdsReducer: opt(Bool),
  /**
   * 第19项 本库存放的其它爆炸物等危险物品 (anything dangerous other than the fireworks and the raw
   * materials the store is approved for), e.g. 「雷管」「汽油」; empty = none.
   */
  otherDangerousGoods: opt(Schema.Array(Text))
}).annotate({ identifier: "Store", description: "库房/仓库 — store" })

/** @since 0.1.0 */
export type Store = typeof Store.Type

// ---------------------------------------------------------------------------------------------
// Items 8, 9, 11, 12
// ---------------------------------------------------------------------------------------------

/**
 * 违规私搭乱建的建(构)筑物 (item 8).
 *
 * @since 0.1.0
 */
export const UnauthorisedStructure = Schema.Struct({
  description: opt(Text),
  location: opt(Text)
}).annotate({ identifier: "UnauthorisedStructure", description: "违规私搭乱建的建(构)筑物" })

/**
 * 厂区 (item 9): 工厂围墙 and 分区 (functional zoning per the national standard).
 *
 * @since 0.1.0
 */
export const Plant = Schema.Struct({
  /** 工厂围墙完整 (false = 缺失, wholly or in part). */
  perimeterWallComplete: opt(Bool),
  /** 分区设置符合国家标准. */
  zoningCompliant: opt(Bool)
}).annotate({ identifier: "Plant", description: "厂区 — perimeter wall and zoning" })

/**
 * 涉药机械设备 (item 11).
 *
 * @since 0.1.0
 */
export const ExplosiveMachine = Schema.Struct({
  id: opt(Text),
  /** 名称，如「自动装药机」. */
  name: opt(Text),
  /** 在用. */
  inUse: opt(Bool),
  /** 经过安全性论证. */
  safetyDemonstrated: opt(Bool),
  /** 擅自更改 (modified without approval). */
  unapprovedModification: opt(Bool),
  /** 擅自改变用途. */
  unapprovedUseChange: opt(Bool)
}).annotate({ identifier: "ExplosiveMachine", description: "涉药机械设备" })

/** @since 0.1.0 */
export type ExplosiveMachine = typeof ExplosiveMachine.Type

/**
 * 存储能力 of one kind of central store (item 12), as the approved design or the 安全评价 assesses it
 * against the plant's 设计产能.
 *
 * @since 0.1.0
 */
export const StoreCapacity = Schema.Struct({
  /** 存储能力 (核定药量之和), kg. Informational. */
  capacityKg: opt(Kilograms),
  /** 存储能力与设计产能相匹配. */
  matchesDesignedCapacity: opt(Bool)
}).annotate({ identifier: "StoreCapacity", description: "存储能力与设计产能的匹配" })

/**
 * 中转库、药物总库、成品总库的存储能力 (item 12).
 *
 * @since 0.1.0
 */
export const CentralStoreCapacity = Schema.Struct({
  /** 中转库. */
  transferStore: opt(StoreCapacity),
  /** 药物总库. */
  compositionStore: opt(StoreCapacity),
  /** 成品总库. */
  finishedProductStore: opt(StoreCapacity)
}).annotate({ identifier: "CentralStoreCapacity", description: "中转库、药物总库和成品总库的存储能力" })

// ---------------------------------------------------------------------------------------------
// Items 13–20
// ---------------------------------------------------------------------------------------------

/**
 * 全员安全生产责任制 (item 13).
 *
 * @since 0.1.0
 */
export const ResponsibilitySystem = Schema.Struct({
  /** 已建立. */
  established: opt(Bool),
  /** 与岗位相匹配 (every post, every person). */
  matchedToPosts: opt(Bool)
}).annotate({ identifier: "ResponsibilitySystem", description: "全员安全生产责任制" })

/**
 * 生产安全事故隐患排查治理制度 (item 13): 制定 and 实施.
 *
 * @since 0.1.0
 */
export const HazardInvestigationSystem = Schema.Struct({
  /** 已制定. */
  established: opt(Bool),
  /** 已实施. */
  implemented: opt(Bool)
}).annotate({ identifier: "HazardInvestigationSystem", description: "生产安全事故隐患排查治理制度" })

/**
 * 许可证违法行为 (item 14) — `rented-out` 出租, `lent` 出借, `transferred` 转让, `bought-or-sold` 买卖,
 * `used-in-another-name` 冒用, `forged` 伪造.
 *
 * @since 0.1.0
 */
export const LicenceMisuse = namedLiterals(
  ["rented-out", "lent", "transferred", "bought-or-sold", "used-in-another-name", "forged"],
  "LicenceMisuse",
  "a licence misuse (许可证违法行为)",
  "rented-out 出租 | lent 出借 | transferred 转让 | bought-or-sold 买卖 | used-in-another-name 冒用 | forged 伪造"
)

/** @since 0.1.0 */
export type LicenceMisuse = typeof LicenceMisuse.Type

/**
 * 许可范围 (item 15): the product kinds and 危险等级 the licence allows, written exactly as the
 * products below are (e.g. kinds 「组合烟花」「爆竹」, grades 「C级」「D级」). The core `Licence` does not
 * carry its scope, so it is recorded here.
 *
 * @since 0.1.0
 */
export const LicensedScope = Schema.Struct({
  /** 许可的产品种类. */
  productKinds: opt(Schema.Array(Text)),
  /** 许可的危险等级. */
  hazardGrades: opt(Schema.Array(Text))
}).annotate({ identifier: "LicensedScope", description: "许可范围 — licensed product kinds and hazard grades" })

/**
 * 产品 (item 15): a product the unit produces or trades, with its 种类 and 危险等级.
 *
 * @since 0.1.0
 */
export const Product = Schema.Struct({
  name: opt(Text),
  /** 产品种类, in the licence's vocabulary. */
  kind: opt(Text),
  /** 危险等级, in the licence's vocabulary. */
  hazardGrade: opt(Text)
}).annotate({ identifier: "Product", description: "生产经营的产品" })

/**
 * 分包转包 (item 16) — a production line, 工房 or 库房 on which **another party** organises
 * production or operation: `object` is what was handed over, `arrangement` how
 * (`subcontract` 分包, `transfer` 转包, `lease` 出租 to a party that produces or trades there).
 *
 * @since 0.1.0
 */
export const OutsourcedFacility = Schema.Struct({
  object: namedLiterals(
    ["production-line", "workshop", "store"],
    "OutsourcedObject",
    "what was handed over (生产线/工房/库房)",
    "production-line 生产线 | workshop 工房 | store 库房"
  ),
  arrangement: opt(namedLiterals(
    ["subcontract", "transfer", "lease"],
    "OutsourcingArrangement",
    "an arrangement (分包/转包/出租)",
    "subcontract 分包 | transfer 转包 | lease 出租"
  )),
  /** 对方单位或个人. */
  counterparty: opt(Text),
  /** 工(库)房或生产线编号/名称. */
  facility: opt(Text)
}).annotate({ identifier: "OutsourcedFacility", description: "分包转包的生产线、工房、库房" })

/**
 * 停产停业原因 (item 18) — `licence-expired` 许可证过期, `rectification` 整顿改造, `severe-weather`
 * 恶劣天气, `ordered` 责令停产停业, `other` 其他.
 *
 * @since 0.1.0
 */
export const SuspensionReason = namedLiterals(
  ["licence-expired", "rectification", "severe-weather", "ordered", "other"],
  "SuspensionReason",
  "a suspension reason (停产停业原因)",
  "licence-expired 许可证过期 | rectification 整顿改造 | severe-weather 恶劣天气 | ordered 责令停产停业 | other 其他"
)

/**
 * 停产停业期间 (item 18): `from` and `to` inclusive; no `to` = still suspended.
 *
 * @since 0.1.0
 */
export const Suspension = Schema.Struct({
  reason: SuspensionReason,
  from: CalendarDate.CalendarDate,
  to: opt(CalendarDate.CalendarDate),
  /** 停产停业期间组织了生产经营. */
  operatedDuring: opt(Bool)
}).annotate({ identifier: "Suspension", description: "停产停业期间 — from/to inclusive; no `to` = continuing" })

/** @since 0.1.0 */
export type Suspension = typeof Suspension.Type

/**
 * 零售场所 (item 20).
 *
 * @since 0.1.0
 */
export const RetailPremises = Schema.Struct({
  /** 零售点与居民居住场所设置在同一建筑物内. */
  sameBuildingAsResidence: opt(Bool),
  /** 在零售场所使用明火. */
  openFlameUsed: opt(Bool)
}).annotate({ identifier: "RetailPremises", description: "零售场所" })

// ---------------------------------------------------------------------------------------------
// The fact section
// ---------------------------------------------------------------------------------------------

/**
 * 烟花爆竹事实 — the fireworks pack's fact section, under `enterprise.facts.fireworks`. Every key is
 * optional; absent = unknown.
 *
 * @since 0.1.0
 */
export const FireworksFacts = Schema.Struct({
  /** 第2项 设有特种作业岗位 (then the `special-operator` key people are checked). */
  hasSpecialOperations: opt(Bool),
  /** 第2项 作业人员带药检维修设备设施. */
  repairsWithExplosivesPresent: opt(Bool),
  /** 第3项 职工自行携带工器具、机器设备进厂进行涉药作业. */
  personalToolsInExplosiveWork: opt(Bool),
  /** 第4–8、10项 工房 (empty = none). */
  workshops: opt(Schema.Array(Workshop)),
  /** 第4–8、10、19项 库房/仓库 (empty = none). */
  stores: opt(Schema.Array(Store)),
  /** 第8项 违规私搭乱建的建(构)筑物 (empty = none). */
  unauthorisedStructures: opt(Schema.Array(UnauthorisedStructure)),
  /** 第9项 工厂围墙和分区. */
  plant: opt(Plant),
  /** 第10项 违规预混氧化剂、还原剂. */
  improperPremixing: opt(Bool),
  /** 第11项 涉药机械设备 (empty = none). */
  explosiveMachinery: opt(Schema.Array(ExplosiveMachine)),
  /** 第12项 中转库、药物总库和成品总库的存储能力. */
  centralStoreCapacity: opt(CentralStoreCapacity),
  /** 第13项 全员安全生产责任制. */
  responsibilitySystem: opt(ResponsibilitySystem),
  /** 第13项 生产安全事故隐患排查治理制度. */
  hazardInvestigationSystem: opt(HazardInvestigationSystem),
  /** 第14项 出租、出借、转让、买卖、冒用或者伪造许可证的情形 (empty = none). */
  licenceMisuse: opt(Schema.Array(LicenceMisuse)),
  /** 第15项 许可范围. */
  licensedScope: opt(LicensedScope),
  /** 第15项 生产经营的产品 (empty = none). */
  products: opt(Schema.Array(Product)),
  /** 第15项 生产使用违禁药物 (read for production units). */
  prohibitedChemicalsUsed: opt(Bool),
  /** 第16项 分包转包的生产线、工房、库房 (empty = none). */
  outsourcedFacilities: opt(Schema.Array(OutsourcedFacility)),
  /** 第17项 一证多厂. */
  oneLicenceMultiplePlants: opt(Bool),
  /** 第17项 多股东各自独立组织生产经营. */
  shareholdersOperateIndependently: opt(Bool),
  /** 第18项 正在组织生产经营 (as of the evaluation date). */
  inOperation: opt(Bool),
  /** 第18项 停产停业期间 (empty = none). */
  suspensions: opt(Schema.Array(Suspension)),
  /** 第19项 生产经营违禁超标产品. */
  dealsInProhibitedOrSubstandardProducts: opt(Bool),
  /** 第20项 零售场所. */
  retailPremises: opt(RetailPremises)
}).annotate({
  identifier: "FireworksFacts",
  description: "烟花爆竹事实 — facts read by fireworks-major-hazard-2017 items 1–20 (with enterprise.keyPeople, licences, unitKinds)"
})

/** @since 0.1.0 */
export type FireworksFacts = typeof FireworksFacts.Type

/** The wire (JSON) shape of {@link FireworksFacts}: dates as `YYYY-MM-DD`. @since 0.1.0 */
export type FireworksFactsEncoded = typeof FireworksFacts.Encoded
