/**
 * 单元 — the input of identification and grading: a 生产单元 or 储存单元 and the hazardous chemicals
 * in it, each with its maximum actual quantity q.
 *
 * Each substance is entered one of four ways, following GB 18218-2018 4.1.2 and 4.2.3
 * (gb18218-tables.md §3.4):
 * - `{ kind: "named", substance, quantityTonnes }` — a substance of 表1; its 临界量 comes from 表1
 *   (4.1.2 a: 汽油 is 200 t, not W5.1's 10 t).
 * - `{ kind: "category", category, quantityTonnes }` — a substance **not** in 表1, by its one 表2 row.
 * - `{ kind: "classified", hazards, quantityTonnes }` — a substance not in 表1, by all its 表2 hazards
 *   (4.1.2 b: the lowest 临界量); flammable liquids by category and conditions (W5.1–W5.4).
 * - `{ kind: "mixture", pure, sameHazardCategoryAsPure, hazards?, quantityTonnes }` — 4.2.3.
 *
 * A 表1 substance must be entered by name: a category or classified entry whose `name` or `cas` is
 * that of a 表1 row is rejected at decoding, at its path (a conditioned row, or a CAS several rows
 * share, is not: the material may lie outside the row's condition).
 *
 * @since 0.1.0
 */
import { Effect, Schema, SchemaIssue, SchemaTransformation } from "effect"
import { lookupByCas, lookupByName, normaliseName } from "./lookup.ts"
import { hazardCategoryIds, identifiableCategoryIds, isNamedSubstanceId, namedSubstanceIds, toxicGasBetaOf } from "./tables.ts"

/**
 * 表1 品名标识 — a named-substance id. Unknown ids fail decoding.
 *
 * @since 0.1.0
 */
export const NamedSubstanceId = Schema.Literals(namedSubstanceIds).annotate({
  description: "GB 18218-2018 表1 品名 — the id of one of its 85 rows",
  expected: "the id of a GB 18218-2018 表1 row, e.g. \"ammonia\" (石脑油 is in no row: enter it as { kind: \"classified\", hazards: [...] })"
})

/** @since 0.1.0 */
export type NamedSubstanceId = typeof NamedSubstanceId.Type

const CAS_LIKE = /^\d{2,7}-\d{2}-\d$/

/**
 * 表1 品名 (by id, name, alias or CAS) — decodes to the row's id: `"ammonia"`, `"液氨"`, `"氨气"` and
 * `"7664-41-7"` all decode to `"ammonia"`; encodes to the id. A name or CAS that does not settle one
 * row fails with the reason: CAS 9004-70-0 (six 硝化纤维素 rows) or a bare 硝酸铵 say that the
 * description decides and list the rows; 石脑油 says it is in no row.
 *
 * @since 0.2.0
 */
export const NamedSubstanceRef = Schema.String.pipe(
  Schema.decodeTo(
    NamedSubstanceId,
    SchemaTransformation.transformEffect({
      decode: (s: string, options) => {
        if (isNamedSubstanceId(s)) return Effect.succeed(s)
        const found = CAS_LIKE.test(s.trim()) ? lookupByCas(s) : lookupByName(s)
        if (found._tag === "Found") return Effect.succeed(found.row.id)
        const message = found._tag === "NotFound"
          ? `Expected the id, name, alias or CAS number of a GB 18218-2018 表1 row, e.g. "ammonia", "液氨" or "7664-41-7"; ${JSON.stringify(s)} is in no row (a substance not in 表1, such as 石脑油, is entered as { kind: "classified", hazards: [...] })`
          : found.message
        return Effect.fail(new SchemaIssue.InvalidValue({ message }, s, options))
      },
      encode: (id: NamedSubstanceId) => Effect.succeed(id)
    })
  )
).annotate({ description: "GB 18218-2018 表1 品名 — a row's id, name, alias or CAS number" })

/**
 * 危险性类别代码 — a GB 18218-2018 表2/表4 category code (J1–J5, W1.1–W11; `W9` = "some W9.x", β only).
 *
 * @since 0.1.0
 */
