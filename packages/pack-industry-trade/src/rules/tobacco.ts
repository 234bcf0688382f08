/**
 * 第十条 — 烟草企业 (2 items). "烟草企业有下列情形之一的，应当判定为重大事故隐患：" Facts under
 * `facts.tobacco`; the wording of the facts and messages is that of `examples/json-pack` (the same two
 * items written only in JSON), recorded here for the enterprise as a whole.
 *
 * [verified: GM10-text; both also http://www.ynjnrc.com/show.asp?id=7944 (2023-05-16)]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { item, missing, no, text, without } from "./item.ts"

const F = "facts.tobacco"
const scope = { industry: "tobacco" } as const

/**
 * 第十条(一) "熏蒸作业场所未配备磷化氢气体浓度监测报警仪器，或者未配备防毒面具，或者熏蒸杀虫作业前未确认无关人员
 * 全部撤离熏蒸作业场所的".
 *
 * @since 0.2.0
 */
export const fumigation = item({
  slug: "tobacco-fumigation",
  article: 10,
  item: 1,
  scope,
  title: text("熏蒸作业场所", "Fumigation sites"),
  message: text(
    "熏蒸作业场所未配备磷化氢气体浓度监测报警仪器，或者未配备防毒面具，或者熏蒸杀虫作业前未确认无关人员全部撤离熏蒸作业场所的",
    "A fumigation site has no phosphine concentration alarm instruments or no gas masks, or it was not confirmed before fumigation that all unrelated people had left it"
  ),
  remediation: text(
    "熏蒸作业场所配备磷化氢气体浓度监测报警仪器和防毒面具，熏蒸杀虫作业前确认无关人员全部撤离。",
    "Equip each fumigation site with phosphine concentration alarm instruments and gas masks, and confirm before fumigating that all unrelated people have left."
  ),
  facts: {
    [`${F}.fumigates`]: flag("开展熏蒸杀虫作业", "carries out fumigation"),
    [`${F}.phosphineAlarmInstruments`]: facility("熏蒸作业场所磷化氢气体浓度监测报警仪器", "phosphine concentration alarm instruments of the fumigation sites"),
    [`${F}.gasMasks`]: flag("熏蒸作业场所配备防毒面具", "gas masks provided"),
    [`${F}.unrelatedPeopleEvacuationConfirmed`]: flag("熏蒸杀虫作业前确认无关人员全部撤离", "all unrelated people confirmed evacuated before fumigation")
  },
  absentWhen: without(`${F}.fumigates`, "不开展熏蒸杀虫作业", "no fumigation"),
  violationWhen: Condition.any(
    missing(`${F}.phosphineAlarmInstruments`, "熏蒸作业场所未配备磷化氢气体浓度监测报警仪器", "no phosphine alarm instruments"),
    no(`${F}.gasMasks`, "熏蒸作业场所未配备防毒面具", "no gas masks"),
    no(`${F}.unrelatedPeopleEvacuationConfirmed`, "熏蒸杀虫作业前未确认无关人员全部撤离熏蒸作业场所", "evacuation not confirmed before fumigation")
  )
})

/**
 * 第十条(二) "使用液态二氧化碳制造膨胀烟丝的生产线和场所未设置固定式二氧化碳浓度监测报警装置，或者监测报警装置未与
 * 事故通风设施联锁的".
 *
 * @since 0.2.0
 */
export const expandedTobaccoCo2Alarm = item({
  slug: "tobacco-expanded-tobacco-co2-alarm",
  article: 10,
  item: 2,
  scope,
  title: text("膨胀烟丝二氧化碳浓度监测报警", "CO₂ alarms for expanded tobacco"),
  message: text(
    "使用液态二氧化碳制造膨胀烟丝的生产线和场所未设置固定式二氧化碳浓度监测报警装置，或者监测报警装置未与事故通风设施联锁的",
    "A line or area making expanded tobacco with liquid CO₂ has no fixed CO₂ concentration alarm, or the alarm is not interlocked with the emergency ventilation"
  ),
  remediation: text(
    "在膨胀烟丝生产线和场所设置固定式二氧化碳浓度监测报警装置，并与事故通风设施联锁。",
    "Install fixed CO₂ concentration alarms on expanded-tobacco lines and areas and interlock them with the emergency ventilation."
  ),
  facts: {
    [`${F}.makesExpandedTobaccoWithLiquidCO2`]: flag("使用液态二氧化碳制造膨胀烟丝", "makes expanded tobacco with liquid CO₂"),
    [`${F}.fixedCo2Alarm`]: facility("膨胀烟丝生产线和场所固定式二氧化碳浓度监测报警装置", "fixed CO₂ concentration alarm of the expanded-tobacco lines and areas"),
    [`${F}.alarmInterlockedWithEmergencyVentilation`]: facility("监测报警装置与事故通风设施的联锁", "interlock of the alarm with the emergency ventilation")
  },
  absentWhen: without(`${F}.makesExpandedTobaccoWithLiquidCO2`, "不使用液态二氧化碳制造膨胀烟丝", "no expanded tobacco made with liquid CO₂"),
  violationWhen: Condition.any(
    missing(`${F}.fixedCo2Alarm`, "未设置固定式二氧化碳浓度监测报警装置", "no fixed CO₂ alarm"),
    missing(`${F}.alarmInterlockedWithEmergencyVentilation`, "监测报警装置未与事故通风设施联锁", "the alarm is not interlocked with the emergency ventilation")
  )
})

/** The items of 第十条, in order. @since 0.2.0 */
export const tobaccoItems = [fumigation, expandedTobaccoCo2Alarm]
