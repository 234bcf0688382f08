/**
 * 城镇燃气 facts for the benchmark generator: `enterprise.facts.cityGas` of a record whose sectors include
 * `gas` (@anquan/pack-city-gas, 建城规〔2023〕4号).
 *
 * A name with 液化石油气 makes an LPG supplier (a storage-and-filling station with tanks and a loading system,
 * cylinders filled and sold, no mains); any other a piped-gas company (a city gate station, sometimes an LNG
 * satellite station with tanks, distribution mains with regulators). A few units of the sector are not gas
 * suppliers at all (installers). Every compliance fact is compliant unless a breach is drawn; each fact is left
 * out with the missing rate. The user-inspection findings (第九条) are dated before the as-of day and mostly
 * acted on in writing; natural gas is lighter than 0.75, LPG heavier.
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

const USERS = ["小区", "花园", "新村", "公寓", "商业街", "大厦"]
const SHOPS = ["饭店", "面馆", "快餐店", "食堂", "酒楼"]

/**
 * The `cityGas` fact section of one unit of the gas sector. `day(n)` is `YYYY-MM-DD` n days from the as-of
 * day; `v` the breach rate of one fact, `m` the rate at which a fact is left out.
 */
export const cityGasSection = (r: Rng, record: { readonly name?: unknown }, day: (n: number) => string, v: number, m: number): Obj => {
  if (r.chance(0.03)) return { gasOperator: false }
  const ok = () => !r.chance(v)
  const lpg = typeof record.name === "string" && record.name.includes("液化石油气")
  const area = (name: string): Obj => {
    const concentration = r.pick([5, 10, 15, 19.9, 20, 25, 35, 50, 60])
    return thin(r, m, { name, possibleLeakConcentration: concentration, fixedGasAlarm: concentration >= 20 ? ok() : r.chance(0.4) }, "name")
  }
  const station = (name: string, tanks: boolean, loading: boolean, areas: ReadonlyArray<string>): Obj =>
    thin(r, m, {
      name,
      storageTanks: tanks,
      ...(tanks ? { tankMonitoring: ok(), tankOverLimitAlarm: ok() } : {}),
      overpressureShutoff: ok(),
      overpressureRelief: ok(),
      loadingSystem: loading,
      ...(loading ? { loadingPullAwayInterlock: ok() } : {}),
      hazardousAreaExProtection: ok(),
      leakAreas: areas.map(area)
    }, "name")
  const stations = lpg
    ? [station(`${r.pick(["城东", "城南", "开发区"])}液化石油气储配站`, true, true, ["储罐区", "灌瓶间", "装卸台"])]
    : [
      station(`${r.pick(["城北", "城西", "高新区"])}天然气门站`, false, false, ["过滤计量调压区", "加臭间", "值班室"]),
      ...(r.chance(0.4) ? [station("LNG气化站", true, true, ["储罐区", "气化区"])] : [])
    ]
  const pressure = () => r.weighted([["medium", 60], ["sub-high", 25], ["high", 15]] as const)
  const network: Obj = lpg
    ? { operatesMains: false, regulators: [] }
    : thin(r, m, {
      operatesMains: true,
      encroachments: [
        ...(r.chance(0.15) ? [{ name: `${r.pick(USERS)}车棚`, pressureClass: "low" }] : []),
        ...(ok() ? [] : [{ name: `${r.pick(["临街商铺", "违建板房", "围墙"])}`, pressureClass: pressure() }])
      ],
      mainsInUndergroundStructures: r.chance(0.3)
        ? [thin(r, m, { name: "隧道穿越段", structure: r.pick(["traffic-tunnel", "rail-transit-tunnel", "heating-trench", "cable-trench"] as const), necessaryCrossing: ok(), effectiveProtection: ok() }, "name")]
        : [],
      regulators: Array.from({ length: r.int(1, 5) }, (_, i) => thin(r, m, { name: `RTS-${i + 1}`, outletOverpressureProtection: ok() }, "name"))
    })
  const cylinders: Obj = lpg
    ? thin(r, m, { fills: true, fillsNonOwnedCylinders: !ok(), sells: true, sellsUnlicensedFills: !ok(), sellsNonOwnedCylinderFills: !ok() })
    : { fills: false, sells: false }
  const findings = Array.from({ length: r.int(0, 4) }, () => {
    const situation = r.weighted([["underground-space", 25], ["pipes-in-toilet", 20], ["in-sleeping-room", 15], ["banned-appliance", 40]] as const)
    return thin(r, m, {
      user: situation === "underground-space" ? `${r.pick(SHOPS)}（地下）` : `${r.pick(USERS)}${r.int(1, 30)}幢${r.int(101, 1802)}`,
      foundOn: day(-r.int(1, 330)),
      situation,
      ...(situation === "underground-space" ? { gasRelativeDensity: lpg ? r.pick([1.5, 1.8, 2.0]) : r.pick([0.55, 0.6, 0.65]) } : {}),
      measuresTaken: ok()
    }, "user", "situation")
  })
  return thin(r, m, {
    gasOperator: true,
    management: thin(r, m, { licensed: ok(), riskGradingSystem: ok(), hazardInvestigationSystem: ok(), emergencyPlan: ok(), userInspectionRegime: ok() }),
    stations,
    network,
    cylinders,
    odorisation: { warningOdourAsRequired: ok() },
    userFindings: findings,
    otherSeriousHazards: ok() ? [] : [{ description: "储配站违规动火", basis: "《城镇燃气管理条例》", seriousBreach: true, realDanger: r.chance(0.5) }]
  }, "gasOperator")
}