export const HazardCategoryId = Schema.Literals(hazardCategoryIds).annotate({
  description: "GB 18218-2018 危险性类别 (表2/表4), e.g. J1, W2, W5.1",
  expected: "a GB 18218-2018 category code (J1–J5, W1.1–W1.3, W2–W4, W5.1–W5.4, W6.1, W6.2, W7.1, W7.2, W8, W9.1, W9.2, W10, W11)"
})

/** @since 0.1.0 */
export type HazardCategoryId = typeof HazardCategoryId.Type

/**
 * A 表2 category code — every row of 表2 (all codes but the legacy `W9`, which has no 临界量).
 *
 * @since 0.1.0
 */
export const IdentifiableCategoryId = Schema.Literals(identifiableCategoryIds).annotate({
  description: "GB 18218-2018 表2 category (J1–J5, W1.1–W11)",
  expected: "a GB 18218-2018 表2 category (J1–J5, W1.1–W1.3, W2, W3, W4, W5.1–W5.4, W6.1, W6.2, W7.1, W7.2, W8, W9.1, W9.2, W10, W11)"
})

/** @since 0.1.0 */
export type IdentifiableCategoryId = typeof IdentifiableCategoryId.Type

/**
 * 吨 — a quantity in tonnes, finite and ≥ 0.
 *
 * @since 0.1.0
 */
export const Tonnes = Schema.Finite.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "Expected a quantity in tonnes, ≥ 0" })
).annotate({ description: "吨 (t), ≥ 0" })

const CAS_PATTERN = /^(\d{2,7})-(\d{2})-(\d)$/

/**
 * Whether a CAS registry number's check digit is right (`86290-81-5` is; `86290-81-4` is not).
 *
 * @since 0.1.0
 */
export const isValidCas = (cas: string): boolean => {
  const m = CAS_PATTERN.exec(cas)
  if (m === null) return false
  const digits = (m[1]! + m[2]!).split("").reverse()
  const sum = digits.reduce((acc, d, i) => acc + Number(d) * (i + 1), 0)
  return sum % 10 === Number(m[3])
}

/**
 * CAS 号 — a CAS registry number with a valid check digit.
 *
 * @since 0.1.0
 */
export const CasNumber = Schema.String.check(
  Schema.isPattern(CAS_PATTERN, { message: "Expected a CAS registry number like 86290-81-5" }),
  Schema.makeFilter((s: string) => isValidCas(s), { message: "Expected a CAS registry number with a valid check digit" })
).annotate({ description: "CAS 号" })

/** @since 0.1.0 */
export type CasNumber = typeof CasNumber.Type

/**
 * 表1 物质 — a named substance of 表1 and its maximum actual quantity.
 *
 * `hazardClass` is read by grading only, and only for substances that are not named toxic gases of
 * 表3: their β is set by their hazard category (表4), which §10 does not record per substance.
 * For a 表3 toxic gas the 表3 β governs and `hazardClass` is ignored.
 *
 * @since 0.1.0
 */
export const NamedSubstanceEntry = Schema.Struct({
  kind: Schema.Literal("named"),
  /** The 表1 row: its id, or (since 0.2.0) its name, an alias or its CAS number — decoded to the id. */
  substance: NamedSubstanceRef,
  /** q — 最大实际存在量, t. */
  quantityTonnes: Tonnes,
  /** 危险性类别 for β (表4); needed for grading unless the substance is a 表3 toxic gas. */
  hazardClass: Schema.optionalKey(HazardCategoryId),
  /** A free label: tank number, warehouse bay. */
  label: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "NamedSubstanceEntry", description: "表1 物质 — named substance, q in tonnes" })

/** @since 0.1.0 */
export type NamedSubstanceEntry = typeof NamedSubstanceEntry.Type

/**
 * The issue of a `name` or `cas` that names a 表1 row outright: such a substance takes its 表1
 * 临界量 (4.1.2 a) and must be entered by name. A conditioned row (甲醛(含量>90%), 硝酸铵, …) or a CAS
 * shared by several rows is not rejected — a material outside the condition is not in 表1.
 */
