/**
 * 第九条 用户端 — what the operator does when its inspection of a gas user finds one of four situations.
 *
 * "燃气经营者在对燃气用户进行安全检查时，发现有下列情形之一，不按规定采取书面告知用户整改等措施的，判定为重大隐患：
 * （一）燃气相对密度大于等于0.75的燃气管道、调压装置和燃具等设置在地下室、半地下室、地下箱体及其他密闭地下空间内；
 * （二）燃气引入管、立管、水平干管设置在卫生间内；（三）燃气管道及附件、燃具设置在卧室、旅馆建筑客房等人员居住和
 * 休息的房间内；（四）使用国家明令淘汰的燃气燃烧器具、连接管。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * The hazard is the operator's, not the user's: the user's situation alone is no breach. Each
 * situation the operator's inspections found is an entry of `facts.userFindings` — the user, the
 * situation, the day it was found, whether the operator then took the measures required (书面告知用户
 * 整改等措施) and, for (一), the relative density of the gas. An item is broken by a finding of its
 * situation on which the operator did **not** act as required. A finding dated after the as-of day
 * had not been made yet and is skipped; `[]` means the inspections found none of the four.
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import { flag, HEAVY_GAS_RELATIVE_DENSITY, name, text, userSituationLabels, userSituations } from "../facts/facts.ts"
import type { UserSituation } from "../facts/facts.ts"
import { item, no } from "./item.ts"

/** `facts.userFindings`: the situations found in the operator's inspections of gas users. @since 0.2.0 */
export const USER_FINDINGS = "facts.userFindings"

/** The declaration of `facts.userFindings`. @since 0.2.0 */
export const userFindingFacts: FactDeclarations = {
  [USER_FINDINGS]: {
    type: "list",
    label: text("燃气用户安全检查发现的情形", "situation found in a user inspection"),
    items: {
      user: name("燃气用户", "gas user"),
      foundOn: { type: "date", label: text("发现日期", "found on") },
      situation: { type: "string", label: text("情形", "situation"), values: userSituations, valueLabels: userSituationLabels },
      gasRelativeDensity: { type: "number", label: text("燃气相对密度（空气为1）", "relative density of the gas (air = 1)") },
      measuresTaken: flag("已按规定采取书面告知用户整改等措施", "the operator took the required measures (written notice to the user to rectify, etc.)")
    }
  }
}

const notActed = no("measuresTaken", "未按规定采取书面告知用户整改等措施", "the operator did not take the required measures (written notice to rectify, etc.)")

/** The condition of one item: a finding of `situation` (and `extra`) the operator did not act on. */
const unactedFinding = (situation: UserSituation, ...extra: ReadonlyArray<C.Condition>): C.Condition =>
  C.some(
    USER_FINDINGS,
    C.all(
      C.because(C.eq("situation", situation), `检查发现${userSituationLabels[situation]["zh-CN"]}`, `the inspection found ${userSituationLabels[situation].en}`),
      ...extra,
      notActed
    ),
    { label: "user", entry: text("燃气用户", "gas user"), asOf: "foundOn" }
  )

const spec = (
  slug: string,
  item: number,
  title: readonly [string, string],
  situation: readonly [string, string],
  condition: C.Condition
) => ({
  slug,
  article: 9,
  item,
  title: text(...title),
  message: text(
    `燃气经营者在对燃气用户进行安全检查时，发现${situation[0]}，不按规定采取书面告知用户整改等措施`,
    `On inspecting a gas user the operator found ${situation[1]}, and did not take the required measures such as notifying the user in writing to rectify it`
  ),
  remediation: text(
    `对检查中发现的${situation[0]}的情形，按规定书面告知用户整改并采取相应措施，跟踪整改。`,
    `Where an inspection finds ${situation[1]}, notify the user in writing to rectify it, take the other required measures and follow it up.`
  ),
  facts: userFindingFacts,
  violationWhen: condition
})

/**
 * 第九条(一) 重于空气的燃气设施设置在密闭地下空间. A finding of the situation counts only where the gas's
 * relative density is at least 0.75 ("大于等于": 0.75 is within); lighter gas is outside the item.
 *
 * @since 0.2.0
 */
export const heavyGasUnderground = item(spec(
  "user-heavy-gas-underground",
  1,
  ["用户燃气设施设置在密闭地下空间（相对密度≥0.75）", "Heavy-gas installations of users underground"],
  [
    "燃气相对密度大于等于0.75的燃气管道、调压装置和燃具等设置在地下室、半地下室、地下箱体及其他密闭地下空间内",
    "gas pipes, regulators or appliances for gas of relative density 0.75 or more in a basement, semi-basement, underground box or other enclosed underground space"
  ],
  unactedFinding(
    "underground-space",
    C.because(
      C.gte("gasRelativeDensity", HEAVY_GAS_RELATIVE_DENSITY),
      `燃气相对密度为{gasRelativeDensity}，大于等于${HEAVY_GAS_RELATIVE_DENSITY}`,
      `the gas's relative density is {gasRelativeDensity}, ${HEAVY_GAS_RELATIVE_DENSITY} or more`
    )
  )
))

/** 第九条(二) 燃气引入管、立管、水平干管设置在卫生间内. @since 0.2.0 */
export const pipesInToilet = item(spec(
  "user-pipes-in-toilet",
  2,
  ["用户燃气引入管、立管、水平干管设置在卫生间内", "Users' gas pipes in toilet rooms"],
  ["燃气引入管、立管、水平干管设置在卫生间内", "a gas service pipe, riser or horizontal main in a toilet room"],
  unactedFinding("pipes-in-toilet")
))

/** 第九条(三) 燃气管道及附件、燃具设置在卧室、旅馆建筑客房等人员居住和休息的房间内. @since 0.2.0 */
export const inSleepingRoom = item(spec(
  "user-gas-in-sleeping-room",
  3,
  ["用户燃气管道、燃具设置在居住和休息的房间内", "Users' gas pipes or appliances in rooms where people sleep"],
  [
    "燃气管道及附件、燃具设置在卧室、旅馆建筑客房等人员居住和休息的房间内",
    "gas pipes, fittings or appliances in a bedroom, hotel guest room or other room where people live or sleep"
  ],
  unactedFinding("in-sleeping-room")
))

/** 第九条(四) 使用国家明令淘汰的燃气燃烧器具、连接管. @since 0.2.0 */
export const bannedAppliances = item(spec(
  "user-banned-appliances",
  4,
  ["用户使用国家明令淘汰的燃气燃烧器具、连接管", "Users' banned gas appliances or connectors"],
  ["使用国家明令淘汰的燃气燃烧器具、连接管", "gas appliances or connectors banned by the state in use"],
  unactedFinding("banned-appliance")
))

/** The items of 第九条, in order. @since 0.2.0 */
export const userInspectionItems = [heavyGasUnderground, pipesInToilet, inSleepingRoom, bannedAppliances]
