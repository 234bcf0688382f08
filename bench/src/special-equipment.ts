/**
 * 特种设备 facts for the benchmark generator: `enterprise.facts.specialEquipment` (@anquan/pack-special-equipment,
 * GB 45067-2024), the equipment register of the units that use special equipment.
 *
 * Who has one: every unit whose sectors include `special-equipment` (the section is left out with the missing rate:
 * the pack then names the missing register once); of the 工贸, metal-smelting, hazardous-chemical and gas units about
 * half give a register, a few record only the kinds in use (`kindsInUse`, no register: again the one indeterminate
 * finding), the rest nothing (the pack is not applicable to them). The equipment follows the unit: plants have
 * forklifts, overhead cranes, air receivers, boilers and steam piping (smelters outdoor gantry cranes), hazchem and gas
 * units fixed vessels, process piping and, for gas, a filling operation; trading units lifts and escalators. Every
 * fact an item reads is given and compliant unless a breach is drawn (`v`), left out with the missing rate (`m`); a
 * few entries are out of use (仍继续使用 not met).
 *
 * The section is drawn from its own random stream, so the other fields of a record are exactly what they were
 * before this section existed.
 */
import type { Rng } from "./prng.ts"

type Obj = Record<string, unknown>

/** Leaves out each key but `keep` with probability `m`. */
const thin = (r: Rng, m: number, o: Obj, ...keep: ReadonlyArray<string>): Obj => {
  for (const k of Object.keys(o)) if (!keep.includes(k) && r.chance(m)) delete o[k]
  return o
}

type Kind =
  | "boiler" | "air-receiver" | "fixed-vessel" | "piping" | "filling" | "passenger-lift" | "freight-lift" | "escalator"
  | "overhead-crane" | "gantry-crane" | "forklift"

const NAMES: Readonly<Record<Kind, string>> = {
  boiler: "燃气蒸汽锅炉",
  "air-receiver": "空压站储气罐",
  "fixed-vessel": "储罐",
  piping: "工艺管道",
  filling: "气瓶充装站",
  "passenger-lift": "客梯",
  "freight-lift": "货梯",
  escalator: "自动扶梯",
  "overhead-crane": "桥式起重机",
  "gantry-crane": "门式起重机",
  forklift: "叉车"
}

/** The kinds a unit's register draws from, by its sectors and unit kinds (weights). */
const kindsFor = (sectors: ReadonlyArray<string>, unitKinds: ReadonlyArray<string>): ReadonlyArray<readonly [Kind, number]> => {
  if (unitKinds.includes("trading") && !sectors.includes("gas") && !sectors.includes("hazardous-chemicals")) {
    return [["passenger-lift", 40], ["escalator", 25], ["freight-lift", 20], ["forklift", 15]]
  }
  if (sectors.includes("gas")) return [["fixed-vessel", 35], ["piping", 30], ["filling", 20], ["forklift", 15]]
  if (sectors.includes("hazardous-chemicals")) return [["fixed-vessel", 35], ["piping", 30], ["forklift", 20], ["boiler", 10], ["overhead-crane", 5]]
  if (sectors.includes("metal-smelting")) return [["overhead-crane", 35], ["gantry-crane", 15], ["forklift", 20], ["boiler", 10], ["air-receiver", 10], ["piping", 10]]
  return [["forklift", 35], ["overhead-crane", 25], ["air-receiver", 20], ["boiler", 8], ["piping", 7], ["freight-lift", 5]]
}

/**
 * The `specialEquipment` fact section of one unit, or `undefined` when the unit gives none. `v` is the breach
 * rate of one fact, `m` the rate at which a fact is left out.
 */