const table1Issues = (e: { readonly name?: string; readonly cas?: string }): Array<Schema.FilterIssue> => {
  const issues: Array<Schema.FilterIssue> = []
  if (e.name !== undefined) {
    const k = normaliseName(e.name)
    if (k === "一氧化碳" || k === "CO") {
      issues.push({
        path: ["name"],
        issue: `${JSON.stringify(e.name)} is the named toxic gas "carbon-monoxide" of GB 18218-2018 表3; 表1 names CO only inside 序号 13 煤气(CO,CO和H₂、CH₄的混合物等): enter it as { kind: "named", substance: "coal-gas" }`
      })
    } else {
      const found = lookupByName(e.name)
      if (found._tag === "Found") issues.push({ path: ["name"], issue: namedMessage(JSON.stringify(e.name), found.row.id) })
      if (found._tag === "Ambiguous") issues.push({ path: ["name"], issue: found.message })
    }
  }
  if (e.cas !== undefined) {
    const found = lookupByCas(e.cas)
    if (found._tag === "Found") issues.push({ path: ["cas"], issue: namedMessage(`CAS ${e.cas}`, found.row.id) })
  }
  return issues
}

const namedMessage = (what: string, id: string): string =>
  `${what} is the GB 18218-2018 表1 substance "${id}": enter it as { kind: "named", substance: "${id}" } (a substance named in 表1 takes its 表1 critical quantity, 4.1.2 a; 表2 categories are for substances not in 表1)`

/**
 * 表2 物质 — a substance that is not in 表1, by its one 表2 category, and its maximum actual quantity.
 * `name` and `cas` are optional, and are checked: a 表1 substance (or 一氧化碳, see 序号 13) is
 * rejected here. A substance with several hazards, or a flammable liquid whose W5 row the
 * conditions choose, is a {@link ClassifiedSubstanceEntry}; a mixture, a {@link MixtureEntry}.
 *
 * @since 0.1.0
 */
export const CategorySubstanceEntry = Schema.Struct({
  kind: Schema.Literal("category"),
  category: IdentifiableCategoryId,
  /** q — 最大实际存在量, t. */
  quantityTonnes: Tonnes,
  /** 品名, for the record and for the 表1 check. */
  name: Schema.optionalKey(Schema.NonEmptyString),
  cas: Schema.optionalKey(CasNumber),
  label: Schema.optionalKey(Schema.String)
}).pipe(
  Schema.check(Schema.makeFilter(table1Issues))
).annotate({ identifier: "CategorySubstanceEntry", description: "表2 物质 — substance not in 表1, by category, q in tonnes" })

/** @since 0.1.0 */
export type CategorySubstanceEntry = typeof CategorySubstanceEntry.Type

/**
 * 易燃液体 — a flammable liquid's GHS category (GB 30000.7: 1, 2 or 3) and the two conditions 表2
 * uses to choose its W5 row:
 * - 类别1 → W5.1 (10 t), whatever the conditions;
 * - 类别2/3 worked above the boiling point (`workingTemperatureAboveBoilingPoint`) → W5.1 (10 t);
 * - otherwise, under 特殊工艺条件 (`specialProcessConditions`: a 危险化工工艺, operation in or near the
 *   explosive range, operating pressure above 1.6 MPa, …) → W5.2 (50 t);
 * - otherwise 类别2 → W5.3 (1000 t), 类别3 → W5.4 (5000 t).
 *
 * A condition left out is unknown: the W5 row stays open between the rows it could be, and the
 * identification answers indeterminate unless every possibility gives the same answer.
 *
 * @since 0.2.0
 */
export const FlammableLiquidHazard = Schema.Struct({
  /** 易燃液体类别 (GB 30000.7 / GHS): 1, 2 or 3. GHS 类别4 has no 表2 row. */
  flammableLiquid: Schema.Literals([1, 2, 3]).annotate({
    description: "易燃液体类别 1 | 2 | 3",
    expected: "a flammable-liquid category 1, 2 or 3 (GHS category 4 has no GB 18218-2018 表2 row)"
  }),
  /** 工作温度高于沸点. */
  workingTemperatureAboveBoilingPoint: Schema.optionalKey(Schema.Boolean),
  /** 具有引发重大事故的特殊工艺条件 (危险化工工艺、爆炸极限范围或附近操作、操作压力大于1.6MPa等). */
  specialProcessConditions: Schema.optionalKey(Schema.Boolean)
}).annotate({ identifier: "FlammableLiquidHazard", description: "易燃液体 — category and the conditions that choose W5.1–W5.4" })

