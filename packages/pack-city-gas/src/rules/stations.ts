/**
 * 第五条 燃气厂站 — the five items of gas stations (门站、储配站、气化站、加气站、灌装站 and the like).
 *
 * "燃气经营者的燃气厂站有下列情形之一的，判定为重大隐患：（一）燃气储罐未设置压力、罐容或液位显示等监测装置，或不
 * 具有超限报警功能；（二）燃气厂站内设备和管道未设置防止系统压力参数超过限值的自动切断和放散装置；（三）压缩天然
 * 气、液化天然气和液化石油气装卸系统未设置防止装卸用管拉脱的联锁保护装置；（四）燃气厂站内设置在有爆炸危险环境的
 * 电气、仪表装置，不具有与该区域爆炸危险等级相对应的防爆性能；（五）燃气厂站内可燃气体泄漏浓度可能达到爆炸下限20%
 * 的燃气设施区域内或建（构）筑物内，未设置固定式可燃气体浓度报警装置。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * The operator's stations are one list, `facts.stations`, an entry per station: an item is judged
 * station by station and names the station that breaks it. An operator with no station (`[]`) has
 * none of these items (`not-applicable`).
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import { flag, LEAK_ALARM_LEL_PERCENT, name, text } from "../facts/facts.ts"
import { item, no } from "./item.ts"

/** `facts.stations`: the operator's gas stations. @since 0.2.0 */
export const STATIONS = "facts.stations"

/** One station, as reasons name it: `燃气厂站「城东门站」`. */
const station = { label: "name", entry: text("燃气厂站", "gas station") } as const

/** The declaration of `facts.stations`, with every field the five items read. @since 0.2.0 */
export const stationFacts: FactDeclarations = {
  [STATIONS]: {
    type: "list",
    label: text("燃气厂站", "gas station"),
    items: {
      name: name("名称", "name"),
      storageTanks: flag("设有燃气储罐", "has gas storage tanks"),
      tankMonitoring: flag("燃气储罐设置压力、罐容或液位显示等监测装置", "tanks have pressure, volume or level monitoring"),
      tankOverLimitAlarm: flag("储罐监测装置具有超限报警功能", "tank monitoring has an over-limit alarm"),
      overpressureShutoff: flag("设备和管道设置防止系统压力参数超过限值的自动切断装置", "automatic shut-off against system pressure above its limit"),
      overpressureRelief: flag("设备和管道设置防止系统压力参数超过限值的放散装置", "relief (venting) against system pressure above its limit"),
      loadingSystem: flag("设有压缩天然气、液化天然气或液化石油气装卸系统", "has a CNG, LNG or LPG loading and unloading system"),
      loadingPullAwayInterlock: flag("装卸系统设置防止装卸用管拉脱的联锁保护装置", "loading system has an interlock against hose pull-away"),
      hazardousAreaExProtection: flag(
        "设置在爆炸危险环境的电气、仪表装置具有与该区域爆炸危险等级相对应的防爆性能",
        "electrical and instrument equipment in hazardous areas is explosion-protected for the area's zone"
      ),
      leakAreas: {
        type: "list",
        label: text("燃气设施区域或建（构）筑物", "gas-facility area or building"),
        items: {
          name: name("名称", "name"),
          possibleLeakConcentration: {
            type: "number",
            label: text("可燃气体泄漏可能达到的浓度", "concentration a leak may reach"),
            unit: text("%爆炸下限", "% LEL")
          },
          fixedGasAlarm: flag("设置固定式可燃气体浓度报警装置", "fixed combustible-gas concentration alarm installed")
        }
      }
    }
  }
}

const noStation = C.because(C.none(STATIONS), "无燃气厂站", "no gas station")

/**
 * 第五条(一) 燃气储罐监测装置和超限报警. "未设置压力、罐容或液位显示等监测装置，或不具有超限报警功能": either
 * part alone is a breach. Not applicable where no station has a storage tank.
 *
 * @since 0.2.0
 */
export const tankMonitoring = item({
  slug: "station-tank-monitoring",
  article: 5,
  item: 1,
  title: text("燃气储罐监测装置和超限报警功能", "Tank monitoring and over-limit alarm"),
  message: text(
    "燃气储罐未设置压力、罐容或液位显示等监测装置，或不具有超限报警功能",
    "A gas storage tank has no pressure, volume or level monitoring, or no over-limit alarm"
  ),
  remediation: text(
    "为燃气储罐设置压力、罐容或液位显示等监测装置，并使其具有超限报警功能。",
    "Fit gas storage tanks with pressure, volume or level monitoring that raises an over-limit alarm."
  ),
  facts: stationFacts,
  absentWhen: C.because(C.none(STATIONS, C.eq("storageTanks", true)), "燃气厂站无燃气储罐", "no station has gas storage tanks"),
  violationWhen: C.some(
    STATIONS,
    C.when(
      C.eq("storageTanks", true),
      C.any(
        no("tankMonitoring", "燃气储罐未设置压力、罐容或液位显示等监测装置", "tanks have no pressure, volume or level monitoring"),
        no("tankOverLimitAlarm", "燃气储罐监测装置不具有超限报警功能", "tank monitoring has no over-limit alarm")
      ),
      { scope: true }
    ),
    station
  )
})

/**
 * 第五条(二) 防止系统压力参数超过限值的自动切断和放散装置. "自动切断和放散装置": both are required; either
 * one missing is a breach.
 *
 * @since 0.2.0
 */