export const specialEquipmentSection = (r: Rng, record: { readonly sectors?: unknown; readonly unitKinds?: unknown }, v: number, m: number): Obj | undefined => {
  const sectors = Array.isArray(record.sectors) ? (record.sectors as ReadonlyArray<string>) : []
  const unitKinds = Array.isArray(record.unitKinds) ? (record.unitKinds as ReadonlyArray<string>) : []
  const user = sectors.includes("special-equipment")
  const plant = ["industry-trade", "metal-smelting", "hazardous-chemicals", "gas"].some((s) => sectors.includes(s))
  if (!user && !plant) return undefined
  if (user && r.chance(m)) return undefined
  const weights = kindsFor(sectors, unitKinds)
  if (!user) {
    const draw = r.next()
    if (draw < 0.05) return { kindsInUse: [...new Set(Array.from({ length: r.int(1, 3) }, () => kindOf(r.weighted(weights))))] }
    if (draw >= 0.5) return undefined
  }
  const ok = () => !r.chance(v)
  const device = (): string => (ok() ? "effective" : r.pick(["missing", "failed"]))
  const seen: Partial<Record<Kind, number>> = {}
  const entry = (kind: Kind): Obj => {
    const n = (seen[kind] = (seen[kind] ?? 0) + 1)
    const head: Obj = { kind: kindOf(kind), name: `${n}号${NAMES[kind]}`, registrationCode: `${r.int(10, 39)}${r.int(100000, 999999)}` }
    const general: Obj = {
      inUse: !r.chance(0.03),
      manufacturedWithoutLicence: !ok(),
      bannedForSafety: !ok(),
      scrapped: false,
      atScrappingCondition: !ok(),
      hadAccident: r.chance(v),
      supervisoryInspection: ok() ? "passed" : r.pick(["not-done", "failed"])
    }
    if (general.hadAccident === true) general.inspectedAndRectifiedAfterAccident = ok()
    const periodic = (pass: string): string => (ok() ? pass : "fail")
    const own: Obj = (() => {
      switch (kind) {
        case "boiler":
          return {
            periodicInspection: periodic("pass"), cannotMonitorMainParameters: !ok(), reliefDevice: device(), alarmSystem: device(),
            interlockProtection: device(), flameFailureProtection: device(), powerStationBoiler: false
          }
        case "air-receiver":
        case "fixed-vessel":
          return { vesselType: "fixed", quickOpening: false, periodicInspection: periodic(r.pick(["pass", "basically-pass"])), convertedToMobileUse: !ok(), reliefDevice: device(), emergencyShutOff: kind === "fixed-vessel" ? device() : "not-required" }
        case "piping":
          return { periodicInspection: ok() ? r.pick(["pass", "basically-pass"]) : r.pick(["fail", "not-allowed"]), reliefDevice: device(), emergencyShutOff: r.chance(0.5) ? device() : "not-required" }
        case "filling":
          return { fillingLicensed: ok(), wrongMediumFilled: !ok(), emergencyShutOff: device() }
        case "passenger-lift":
        case "freight-lift":
          return { elevatorType: kind === "passenger-lift" ? "passenger" : "freight", periodicInspection: periodic("pass"), doorLockCircuitBypassed: !ok(), governorSafetyGearTestFailed: !ok() }
        case "escalator": {
          const clearance = r.pick([380, 399, 400, 450, 520, 600])
          return { elevatorType: "escalator", periodicInspection: periodic("pass"), emergencyStop: device(), handrailClearance: clearance, guardPlatesFitted: clearance < 400 ? ok() : r.chance(0.5) }
        }
        case "overhead-crane":
        case "gantry-crane":
          return {
            firstInspection: r.pick(["done", "not-required"]), periodicInspection: periodic("pass"), emergencyStop: device(), loadLimiter: device(),
            momentLimiter: "not-required", fallArrester: "not-required", outdoorRailMounted: kind === "gantry-crane",
            ...(kind === "gantry-crane" ? { windAntiSlip: device() } : {})
          }
        case "forklift": {
          const electric = r.chance(0.6)
          return { vehicleType: "forklift", electric, periodicInspection: periodic("pass"), brakes: device(), ...(electric ? { powerEmergencyCutOff: device() } : {}) }
        }
      }
    })()
    if (kind === "filling") return thin(r, m, { ...head, inUse: !r.chance(0.03), ...own }, "kind", "name")
    return thin(r, m, { ...head, ...general, ...own }, "kind", "name")
  }
  const size = r.count(1, 3, 24)
  return { equipment: Array.from({ length: size }, () => entry(r.weighted(weights))) }
}

/** The register's `kind` of a generator kind. */
const kindOf = (k: Kind): string => {
  switch (k) {
    case "air-receiver":
    case "fixed-vessel":
      return "pressure-vessel"
    case "piping":
      return "pressure-piping"
    case "passenger-lift":
    case "freight-lift":
    case "escalator":
      return "elevator"
    case "overhead-crane":
    case "gantry-crane":
      return "crane"
    case "forklift":
      return "in-plant-vehicle"
    default:
      return k
  }
}