/** @since 0.2.0 */
export type FlammableLiquidHazard = typeof FlammableLiquidHazard.Type

/**
 * 危险性 — one hazard of a substance: a 表2 row given directly (`{ category: "J3" }`) or a flammable
 * liquid whose W5 row follows from its category and conditions.
 *
 * @since 0.2.0
 */
export const Hazard = Schema.Union([
  Schema.Struct({ category: IdentifiableCategoryId }).annotate({ identifier: "CategoryHazard" }),
  FlammableLiquidHazard
]).annotate({
  description: "危险性 — { category } or { flammableLiquid, workingTemperatureAboveBoilingPoint?, specialProcessConditions? }",
  expected: "{ category: \"J3\" } or { flammableLiquid: 1 | 2 | 3, workingTemperatureAboveBoilingPoint?, specialProcessConditions? }"
})

/** @since 0.2.0 */
export type Hazard = typeof Hazard.Type

const Hazards = Schema.NonEmptyArray(Hazard)

/**
 * 未列入表1的危险化学品 — a substance not named in 表1, by all its 表2 hazards (4.1.2 b: "若一种危险
 * 化学品具有多种危险性，按其中最低的临界量确定"). Its Q is the lowest Q of the rows it falls in; its β
 * is the 表4 β of the row that gave that Q (an assumption: the standard does not say which β goes
 * with the chosen Q — see the README). 石脑油 is entered this way.
 *
 * @example
 * ```ts
 * { kind: "classified", name: "石脑油", quantityTonnes: 500, hazards: [{ flammableLiquid: 1 }] } // W5.1, Q 10 t
 * ```
 * @since 0.2.0
 */
export const ClassifiedSubstanceEntry = Schema.Struct({
  kind: Schema.Literal("classified"),
  /** Its 表2 hazards (at least one). */
  hazards: Hazards,
  /** q — 最大实际存在量, t. */
  quantityTonnes: Tonnes,
  name: Schema.optionalKey(Schema.NonEmptyString),
  cas: Schema.optionalKey(CasNumber),
  label: Schema.optionalKey(Schema.String)
}).pipe(
  Schema.check(Schema.makeFilter(table1Issues))
).annotate({ identifier: "ClassifiedSubstanceEntry", description: "未列入表1的危险化学品 — by its 表2 hazards, q in tonnes" })

/** @since 0.2.0 */
export type ClassifiedSubstanceEntry = typeof ClassifiedSubstanceEntry.Type

/**
 * 混合物 (GB 18218-2018 4.2.3): "如果混合物与其纯物质属于相同危险类别，则视混合物为纯物质，按混合物
 * 整体进行计算。如果混合物与其纯物质不属于相同危险类别，则应按新危险类别考虑其临界量。"
 *
 * - `pure`: the pure substance — a 表1 row (`{ substance, hazardClass? }`, `hazardClass` for β as in a
 *   named entry) or its 表2 hazards (`{ hazards }`);
 * - `sameHazardCategoryAsPure: true` → the whole mixture (q = its full mass) takes the pure
 *   substance's Q; `false` → the mixture's own `hazards` give Q (lowest, as for a classified
 *   substance); absent → unknown, and so is Q unless both ways give the same answer.
 *
 * @since 0.2.0
 */
export const MixtureEntry = Schema.Struct({
  kind: Schema.Literal("mixture"),
  pure: Schema.Union([
    Schema.Struct({ substance: NamedSubstanceRef, hazardClass: Schema.optionalKey(HazardCategoryId) }),
    Schema.Struct({ hazards: Hazards })
  ]).annotate({ expected: "{ substance: <表1 id> } or { hazards: [...] }" }),
  /** 混合物与其纯物质属于相同危险类别. */
  sameHazardCategoryAsPure: Schema.optionalKey(Schema.Boolean),
  /** The mixture's own 表2 hazards (used when it is not of the pure substance's category). */
  hazards: Schema.optionalKey(Hazards),
  /** q — the mixture's 最大实际存在量 (its whole mass), t. */
  quantityTonnes: Tonnes,
  name: Schema.optionalKey(Schema.NonEmptyString),
  label: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "MixtureEntry", description: "混合物 (4.2.3) — by its pure substance or its own hazards, q in tonnes" })

