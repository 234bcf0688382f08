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
import { defineItem, L, named } from "../item.ts"

const { all, because, eq, show, some } = Condition

/**
 * Each entry of a list of dated occurrences, named as the pack names entries; an occurrence dated
 * after the as-of day had not happened yet and is not read (an undated one counts).
 */
const happened = (list: string): Condition.EntryOptions => ({ ...named(list), asOf: "date" })

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

/**
 * 2024 第十五条(二): 在雷雨、大雪、浓雾、大风等恶劣天气下违规进行吊装、设备安装拆卸或高处作业. Whether an
 * operation breaches the rules is a fact the user records (`inBreachOfRules`): the 判定标准 names no thresholds.
 *
 * @since 0.1.0
 */
export const severeWeatherWork2024 = defineItem({
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
  violationWhen: some(
    "facts.severeWeatherWorks",
    all(
      show("date"),
      because(
        eq("inBreachOfRules", true),
        "{date}{weather:label|=恶劣}天气下违规进行{operation:label|=作业}",
        "{operation:label|=work} in {weather:label|=bad weather} against the rules on {date}"
      )
    ),
    happened("facts.severeWeatherWorks")
  )
})

/**
 * 2024 第十五条(三): 使用塔式起重机、汽车起重机、履带起重机、轮胎起重机等非载人设备吊运人员. Every recorded
 * occurrence is a violation.
 *
 * @since 0.1.0
 */
export const liftingPeople2024 = defineItem({
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
  violationWhen: some(
    "facts.peopleLifted",
    all(
      show("date"),
      // every occurrence is a breach; the equipment is evidence, given or not
      because(
        show("equipment", { orNull: true }),
        "使用{equipment:label|=非载人设备}吊运人员",
        "people lifted with a {equipment:label|=non-passenger equipment}"
      )
    ),
    happened("facts.peopleLifted")
  )
})

/** Every version of the 2024 第十五条 rules. @since 0.1.0 */
export const hazardousOperationRules = [heavyMachineryGroundBearing2024, severeWeatherWork2024, liftingPeople2024] as const
