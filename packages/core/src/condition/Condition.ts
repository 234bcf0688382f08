/**
 * 判定条件 — the one rule language: three-valued conditions over fact paths, as plain data.
 *
 * A condition is a JSON value. The same value is what a JSON pack file holds and what the
 * TypeScript builders below return, so a rule written either way compiles to the same thing
 * (see `Compile.ts`). Every condition is true, false or unknown: a fact that is absent is
 * unknown, and the rule answers `indeterminate` naming it, never a silent pass.
 *
 * Paths are dotted, relative to the rule subject (`facts.ammoniaRooms`, `enterprise.employees`).
 * Inside a quantifier (`some`, `every`, `count`, `sum`) the paths of `where` and `of` are relative
 * to the list entry (`workers`, `alarm.interlocked`).
 *
 * @since 0.2.0
 */

import type { Localized } from "../rule/Localized.ts"

/**
 * A comparison operator: `>`, `>=` (≥), `<`, `<=` (≤), `=`, `!=` (≠).
 *
 * @since 0.2.0
 */
export type ComparisonOperator = ">" | ">=" | "<" | "<=" | "=" | "!="

/** Every comparison operator. @since 0.2.0 */
export const comparisonOperators: ReadonlyArray<ComparisonOperator> = [">", ">=", "<", "<=", "=", "!="]

/** A constant in a condition. @since 0.2.0 */
export type Constant = number | string | boolean

/** A time unit for `elapsed` and `within`. @since 0.2.0 */
export type TimeUnit = "days" | "months"

/**
 * 取值 — what a comparison compares:
 * - `{ fact: path }` — the value of a fact;
 * - `{ value: constant }` — a constant;
 * - `{ param: name }` — a rule parameter (its configured value, so overrides and `laxerThanNational` work);
 * - `{ add: [...] }`, `{ subtract: [a, b] }`, `{ multiply: [...] }` — arithmetic, exact for decimals;
 * - `{ sum: listPath, of: entryPath }` — the sum of a number over a list's entries;
 * - `{ count: listPath, where? }` — how many entries of a list meet `where` (all when absent);
 * - `{ elapsed: datePath, unit }` — whole days or months from the latest date on or before the as-of
 *   day to it (a date after the as-of day had not happened yet: `Infinity` when there is none);
 * - `{ call: name, args }` — a named sector function the pack registers.
 *
 * @since 0.2.0
 */
export type Operand =
  | { readonly fact: string }
  | { readonly value: Constant }
  | { readonly param: string }
  | { readonly add: ReadonlyArray<Operand> }
  | { readonly subtract: readonly [Operand, Operand] }
  | { readonly multiply: ReadonlyArray<Operand> }
  | { readonly sum: string; readonly of: string }
  | { readonly count: string; readonly where?: Condition }
  | { readonly elapsed: string; readonly unit: TimeUnit }
  | { readonly call: string; readonly args: ReadonlyArray<Operand> }

/**
 * 条件 — a three-valued condition:
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: c }` — Kleene logic (false wins `all`, true wins `any`);
 * - `{ op, left, right }` — a comparison; `{ op: "oneOf", left, values }`; `{ op: "between", left, min, max }` (inclusive);
 * - `{ present: path }` — the fact is given (never unknown);
 * - `{ within: datePath, days | months }` — the latest date on or before the as-of day is at most that long ago
 *   (false when there is none: a date after the as-of day is not evidence);
 * - `{ expired: datePath }` — an expiry date before the as-of day;
 * - `{ validOn: untilPath, issued? }` — a document valid on the as-of day (issued by it, not expired);
 * - `{ some: listPath, where, label? }`, `{ every: listPath, where, label? }` — quantifiers, with the entry
 *   path `label` naming the entry in reasons;
 * - `{ call: name, args }` — a named sector function returning true, false or `undefined` (unknown).
 *
 * Any condition may carry `reason: { "zh-CN", en }`: the words a violation's details give when the
 * condition holds, instead of the ones generated from the fact labels.
 *
 * @since 0.2.0
 */
