/**
 * 风险等级 — the four grades of 安全风险分级管控 and their colours: 重大 红, 较大 橙, 一般 黄, 低 蓝.
 *
 * | key | 等级 | colour | 颜色 |
 * |---|---|---|---|
 * | `major` | 重大风险 | red | 红 |
 * | `significant` | 较大风险 | orange | 橙 |
 * | `general` | 一般风险 | yellow | 黄 |
 * | `low` | 低风险 | blue | 蓝 |
 *
 * @since 0.2.0
 */
import { Schema } from "effect"

/** Every grade, the most severe first. @since 0.2.0 */
export const RiskGrades = ["major", "significant", "general", "low"] as const

/**
 * 风险等级 — `major` (重大), `significant` (较大), `general` (一般), `low` (低).
 *
 * @since 0.2.0
 */
export const RiskGrade = Schema.Literals(RiskGrades).annotate({
  identifier: "RiskGrade",
  description: "风险等级 — major 重大 (红), significant 较大 (橙), general 一般 (黄), low 低 (蓝)"
})
/** @since 0.2.0 */
export type RiskGrade = typeof RiskGrade.Type

/** The colour of each grade (四色). @since 0.2.0 */
export type RiskColour = "red" | "orange" | "yellow" | "blue"

/**
 * Each grade's Chinese name, short name and colour.
 *
 * @since 0.2.0
 */
export const gradeInfo: Readonly<Record<RiskGrade, { readonly zh: string; readonly short: string; readonly colour: RiskColour; readonly colourZh: string }>> = {
  major: { zh: "重大风险", short: "重大", colour: "red", colourZh: "红" },
  significant: { zh: "较大风险", short: "较大", colour: "orange", colourZh: "橙" },
  general: { zh: "一般风险", short: "一般", colour: "yellow", colourZh: "黄" },
  low: { zh: "低风险", short: "低", colour: "blue", colourZh: "蓝" }
}

/** The grade's rank: 0 for `major` … 3 for `low`. @since 0.2.0 */
export const gradeRank = (grade: RiskGrade): number => RiskGrades.indexOf(grade)
