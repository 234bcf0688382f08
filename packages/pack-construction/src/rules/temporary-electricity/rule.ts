/**
 * 第十条 施工临时用电 (2022, 1 item; 2024, 2 items).
 *
 * | rule | 2022 第十条 | 2024 第十条 |
 * |---|---|---|
 * | `special-environment-lighting-voltage` | sole item: 隧道、人防工程、高温、有导电灰尘、比较潮湿等 | (一) 通风不畅、高温、有导电灰尘、相对湿度长期超过75%、泥泞、存在积水或其他导电液体等 |
 * | `overhead-line-clearance` | — | (二) (new) |
 *
 * The 2022 article is a single provision; it is cited as item 1, the convention the 2024 coverage
 * uses for its single-item articles (第十六条, 第十七条).
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, eq, gt, some } = Condition

/** 相对湿度长期超过75% (2024): strictly more than 75. */
const HUMIDITY_LIMIT = 75

/** The special environments of each edition (any one makes the area special), of one lighting area. */
const special: Record<Edition, Condition.Condition> = {
  "2022":
  any(
    because(eq("tunnel", true), "隧道", "tunnel"),
    because(eq("civilAirDefence", true), "人防工程", "civil air-defence works"),
    because(eq("highTemperature", true), "高温", "high temperature"),
    because(eq("conductiveDust", true), "有导电灰尘", "conductive dust"),
    because(eq("damp", true), "比较潮湿", "damp"),
    because(eq("otherSpecialEnvironment", true), "其他特殊作业环境", "another special environment")
  ),
  "2024":
  any(
    because(eq("poorVentilation", true), "通风不畅", "poor ventilation"),
    because(eq("highTemperature", true), "高温", "high temperature"),
    because(eq("conductiveDust", true), "有导电灰尘", "conductive dust"),
    because(
      gt("longTermRelativeHumidityPercent", HUMIDITY_LIMIT),
      "相对湿度长期{longTermRelativeHumidityPercent}%，超过75%",
      "long-term relative humidity {longTermRelativeHumidityPercent}%, over 75%"
    ),
    because(eq("muddy", true), "泥泞", "muddy"),
    because(eq("standingWaterOrConductiveLiquid", true), "存在积水或其他导电液体", "standing water or another conductive liquid"),
    because(eq("otherSpecialEnvironment", true), "其他特殊作业环境", "another special environment")
  )
}

const lighting = (edition: Edition) =>
  defineItem({
    slug: "special-environment-lighting-voltage",
    edition,
    article: 10,
    item: 1,
    verified: true,
    title: L("特殊作业环境照明未使用安全电压", "Lighting in a special environment not on safety extra-low voltage"),
    message: edition === "2022"
      ? L(
        "特殊作业环境(隧道、人防工程，高温、有导电灰尘、比较潮湿等环境)照明未按规定使用安全电压",
        "Lighting in a special environment (tunnels, civil air-defence works, heat, conductive dust, damp, etc.) is not on safety extra-low voltage as required"
      )
      : L(
        "特殊作业环境(通风不畅、高温、有导电灰尘、相对湿度长期超过75%、泥泞、存在积水或其他导电液体等)照明未按规定使用安全电压",
        "Lighting in a special environment (poor ventilation, heat, conductive dust, long-term humidity over 75%, mud, standing water or other conductive liquid, etc.) is not on safety extra-low voltage as required"
      ),
    remediation: L("立即改用符合规定的安全电压照明，并检查线路和灯具。", "Switch the lighting to the required safety extra-low voltage at once and check wiring and fittings."),
    keys: ["lightingAreas"],
    violationWhen: some(
      "facts.lightingAreas",
      all(
        special[edition],
        because(eq("safetyVoltageLighting", false), "照明未使用安全电压", "lighting not on safety voltage")
      ),
      named("facts.lightingAreas")
    )
  })

/** 2022 第十条 (cited as item 1). @since 0.1.0 */
export const specialEnvironmentLightingVoltage2022 = lighting("2022")
/** 2024 第十条(一). @since 0.1.0 */
export const specialEnvironmentLightingVoltage2024 = lighting("2024")

/**
 * 2024 第十条(二) (new): 在建工程、脚手架、机械设备、场内机动车道与外电架空线路之间的安全距离不符合规范要求
 * **且**未采取防护措施.
 *
 * @since 0.1.0
 */
export const overheadLineClearance2024 = defineItem({
  slug: "overhead-line-clearance",
  edition: "2024",
  article: 10,
  item: 2,
  verified: true,
  title: L("与外电架空线路安全距离不足且未采取防护措施", "Too close to overhead power lines without protection"),
  message: L(
    "在建工程、脚手架、机械设备、场内机动车道与外电架空线路之间的安全距离不符合规范要求，且未采取防护措施",
    "The works, scaffolds, machines or site roads are closer to overhead power lines than the code allows, with no protective measures"
  ),
  remediation: L("采取绝缘隔离防护措施，或调整作业位置、线路迁改，保证规范要求的安全距离。", "Fit insulating barriers, or move the work or the line, to keep the code's safe distances."),
  keys: ["overheadLines"],
  violationWhen: some(
    "facts.overheadLines",
    all(
      because(eq("clearanceMeetsCode", false), "安全距离不符合规范要求", "clearance not to code"),
      because(eq("protectiveMeasures", false), "且未采取防护措施", "and no protective measures")
    ),
    named("facts.overheadLines")
  )
})

/** Every version of the 第十条 rules. @since 0.1.0 */
export const temporaryElectricityRules = [specialEnvironmentLightingVoltage2022, specialEnvironmentLightingVoltage2024, overheadLineClearance2024] as const
