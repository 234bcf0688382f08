/**
 * 重大危险源辨识与分级数据表 — the tables of GB 18218-2018 (and the grading annex of 原总局令第40号)
 * exactly as the project's regulation facts record them (`regulations.md` §10).
 *
 * Every row carries `source`: the line of §10 it comes from. Where §10 records no value (most
 * GB 18218-2018 表2 critical quantities, the 表1 critical quantities of five named toxic gases,
 * 64 of the 85 表1 rows) there is no row and no value: nothing here is filled in from memory.
 *
 * - 表1 临界量 of named substances: {@link namedSubstances}.
 * - 表2 categories with their 临界量 (where recorded) and 表4 校正系数 β: {@link hazardCategories}.
 * - 表3 β of named toxic gases: {@link toxicGasBetas}.
 * - 表5 α by people exposed outside the plant within 500 m: {@link alphaBands}.
 * - 表6 grade thresholds: {@link gradeThresholds}.
 *
 * @since 0.1.0
 */

/**
 * The citation id of GB 18218-2018 and the grading annex of 原总局令第40号 in the national catalogue.
 *
 * @since 0.1.0
 */
export const citationDocument = "major-hazard-installation-gb18218-2018" as const

// ---------------------------------------------------------------------------------------------
// 表1 — named substances
// ---------------------------------------------------------------------------------------------

/**
 * Stable ids of the named substances (GB 18218-2018 表1) whose 临界量 §10 records. 石脑油 (naphtha) is
 * deliberately absent: it is not in 表1 (§10), so it is identified by its 易燃液体 category.
 *
 * @since 0.1.0
 */
export const namedSubstanceIds = [
  "ammonia",
  "chlorine",
  "gasoline",
  "liquefied-petroleum-gas",
  "methane",
  "hydrogen",
  "hydrogen-sulfide",
  "phosgene",
  "methanol",
  "benzene",
  "toluene",
  "acetylene",
  "ethylene-oxide",
  "vinyl-chloride",
  "ethylene",
  "acetone",
  "ethanol",
  "hydrogen-cyanide",
  "hydrogen-fluoride",
  "sulfur-dioxide",
  "methyl-isocyanate",
  "oxygen",
  "guanidine-nitrate",
  "ammonium-nitrate-combustible-over-0.2pct",
  "ammonium-nitrate-combustible-max-0.2pct",
  "ammonium-nitrate-fertiliser-combustible-max-0.4pct"
] as const

/** @since 0.1.0 */
export type NamedSubstanceId = (typeof namedSubstanceIds)[number]

/**
 * 表1 行 — one named substance.
 *
 * @since 0.1.0
 */
export interface NamedSubstance {
  readonly id: NamedSubstanceId
  /** 品名 as §10 writes it. */
  readonly zh: string
  /** The other names in the same §10 row (e.g. 液氨 for 氨); used to catch a named substance entered by category. */
  readonly aliases: ReadonlyArray<string>
  readonly en: string
  /** CAS 号, only where §10 gives it. */
  readonly cas?: string
  /** 临界量 Q, tonnes. */
  readonly criticalQuantity: number
  readonly source: string
}

const TABLE1 = "regulations.md §10, Named substances table (GB 18218-2018 表1, verified: GB18218-seed)"
const CHANGES = "regulations.md §10, Changes from 2009 (GB 18218-2018 表1, verified: siyuancloud; GB18218-seed)"

const named = (
  id: NamedSubstanceId,
  zh: string,
  aliases: ReadonlyArray<string>,
  en: string,
  criticalQuantity: number,
  source: string,
  cas?: string
): NamedSubstance => (cas === undefined
  ? { id, zh, aliases, en, criticalQuantity, source }
  : { id, zh, aliases, en, cas, criticalQuantity, source })

/**
 * 表1 临界量 — the named substances and critical quantities recorded in §10 (21 rows of its table
 * and the five rows of its "Changes from 2009" list), in that order.
 *
 * @since 0.1.0
 */
