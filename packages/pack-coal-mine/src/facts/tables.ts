/**
 * 表1–表7 of 煤矿重大事故隐患判定标准 (2026), as data, and the lookups the rules call.
 *
 * The rows are copied from the official text (应急管理部令第21号, 第五条(九) 表1–3 and 第六条(四) 表4–7).
 * A band `{ above, upTo }` reads `above < x ≤ upTo`; `{ from, below }` reads `from ≤ x < below`, as
 * the tables write them; an absent bound is open.
 *
 * @since 0.2.0
 */
import type { SectorFunctions } from "@anquan/core"

/** A row of 表1: 工作面日产量A(t) band → 可解吸瓦斯量(m³/t) 应 ≤ `maxDesorbable`. @since 0.2.0 */
export interface Table1Row {
  readonly above?: number
  readonly upTo?: number
  readonly maxDesorbable: number
}

/**
 * 表1 采煤工作面回采前煤的可解吸瓦斯量应达到的指标: A≤1000 ≤8; 1000<A≤2500 ≤7; 2500<A≤4000 ≤6;
 * 4000<A≤6000 ≤5.5; 6000<A≤8000 ≤5; 8000<A≤10000 ≤4.5; A>10000 ≤4.
 *
 * @since 0.2.0
 */
export const table1: ReadonlyArray<Table1Row> = [
  { upTo: 1000, maxDesorbable: 8 },
  { above: 1000, upTo: 2500, maxDesorbable: 7 },
  { above: 2500, upTo: 4000, maxDesorbable: 6 },
  { above: 4000, upTo: 6000, maxDesorbable: 5.5 },
  { above: 6000, upTo: 8000, maxDesorbable: 5 },
  { above: 8000, upTo: 10000, maxDesorbable: 4.5 },
  { above: 10000, maxDesorbable: 4 }
]

/** A row of 表2 or 表3: 绝对瓦斯涌出量Q(m³/min) band → 抽采率(%) 应 ≥ `minRate`. @since 0.2.0 */
export interface DrainageRow {
  readonly from?: number
  readonly below?: number
  readonly minRate: number
}

/**
 * 表2 采煤工作面瓦斯抽采率应达到的指标: 5≤Q<10 ≥20; 10≤Q<20 ≥30; 20≤Q<40 ≥40; 40≤Q<70 ≥50;
 * 70≤Q<100 ≥60; Q≥100 ≥70. The table sets nothing below Q = 5.
 *
 * @since 0.2.0
 */
export const table2: ReadonlyArray<DrainageRow> = [
  { from: 5, below: 10, minRate: 20 },
  { from: 10, below: 20, minRate: 30 },
  { from: 20, below: 40, minRate: 40 },
  { from: 40, below: 70, minRate: 50 },
  { from: 70, below: 100, minRate: 60 },
  { from: 100, minRate: 70 }
]

/**
 * 表3 矿井瓦斯抽采率应达到的指标: Q<20 ≥25; 20≤Q<40 ≥35; 40≤Q<80 ≥40; 80≤Q<160 ≥45; 160≤Q<300 ≥50;
 * 300≤Q<500 ≥55; Q≥500 ≥60.
 *
 * @since 0.2.0
 */
export const table3: ReadonlyArray<DrainageRow> = [
  { below: 20, minRate: 25 },
  { from: 20, below: 40, minRate: 35 },
  { from: 40, below: 80, minRate: 40 },
  { from: 80, below: 160, minRate: 45 },
  { from: 160, below: 300, minRate: 50 },
  { from: 300, below: 500, minRate: 55 },
  { from: 500, minRate: 60 }
]

/**
 * 表4 根据煤层瓦斯压力和瓦斯含量进行区域预测的临界值: p<0.74 MPa and W<8 m³/t (构造带 W<6) → 无突出危险区;
 * any other case → 突出危险区.
 *
 * @since 0.2.0
 */
export const table4 = { pressureMPa: 0.74, contentM3PerT: 8, contentInStructuralZoneM3PerT: 6 } as const

/**
 * 表5 钻屑瓦斯解吸指标法预测井巷揭煤工作面突出危险性的参考临界值: 干煤样 Δh₂ 200 Pa, K₁ 0.5;
 * 湿煤样 Δh₂ 160 Pa, K₁ 0.4 (K₁ in mL/(g·min^½)).
 *
 * @since 0.2.0
 */
export const table5 = { dry: { deltaH2Pa: 200, k1: 0.5 }, wet: { deltaH2Pa: 160, k1: 0.4 } } as const

/**
 * 表6 钻屑指标法预测煤巷掘进工作面突出危险性的参考临界值: Δh₂ 200 Pa, K₁ 0.5 mL/(g·min^½),
 * 钻屑量S 6 kg/m (5.4 L/m).
 *
 * @since 0.2.0
 */
export const table6 = { deltaH2Pa: 200, k1: 0.5, drillCuttingsKgPerM: 6, drillCuttingsLPerM: 5.4 } as const

/**
 * 表7 复合指标法预测煤巷掘进工作面突出危险性的参考临界值: 钻孔瓦斯涌出初速度q 5 L/min, 钻屑量S 6 kg/m (5.4 L/m).
 *
 * @since 0.2.0
 */
export const table7 = { initialEmissionLPerMin: 5, drillCuttingsKgPerM: 6, drillCuttingsLPerM: 5.4 } as const

const inTable1Row = (a: number, r: Table1Row): boolean => (r.above === undefined || a > r.above) && (r.upTo === undefined || a <= r.upTo)
const inDrainageRow = (q: number, r: DrainageRow): boolean => (r.from === undefined || q >= r.from) && (r.below === undefined || q < r.below)

/** 表1: the most desorbable gas (m³/t) allowed at a daily output A (t); `undefined` for a negative A. @since 0.2.0 */
export const maxDesorbableGas = (dailyOutputT: number): number | undefined =>
  dailyOutputT < 0 ? undefined : table1.find((r) => inTable1Row(dailyOutputT, r))?.maxDesorbable

/** 表2: the least face drainage rate (%) at a face emission Q (m³/min); `undefined` below Q = 5, where the table sets none. @since 0.2.0 */
export const minFaceDrainageRate = (q: number): number | undefined => table2.find((r) => inDrainageRow(q, r))?.minRate

/** 表3: the least mine drainage rate (%) at a mine emission Q (m³/min); `undefined` for a negative Q. @since 0.2.0 */
export const minMineDrainageRate = (q: number): number | undefined => (q < 0 ? undefined : table3.find((r) => inDrainageRow(q, r))?.minRate)

/**
 * The lookups as sector functions the conditions call by name.
 *
 * @since 0.2.0
 */
export const tableFunctions: SectorFunctions = {
  table1MaxDesorbableGas: {
    returns: "number",
    arity: 1,
    label: { "zh-CN": "表1规定的可解吸瓦斯量", en: "the desorbable gas table 1 allows" },
    evaluate: (a: number) => maxDesorbableGas(a)
  },
  table2MinFaceDrainageRate: {
    returns: "number",
    arity: 1,
    label: { "zh-CN": "表2规定的工作面瓦斯抽采率", en: "the face drainage rate table 2 requires" },
    evaluate: (q: number) => minFaceDrainageRate(q)
  },
  table3MinMineDrainageRate: {
    returns: "number",
    arity: 1,
    label: { "zh-CN": "表3规定的矿井瓦斯抽采率", en: "the mine drainage rate table 3 requires" },
    evaluate: (q: number) => minMineDrainageRate(q)
  }
}
