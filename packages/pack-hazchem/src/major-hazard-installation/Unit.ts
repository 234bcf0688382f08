/**
 * 单元 — the input of identification and grading: a 生产单元 or 储存单元 and the hazardous chemicals
 * in it, each with its maximum actual quantity q.
 *
 * Each substance is entered one of two ways, as GB 18218-2018 requires (regulations.md §10):
 * - `{ kind: "named", substance, quantityTonnes }` — a substance of 表1; its 临界量 comes from 表1.
 * - `{ kind: "category", category, quantityTonnes }` — a substance **not** in 表1, by its 表2 category
 *   (§10: "石脑油 is not in 表1: classify it by its 易燃液体 category in 表2").
 *
 * A 表1 substance must be entered by name: a category entry whose `name` or `cas` is that of a 表1
 * row (or of a named toxic gas of 表3) is rejected at decoding, at its path.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import {
  hazardCategoryIds,
  identifiableCategoryIds,
  isNamedSubstanceId,
  namedSubstanceIds,
  namedSubstances,
  toxicGasBetaOf,
  toxicGasBetas
} from "./tables.ts"

/**
 * 表1 品名标识 — a named-substance id. Unknown ids fail decoding.
 *
 * @since 0.1.0
 */
export const NamedSubstanceId = Schema.Literals(namedSubstanceIds).annotate({
  description: "GB 18218-2018 表1 品名 (as recorded in regulations.md §10)",
  expected: "a GB 18218-2018 表1 substance id recorded in regulations.md §10, e.g. \"ammonia\" (石脑油 is not one)"
})

/** @since 0.1.0 */
export type NamedSubstanceId = typeof NamedSubstanceId.Type

/**
 * 危险性类别代码 — a GB 18218-2018 category code named in §10 (J1–J5, W1.1–W11; `W9` = W9.x).
 *
 * @since 0.1.0
 */
export const HazardCategoryId = Schema.Literals(hazardCategoryIds).annotate({
  description: "GB 18218-2018 危险性类别 (表2/表4), e.g. J1, W2, W5.1",
  expected: "a GB 18218-2018 category code (J1–J5, W1.1–W1.3, W2–W4, W5.1–W5.4, W6.1, W6.2, W7.1, W7.2, W8, W9, W10, W11)"
})

/** @since 0.1.0 */
export type HazardCategoryId = typeof HazardCategoryId.Type

/**
 * A category code whose 临界量 §10 records — the only categories a substance can be identified by.
 *
 * @since 0.1.0
 */
export const IdentifiableCategoryId = Schema.Literals(identifiableCategoryIds).annotate({
  description: "GB 18218-2018 表2 category with a 临界量 recorded in regulations.md §10",
  expected: "a GB 18218-2018 表2 category whose critical quantity regulations.md §10 records (J1, J2, J3, J4, J5, W6.1, W6.2)"
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
  substance: NamedSubstanceId,
  /** q — 最大实际存在量, t. */
  quantityTonnes: Tonnes,
  /** 危险性类别 for β (表4); needed for grading unless the substance is a 表3 toxic gas. */
  hazardClass: Schema.optionalKey(HazardCategoryId),
  /** A free label: tank number, warehouse bay. */
  label: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "NamedSubstanceEntry", description: "表1 物质 — named substance, q in tonnes" })

/** @since 0.1.0 */
export type NamedSubstanceEntry = typeof NamedSubstanceEntry.Type

const normaliseName = (s: string): string =>
  s.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",")

const NAMED_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...namedSubstances.flatMap((s) => [s.zh, ...s.aliases].map((n) => [normaliseName(n), s.id] as const)),
  ...toxicGasBetas.flatMap((g) => [g.zh, ...g.aliases].map((n) => [normaliseName(n), g.id] as const))
])

const NAMED_BY_CAS: ReadonlyMap<string, string> = new Map(
  namedSubstances.flatMap((s) => (s.cas === undefined ? [] : [[s.cas, s.id] as const]))
)

const namedMessage = (what: string, id: string): string =>
  isNamedSubstanceId(id)
    ? `${what} is the GB 18218-2018 表1 substance "${id}": enter it as { kind: "named", substance: "${id}" } (表2 categories are for substances not in 表1, regulations.md §10)`
    : `${what} is the named toxic gas "${id}" of GB 18218-2018 表3, whose 表1 critical quantity regulations.md §10 does not record: it cannot be identified until §10 records it`

/**
 * 表2 物质 — a substance that is not in 表1, by its 表2 category, and its maximum actual quantity.
 * `name` and `cas` are optional, and are checked: a 表1 substance (or a named toxic gas of 表3) is
 * rejected here.
 *
 * §10 does not say how to treat a substance with several hazard categories or a mixture; enter
 * each substance once, under the one category your classification assigns it. This module does
 * not choose between categories.
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
  Schema.check(Schema.makeFilter((e) => {
    const issues: Array<Schema.FilterIssue> = []
    const byName = e.name === undefined ? undefined : NAMED_BY_NAME.get(normaliseName(e.name))
    if (byName !== undefined) issues.push({ path: ["name"], issue: namedMessage(JSON.stringify(e.name), byName) })
    const byCas = e.cas === undefined ? undefined : NAMED_BY_CAS.get(e.cas)
    if (byCas !== undefined) issues.push({ path: ["cas"], issue: namedMessage(`CAS ${e.cas}`, byCas) })
    return issues
  }))
).annotate({ identifier: "CategorySubstanceEntry", description: "表2 物质 — substance not in 表1, by category, q in tonnes" })

/** @since 0.1.0 */
export type CategorySubstanceEntry = typeof CategorySubstanceEntry.Type

/**
 * 危险化学品 — one entry of a unit: named (表1) or by category (表2).
 *
 * @since 0.1.0
 */
export const SubstanceEntry = Schema.Union([NamedSubstanceEntry, CategorySubstanceEntry]).annotate({
  description: "危险化学品 — a 表1 substance by name or another substance by 表2 category",
  expected: "{ kind: \"named\", substance, quantityTonnes } or { kind: \"category\", category, quantityTonnes }"
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
