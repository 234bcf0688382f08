/**
 * 负有安全生产监督管理职责的部门 — the departments with work-safety supervision duties.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * Every department id, in a fixed order.
 *
 * @since 0.1.0
 */
export const SupervisingDepartments = [
  "emergency-management",
  "mine-safety",
  "housing-construction",
  "transport",
  "public-security",
  "fire-rescue",
  "market-regulation",
  "industry-information",
  "civil-affairs",
  "urban-management",
  "water-resources",
  "agriculture-rural",
  "education",
  "culture-tourism"
] as const

/**
 * 负有安全生产监督管理职责的部门 — a supervising department:
 * `emergency-management` 应急管理, `mine-safety` 矿山安全监察, `housing-construction` 住房城乡建设,
 * `transport` 交通运输, `public-security` 公安, `fire-rescue` 消防救援, `market-regulation` 市场监管,
 * `industry-information` 工业和信息化, `civil-affairs` 民政, `urban-management` 城市管理,
 * `water-resources` 水利, `agriculture-rural` 农业农村, `education` 教育, `culture-tourism` 文化和旅游.
 *
 * @since 0.1.0
 */
export const SupervisingDepartment = Schema.Literals(SupervisingDepartments).annotate({
  identifier: "SupervisingDepartment",
  description: "负有安全生产监督管理职责的部门 — supervising department id",
  message: `Expected a known supervising department (负有安全生产监督管理职责的部门): ${
    SupervisingDepartments.map((d) => JSON.stringify(d)).join(" | ")
  }`
})
/** @since 0.1.0 */
export type SupervisingDepartment = typeof SupervisingDepartment.Type

const LABELS: { readonly [D in SupervisingDepartment]: { readonly "zh-CN": string; readonly en: string } } = {
  "emergency-management": { "zh-CN": "应急管理部门", en: "Emergency management" },
  "mine-safety": { "zh-CN": "矿山安全监察机构", en: "Mine safety supervision" },
  "housing-construction": { "zh-CN": "住房城乡建设部门", en: "Housing and urban-rural development" },
  transport: { "zh-CN": "交通运输部门", en: "Transport" },
  "public-security": { "zh-CN": "公安机关", en: "Public security" },
  "fire-rescue": { "zh-CN": "消防救援机构", en: "Fire and rescue" },
  "market-regulation": { "zh-CN": "市场监管部门", en: "Market regulation" },
  "industry-information": { "zh-CN": "工业和信息化部门", en: "Industry and information technology" },
  "civil-affairs": { "zh-CN": "民政部门", en: "Civil affairs" },
  "urban-management": { "zh-CN": "城市管理部门", en: "Urban management" },
  "water-resources": { "zh-CN": "水利部门", en: "Water resources" },
  "agriculture-rural": { "zh-CN": "农业农村部门", en: "Agriculture and rural affairs" },
  education: { "zh-CN": "教育部门", en: "Education" },
  "culture-tourism": { "zh-CN": "文化和旅游部门", en: "Culture and tourism" }
}

/**
 * The display name of a department: `supervisingDepartmentLabel("fire-rescue", "zh-CN")` is `消防救援机构`.
 *
 * @since 0.1.0
 */
export const supervisingDepartmentLabel = (department: SupervisingDepartment, locale: "zh-CN" | "en"): string =>
  LABELS[department][locale]
