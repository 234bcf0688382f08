/**
 * 重大危险源辨识与分级数据表 — the tables of GB 18218-2018 (and the grading annex of 原总局令第40号)
 * exactly as the project's fact files record them: `gb18218-tables.md` (表1 in full, 表2 in full,
 * 表3/表4 β, the 4.1.2 and 4.2 rules) and `regulations.md` §10 (α, grades).
 *
 * Every row carries `source`: the section of the fact file it comes from and the sources that agree.
 * Nothing here is filled in from memory.
 *
 * - 表1 临界量 of the 85 named rows: {@link namedSubstances} (generated from the markdown table by
 *   `table1.generate.ts`).
 * - 表2 categories with their 临界量 and 表4 校正系数 β: {@link hazardCategories}.
 * - 表3 β of named toxic gases: {@link toxicGasBetas}.
 * - 表5 α by people exposed outside the plant within 500 m: {@link alphaBands}.
 * - 表6 grade thresholds: {@link gradeThresholds}.
 *
 * @since 0.1.0
 */
import { table1Ids, table1Rows } from "./table1.generated.ts"

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
 * Stable ids of the 85 rows of GB 18218-2018 表1, in table order (序号 1–85). 石脑油 (naphtha) is
 * not one: it is in no row (gb18218-tables.md §4), so it is identified by its 表2 categories.
 *
 * @since 0.1.0
 */
export const namedSubstanceIds = table1Ids

/** @since 0.1.0 */
export type NamedSubstanceId = (typeof namedSubstanceIds)[number]

/**
 * 表1 行 — one row of 表1. 85 rows are not 85 substances: 硝化纤维素 has six rows and 硝酸铵 two,
 * which share a CAS number and differ by the condition in their name.
 *
 * @since 0.1.0
 */
export interface NamedSubstance {
  readonly id: NamedSubstanceId
  /** 序号 in 表1 (1–85). @since 0.2.0 */
  readonly seq: number
  /** 危险化学品名称和说明, as printed (half-width punctuation, as the source extraction writes it). */
  readonly zh: string
  /** 别名 of the row, plus names the row's own 名称 cell writes (汽油(乙醇汽油、甲醇汽油) → 乙醇汽油, 甲醇汽油). */
  readonly aliases: ReadonlyArray<string>
  readonly en: string
  /** The first CAS 号 of the row; absent for the three rows without one (序号 13, 45, 74). */
  readonly cas?: string
  /** Every CAS 号 the row prints (序号 49 甲烷,天然气 has two; 序号 52 液化石油气 three). @since 0.2.0 */
  readonly casNumbers: ReadonlyArray<string>
  /** 临界量 Q, tonnes. */
  readonly criticalQuantity: number
  /**
   * The name carries a composition or state condition (甲醛(含量>90%), 硝酸(…含硝酸>70%), …): a
   * material outside it is not in 表1 and goes by its 表2 categories (gb18218-tables.md §3.4). @since 0.2.0
   */
  readonly conditioned: boolean
  readonly source: string
}

/**
 * 表1 临界量 — all 85 rows of GB 18218-2018 表1, in table order, as `gb18218-tables.md` §1 records
 * them (each row's `source` names its 序号, the sources that agree on its 临界量 and their notes).
 *
 * @since 0.1.0
 */
export const namedSubstances: ReadonlyArray<NamedSubstance> = table1Rows.map((r): NamedSubstance => {
  const aliases = [...r.aliases, ...(r.namesInRow as ReadonlyArray<string>).filter((n) => n !== (r.zh as string) && !(r.aliases as ReadonlyArray<string>).includes(n))]
  const base = {
    id: r.id, seq: r.seq, zh: r.zh, aliases, en: r.en, casNumbers: r.casNumbers,
    criticalQuantity: r.criticalQuantity, conditioned: r.conditioned, source: r.source
  }
  return r.casNumbers[0] === undefined ? base : { ...base, cas: r.casNumbers[0] }
})

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
 * 表3 行 — a named toxic gas and its β. `namedSubstance` links it to its 表1 row. 一氧化碳 has no
 * row of its own: 表1 names CO only inside 序号 13 煤气(CO,CO和H₂、CH₄的混合物等), and the fact file
 * does not say that 表3's 一氧化碳 β goes with that row, so it is not linked (a 煤气 entry needs a
 * `hazardClass` for β).
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

