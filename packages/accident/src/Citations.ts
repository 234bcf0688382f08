/**
 * 法规依据 — the citations this package uses, in core's `Citation` shape.
 *
 * Only articles that the project's regulation notes name are cited: for 生产安全事故报告和调查处理条例
 * (`accident-reporting-2007`) articles 3, 9, 10, 11, 12, 13, 19, 29, 32, 35, 36 and 37; for 安全生产法 (2021,
 * `work-safety-law-2021`) articles 95, 110, 113 and 114. Both texts were read in an official full
 * text, so every citation here is `verified: true`.
 *
 * @since 0.1.0
 */
import type { Citation } from "@anquan/core"

/**
 * 生产安全事故报告和调查处理条例 articles cited by this package.
 *
 * @since 0.1.0
 */
export type ReportingArticle = 3 | 9 | 10 | 11 | 12 | 13 | 19 | 29 | 32 | 35 | 36 | 37

/**
 * 安全生产法 (2021) articles cited by this package.
 *
 * @since 0.1.0
 */
export type SafetyLawArticle = 95 | 110 | 113 | 114

/**
 * A citation of 生产安全事故报告和调查处理条例 (国务院令第493号): `reportingRegulation(9)` is 第九条.
 *
 * @since 0.1.0
 */
export const reportingRegulation = (article: ReportingArticle, item?: number): Citation =>
  item === undefined
    ? { document: "accident-reporting-2007", article, verified: true }
    : { document: "accident-reporting-2007", article, item, verified: true }

/**
 * A citation of 安全生产法 (2021): `safetyLaw(113, 1)` is 第一百一十三条(一).
 *
 * @since 0.1.0
 */
export const safetyLaw = (article: SafetyLawArticle, item?: number): Citation =>
  item === undefined
    ? { document: "work-safety-law-2021", article, verified: true }
    : { document: "work-safety-law-2021", article, item, verified: true }

/**
 * The day 生产安全事故报告和调查处理条例 took effect (第四十六条): 2007-06-01.
 *
 * @since 0.1.0
 */
export const REPORTING_REGULATION_IN_FORCE = "2007-06-01"

/**
 * The day the 2021 amendment of 安全生产法 took effect: 2021-09-01. Articles 95, 110, 113 and 114
 * are cited in their 2021 numbering and apply to accidents and penalties from that day.
 *
 * @since 0.1.0
 */
export const SAFETY_LAW_2021_IN_FORCE = "2021-09-01"
