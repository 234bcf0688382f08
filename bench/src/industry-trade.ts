/**
 * 工贸 facts for the benchmark generator: `enterprise.facts.industryTrade` of a record whose sectors
 * include `industry-trade` (@anquan/pack-industry-trade, 应急管理部令第10号).
 *
 * The sub-industries follow the enterprise's name (机械制造 → 机械, 纺织/印染/服饰 → 纺织, 食品/家具/… → 轻工,
 * 特钢/冶金 → 冶金, 铝业/铜业 → 有色; a trading unit is also 商贸), the special fields are drawn (woodwork and
 * metal products often have dust-explosion areas, food plants liquid-ammonia refrigeration). For every item in
 * scope the plants it is about are there or not (the item's own "has no such plant" facts, each drawn once), and
 * when one is, the item's facts are drawn: compliant unless a breach is drawn (a facility `missing` or `failed`, a yes/no fact
 * on its violating side, a figure across its threshold), each fact left out with the missing rate.
 *
 * Which side of a yes/no fact is the violating one, and which value means "no such plant", is read from the
 * items' own condition data (`spec.violationWhen`, `spec.absentWhen`) rather than copied by hand, so the
 * generated facts stay those the pack reads; the few figures are set here with their thresholds.
 *
 * The section is drawn from its own random stream (seeded by the record's seed), so the other fields of a
 * record are exactly what they were before this section existed.
 */
import type { Condition } from "@anquan/core"
import { facilityStates, items, QUICK_FREEZE_ROOM_MAX_WORKERS } from "@anquan/pack-industry-trade"
import type { Industry, SpecialField } from "@anquan/pack-industry-trade"
import type { Rng } from "./prng.ts"

type Cond = Condition.Condition

/** "小于30kPa" (第四条(八), 第五条(十三)): the pack keeps the figure in a module it does not export. */
const DRAINER_SEAL_PRESSURE_KPA = 30
type Value = boolean | number | string

/** Calls `f(path, value, positive)` for every `fact = constant` comparison of `c`; `positive` is false under a `not`. */
const comparisons = (c: Cond, f: (path: string, value: unknown, positive: boolean) => void, positive = true): void => {
  const o = c as Record<string, unknown>
  if (o.op === "=" && typeof o.left === "object" && o.left !== null && "fact" in o.left && typeof o.right === "object" && o.right !== null && "value" in o.right) {
    f((o.left as { fact: string }).fact, (o.right as { value: unknown }).value, positive)
    return
  }
  if (Array.isArray(o.all)) for (const x of o.all as ReadonlyArray<Cond>) comparisons(x, f, positive)
  if (Array.isArray(o.any)) for (const x of o.any as ReadonlyArray<Cond>) comparisons(x, f, positive)
  if (o.not !== undefined) comparisons(o.not as Cond, f, !positive)
  for (const k of ["when", "then", "unless", "check"] as const) if (o[k] !== undefined) comparisons(o[k] as Cond, f, positive)
}

/** Per yes/no fact of an item's plant: the value that means the plant is there. */
const presentValue = new Map<string, boolean>()
/** Per yes/no fact an item judges: the compliant value. */
const compliantValue = new Map<string, boolean>()
for (const it of items) {
  if (it.spec.absentWhen === undefined) continue
  comparisons(it.spec.absentWhen, (path, value, positive) => {
    if (typeof value === "boolean" && !presentValue.has(path)) presentValue.set(path, positive ? !value : value)
  })
}
for (const it of items) {
  comparisons(it.spec.violationWhen, (path, value, positive) => {
    if (typeof value === "boolean" && !compliantValue.has(path) && !presentValue.has(path)) compliantValue.set(path, positive ? !value : value)
  })
}

/** The figures of the items, compliant or across their thresholds (令第10号 第四条(五), (八), 第五条(十三), 第十二条(二)). */
const figures = (r: Rng, breach: () => boolean): Record<string, number> => {
  const topDesign = r.int(200, 300)
  const bleederDesign = r.int(topDesign + 20, topDesign + 80)
  return {
    "facts.metallurgy.topPressureDesignMaximum": topDesign,
    "facts.metallurgy.topPressureSetPoint": breach() ? topDesign + r.int(1, 20) : topDesign - r.int(0, 30),
    "facts.metallurgy.bleederEquipmentDesignPressure": bleederDesign,
    "facts.metallurgy.bleederReleaseSetPoint": breach() ? bleederDesign + r.int(1, 20) : bleederDesign - r.int(0, 30),
    "facts.metallurgy.drainerLowestSealPressure": breach() ? DRAINER_SEAL_PRESSURE_KPA - r.int(1, 10) : DRAINER_SEAL_PRESSURE_KPA + r.int(0, 40),
    "facts.nonferrous.drainerLowestSealPressure": breach() ? DRAINER_SEAL_PRESSURE_KPA - r.int(1, 10) : DRAINER_SEAL_PRESSURE_KPA + r.int(0, 40),
    "facts.ammonia.quickFreezeRoomWorkers": breach() ? QUICK_FREEZE_ROOM_MAX_WORKERS + r.int(1, 6) : r.int(1, QUICK_FREEZE_ROOM_MAX_WORKERS)
  }
}