export type Condition = ConditionNode & { readonly reason?: Localized }

/** A condition without its optional `reason`. @since 0.2.0 */
export type ConditionNode =
  | { readonly all: ReadonlyArray<Condition> }
  | { readonly any: ReadonlyArray<Condition> }
  | { readonly not: Condition }
  | { readonly op: ComparisonOperator; readonly left: Operand; readonly right: Operand }
  | { readonly op: "oneOf"; readonly left: Operand; readonly values: ReadonlyArray<Constant> }
  | { readonly op: "between"; readonly left: Operand; readonly min: Operand; readonly max: Operand }
  | { readonly present: string }
  | { readonly within: string; readonly days: Operand }
  | { readonly within: string; readonly months: Operand }
  | { readonly expired: string }
  | { readonly validOn: string; readonly issued?: string }
  | { readonly some: string; readonly where: Condition; readonly label?: string }
  | { readonly every: string; readonly where: Condition; readonly label?: string }
  | { readonly call: string; readonly args: ReadonlyArray<Operand> }

// ---- builders: the TypeScript form returns the very data a JSON pack holds ----

/** `{ fact: path }`. @since 0.2.0 */
export const fact = (path: string): Operand => ({ fact: path })
/** `{ value: constant }`. @since 0.2.0 */
export const value = (constant: Constant): Operand => ({ value: constant })
/** `{ param: name }`. @since 0.2.0 */
export const param = (name: string): Operand => ({ param: name })

const operand = (x: Operand | Constant): Operand => (typeof x === "object" ? x : { value: x })
const compare = (op: ComparisonOperator) => (left: Operand | string, right: Operand | Constant): Condition => ({
  op,
  left: typeof left === "string" ? { fact: left } : left,
  right: operand(right)
})

/** `left > right`; a string `left` is a fact path, a constant `right` a value. @since 0.2.0 */
export const gt = compare(">")
/** `left ≥ right`. @since 0.2.0 */
export const gte = compare(">=")
/** `left < right`. @since 0.2.0 */
export const lt = compare("<")
/** `left ≤ right`. @since 0.2.0 */
export const lte = compare("<=")
/** `left = right`. @since 0.2.0 */
export const eq = compare("=")
/** `left ≠ right`. @since 0.2.0 */
export const ne = compare("!=")
/** `left` is one of `values`. @since 0.2.0 */
export const oneOf = (left: Operand | string, values: ReadonlyArray<Constant>): Condition => ({
  op: "oneOf",
  left: typeof left === "string" ? { fact: left } : left,
  values
})
/** `min ≤ left ≤ max`. @since 0.2.0 */
export const between = (left: Operand | string, min: Operand | Constant, max: Operand | Constant): Condition => ({
  op: "between",
  left: typeof left === "string" ? { fact: left } : left,
  min: operand(min),
  max: operand(max)
})
/** All hold. @since 0.2.0 */
export const all = (...conditions: ReadonlyArray<Condition>): Condition => ({ all: conditions })
/** At least one holds. @since 0.2.0 */
export const any = (...conditions: ReadonlyArray<Condition>): Condition => ({ any: conditions })
/** Negation (unknown stays unknown). @since 0.2.0 */
export const not = (condition: Condition): Condition => ({ not: condition })
/** The fact is given. @since 0.2.0 */
export const present = (path: string): Condition => ({ present: path })
/** Some entry of a list meets `where`. @since 0.2.0 */
export const some = (list: string, where: Condition, label?: string): Condition =>
  label === undefined ? { some: list, where } : { some: list, where, label }
/** Every entry of a list meets `where`. @since 0.2.0 */
export const every = (list: string, where: Condition, label?: string): Condition =>
  label === undefined ? { every: list, where } : { every: list, where, label }
/** The condition with the words its violation details give when it holds. @since 0.2.0 */
export const because = (condition: Condition, zh: string, en: string): Condition => ({ ...condition, reason: { "zh-CN": zh, en } })