/** @since 0.2.0 */
export type MixtureEntry = typeof MixtureEntry.Type

/**
 * 危险化学品 — one entry of a unit: named (表1), by one 表2 category, by its 表2 hazards, or a mixture.
 *
 * @since 0.1.0
 */
export const SubstanceEntry = Schema.Union([NamedSubstanceEntry, CategorySubstanceEntry, ClassifiedSubstanceEntry, MixtureEntry]).annotate({
  description: "危险化学品 — a 表1 substance by name, another substance by its 表2 category or hazards, or a mixture",
  expected: "{ kind: \"named\", substance, quantityTonnes }, { kind: \"category\", category, quantityTonnes }, { kind: \"classified\", hazards, quantityTonnes } or { kind: \"mixture\", pure, quantityTonnes }"
})

/** @since 0.1.0 */
export type SubstanceEntry = typeof SubstanceEntry.Type

/**
 * 单元类型 — `production` 生产单元, `storage` 储存单元.
 *
 * @since 0.1.0
 */
export const UnitKind = Schema.Literals(["production", "storage"]).annotate({
  description: "production 生产单元 | storage 储存单元"
})

/** @since 0.1.0 */
export type UnitKind = typeof UnitKind.Type

/**
 * 辨识单元 — a production or storage unit and the hazardous chemicals in it. List each substance
 * once with the maximum quantity that can be present in the unit (listing it twice adds up the
 * same S and R, since both are sums).
 *
 * @since 0.1.0
 */
export const HazardUnit = Schema.Struct({
  id: Schema.optionalKey(Schema.NonEmptyString),
  name: Schema.optionalKey(Schema.String),
  kind: UnitKind,
  substances: Schema.Array(SubstanceEntry)
}).annotate({ identifier: "HazardUnit", description: "辨识单元 — 生产单元 or 储存单元 with its hazardous chemicals" })

/** @since 0.1.0 */
export type HazardUnit = typeof HazardUnit.Type

/**
 * The indexes of named entries that grading cannot give a β: not a 表3 toxic gas and no `hazardClass`.
 *
 * @since 0.1.0
 */
export const entriesWithoutBeta = (unit: { readonly substances: ReadonlyArray<SubstanceEntry> }): ReadonlyArray<number> =>
  unit.substances.flatMap((e, i) =>
    e.kind === "named" && e.hazardClass === undefined && toxicGasBetaOf(e.substance) === undefined ? [i] : []
  )

/**
 * 可分级单元 — a {@link HazardUnit} whose every substance has a β: decoding fails at
 * `["substances"][i]["hazardClass"]` for a named substance that is not a 表3 toxic gas and has no
 * `hazardClass`.
 *
 * @since 0.1.0
 */
export const GradableHazardUnit = HazardUnit.pipe(
  Schema.check(Schema.makeFilter((unit) =>
    entriesWithoutBeta(unit).map((i) => ({
      path: ["substances", i, "hazardClass"],
      issue: `β of "${(unit.substances[i] as NamedSubstanceEntry).substance}" depends on its hazard category (GB 18218-2018 表4): give hazardClass, a category code such as "W2" or "W5.1"`
    }))
  ))
).annotate({ identifier: "GradableHazardUnit" })

/**
 * 分级参数 — `exposedPeople`: people outside the plant within 500 m of the boundary (α, 表5).
 *
 * @since 0.1.0
 */
export const GradingOptions = Schema.Struct({
  exposedPeople: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a head-count ≥ 0" }))
}).annotate({ identifier: "GradingOptions", description: "厂区边界外500米范围内暴露人员数" })

/** @since 0.1.0 */
export type GradingOptions = typeof GradingOptions.Type