/** The sub-industries an enterprise's name and kind suggest. */
const industriesOf = (r: Rng, name: string, trading: boolean, sectors: ReadonlyArray<string>): Array<Industry> => {
  const out: Array<Industry> = []
  if (sectors.includes("metal-smelting")) out.push(/铝业|铜业/.test(name) ? "nonferrous" : "metallurgy")
  else if (/机械|五金|金属制品|电子/.test(name)) out.push("machinery")
  else if (/纺织|印染|服饰/.test(name)) out.push("textile")
  else out.push(r.chance(0.03) ? "tobacco" : r.chance(0.08) ? "building-materials" : "light-industry")
  if (trading || r.chance(0.05)) out.push("commerce")
  return out
}

const specialFieldsOf = (r: Rng, name: string): Array<SpecialField> => {
  const out: Array<SpecialField> = []
  if (r.chance(/木业|家具|金属制品|五金/.test(name) ? 0.6 : 0.12)) out.push("dust-explosion")
  if (r.chance(/食品/.test(name) ? 0.35 : 0.02)) out.push("liquid-ammonia-refrigeration")
  if (r.chance(0.3)) out.push("toxic-confined-space")
  return out
}

/**
 * The `industryTrade` fact section of one 工贸 enterprise. `v` is the breach rate of one fact, `m` the rate
 * at which a fact is left out.
 */
export const industryTradeSection = (r: Rng, record: { readonly name?: unknown; readonly sectors?: unknown; readonly unitKinds?: unknown }, v: number, m: number) => {
  const name = typeof record.name === "string" ? record.name : ""
  const sectors = Array.isArray(record.sectors) ? (record.sectors as ReadonlyArray<string>) : []
  const trading = Array.isArray(record.unitKinds) && (record.unitKinds as ReadonlyArray<string>).includes("trading")
  const industries = industriesOf(r, name, trading, sectors)
  const fields = specialFieldsOf(r, name)
  const breach = () => r.chance(v)
  const numbers = figures(r, breach)
  const values = new Map<string, Value>()
  const smelting = industries.includes("metallurgy") || industries.includes("nonferrous")
  values.set("facts.management.metalSmelting", smelting)
  for (const it of items) {
    const scope = it.spec.scope
    if (scope !== "every" && ("industry" in scope ? !industries.includes(scope.industry) : !fields.includes(scope.field))) continue
    if (it.spec.absentWhen !== undefined) {
      // each plant is there or not once per enterprise (items share them: 第七条(二) and (三) both read the
      // foundry furnaces); the item's facts are drawn when one of its plants is there (with several, as in
      // "no continuous casting and no ingot casting", the rule itself says whether that is enough)
      let has = false
      comparisons(it.spec.absentWhen, (path) => {
        const present = presentValue.get(path)
        if (present === undefined) return
        if (!values.has(path)) values.set(path, r.chance(0.55) ? present : !present)
        if (values.get(path) === present) has = true
      })
      if (!has) continue
    }
    for (const [path, d] of Object.entries(it.spec.facts)) {
      if (values.has(path)) continue
      if (d.type === "string" && d.values === facilityStates) values.set(path, breach() ? r.pick(["missing", "failed"] as const) : "effective")
      else if (d.type === "boolean") {
        const present = presentValue.get(path)
        // a plant another item is about (第五条(六) reads whether the DC casting uses a tilting furnace, (九) is about it)
        if (present !== undefined) values.set(path, r.chance(0.55) ? present : !present)
        else {
          const ok = compliantValue.get(path) ?? false
          values.set(path, breach() ? !ok : ok)
        }
      } else if (numbers[path] !== undefined) values.set(path, numbers[path]!)
    }
  }
  const section: Record<string, unknown> = { industries, specialFields: fields }
  for (const [path, value] of values) {
    if (r.chance(m)) continue
    const keys = path.split(".").slice(1)
    let at = section
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>
    at[keys[keys.length - 1]!] = value
  }
  return section
}