const TABLE3 = "gb18218-tables.md §3.1 表3 ([seed] pp. 9–10; [MySQL]; 40号令 附件1; agrees with regulations.md §10)"

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
 * The category codes of GB 18218-2018 表2 (临界量) and 表4 (β): the 24 rows, and `W9`, kept from
 * version 0.1.0 for a `hazardClass` that says "some W9.x" (β 1 either way); `W9` has no 临界量 and
 * cannot identify a substance — use `W9.1` or `W9.2`.
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
  "W8", "W9", "W9.1", "W9.2", "W10", "W11"
] as const

/** @since 0.1.0 */
export type HazardCategoryId = (typeof hazardCategoryIds)[number]

/**
 * 危险性类别 — one row of 表2 with its 表4 β.
 *
 * @since 0.1.0
 */
export interface HazardCategory {
  readonly id: HazardCategoryId
  /** 类别 (the 表2 group: 急性毒性, 爆炸物, 易燃液体, …). @since 0.2.0 */
  readonly group: string
  /** 危险性分类及说明, as 表2 prints it (lines joined by "; "). */
  readonly zh: string
  readonly en: string
  /** 临界量 Q, tonnes (表2); absent only for the legacy code `W9`. */
  readonly criticalQuantity?: number
  /** A note printed with the 临界量 (W3: "净重", net weight). @since 0.2.0 */
  readonly criticalQuantityNote?: string
  /** 校正系数 β (表4). */
  readonly beta: number
  readonly source: string
}

const TABLE2 = "gb18218-tables.md §2 表2 ([seed] 表2, J rows p.7, W rows p.8; confirmed by [MySQL] and [garbled-JS], 24/24)"
const TABLE4 = "gb18218-tables.md §3.2 表4 ([seed] p.10; confirmed by [MySQL], [garbled-JS])"

const cat = (
  id: HazardCategoryId,
  group: string,
  zh: string,
  en: string,
  criticalQuantity: number,
  beta: number,
  note?: string
): HazardCategory => {
  const row = { id, group, zh, en, criticalQuantity, beta, source: `${TABLE2}; ${TABLE4}` }
  return note === undefined ? row : { ...row, criticalQuantityNote: note }
}

/**
 * 表2 / 表4 — the 24 category rows of GB 18218-2018 表2 with their 临界量 and 表4 β, in table
 * order, and the legacy `W9` (β only).
 *
 * @since 0.1.0
 */
