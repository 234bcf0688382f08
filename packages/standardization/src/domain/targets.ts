/**
 * 达标率 — the rollout measured against targets, per jurisdiction and sector, as of a day. A
 * target is configuration: the population it counts (sectors, scale, 小微), what counts as
 * reaching it (a certificate of at least a grade in force that day: expired and revoked
 * certificates do not count) and the figure (a rate, or a number newly certified in a period).
 *
 * The seeds' targets are shipped as data ({@link seedTargets}), each naming its source:
 * - seed 002 (温州市2016年安全生产工作计划, 二、实施生产经营标准化工程): 工矿商贸规模以上企业安全生产三级
 *   标准化达标率达到98%以上; 新增小微企业达标数量1000家以上;
 * - seed 004 (工贸企业安全生产标准化, 二、工作目标 and 三、工作步骤): 到2012年底 力争规模以上工贸企业
 *   50%以上达到三级以上; 到2013年底 规模以上工贸企业全部达到三级以上; 2015年底前 所有工贸企业实现安全达标.
 *
 * Which sectors make up 工矿商贸 is not said in the seed: {@link INDUSTRY_MINING_TRADE} is this
 * package's reading (marked so), and can be replaced.
 *
 * @since 0.2.0
 */
import { CalendarDate, EnterpriseScale, JurisdictionTree, Sector } from "@anquan/core"
import { Schema } from "effect"
import type { StandardizationFile } from "./workflow.ts"
import { Grade, gradeHeldOn, standingOn } from "./workflow.ts"

/**
 * 达标目标 — a target: the population (all present conditions hold), the lowest grade that counts
 * (`3`: 三级以上, any grade), and the measure: `rate` (the share of the population holding such a
 * certificate on the day, at least `atLeast`, 0–1) or `newly-certified` (at least `atLeast`
 * enterprises of the population first certified at such a grade within `from`–`to`). `due` is
 * the day the target is for; `source` where it comes from.
 *
 * @since 0.2.0
 */
export const RolloutTarget = Schema.Struct({
  id: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  population: Schema.Struct({
    sectors: Schema.optionalKey(Schema.Array(Sector)),
    scale: Schema.optionalKey(EnterpriseScale),
    smallOrMicro: Schema.optionalKey(Schema.Boolean)
  }),
  minGrade: Grade,
  measure: Schema.Union([
    Schema.Struct({ kind: Schema.Literal("rate"), atLeast: Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 }, { message: "Expected a rate from 0 to 1" })) }),
    Schema.Struct({
      kind: Schema.Literal("newly-certified"),
      atLeast: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
      from: CalendarDate.CalendarDate,
      to: CalendarDate.CalendarDate
    })
  ]),
  due: Schema.optionalKey(CalendarDate.CalendarDate),
  source: Schema.NonEmptyString,
  /** Notes on how the source was read (an interpretation is said here). */
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "RolloutTarget" })
/** @since 0.2.0 */
export type RolloutTarget = typeof RolloutTarget.Type
/** @since 0.2.0 */
export type RolloutTargetInput = typeof RolloutTarget.Encoded

/**
 * 工矿商贸 as this package reads it: mines (coal, non-coal), 金属冶炼, 工贸, 危险化学品, 烟花爆竹.
 * An interpretation — seed 002 does not list the sectors.
 *
 * @since 0.2.0
 */
export const INDUSTRY_MINING_TRADE: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting", "industry-trade", "hazardous-chemicals", "fireworks"]

const IMT_NOTE = "工矿商贸 read as coal-mine, non-coal-mine, metal-smelting, industry-trade, hazardous-chemicals, fireworks (an interpretation: the seed lists no sectors)"

/**
 * The seeds' targets (wire form; decode with `RolloutTarget` or pass to `rolloutRatesEffect`).
 *
 * @since 0.2.0
 */