export const overpressureProtection = item({
  slug: "station-overpressure-protection",
  article: 5,
  item: 2,
  title: text("设备和管道超压自动切断和放散装置", "Over-pressure shut-off and relief"),
  message: text(
    "燃气厂站内设备和管道未设置防止系统压力参数超过限值的自动切断和放散装置",
    "Station equipment and piping have no automatic shut-off and relief devices against system pressure above its limit"
  ),
  remediation: text(
    "为燃气厂站内设备和管道设置防止系统压力参数超过限值的自动切断和放散装置。",
    "Fit station equipment and piping with automatic shut-off and relief devices against over-pressure."
  ),
  facts: stationFacts,
  absentWhen: noStation,
  violationWhen: C.some(
    STATIONS,
    C.any(
      no("overpressureShutoff", "设备和管道未设置防止系统压力参数超过限值的自动切断装置", "no automatic over-pressure shut-off"),
      no("overpressureRelief", "设备和管道未设置防止系统压力参数超过限值的放散装置", "no over-pressure relief")
    ),
    station
  )
})

/**
 * 第五条(三) 装卸用管防拉脱联锁保护装置 — for stations with a CNG, LNG or LPG loading and unloading
 * system; not applicable where none has one.
 *
 * @since 0.2.0
 */
export const loadingPullAwayInterlock = item({
  slug: "station-loading-pull-away-interlock",
  article: 5,
  item: 3,
  title: text("装卸用管防拉脱联锁保护装置", "Loading-hose pull-away interlock"),
  message: text(
    "压缩天然气、液化天然气和液化石油气装卸系统未设置防止装卸用管拉脱的联锁保护装置",
    "A CNG, LNG or LPG loading and unloading system has no interlock protecting against pull-away of the loading hose"
  ),
  remediation: text(
    "为压缩天然气、液化天然气和液化石油气装卸系统设置防止装卸用管拉脱的联锁保护装置。",
    "Fit CNG, LNG and LPG loading and unloading systems with an interlock against hose pull-away."
  ),
  facts: stationFacts,
  absentWhen: C.because(
    C.none(STATIONS, C.eq("loadingSystem", true)),
    "燃气厂站无压缩天然气、液化天然气或液化石油气装卸系统",
    "no station has a CNG, LNG or LPG loading system"
  ),
  violationWhen: C.some(
    STATIONS,
    C.when(
      C.eq("loadingSystem", true),
      no("loadingPullAwayInterlock", "装卸系统未设置防止装卸用管拉脱的联锁保护装置", "the loading system has no pull-away interlock"),
      { scope: true }
    ),
    station
  )
})

/** 第五条(四) 爆炸危险环境电气、仪表装置的防爆性能. @since 0.2.0 */
export const hazardousAreaExProtection = item({
  slug: "station-hazardous-area-ex-protection",
  article: 5,
  item: 4,
  title: text("爆炸危险环境电气、仪表装置防爆性能", "Explosion protection in hazardous areas"),
  message: text(
    "燃气厂站内设置在有爆炸危险环境的电气、仪表装置，不具有与该区域爆炸危险等级相对应的防爆性能",
    "Electrical or instrument equipment in a hazardous area of the station is not explosion-protected for the area's zone"
  ),
  remediation: text(
    "爆炸危险环境内的电气、仪表装置采用与该区域爆炸危险等级相对应的防爆型产品。",
    "Use electrical and instrument equipment explosion-protected for the zone of each hazardous area."
  ),
  facts: stationFacts,
  absentWhen: noStation,
  violationWhen: C.some(
    STATIONS,
    no(
      "hazardousAreaExProtection",
      "设置在有爆炸危险环境的电气、仪表装置不具有与该区域爆炸危险等级相对应的防爆性能",
      "electrical or instrument equipment in a hazardous area is not explosion-protected for its zone"
    ),
    station
  )
})

/**
 * 第五条(五) 固定式可燃气体浓度报警装置. "可燃气体泄漏浓度可能达到爆炸下限20%的…区域内或建（构）筑物内，
 * 未设置…": an area or building whose recorded possible leak concentration is at least 20 % of the
 * LEL ("达到" = reaches: 20 is within) and that has no fixed alarm. The figure is a recorded fact (from
 * the design or the hazard-area assessment); below 20 % LEL the area is outside the item.
 *
 * @since 0.2.0
 */
export const fixedGasAlarms = item({
  slug: "station-fixed-gas-alarms",
  article: 5,
  item: 5,
  title: text("固定式可燃气体浓度报警装置", "Fixed combustible-gas alarms"),
  message: text(
    "燃气厂站内可燃气体泄漏浓度可能达到爆炸下限20%的燃气设施区域内或建（构）筑物内，未设置固定式可燃气体浓度报警装置",
    "An area or building of the station where a leak may reach 20 % of the lower explosive limit has no fixed combustible-gas concentration alarm"
  ),
  remediation: text(
    "在可燃气体泄漏浓度可能达到爆炸下限20%的燃气设施区域内和建（构）筑物内设置固定式可燃气体浓度报警装置。",
    "Install fixed combustible-gas concentration alarms wherever a leak may reach 20 % of the lower explosive limit."
  ),
  facts: stationFacts,
  absentWhen: noStation,
  violationWhen: C.some(
    STATIONS,
    C.some(
      "leakAreas",
      C.all(
        C.gte("possibleLeakConcentration", LEAK_ALARM_LEL_PERCENT),
        no("fixedGasAlarm", "未设置固定式可燃气体浓度报警装置", "no fixed combustible-gas concentration alarm")
      ),
      { label: "name", entry: text("区域", "area") }
    ),
    station
  )
})

/** The items of 第五条, in order. @since 0.2.0 */
export const stationItems = [tankMonitoring, overpressureProtection, loadingPullAwayInterlock, hazardousAreaExProtection, fixedGasAlarms]
