/**
 * 矿山档案 — the fact sections of mine records: `coalMine` (煤矿, `@anquan/pack-coal-mine`) and `noncoalMine`
 * (金属非金属矿山, `@anquan/pack-noncoal-mine`).
 *
 * The generator's mine share (`non-coal-mine` in the sector mix) is split here: a draw makes a record a coal mine
 * (`sectors: ["coal-mine"]`, `facts.coalMine`) or keeps it a metal or non-metal mine and adds `facts.noncoalMine`.
 * Every draw here comes from a random stream of its own, seeded by (seed, index) and a salt, never from the record's main
 * stream: the rest of the record — everything the other packs read, and every record of another sector — is exactly
 * what the generator made before these sections existed.
 *
 * The sections are varied from templates: the mines of the packs' own samples (`sample/coal-mines.json`,
 * `sample/noncoal-mines.json`) with the sample's deliberate violations repaired. Each boolean is flipped with
 * probability `violationRate / 4` (a mine section has hundreds of them, most inspection findings), each fact is left out
 * with probability `missingRate`, outputs and capacities are scaled together, and dates keep their distance from the
 * as-of day.
 */
import { readFileSync } from "node:fs"
import type { Json, JsonObject } from "./generate.ts"
import { mixSeed, Rng } from "./prng.ts"

const SAMPLE_AS_OF = Date.parse("2026-11-23T00:00:00Z")
const DAY = 86_400_000

const read = (pkg: string, file: string): ReadonlyArray<JsonObject> =>
  JSON.parse(readFileSync(new URL(`../../packages/${pkg}/sample/${file}`, import.meta.url), "utf8")) as ReadonlyArray<JsonObject>

const set = (obj: JsonObject, path: string, value: Json): void => {
  const keys = path.split(".")
  let at: any = obj
  for (const k of keys.slice(0, -1)) at = at[/^\d+$/.test(k) ? Number(k) : k]
  at[keys[keys.length - 1]!] = value
}

/** The fact sections of the samples' mines, their deliberate violations repaired (the sample tests name them). */
const templates = (() => {
  const coal = read("pack-coal-mine", "coal-mines.json").map((r) => structuredClone((r.facts as JsonObject).coalMine as JsonObject))
  set(coal[0]!, "quarterlyOutputs.1.rawCoal", 33.5) // 第四条(一): 30 % of 120 万t/a is 36
  set(coal[0]!, "gasReadings.0.workStopped", true) // 第五条(一)
  set(coal[0]!, "headings.0.dualFansDualPowerAutoSwitch", true) // 第八条(十四)
  set(coal[1]!, "finalWalls.0.slopeAngle", 37.5) // 第十五条(一): design 38°
  set(coal[1]!, "stripping.contractors", 1) // 第二十条(一)
  const noncoal = read("pack-noncoal-mine", "noncoal-mines.json").map((r) => structuredClone((r.facts as JsonObject).noncoalMine as JsonObject))
  set(noncoal[0]!, "underground.ventilation.systemTests", ["2026-03-15"]) // 地下(二十)5
  set(noncoal[0]!, "tailingsPond.phreaticDepthM", 6.8) // 尾矿库(七): control depth 6 m
  set(noncoal[0]!, "underground.flammablesDistanceM", 80) // 补充 地下(一): 50 m
  set(noncoal[1]!, "openPit.pitSlopes.0.onlineMonitoring", true) // 露天(七): 210 m
  return { coal, noncoal }
})()

/** Output and capacity fields, scaled together so that a mine's output stays within its capacity (a tailings pond's capacity is not an output). */
const SCALED = /^(ratedCapacity|(annual|quarterly)Outputs\.rawCoal|underground\.designCapacity|underground\.(annual|monthly)Outputs\.output)$/

const vary = (rng: Rng, value: Json, flip: number, drop: number, scale: number, shiftDays: number, path = ""): Json => {
  if (typeof value === "boolean") return rng.chance(flip) ? !value : value
  if (typeof value === "number") return SCALED.test(path) ? Math.round(value * scale * 100) / 100 : value
  if (typeof value === "string") {
    if (shiftDays !== 0 && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) + shiftDays * DAY).toISOString().slice(0, 10)
    return value
  }
  if (Array.isArray(value)) return value.map((v) => vary(rng, v, flip, drop, scale, shiftDays, path))
  if (value === null) return null
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(value as JsonObject)) {
    if (v === undefined || rng.chance(drop)) continue
    out[k] = vary(rng, v, flip, drop, scale, shiftDays, path === "" ? k : `${path}.${k}`)
  }
  return out
}

/** The salts of the mine streams (any constants other than the generator's own). */
const KIND_SALT = 0x6d696e65
const FACTS_SALT = 0x66616374

/** The share of mine records that are coal mines. */
export const COAL_SHARE = 0.4

/**
 * Makes the mine record `record` (built for the `non-coal-mine` sector) a coal or a metal/non-metal mine and adds its
 * fact section, drawing only from the streams of (seed, index).
 */
export const addMineFacts = (record: JsonObject, seed: number, index: number, asOf: number, violationRate: number, missingRate: number): void => {
  const kind = new Rng(mixSeed(seed ^ KIND_SALT, index))
  const rng = new Rng(mixSeed(seed ^ FACTS_SALT, index))
  const coal = kind.chance(COAL_SHARE)
  const pool = coal ? templates.coal : templates.noncoal
  const template = pool[rng.int(0, pool.length - 1)]!
  const section = vary(rng, template, violationRate / 4, missingRate, rng.float(0.5, 2, 2), Math.round((asOf - SAMPLE_AS_OF) / DAY)) as JsonObject
  const facts = record.facts as JsonObject
  if (coal) {
    record.sectors = ["coal-mine"]
    record.name = (record.name as string).replace(/(建材矿业|矿业|石料)有限公司$/, "煤业有限公司")
    facts.coalMine = section
  } else {
    facts.noncoalMine = section
  }
}