export const seedTargets: ReadonlyArray<RolloutTargetInput> = [
  {
    id: "seed-002-above-scale-level-3",
    label: "工矿商贸规模以上企业三级标准化达标率 ≥ 98%",
    population: { sectors: [...INDUSTRY_MINING_TRADE], scale: "above-designated-size" },
    minGrade: 3,
    measure: { kind: "rate", atLeast: 0.98 },
    due: "2016-12-31",
    source: "seed 002 温州市2016年安全生产工作计划, 二、实施生产经营标准化工程",
    note: IMT_NOTE
  },
  {
    id: "seed-002-new-small-1000",
    label: "新增小微企业达标数量 ≥ 1000家",
    population: { sectors: [...INDUSTRY_MINING_TRADE], smallOrMicro: true },
    minGrade: 3,
    measure: { kind: "newly-certified", atLeast: 1000, from: "2016-01-01", to: "2016-12-31" },
    due: "2016-12-31",
    source: "seed 002 温州市2016年安全生产工作计划, 二、实施生产经营标准化工程",
    note: `${IMT_NOTE}; 达标 read as a certificate of 三级 or higher; the period read as the plan's year, 2016`
  },
  {
    id: "seed-004-above-scale-2012",
    label: "规模以上工贸企业三级以上 ≥ 50% (力争, 2012年底)",
    population: { sectors: ["industry-trade"], scale: "above-designated-size" },
    minGrade: 3,
    measure: { kind: "rate", atLeast: 0.5 },
    due: "2012-12-31",
    source: "seed 004 工贸企业安全生产标准化, 三、工作步骤 第二阶段"
  },
  {
    id: "seed-004-above-scale-2013",
    label: "规模以上工贸企业全部达到三级以上 (2013年底)",
    population: { sectors: ["industry-trade"], scale: "above-designated-size" },
    minGrade: 3,
    measure: { kind: "rate", atLeast: 1 },
    due: "2013-12-31",
    source: "seed 004 工贸企业安全生产标准化, 二、工作目标 (一) and 三、工作步骤 第二阶段"
  },
  {
    id: "seed-004-all-2015",
    label: "所有工贸企业实现安全达标 (2015年底)",
    population: { sectors: ["industry-trade"] },
    minGrade: 3,
    measure: { kind: "rate", atLeast: 1 },
    due: "2015-12-31",
    source: "seed 004 工贸企业安全生产标准化, 二、工作目标 (一) and 三、工作步骤 第三阶段",
    note: "安全达标 read as a certificate of 三级 or higher"
  }
]

/**
 * A group the figures are given for: everything (`{}`), a jurisdiction (with its subtree when a
 * tree is given), a sector, or both.
 *
 * @since 0.2.0
 */
export interface RateGroup {
  readonly jurisdiction?: string
  readonly sector?: Sector
}

/**
 * One target's figures for one group, as of a day.
 *
 * @since 0.2.0
 */
export interface TargetFigures {
  readonly target: string
  readonly group: RateGroup
  readonly population: number
  /** Rate: enterprises holding a certificate of at least the grade on the day; newly-certified: those first certified so in the period, by the day. */
  readonly achieved: number
  /** Rate targets: achieved / population (`null` for an empty population); newly-certified: `null`. */
  readonly rate: number | null
  readonly atLeast: number
  readonly meets: boolean | null
  /** Of the population: certificates lapsed or revoked by the day (counted as not reached). */
  readonly expired: number
  readonly revoked: number
  /** Rate targets: the population's enterprises without a certificate counting on the day (credit codes). */
  readonly notReached: ReadonlyArray<string>
  /** `due`: the day is after the target's due day. */
  readonly pastDue: boolean
}

/** How to group: default `["jurisdiction", "sector"]` (each, and the two together), plus the total. @since 0.2.0 */
export type GroupBy = ReadonlyArray<"jurisdiction" | "sector">

const inPopulation = (target: RolloutTarget, f: StandardizationFile): boolean => {
  const p = target.population, e = f.enrolment
  return (p.sectors === undefined || p.sectors.includes(e.sector)) &&
    (p.scale === undefined || p.scale === e.scale) &&
    (p.smallOrMicro === undefined || (e.smallOrMicro ?? false) === p.smallOrMicro)
}