export const namedSubstances: ReadonlyArray<NamedSubstance> = [
  named("ammonia", "氨", ["液氨"], "ammonia", 10, TABLE1),
  named("chlorine", "氯", ["液氯"], "chlorine", 5, TABLE1),
  named("gasoline", "汽油", ["乙醇汽油", "甲醇汽油"], "gasoline (incl. ethanol and methanol gasoline)", 200, TABLE1, "86290-81-5"),
  named("liquefied-petroleum-gas", "液化石油气", [], "liquefied petroleum gas", 50, TABLE1),
  named("methane", "甲烷", ["天然气"], "methane, natural gas", 50, TABLE1),
  named("hydrogen", "氢", [], "hydrogen", 5, TABLE1),
  named("hydrogen-sulfide", "硫化氢", [], "hydrogen sulfide", 5, TABLE1),
  named("phosgene", "碳酰氯", ["光气"], "carbonyl chloride (phosgene)", 0.3, TABLE1),
  named("methanol", "甲醇", [], "methanol", 500, TABLE1),
  named("benzene", "苯", [], "benzene", 50, TABLE1),
  named("toluene", "甲苯", [], "toluene", 500, TABLE1),
  named("acetylene", "乙炔", [], "acetylene", 1, TABLE1),
  named("ethylene-oxide", "环氧乙烷", [], "ethylene oxide", 10, TABLE1),
  named("vinyl-chloride", "氯乙烯", [], "vinyl chloride", 50, TABLE1),
  named("ethylene", "乙烯", [], "ethylene", 50, TABLE1),
  named("acetone", "丙酮", [], "acetone", 500, TABLE1),
  named("ethanol", "乙醇", [], "ethanol", 500, TABLE1),
  named("hydrogen-cyanide", "氰化氢", [], "hydrogen cyanide", 1, TABLE1),
  named("hydrogen-fluoride", "氟化氢", [], "hydrogen fluoride", 1, TABLE1),
  named("sulfur-dioxide", "二氧化硫", [], "sulfur dioxide", 20, TABLE1),
  named("methyl-isocyanate", "异氰酸甲酯", [], "methyl isocyanate", 0.75, TABLE1),
  named("oxygen", "氧(压缩的或液化的)", ["氧"], "oxygen (compressed or liquefied)", 200, CHANGES),
  named("guanidine-nitrate", "硝酸胍", [], "guanidine nitrate", 50, CHANGES),
  named("ammonium-nitrate-combustible-over-0.2pct", "硝酸铵(含可燃物>0.2%)", [], "ammonium nitrate, combustibles > 0.2 %", 5, CHANGES),
  named("ammonium-nitrate-combustible-max-0.2pct", "硝酸铵(含可燃物≤0.2%)", [], "ammonium nitrate, combustibles ≤ 0.2 %", 50, CHANGES),
  named(
    "ammonium-nitrate-fertiliser-combustible-max-0.4pct",
    "硝酸铵肥料(含可燃物≤0.4%)",
    [],
    "ammonium nitrate fertiliser, combustibles ≤ 0.4 %",
    200,
    CHANGES
  )
]

const NAMED_BY_ID: ReadonlyMap<string, NamedSubstance> = new Map(namedSubstances.map((s) => [s.id, s]))

/** The 表1 row of a named-substance id. @since 0.1.0 */
export const namedSubstance = (id: NamedSubstanceId): NamedSubstance => NAMED_BY_ID.get(id)!

/** Whether a string is a named-substance id of {@link namedSubstances}. @since 0.1.0 */
export const isNamedSubstanceId = (s: string): s is NamedSubstanceId => NAMED_BY_ID.has(s)

// ---------------------------------------------------------------------------------------------
// 表3 — β of named toxic gases
// ---------------------------------------------------------------------------------------------

/**
 * Ids of the toxic gases of the β table (原总局令第40号 附件1; GB 18218-2018 表3).
 *
 * @since 0.1.0
 */
export const toxicGasIds = [
  "carbon-monoxide",
  "sulfur-dioxide",
  "ammonia",
  "ethylene-oxide",
  "hydrogen-chloride",
  "methyl-bromide",
  "chlorine",
  "hydrogen-sulfide",
  "hydrogen-fluoride",
  "nitrogen-dioxide",
  "hydrogen-cyanide",
  "phosgene",
  "phosphine",
  "methyl-isocyanate"
] as const