export const hazardCategories: ReadonlyArray<HazardCategory> = [
  cat("J1", "急性毒性", "类别1,所有暴露途径,气体", "acute toxicity category 1, all routes, gas", 5, 4),
  cat("J2", "急性毒性", "类别1,所有暴露途径,固体、液体", "acute toxicity category 1, all routes, solid or liquid", 50, 1),
  cat("J3", "急性毒性", "类别2、类别3,所有暴露途径,气体", "acute toxicity categories 2 and 3, all routes, gas", 50, 2),
  cat("J4", "急性毒性", "类别2、类别3,吸入途径,液体(沸点≤35℃)", "acute toxicity categories 2 and 3, inhalation, liquid with boiling point ≤ 35 ℃", 50, 2),
  cat("J5", "急性毒性", "类别2,所有暴露途径,液体(除J4外)、固体", "acute toxicity category 2 only, all routes, liquid (other than J4) or solid", 500, 1),
  cat("W1.1", "爆炸物", "不稳定爆炸物; 1.1项爆炸物", "unstable explosives; division 1.1 explosives", 1, 2),
  cat("W1.2", "爆炸物", "1.2、1.3、1.5、1.6项爆炸物", "divisions 1.2, 1.3, 1.5, 1.6 explosives", 10, 2),
  cat("W1.3", "爆炸物", "1.4项爆炸物", "division 1.4 explosives", 50, 2),
  cat("W2", "易燃气体", "类别1和类别2", "flammable gases categories 1 and 2", 10, 1.5),
  cat("W3", "气溶胶", "类别1和类别2", "aerosols categories 1 and 2", 150, 1, "净重 (net weight)"),
  cat("W4", "氧化性气体", "类别1", "oxidising gases category 1", 50, 1),
  cat("W5.1", "易燃液体", "类别1; 类别2和3,工作温度高于沸点", "flammable liquids category 1; categories 2 and 3 worked above their boiling point", 10, 1.5),
  cat(
    "W5.2",
    "易燃液体",
    "类别2和3,具有引发重大事故的特殊工艺条件包括危险化工工艺、爆炸极限范围或附近操作、操作压力大于1.6MPa等",
    "flammable liquids categories 2 and 3 under special process conditions that can cause a major accident (a hazardous chemical process, operation in or near the explosive range, operating pressure above 1.6 MPa, etc.)",
    50,
    1
  ),
  cat("W5.3", "易燃液体", "不属于W5.1或W5.2的其他类别2", "other flammable liquids of category 2 (not W5.1 or W5.2)", 1000, 1),
  cat("W5.4", "易燃液体", "不属于W5.1或W5.2的其他类别3", "other flammable liquids of category 3 (not W5.1 or W5.2)", 5000, 1),
  cat("W6.1", "自反应物质和混合物", "A型和B型自反应物质和混合物", "self-reactive substances and mixtures, types A and B", 10, 1.5),
  cat("W6.2", "自反应物质和混合物", "C型、D型、E型自反应物质和混合物", "self-reactive substances and mixtures, types C, D and E", 50, 1),
  cat("W7.1", "有机过氧化物", "A型和B型有机过氧化物", "organic peroxides, types A and B", 10, 1.5),
  cat("W7.2", "有机过氧化物", "C型、D型、E型、F型有机过氧化物", "organic peroxides, types C, D, E and F", 50, 1),
  cat("W8", "自燃液体和自燃固体", "类别1自燃液体; 类别1自燃固体", "pyrophoric liquids category 1; pyrophoric solids category 1", 50, 1),
  { id: "W9", group: "氧化性固体和液体", zh: "W9.x (未区分W9.1、W9.2)", en: "oxidising solids and liquids, W9.1 or W9.2 not said (β only)", beta: 1, source: `${TABLE4} (W9.1 and W9.2 both β 1)` },
  cat("W9.1", "氧化性固体和液体", "类别1", "oxidising solids and liquids category 1", 50, 1),
  cat("W9.2", "氧化性固体和液体", "类别2、类别3", "oxidising solids and liquids categories 2 and 3", 200, 1),
  cat("W10", "易燃固体", "类别1易燃固体", "flammable solids category 1", 200, 1),
  cat("W11", "遇水放出易燃气体的物质和混合物", "类别1和类别2", "substances and mixtures which emit flammable gases in contact with water, categories 1 and 2", 200, 1)
]

const CATEGORY_BY_ID: ReadonlyMap<string, HazardCategory> = new Map(hazardCategories.map((c) => [c.id, c]))

/** The row of a category code. @since 0.1.0 */
export const hazardCategory = (id: HazardCategoryId): HazardCategory => CATEGORY_BY_ID.get(id)!

/**
 * The categories with a 表2 临界量 — every 表2 row (all codes but the legacy `W9`).
 *
 * @since 0.1.0
 */
export const identifiableCategoryIds = [
  "J1", "J2", "J3", "J4", "J5",
  "W1.1", "W1.2", "W1.3",
  "W2", "W3", "W4",
  "W5.1", "W5.2", "W5.3", "W5.4",
  "W6.1", "W6.2",
  "W7.1", "W7.2",
  "W8", "W9.1", "W9.2", "W10", "W11"
] as const

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

