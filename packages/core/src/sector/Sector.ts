/**
 * 行业领域 — the sector taxonomy.
 *
 * The ids are stable: rule packs, lead-department maps and campaign scopes refer to them.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * Every sector id, in a fixed order.
 *
 * @since 0.1.0
 */
export const Sectors = [
  "hazardous-chemicals",
  "fireworks",
  "construction",
  "coal-mine",
  "non-coal-mine",
  "metal-smelting",
  "industry-trade",
  "transport",
  "gas",
  "fire-safety-key-site",
  "civil-explosives",
  "special-equipment",
  "elderly-care"
] as const

/**
 * 行业领域 — a sector:
 * `hazardous-chemicals` 危险化学品, `fireworks` 烟花爆竹, `construction` 建筑施工(房屋市政工程),
 * `coal-mine` 煤矿, `non-coal-mine` 非煤矿山, `metal-smelting` 金属冶炼, `industry-trade` 工贸,
 * `transport` 交通运输, `gas` 燃气, `fire-safety-key-site` 消防安全重点单位,
 * `civil-explosives` 民用爆炸物品, `special-equipment` 特种设备, `elderly-care` 养老机构.
 *
 * Decoding an unknown id fails with `Expected a known sector (行业领域): "hazardous-chemicals" | …`.
 *
 * @since 0.1.0
 */
export const Sector = Schema.Literals(Sectors).annotate({
  identifier: "Sector",
  description: "行业领域 — sector id",
  message: `Expected a known sector (行业领域): ${Sectors.map((s) => JSON.stringify(s)).join(" | ")}`
})
/** @since 0.1.0 */
export type Sector = typeof Sector.Type

const LABELS: { readonly [S in Sector]: { readonly "zh-CN": string; readonly en: string } } = {
  "hazardous-chemicals": { "zh-CN": "危险化学品", en: "Hazardous chemicals" },
  fireworks: { "zh-CN": "烟花爆竹", en: "Fireworks" },
  construction: { "zh-CN": "建筑施工（房屋市政工程）", en: "Construction (building and municipal works)" },
  "coal-mine": { "zh-CN": "煤矿", en: "Coal mines" },
  "non-coal-mine": { "zh-CN": "非煤矿山", en: "Non-coal mines" },
  "metal-smelting": { "zh-CN": "金属冶炼", en: "Metal smelting" },
  "industry-trade": { "zh-CN": "工贸", en: "Industry and trade" },
  transport: { "zh-CN": "交通运输", en: "Transport" },
  gas: { "zh-CN": "燃气", en: "Gas" },
  "fire-safety-key-site": { "zh-CN": "消防安全重点单位", en: "Fire-safety key units" },
  "civil-explosives": { "zh-CN": "民用爆炸物品", en: "Civil explosives" },
  "special-equipment": { "zh-CN": "特种设备", en: "Special equipment" },
  "elderly-care": { "zh-CN": "养老机构", en: "Elderly-care institutions" }
}

/**
 * The display name of a sector: `sectorLabel("gas", "zh-CN")` is `燃气`.
 *
 * @since 0.1.0
 */
export const sectorLabel = (sector: Sector, locale: "zh-CN" | "en"): string => LABELS[sector][locale]

/** Whether a value is a sector id. @since 0.1.0 */
export const isSector: (u: unknown) => u is Sector = Schema.is(Sector)
