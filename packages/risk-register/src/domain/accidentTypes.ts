/**
 * 事故类别 — the accident types a hazard source (危险源) may lead to, after the twenty categories of
 * GB 6441《企业职工伤亡事故分类》.
 *
 * **Unverified.** The project's fact base (`/work/shared/domain/`) does not hold the text of
 * GB 6441, so this list is encoded from general knowledge and marked `verified: false`
 * ({@link accidentTypeCatalogue}). Check it against the standard's text before relying on it; the
 * keys are this library's own.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"

/**
 * The twenty categories as `[key, 中文名]`, in the standard's order (as recalled; unverified).
 *
 * @since 0.2.0
 */
export const accidentTypeList = [
  ["struck-by-object", "物体打击"],
  ["vehicle", "车辆伤害"],
  ["machinery", "机械伤害"],
  ["lifting", "起重伤害"],
  ["electrocution", "触电"],
  ["drowning", "淹溺"],
  ["scald-burn", "灼烫"],
  ["fire", "火灾"],
  ["fall-from-height", "高处坠落"],
  ["collapse", "坍塌"],
  ["roof-fall", "冒顶片帮"],
  ["water-inrush", "透水"],
  ["blasting", "放炮"],
  ["explosive-explosion", "火药爆炸"],
  ["gas-explosion", "瓦斯爆炸"],
  ["boiler-explosion", "锅炉爆炸"],
  ["vessel-explosion", "容器爆炸"],
  ["other-explosion", "其它爆炸"],
  ["poisoning-asphyxiation", "中毒和窒息"],
  ["other-injury", "其它伤害"]
] as const

/** Every accident type key. @since 0.2.0 */
export const AccidentTypes = accidentTypeList.map(([key]) => key) as unknown as ReadonlyArray<(typeof accidentTypeList)[number][0]>

/**
 * 事故类别 — one of the twenty keys (see {@link accidentTypeList}).
 *
 * @since 0.2.0
 */
export const AccidentType = Schema.Literals(accidentTypeList.map(([key]) => key) as unknown as readonly [
  (typeof accidentTypeList)[number][0],
  ...Array<(typeof accidentTypeList)[number][0]>
]).annotate({ identifier: "AccidentType", description: "事故类别 — a GB 6441 category (list unverified)" })
/** @since 0.2.0 */
export type AccidentType = typeof AccidentType.Type

/**
 * The catalogue as configuration: the list, its source and whether it was checked against the
 * standard's text (`verified: false`: it was not).
 *
 * @since 0.2.0
 */
export const accidentTypeCatalogue = {
  source: "GB 6441-1986《企业职工伤亡事故分类》, twenty categories — recalled, not checked against the text",
  verified: false,
  types: Object.fromEntries(accidentTypeList) as Readonly<Record<AccidentType, string>>
} as const
