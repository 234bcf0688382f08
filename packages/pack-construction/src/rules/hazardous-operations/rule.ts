/**
 * 2024 第十五条 冒险作业 (3 items; a new article — 2022 第十五条 was the catch-all, now 2024 第十七条).
 *
 * | rule | 2024 第十五条 |
 * |---|---|
 * | `heavy-machinery-ground-bearing` | (一) 大型机械未验算运行路线和作业位置承载力 |
 * | `severe-weather-work` | (二) 恶劣天气违规吊装、设备安拆、高处作业 |
 * | `lifting-people` | (三) 使用非载人设备吊运人员 |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { all, datedByAsOf, defineItem as defineKitItem, eachOf, flag, judge, present, t } from "../kit.ts"
import { L, named, defineItem } from "../item.ts"

const { because, eq, some } = Condition

/**
 * 2024 第十五条(一): 混凝土泵车、打桩设备、汽车起重机、履带起重机等大型机械设备未对运行路线和作业位置承载力进行验算.
 *
 * @since 0.1.0
 */
export const heavyMachineryGroundBearing2024 = defineItem({
  slug: "heavy-machinery-ground-bearing",
  edition: "2024",
  article: 15,
  item: 1,
  verified: true,
  title: L("大型机械未验算运行路线和作业位置承载力", "Heavy machine used without checking the ground it runs and works on"),
  message: L(
    "使用混凝土泵车、打桩设备、汽车起重机、履带起重机等大型机械设备，未对运行路线和作业位置承载力进行验算",
    "A concrete pump truck, piling rig, truck or crawler crane or other heavy machine is used without checking the bearing capacity of its route and working position"
  ),
  remediation: L("停止作业，对运行路线和作业位置的地基承载力进行验算，不满足时采取加固措施。", "Stop the machine; check the bearing capacity of its route and position, and strengthen the ground where it falls short."),
  keys: ["heavyMachines"],
  violationWhen: some(
    "facts.heavyMachines",
    because(eq("groundBearingChecked", false), "未对运行路线和作业位置承载力进行验算", "route and working position not checked"),
    named("facts.heavyMachines")
  )
})

const weatherText = {
  thunderstorm: t("雷雨", "thunderstorm"),
  "heavy-snow": t("大雪", "heavy snow"),
  "dense-fog": t("浓雾", "dense fog"),
  "high-wind": t("大风", "high wind"),
  other: t("恶劣天气", "bad weather")
} as const
const operationText = {
  lifting: t("吊装", "lifting"),
  "equipment-installation": t("设备安装", "equipment installation"),
  "equipment-dismantling": t("设备拆卸", "equipment dismantling"),
  "work-at-height": t("高处作业", "work at height")
} as const

/**
 * 2024 第十五条(二): 在雷雨、大雪、浓雾、大风等恶劣天气下违规进行吊装、设备安装拆卸或高处作业. Whether an
 * operation breaches the rules is a fact the user records (`inBreachOfRules`): the 判定标准 names no thresholds.
 *
 * @since 0.1.0
 */
export const severeWeatherWork2024 = defineKitItem({
  slug: "severe-weather-work",
  edition: "2024",
  article: 15,
  item: 2,
  verified: true,
  title: L("恶劣天气违规进行吊装、设备安拆或高处作业", "Lifting, erection or work at height in bad weather against the rules"),
  message: L(
    "在雷雨、大雪、浓雾、大风等恶劣天气下违规进行吊装、设备安装拆卸或高处作业",
    "Lifting, equipment installation or dismantling, or work at height was done in thunderstorms, heavy snow, dense fog, high wind or other bad weather against the rules"
  ),
  remediation: L("恶劣天气下立即停止吊装、设备安拆和高处作业，天气好转并检查确认安全后方可恢复。", "Stop lifting, erection and work at height in bad weather; resume only after it clears and the site is checked."),
  keys: ["severeWeatherWorks"],
  reads: ["facts.severeWeatherWorks[].weather", "facts.severeWeatherWorks[].operation", "facts.severeWeatherWorks[].inBreachOfRules", "facts.severeWeatherWorks[].date"],
  evaluate: (f, asOf) =>
    judge(eachOf(f?.severeWeatherWorks, "facts.severeWeatherWorks", t("恶劣天气作业", "bad-weather operation"), (w, p) => {
      const weather = w.weather === undefined ? weatherText.other : weatherText[w.weather]
      const op = w.operation === undefined ? t("作业", "work") : operationText[w.operation]
      // work dated after the as-of day had not happened yet
      return all(
        datedByAsOf(`${p}.date`, w.date, asOf),
        flag(`${p}.inBreachOfRules`, w.inBreachOfRules, () => {
          const when = w.date === undefined ? "" : w.date.toISOString().slice(0, 10)
          return t(`${when}${weather.zh}天气下违规进行${op.zh}`, `${op.en} in ${weather.en} against the rules${when === "" ? "" : ` on ${when}`}`)
        })
      )
    }))
})

const equipmentText = {
  "tower-crane": t("塔式起重机", "tower crane"),
  "truck-crane": t("汽车起重机", "truck crane"),
  "crawler-crane": t("履带起重机", "crawler crane"),
  "tyre-crane": t("轮胎起重机", "tyre crane"),
  "other-non-passenger": t("非载人设备", "non-passenger equipment")
} as const

/**
 * 2024 第十五条(三): 使用塔式起重机、汽车起重机、履带起重机、轮胎起重机等非载人设备吊运人员. Every recorded
 * occurrence is a violation.
 *
 * @since 0.1.0
 */
export const liftingPeople2024 = defineKitItem({
  slug: "lifting-people",
  edition: "2024",
  article: 15,
  item: 3,
  verified: true,
  title: L("使用非载人设备吊运人员", "People lifted with non-passenger equipment"),
  message: L(
    "使用塔式起重机、汽车起重机、履带起重机、轮胎起重机等非载人设备吊运人员",
    "People were lifted with a tower, truck, crawler or tyre crane or other equipment not made to carry people"
  ),
  remediation: L("立即制止，严禁使用非载人设备吊运人员，人员上下应使用施工升降机或其他载人设施。", "Stop it at once: never lift people with equipment not made for people; use a passenger hoist or other means."),
  keys: ["peopleLifted"],
  reads: ["facts.peopleLifted[].equipment", "facts.peopleLifted[].date"],
  evaluate: (f, asOf) =>
    judge(eachOf(f?.peopleLifted, "facts.peopleLifted", t("吊运人员", "people lifted"), (e, p) => {
      const eq = e.equipment === undefined ? equipmentText["other-non-passenger"] : equipmentText[e.equipment]
      // an occurrence dated after the as-of day had not happened yet
      return all(
        datedByAsOf(`${p}.date`, e.date, asOf),
        present(`${p}.equipment`, e.equipment ?? null, () => t(`使用${eq.zh}吊运人员`, `people lifted with a ${eq.en}`))
      )
    }))
})

/** Every version of the 2024 第十五条 rules. @since 0.1.0 */
export const hazardousOperationRules = [heavyMachineryGroundBearing2024, severeWeatherWork2024, liftingPeople2024] as const
