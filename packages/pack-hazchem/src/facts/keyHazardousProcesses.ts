/**
 * 重点监管危险化工工艺 — the 18 key-supervision hazardous chemical processes (regulations.md §9):
 * 15 in the first batch (安监总管三〔2009〕116号) and 3 in the second (安监总管三〔2013〕3号).
 * The two document numbers are `[memory]` in §9; the names are `[secondary]` (two public sources and
 * HJ 169-2018 表C.1 agree).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * English ids in §9's order. The zh name of each is in {@link keyHazardousProcesses}.
 *
 * @since 0.1.0
 */
export const keyHazardousProcessIds = [
  /** 光气及光气化工艺 */
  "phosgenation",
  /** 电解工艺(氯碱) */
  "chlor-alkali-electrolysis",
  /** 氯化工艺 */
  "chlorination",
  /** 硝化工艺 */
  "nitration",
  /** 合成氨工艺 */
  "ammonia-synthesis",
  /** 裂解(裂化)工艺 */
  "cracking",
  /** 氟化工艺 */
  "fluorination",
  /** 加氢工艺 */
  "hydrogenation",
  /** 重氮化工艺 */
  "diazotization",
  /** 氧化工艺 */
  "oxidation",
  /** 过氧化工艺 */
  "peroxidation",
  /** 胺基化工艺 */
  "amination",
  /** 磺化工艺 */
  "sulfonation",
  /** 聚合工艺 */
  "polymerization",
  /** 烷基化工艺 */
  "alkylation",
  /** 新型煤化工工艺 (second batch) */
  "novel-coal-chemical",
  /** 电石生产工艺 (second batch) */
  "calcium-carbide-production",
  /** 偶氮化工艺 (second batch) */
  "azotization"
] as const

/**
 * 重点监管危险化工工艺标识.
 *
 * @since 0.1.0
 */
export const KeyHazardousProcessId = Schema.Literals(keyHazardousProcessIds).annotate({
  description: "重点监管危险化工工艺 (regulations.md §9): phosgenation 光气及光气化, chlor-alkali-electrolysis 电解(氯碱), …",
  expected: "one of the 18 key-supervision hazardous process ids of regulations.md §9 (phosgenation … azotization)"
})

/** @since 0.1.0 */
export type KeyHazardousProcessId = typeof KeyHazardousProcessId.Type

/**
 * One key-supervision hazardous process: its §9 number, batch, zh name and English gloss.
 *
 * @since 0.1.0
 */
export interface KeyHazardousProcess {
  readonly id: KeyHazardousProcessId
  readonly number: number
  readonly batch: 1 | 2
  readonly zh: string
  readonly en: string
}

const ZH: Readonly<Record<KeyHazardousProcessId, readonly [string, string]>> = {
  "phosgenation": ["光气及光气化工艺", "phosgene and phosgenation processes"],
  "chlor-alkali-electrolysis": ["电解工艺(氯碱)", "electrolysis (chlor-alkali)"],
  "chlorination": ["氯化工艺", "chlorination"],
  "nitration": ["硝化工艺", "nitration"],
  "ammonia-synthesis": ["合成氨工艺", "ammonia synthesis"],
  "cracking": ["裂解(裂化)工艺", "cracking (pyrolysis)"],
  "fluorination": ["氟化工艺", "fluorination"],
  "hydrogenation": ["加氢工艺", "hydrogenation"],
  "diazotization": ["重氮化工艺", "diazotization"],
  "oxidation": ["氧化工艺", "oxidation"],
  "peroxidation": ["过氧化工艺", "peroxidation"],
  "amination": ["胺基化工艺", "amination"],
  "sulfonation": ["磺化工艺", "sulfonation"],
  "polymerization": ["聚合工艺", "polymerization"],
  "alkylation": ["烷基化工艺", "alkylation"],
  "novel-coal-chemical": ["新型煤化工工艺", "novel coal chemical processes"],
  "calcium-carbide-production": ["电石生产工艺", "calcium carbide production"],
  "azotization": ["偶氮化工艺", "azo processes (azotization)"]
}

/**
 * The 18 processes in §9's order.
 *
 * @since 0.1.0
 */
export const keyHazardousProcesses: ReadonlyArray<KeyHazardousProcess> = keyHazardousProcessIds.map((id, i) => ({
  id,
  number: i + 1,
  batch: i < 15 ? 1 : 2,
  zh: ZH[id][0],
  en: ZH[id][1]
}))