const counts = (target: RolloutTarget, files: ReadonlyArray<StandardizationFile>, day: Date): Omit<TargetFigures, "target" | "group"> => {
  const population = files.filter((f) => inPopulation(target, f))
  let expired = 0, revoked = 0
  const notReached: Array<string> = []
  let achieved = 0
  for (const f of population) {
    const s = standingOn(f, day)
    if (s.status === "expired") expired++
    if (s.status === "revoked") revoked++
    if (target.measure.kind === "rate") {
      const held = gradeHeldOn(f, day)
      if (held !== undefined && held.grade <= target.minGrade) achieved++
      else notReached.push(f.enrolment.enterprise)
    } else {
      const { from, to } = target.measure
      const end = Math.min(to.getTime(), day.getTime())
      const first = f.certificates.find((c) => c.grade <= target.minGrade)
      if (first !== undefined && first.approvedOn.getTime() >= from.getTime() && first.approvedOn.getTime() <= end) achieved++
    }
  }
  const isRate = target.measure.kind === "rate"
  const rate = isRate ? (population.length === 0 ? null : achieved / population.length) : null
  return {
    population: population.length,
    achieved,
    rate,
    atLeast: target.measure.atLeast,
    meets: isRate ? (rate === null ? null : rate >= target.measure.atLeast) : achieved >= target.measure.atLeast,
    expired,
    revoked,
    notReached: notReached.sort(),
    pastDue: target.due !== undefined && day.getTime() > target.due.getTime()
  }
}

/**
 * The figures of every target for the total and each group, at the end of `asOf`. With a
 * jurisdiction tree an enterprise counts in its jurisdiction and in every one above it; without,
 * in its own only. Pure.
 *
 * @since 0.2.0
 */
export const rolloutRates = (
  files: ReadonlyArray<StandardizationFile>,
  targets: ReadonlyArray<RolloutTarget>,
  options: { readonly asOf: Date; readonly jurisdictions?: JurisdictionTree.JurisdictionTree | undefined; readonly groupBy?: GroupBy | undefined }
): ReadonlyArray<TargetFigures> => {
  const by = options.groupBy ?? ["jurisdiction", "sector"]
  const tree = options.jurisdictions
  const jurisdictionsOf = (code: string): ReadonlyArray<string> =>
    tree !== undefined && JurisdictionTree.has(tree, code) ? JurisdictionTree.path(tree, code).map((j) => j.code) : [code]
  const groups = new Map<string, { group: RateGroup; files: Array<StandardizationFile> }>()
  const add = (group: RateGroup, f: StandardizationFile) => {
    const key = `${group.jurisdiction ?? ""}|${group.sector ?? ""}`
    const g = groups.get(key) ?? { group, files: [] }
    g.files.push(f)
    groups.set(key, g)
  }
  for (const f of files) {
    add({}, f)
    const js = jurisdictionsOf(f.enrolment.jurisdiction)
    if (by.includes("jurisdiction")) for (const j of js) add({ jurisdiction: j }, f)
    if (by.includes("sector")) add({ sector: f.enrolment.sector }, f)
    if (by.includes("jurisdiction") && by.includes("sector")) for (const j of js) add({ jurisdiction: j, sector: f.enrolment.sector }, f)
  }
  const ordered = [...groups.values()].sort((a, b) => {
    const ka = `${a.group.jurisdiction ?? ""}|${a.group.sector ?? ""}`, kb = `${b.group.jurisdiction ?? ""}|${b.group.sector ?? ""}`
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
  return targets.flatMap((t) =>
    ordered
      .map(({ group, files: fs }) => ({ target: t.id, group, ...counts(t, fs, options.asOf) }))
      .filter((row) => row.population > 0 || (row.group.jurisdiction === undefined && row.group.sector === undefined))
  )
}
