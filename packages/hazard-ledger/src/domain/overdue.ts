/**
 * 逾期与升级 — overdue and escalation as pure functions of an as-of date.
 *
 * A hazard is overdue on `asOf` when it has a deadline, `asOf` is after the deadline and the
 * hazard is not closed. Its escalation level rises with the days overdue through configurable
 * steps: with the default steps, 1 day overdue is a reminder (提醒督促), 8 days a warning interview
 * (约谈警示) and 31 days escalation to the level above (提级督办). A pending extension does not stop
 * the clock: only a granted one moves the deadline.
 *
 * @since 0.1.0
 */
import { CalendarDate, Localized } from "@anquan/core"
import { Schema } from "effect"
import type { HazardFile } from "./model.ts"

/**
 * 升级档次 — one step: from `afterDays` days overdue on, the hazard is at this step.
 *
 * @since 0.1.0
 */
export const EscalationStep = Schema.Struct({
  afterDays: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1, { message: "Expected afterDays ≥ 1" })),
  name: Schema.NonEmptyString,
  label: Schema.optionalKey(Localized)
}).annotate({ identifier: "EscalationStep" })
/** @since 0.1.0 */
export type EscalationStep = typeof EscalationStep.Type

/**
 * 升级规则 — the steps, in strictly increasing `afterDays`.
 *
 * @since 0.1.0
 */
export const EscalationPolicy = Schema.Struct({
  steps: Schema.Array(EscalationStep)
}).check(Schema.makeFilter((p) => {
  for (let i = 1; i < p.steps.length; i++) {
    if (p.steps[i]!.afterDays <= p.steps[i - 1]!.afterDays) {
      return { path: ["steps", i, "afterDays"], issue: "escalation steps must have strictly increasing afterDays" }
    }
  }
  return undefined
})).annotate({ identifier: "EscalationPolicy" })
/** @since 0.1.0 */
export type EscalationPolicy = typeof EscalationPolicy.Type
/** The wire form of an escalation policy. @since 0.1.0 */
export type EscalationPolicyInput = typeof EscalationPolicy.Encoded

/**
 * The default steps: 1 day overdue → `reminder` 提醒督促, 8 days → `warning` 约谈警示,
 * 31 days → `escalated` 提级督办.
 *
 * @since 0.1.0
 */
export const defaultEscalationPolicy: EscalationPolicy = {
  steps: [
    { afterDays: 1, name: "reminder", label: { "zh-CN": "提醒督促", en: "Reminder" } },
    { afterDays: 8, name: "warning", label: { "zh-CN": "约谈警示", en: "Warning interview" } },
    { afterDays: 31, name: "escalated", label: { "zh-CN": "提级督办", en: "Escalated to the level above" } }
  ]
}

/**
 * Days overdue on `asOf`: whole days after the deadline, `0` when the hazard is closed, has no
 * deadline or the deadline is `asOf` or later.
 *
 * @since 0.1.0
 */
export const daysOverdue = (file: Pick<HazardFile, "state" | "deadline">, asOf: Date): number => {
  if (file.state === "closed" || file.deadline === undefined) return 0
  return Math.max(0, CalendarDate.daysBetween(file.deadline, asOf))
}

/**
 * 逾期 — past its deadline on `asOf` and not closed.
 *
 * @since 0.1.0
 */
export const isOverdue = (file: Pick<HazardFile, "state" | "deadline">, asOf: Date): boolean => daysOverdue(file, asOf) > 0

/**
 * Where a hazard stands on `asOf`: days overdue, the escalation level (`0` = not escalated,
 * `n` = the n-th step) and that step.
 *
 * @since 0.1.0
 */
export interface Escalation {
  readonly daysOverdue: number
  readonly level: number
  readonly step?: EscalationStep | undefined
}

/**
 * The escalation of a hazard on `asOf` under `policy` (default {@link defaultEscalationPolicy}).
 * Monotone: a later `asOf` never gives a lower level for the same file.
 *
 * @since 0.1.0
 */
export const escalationOf = (
  file: Pick<HazardFile, "state" | "deadline">,
  asOf: Date,
  policy: EscalationPolicy = defaultEscalationPolicy
): Escalation => {
  const days = daysOverdue(file, asOf)
  let level = 0
  for (const step of policy.steps) if (days >= step.afterDays) level++
  return level === 0 ? { daysOverdue: days, level } : { daysOverdue: days, level, step: policy.steps[level - 1] }
}