/** @since 0.1.0 */
export type ToxicGasId = (typeof toxicGasIds)[number]

/**
 * 表3 行 — a named toxic gas and its β. `namedSubstance` links it to its 表1 row when §10 records
 * that row's critical quantity; five gases (一氧化碳, 氯化氢, 溴甲烷, 二氧化氮, 磷化氢) have none in §10.
 *
 * @since 0.1.0
 */
export interface ToxicGasBeta {
  readonly id: ToxicGasId
  readonly zh: string
  readonly aliases: ReadonlyArray<string>
  readonly beta: number
  readonly namedSubstance?: NamedSubstanceId
  readonly source: string
}

const TABLE3 = "regulations.md §10, β toxic-gas table (原总局令第40号 附件1; GB 18218-2018 表3)"

const toxic = (id: ToxicGasId, zh: string, aliases: ReadonlyArray<string>, beta: number): ToxicGasBeta =>
  isNamedSubstanceId(id)
    ? { id, zh, aliases, beta, namedSubstance: id, source: TABLE3 }
    : { id, zh, aliases, beta, source: TABLE3 }

/**
 * 毒性气体校正系数 β — the 14 named toxic gases of the β table.
 *
 * @since 0.1.0
 */
export const toxicGasBetas: ReadonlyArray<ToxicGasBeta> = [
  toxic("carbon-monoxide", "一氧化碳", [], 2),
  toxic("sulfur-dioxide", "二氧化硫", [], 2),
  toxic("ammonia", "氨", ["液氨"], 2),
  toxic("ethylene-oxide", "环氧乙烷", [], 2),
  toxic("hydrogen-chloride", "氯化氢", [], 3),
  toxic("methyl-bromide", "溴甲烷", [], 3),
  toxic("chlorine", "氯", ["液氯"], 4),
  toxic("hydrogen-sulfide", "硫化氢", [], 5),
  toxic("hydrogen-fluoride", "氟化氢", [], 5),
  toxic("nitrogen-dioxide", "二氧化氮", [], 10),
  toxic("hydrogen-cyanide", "氰化氢", [], 10),
  toxic("phosgene", "碳酰氯", ["光气"], 20),
  toxic("phosphine", "磷化氢", [], 20),
  toxic("methyl-isocyanate", "异氰酸甲酯", [], 20)
]

const TOXIC_BY_ID: ReadonlyMap<string, ToxicGasBeta> = new Map(toxicGasBetas.map((g) => [g.id, g]))

/**
 * The 表3 row of a named substance, if it is one of the named toxic gases.
 *
 * @since 0.1.0
 */
export const toxicGasBetaOf = (id: NamedSubstanceId): ToxicGasBeta | undefined => TOXIC_BY_ID.get(id)

/**
 * 40号令 β for a toxic gas that is not in the table (§10: "Toxic gases not in the table: β = 2").
 * GB 18218-2018 expresses the same through 表4 (J3 gas: 2); see {@link hazardCategories}.
 *
 * @since 0.1.0
 */
export const betaToxicGasNotInTable = 2

/**
 * 40号令 β for a 剧毒气体 not in the table (§10: "剧毒气体: β = 4"); 表4 J1 (category 1 gas) is 4 as well.
 *
 * @since 0.1.0
 */
export const betaHighlyToxicGas = 4

// ---------------------------------------------------------------------------------------------
// 表2 / 表4 — hazard categories
// ---------------------------------------------------------------------------------------------

/**
 * The GB 18218-2018 category codes §10 names (表2 for 临界量, 表4 for β). `W9` stands for every
 * W9.x subdivision: §10 writes "W9.x" and gives them all β 1 without listing them.
 *
 * @since 0.1.0
 */
export const hazardCategoryIds = [
  "J1", "J2", "J3", "J4", "J5",
  "W1.1", "W1.2", "W1.3",
  "W2", "W3", "W4",
  "W5.1", "W5.2", "W5.3", "W5.4",
  "W6.1", "W6.2",
  "W7.1", "W7.2",
  "W8", "W9", "W10", "W11"
] as const

/** @since 0.1.0 */
export type HazardCategoryId = (typeof hazardCategoryIds)[number]

