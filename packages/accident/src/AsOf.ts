/**
 * 截至时间 — re-exported from `@anquan/core` (where every package shares it).
 *
 * @since 0.1.0
 */
export { InvalidAsOfError, resolveAsOfDate, resolveAsOfInstant } from "@anquan/core"