/**
 * 危险性类别 — one category row. `criticalQuantity` is present only where §10 records the 表2 临界量.
 *
 * @since 0.1.0
 */
export interface HazardCategory {
  readonly id: HazardCategoryId
  /** The class and criteria as far as §10 states them (empty detail for the "other classes"). */
  readonly zh: string
  readonly en: string
  /** 临界量 Q, tonnes (GB 18218-2018 表2); absent where §10 does not record it. */
  readonly criticalQuantity?: number
  /** 校正系数 β (GB 18218-2018 表4). */
  readonly beta: number
  readonly source: string
}

const TABLE2 = "regulations.md §10, 表2 category entries (verified: GB18218-seed 表2)"
const TABLE4 = "regulations.md §10, β by GHS category (verified: GB18218-seed 表4)"

const cat = (id: HazardCategoryId, zh: string, en: string, beta: number, criticalQuantity?: number): HazardCategory =>
  criticalQuantity === undefined
    ? { id, zh, en, beta, source: TABLE4 }
    : { id, zh, en, beta, criticalQuantity, source: `${TABLE2}; ${TABLE4}` }

/**
 * 表2 / 表4 — the categories §10 names, with β for all and 临界量 for J1–J5, W6.1 and W6.2 only.
 *
 * §10 gives no 临界量 for 爆炸物 (W1.x), 易燃气体 (W2), W3, W4, 易燃液体 (W5.x), 有机过氧化物 (W7.x),
 * W8, W9.x, W10 or W11: substances of those categories cannot be identified until §10 records them.
 *
 * @since 0.1.0
 */
export const hazardCategories: ReadonlyArray<HazardCategory> = [
  cat("J1", "急性毒性 类别1, 所有暴露途径, 气体", "acute toxicity category 1, all routes, gas", 4, 5),
  cat("J2", "急性毒性 类别1, 所有暴露途径, 固体、液体", "acute toxicity category 1, all routes, solid or liquid", 1, 50),
  cat("J3", "急性毒性 类别2、类别3, 所有暴露途径, 气体", "acute toxicity categories 2 and 3, all routes, gas", 2, 50),
  cat(
    "J4",
    "急性毒性 类别2、类别3, 吸入途径, 液体(沸点≤35℃)",
    "acute toxicity categories 2 and 3, inhalation, liquid with boiling point ≤ 35 ℃",
    2,
    50
  ),
  cat(
    "J5",
    "急性毒性 类别2, 所有暴露途径, 液体(J4以外)、固体",
    "acute toxicity category 2 only, all routes, liquid (other than J4) or solid",
    1,
    500
  ),
  cat("W1.1", "爆炸物 W1.1", "explosives W1.1", 2),
  cat("W1.2", "爆炸物 W1.2", "explosives W1.2", 2),
  cat("W1.3", "爆炸物 W1.3", "explosives W1.3", 2),
  cat("W2", "易燃气体 W2", "flammable gases W2", 1.5),
  cat("W3", "其他类 W3", "other class W3", 1),
  cat("W4", "其他类 W4", "other class W4", 1),
  cat("W5.1", "易燃液体 W5.1", "flammable liquids W5.1", 1.5),
  cat("W5.2", "易燃液体 W5.2", "flammable liquids W5.2", 1),
  cat("W5.3", "易燃液体 W5.3", "flammable liquids W5.3", 1),
  cat("W5.4", "易燃液体 W5.4", "flammable liquids W5.4", 1),
  cat("W6.1", "自反应物质 A型、B型", "self-reactive substances, types A and B", 1.5, 10),
  cat("W6.2", "自反应物质 C型–E型", "self-reactive substances, types C to E", 1, 50),
  cat("W7.1", "有机过氧化物 A型、B型", "organic peroxides, types A and B", 1.5),
  cat("W7.2", "有机过氧化物 其他类型", "organic peroxides, other types", 1),
  cat("W8", "其他类 W8", "other class W8", 1),
  cat("W9", "其他类 W9.x", "other class W9.x (all subdivisions)", 1),
  cat("W10", "其他类 W10", "other class W10", 1),
  cat("W11", "其他类 W11", "other class W11", 1)
]

const CATEGORY_BY_ID: ReadonlyMap<string, HazardCategory> = new Map(hazardCategories.map((c) => [c.id, c]))

/** The row of a category code. @since 0.1.0 */
export const hazardCategory = (id: HazardCategoryId): HazardCategory => CATEGORY_BY_ID.get(id)!

/**
 * The categories with a 临界量 in §10 — the only ones a substance can be identified by.
 *
 * @since 0.1.0
 */
export const identifiableCategoryIds = ["J1", "J2", "J3", "J4", "J5", "W6.1", "W6.2"] as const

/** @since 0.1.0 */
export type IdentifiableCategoryId = (typeof identifiableCategoryIds)[number]

// ---------------------------------------------------------------------------------------------
// 表5 — α
// ---------------------------------------------------------------------------------------------

/**
 * 暴露人员校正系数 α 档 — a band of people outside the plant within 500 m of its boundary,
 * `min` to `max` inclusive (`max` absent = no upper bound).
 *
 * @since 0.1.0
 */
export interface AlphaBand {
  readonly min: number
  readonly max?: number
  readonly alpha: number
  readonly zh: string
  readonly source: string
}

const TABLE5 = "regulations.md §10, α table (原总局令第40号 附件1; GB 18218-2018 表5)"

/**
 * 表5 — α by the number of people exposed. "100人以上" includes 100 (§10).
 *
 * @since 0.1.0
 */
export const alphaBands: ReadonlyArray<AlphaBand> = [
  { min: 100, alpha: 2, zh: "100人以上", source: TABLE5 },
  { min: 50, max: 99, alpha: 1.5, zh: "50人～99人", source: TABLE5 },
  { min: 30, max: 49, alpha: 1.2, zh: "30人～49人", source: TABLE5 },
  { min: 1, max: 29, alpha: 1, zh: "1～29人", source: TABLE5 },
  { min: 0, max: 0, alpha: 0.5, zh: "0人", source: TABLE5 }
]

/**
 * The α band for a head-count of people outside the plant within 500 m. Throws a `RangeError`
 * unless `exposedPeople` is a non-negative integer.
 *
 * @example
 * ```ts
 * alphaFor(100).alpha // 2
 * alphaFor(99).alpha  // 1.5
 * alphaFor(0).alpha   // 0.5
 * ```
 * @since 0.1.0
 */
export const alphaFor = (exposedPeople: number): AlphaBand => {
  if (!Number.isSafeInteger(exposedPeople) || exposedPeople < 0) {
    throw new RangeError(`exposed people must be a non-negative integer, got ${exposedPeople}`)
  }
  return alphaBands.find((b) => exposedPeople >= b.min && (b.max === undefined || exposedPeople <= b.max))!
}

// ---------------------------------------------------------------------------------------------
// 表6 — grades
// ---------------------------------------------------------------------------------------------

/**
 * 重大危险源级别 — 1 一级 (most severe) to 4 四级.
 *
 * @since 0.1.0
 */
export type MajorHazardGrade = 1 | 2 | 3 | 4

/** @since 0.1.0 */
export const gradeNames: Readonly<Record<MajorHazardGrade, { readonly zh: string; readonly en: string }>> = {
  1: { zh: "一级", en: "grade 1" },
  2: { zh: "二级", en: "grade 2" },
  3: { zh: "三级", en: "grade 3" },
  4: { zh: "四级", en: "grade 4" }
}

/**
 * 表6 — the lower bound of R for each grade (inclusive); 四级 is every R below 10.
 *
 * @since 0.1.0
 */
export const gradeThresholds: ReadonlyArray<{ readonly grade: MajorHazardGrade; readonly minR: number; readonly source: string }> = [
  { grade: 1, minR: 100, source: "regulations.md §10, Grade thresholds (GB 18218-2018 表6; 40号令 附件1 表4)" },
  { grade: 2, minR: 50, source: "regulations.md §10, Grade thresholds (GB 18218-2018 表6; 40号令 附件1 表4)" },
  { grade: 3, minR: 10, source: "regulations.md §10, Grade thresholds (GB 18218-2018 表6; 40号令 附件1 表4)" },
  { grade: 4, minR: 0, source: "regulations.md §10, Grade thresholds (GB 18218-2018 表6; 40号令 附件1 表4)" }
]

