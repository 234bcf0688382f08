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

/**
 * One entry path or several, of which the first present one counts (`["name", "id"]`: the name,
 * else the id).
 *
 * @since 0.2.0
 */
export type EntryPaths = string | ReadonlyArray<string>

/**
 * How an entry is named: entry path(s), the first present one; or `{ join: [...] }`, every present
 * one joined by a space (`{ join: ["id", "name"] }` → `A3 装药工房`).
 *
 * @since 0.2.0
 */
export type EntryLabel = EntryPaths | { readonly join: ReadonlyArray<string> }

/** A time unit for `elapsed` and `within`. @since 0.2.0 */
export type TimeUnit = "days" | "months"

/**
 * 取值 — what a comparison compares:
 * - `{ fact: path }` — the value of a fact. `ifAbsent: constant`: the value an absent fact has where the
 *   text defines its absence (never missing, no evidence); `evidence: false`: read, missing when absent,
 *   but never evidence; `optional: true` (a sector function's argument): passed as `undefined` when
 *   absent, not missing; `byAsOf: true` (a date or instant): read as absent when after the as-of day
 *   (it had not happened yet: a work end after it);
 * - `{ firstOf: [x, y…] }` — the first operand with a value (`validFrom`, else `workStartedAt`): its
 *   evidence; unknown only when all are absent, missing then the first one's path;
 * - `{ value: constant }` — a constant;
 * - `{ param: name }` — a rule parameter (its configured value, so overrides and `laxerThanNational` work);
 * - `{ add: [...] }`, `{ subtract: [a, b] }`, `{ multiply: [...] }` — arithmetic, exact for decimals;
 * - `{ sum: listPath, of: entryPath, asOf? }` — the sum of a number over a list's entries;
 * - `{ count: listPath, where?, asOf? }` — how many entries of a list meet `where` (all when absent);
 *   `asOf` as for `some`;
 * - `{ elapsed: datePath | operand, unit }` — whole days or months from the latest date on or before the as-of
 *   day to it (a date after the as-of day had not happened yet: `Infinity` when there is none);
 * - `{ latest: listPath, of: entryDatePath, where? }` — the latest entry date on or before the as-of day
 *   among the entries that meet `where` (all without it); a date after the as-of day is not evidence
 *   and an undated entry gives none. "None" when no entry gives one: it reads `never` / `从未` in words,
 *   `null` as named evidence, lies before every date in a comparison and is never `within` a time;
 *   unknown when the list is absent or an entry of unknown `where` has a later date;
 * - `{ call: name, args }` — a named sector function the pack registers;
 * - `{ hoursBetween: [from, to] }` — the hours from one date or instant to another (fractional; exact at
 *   a limit: more than 8 hours is more than 28 800 000 ms), negative when `to` is earlier;
 * - `{ shift: date, months | days: n }` — a date moved by whole calendar months (clamped to the month's
 *   end: 2025-08-31 + 6 months = 2026-02-28) or days, for a due date in words or a comparison;
 * - `{ asOfDate: true }` — the as-of day (a date), e.g. `lte("suspension.from", asOfDate())`;
 * - `{ outer: field }` — inside a quantifier nested in another, a field of the enclosing list's entry:
 *   a lookup in another list by the entry's key (`some("facts.keyProcesses", eq("unitId", outer("unitId")))`).
 *
 * `count`, `sum` and `latest` may carry `as: path`: their evidence is that one path with the total (the
 * date), instead of each entry's facts (`enterprise.keyPeople[registered-safety-engineer]` = 0).
 *
 * @since 0.2.0
 */
export type Operand =
  | { readonly fact: string; readonly ifAbsent?: Constant; readonly evidence?: false; readonly optional?: true; readonly byAsOf?: true }
  | { readonly firstOf: ReadonlyArray<Operand> }
  | { readonly value: Constant }
  | { readonly param: string }
  | { readonly add: ReadonlyArray<Operand> }
  | { readonly subtract: readonly [Operand, Operand] }
  | { readonly multiply: ReadonlyArray<Operand> }
  | { readonly sum: string; readonly of: string; readonly asOf?: EntryPaths; readonly as?: string; readonly orNull?: boolean }
  | { readonly count: string; readonly where?: Condition; readonly asOf?: EntryPaths; readonly as?: string; readonly orNull?: boolean }
  | { readonly asOfDate: true }
  | { readonly outer: string }
  | { readonly elapsed: string | Operand; readonly unit: TimeUnit }
  | { readonly latest: string; readonly of: string; readonly where?: Condition; readonly as?: string; readonly orNull?: boolean }
  | { readonly call: string; readonly args: ReadonlyArray<Operand> }
  | { readonly hoursBetween: readonly [Operand, Operand] }
  | { readonly shift: Operand; readonly months: Operand }
  | { readonly shift: Operand; readonly days: Operand }

/**
 * 条件 — a three-valued condition:
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: c }` — Kleene logic (false wins `all`, true wins `any`);
 * - `{ op, left, right }` — a comparison; `{ op: "oneOf", left, values }`; `{ op: "between", left, min, max }` (inclusive);
 * - `{ op: "in", left, right }` — `left` is one of the values of the `strings` fact `right`;
 *   `{ op: "startsWith", left, right }` — the string `left` starts with `right`;
 * - `{ present: path }` — the fact is given (never unknown);
 * - `{ nonEmpty: path, entries? }` — a list has an entry (evidence: the list; `entries: true`: each entry);
 * - `{ one: structPath, where, entry? }` — `where` on one object (its paths relative to it: the facts
 *   declared under `structPath.`); an absent object is unknown naming `structPath` (however far up the
 *   absence starts); `entry` gives its reasons once under that heading (`吊索具：r1；r2`);
 * - `{ isNull: path }` — the fact is given as `null` ("none", where the facts say so): false for a value,
 *   unknown when absent;
 * - `{ within: datePath | operand, days | months }` — the latest date on or before the as-of day is at most
 *   that long ago (false when there is none: a date after the as-of day is not evidence); the date may be
 *   an operand: `{ within: { latest: "drills", of: "date", where }, months: { param: "onSiteDrillMonths" } }`;
 * - `{ expired: datePath }` — an expiry date before the as-of day;
 * - `{ validOn: untilPath, issued? }` — a document valid on the as-of day (issued by it, not expired);
 * - `{ some: listPath, where, label?, asOf? }`, `{ every: listPath, where, label?, asOf? }` — quantifiers.
 *   `label`: the entry path(s) naming the entry in reasons, the first present one (`["name", "id"]`),
 *   else the entry's path (`facts.rooms[3]`). `asOf`: the entry's date or instant path(s), the first
 *   present one; an entry dated after the as-of day did not exist yet and is skipped (one without
 *   a date is kept). "Not applicable when no entry is left" is `notApplicableWhen: none(list, where, { asOf })`.
 *   The reasons of a deciding entry are given once under its heading, `工房「A3」：r1；r2` (the noun is
 *   `entry`, else the list's label); `heading: false` gives them bare. `only: "latest", by, among?`:
 *   only the entry with the latest `by` among those meeting `among` is judged;
 * - `{ call: name, args }` — a named sector function returning true, false or `undefined` (unknown);
 * - `{ when: c, then: d }` — `d` read only when `c` holds: false when `c` is false, unknown when `c` is
 *   unknown (only `c`'s paths missing), else `d`;
 * - `{ unless: g, check: c }` — false when `g` holds for certain (`c` not read), else `c` (an unknown `g`
 *   leaves `c` to decide);
 * - `{ happened: datePath }` — the dated fact had happened by the as-of day: true when on or before it
 *   (an instant: before its end, Beijing time) or undated (absent), false when after it; never unknown;
 * - `{ unknown: path }` — always unknown, naming `path` (free text) as missing: "cannot judge unless …
 *   is listed" (`all(none(list, where), unknown("enterprise.keyPeople[principal]"))`);
 * - `{ show: path }` — always true: the fact's value is evidence when given (never missing), as a fact
 *   shown beside a breach (`all(breach, show("hazardClass"))`); a list in part with `where` (the entries
 *   meeting it) and `fields` (only those fields).
 *
 * Any condition may carry `reason: { "zh-CN", en }`: the words a violation's details give when the
 * condition holds, instead of the ones generated from the fact labels; and, beside it, `named: { name:
 * operand }`: values computed for those words only, written `{@name}` in them (`{@hours:2}`: at most two
 * decimals) — a due date, the hours of a window, the latest date of some entries.
 *
 * @since 0.2.0
 */
export type Condition = ConditionNode & { readonly reason?: Localized; readonly named?: Readonly<Record<string, Operand>> }

/** A condition without its optional `reason`. @since 0.2.0 */
export type ConditionNode =
  | { readonly all: ReadonlyArray<Condition> }
  | { readonly any: ReadonlyArray<Condition> }
  | { readonly not: Condition }
  | { readonly op: ComparisonOperator; readonly left: Operand; readonly right: Operand }
  | { readonly op: "oneOf"; readonly left: Operand; readonly values: ReadonlyArray<Constant> }
  | { readonly op: "between"; readonly left: Operand; readonly min: Operand; readonly max: Operand }
  | { readonly op: "in" | "startsWith"; readonly left: Operand; readonly right: Operand }
  | { readonly present: string }
  | { readonly within: string | Operand; readonly days: Operand }
  | { readonly within: string | Operand; readonly months: Operand }
  | { readonly expired: string }
  | { readonly validOn: string; readonly issued?: string }
  | ({ readonly some: string; readonly where: Condition } & EntryOptions)
  | ({ readonly every: string; readonly where: Condition } & EntryOptions)
  | { readonly call: string; readonly args: ReadonlyArray<Operand> }
  | { readonly when: Condition; readonly then: Condition; readonly scope?: boolean; readonly guardEvidence?: boolean }
  | { readonly unless: Condition; readonly check: Condition; readonly guardEvidence?: boolean }
  | { readonly show: string; readonly orNull?: boolean; readonly where?: Condition; readonly fields?: ReadonlyArray<string> }
  | { readonly happened: string }
  | { readonly nonEmpty: string; readonly entries?: boolean }
  | { readonly isNull: string }
  | { readonly one: string; readonly where: Condition; readonly entry?: Localized }
  | { readonly unknown: string }

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
/** `left` is among the values of the `strings` fact `list`. @since 0.2.0 */
export const isIn = (left: Operand | string, list: Operand | string): Condition => ({
  op: "in",
  left: typeof left === "string" ? { fact: left } : left,
  right: typeof list === "string" ? { fact: list } : list
})
/** The string `left` starts with `prefix`. @since 0.2.0 */
export const startsWith = (left: Operand | string, prefix: Operand | string): Condition => ({
  op: "startsWith",
  left: typeof left === "string" ? { fact: left } : left,
  right: typeof prefix === "string" ? { value: prefix } : prefix
})
/** A list has an entry; `entries: true` gives each entry as evidence instead of the list. @since 0.2.0 */
export const nonEmpty = (path: string, options?: { readonly entries?: boolean }): Condition =>
  options?.entries === true ? { nonEmpty: path, entries: true } : { nonEmpty: path }
/** `where` on the object at `path` (paths relative to it); `entry` heads its reasons. @since 0.2.0 */
export const one = (path: string, where: Condition, options?: { readonly entry?: Localized }): Condition =>
  options?.entry === undefined ? { one: path, where } : { one: path, where, entry: options.entry }
/** The fact is given as `null` (none). @since 0.2.0 */
export const isNull = (path: string): Condition => ({ isNull: path })
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
/**
 * How a quantifier reads its list: `label` names an entry in reasons (the first present of the
 * entry paths, else the entry's path); `asOf` skips entries dated after the as-of day (the first
 * present of the entry paths; an undated entry is kept).
 *
 * @since 0.2.0
 */
export interface EntryOptions {
  readonly label?: EntryLabel
  readonly asOf?: EntryPaths
  /** The noun of one entry in reasons (default: the list's label); unnamed entries are then `第2个工房` / `workshop #2`. */
  readonly entry?: Localized
  /** `false`: the entry's reasons are given without its heading (`工房「A3」：…`). */
  readonly heading?: boolean
  /**
   * `"latest"`: only the entry with the latest `by` (a date, instant or number field; ties: the later
   * entry) among those meeting `among` is judged — the last gas analysis before the work decides.
   * None → `some` is false, `every` true; unknown when an entry of unknown `among` is later.
   * `"first"`: the first entry meeting `among` (a lookup by key: the record of an installation).
   */
  readonly only?: "latest" | "first"
  /** `only: "latest"`: the entry's date, instant or number that orders the entries (`only: "first"`: none, the position). */
  readonly by?: string
  readonly among?: Condition
}

const entryOptions = (options: EntryPaths | EntryOptions | undefined): EntryOptions =>
  options === undefined ? {} : typeof options === "string" || Array.isArray(options) ? { label: options as EntryPaths } : (options as EntryOptions)

const quantifier = <K extends "some" | "every">(key: K, list: string, where: Condition, options: EntryPaths | EntryOptions | undefined): Condition => {
  const { label, asOf, entry, heading, only, by, among } = entryOptions(options)
  return {
    [key]: list,
    where,
    ...(label === undefined ? {} : { label }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(entry === undefined ? {} : { entry }),
    ...(heading === undefined ? {} : { heading }),
    ...(only === undefined ? {} : { only }),
    ...(by === undefined ? {} : { by }),
    ...(among === undefined ? {} : { among })
  } as unknown as Condition
}

/** Some entry of a list meets `where`; `options` a label path (or paths), or `{ label, asOf }`. @since 0.2.0 */
export const some = (list: string, where: Condition, options?: EntryPaths | EntryOptions): Condition => quantifier("some", list, where, options)
/** Every entry of a list meets `where`; `options` a label path (or paths), or `{ label, asOf }`. @since 0.2.0 */
export const every = (list: string, where: Condition, options?: EntryPaths | EntryOptions): Condition => quantifier("every", list, where, options)
/**
 * No entry of a list meets `where` (no entry at all without `where`): `not(some(…))`, or
 * `count = 0` without `where`. With `asOf`, entries dated after the as-of day do not count — as
 * `notApplicableWhen`, "not applicable when no entry is left".
 *
 * @since 0.2.0
 */
export const none = (list: string, where?: Condition, options?: { readonly asOf?: EntryPaths }): Condition =>
  where === undefined
    ? { op: "=", left: count(list, undefined, options), right: { value: 0 } }
    : { not: quantifier("some", list, where, options?.asOf === undefined ? undefined : { asOf: options.asOf }) }
/** `{ count: list, where?, asOf? }`: how many entries meet `where` (all without it). @since 0.2.0 */
export const count = (list: string, where?: Condition, options?: { readonly asOf?: EntryPaths; readonly as?: string; readonly orNull?: boolean }): Operand => ({
  count: list,
  ...(where === undefined ? {} : { where }),
  ...(options?.asOf === undefined ? {} : { asOf: options.asOf }),
  ...(options?.as === undefined ? {} : { as: options.as }),
  ...(options?.orNull === true ? { orNull: true } : {})
})
/**
 * `{ latest: list, of, where? }`: the latest `of` date on or before the as-of day among the entries
 * meeting `where`; `as` names it as evidence (`null` when there is none, with `orNull`).
 *
 * @since 0.2.0
 */
export const latest = (list: string, of: string, where?: Condition, options?: { readonly as?: string; readonly orNull?: boolean }): Operand => ({
  latest: list,
  of,
  ...(where === undefined ? {} : { where }),
  ...(options?.as === undefined ? {} : { as: options.as }),
  ...(options?.orNull === true ? { orNull: true } : {})
})
/** `{ within: date, days: n }`: the latest date by the as-of day at most `n` days ago (a path or an operand). @since 0.2.0 */
export const withinDays = (date: string | Operand, days: Operand | number): Condition => ({ within: date, days: operand(days) })
/** `{ within: date, months: n }`: the latest date by the as-of day on or after the day `n` months before it. @since 0.2.0 */
export const withinMonths = (date: string | Operand, months: Operand | number): Condition => ({ within: date, months: operand(months) })
/** `{ elapsed: date, unit }`: whole days or months since the latest date by the as-of day (`Infinity`: none). @since 0.2.0 */
export const elapsed = (date: string | Operand, unit: TimeUnit): Operand => ({ elapsed: date, unit })
/** `{ hoursBetween: [from, to] }`: the hours from one date or instant to another (string: a fact path). @since 0.2.0 */
export const hoursBetween = (from: Operand | string, to: Operand | string): Operand => ({
  hoursBetween: [typeof from === "string" ? { fact: from } : from, typeof to === "string" ? { fact: to } : to]
})
/** `{ shift: date, months }` / `{ shift: date, days }`: a date moved by calendar months (clamped) or days. @since 0.2.0 */
export const shift = (date: Operand | string, by: { readonly months: Operand | number } | { readonly days: Operand | number }): Operand => {
  const d = typeof date === "string" ? { fact: date } : date
  return "months" in by ? { shift: d, months: operand(by.months) } : { shift: d, days: operand(by.days) }
}
/** `{ sum: list, of, asOf? }`: the total of an entry's number over a list. @since 0.2.0 */
export const sum = (list: string, of: string, options?: { readonly asOf?: EntryPaths; readonly as?: string }): Operand =>
  ({ sum: list, of, ...(options?.asOf === undefined ? {} : { asOf: options.asOf }), ...(options?.as === undefined ? {} : { as: options.as }) })
/**
 * `d` read only when `c` holds: false when `c` is false, unknown when it is unknown.
 * `guardEvidence: false`: `c` is never evidence nor words (only `d` speaks). `scope: true`:
 * `c` says whether the part is in scope: when it is false nothing of it is evidence; when true its
 * facts are evidence but it gives no words.
 *
 * @since 0.2.0
 */
export const when = (c: Condition, then: Condition, options?: { readonly scope?: boolean; readonly guardEvidence?: boolean }): Condition => ({
  when: c,
  then,
  ...(options?.scope === true ? { scope: true } : {}),
  ...(options?.guardEvidence === false ? { guardEvidence: false } : {})
})
/** `{ fact, ifAbsent }`: a fact whose absence means `value` (e.g. a count absent = 0). @since 0.2.0 */
export const factOr = (path: string, ifAbsent: Constant): Operand => ({ fact: path, ifAbsent })
/**
 * False when `guard` holds for certain (`check` not read; the guard's facts are evidence unless
 * `guardEvidence: false`); else `check`.
 *
 * @since 0.2.0
 */
export const unless = (guard: Condition, check: Condition, options?: { readonly guardEvidence?: boolean }): Condition =>
  options?.guardEvidence === false ? { unless: guard, check, guardEvidence: false } : { unless: guard, check }
/** A field of the enclosing quantifier's entry (inside a nested quantifier). @since 0.2.0 */
export const outer = (field: string): Operand => ({ outer: field })
/** The first operand with a value. @since 0.2.0 */
export const firstOf = (...operands: ReadonlyArray<Operand | string>): Operand => ({ firstOf: operands.map((o) => (typeof o === "string" ? { fact: o } : o)) })
/** The as-of day as an operand. @since 0.2.0 */
export const asOfDate = (): Operand => ({ asOfDate: true })
/** The dated fact had happened by the as-of day (true when undated). @since 0.2.0 */
export const happened = (path: string): Condition => ({ happened: path })
/** Always unknown, naming `missing` as the missing path. @since 0.2.0 */
export const unknown = (missing: string): Condition => ({ unknown: missing })
/**
 * Always true; the fact's value is evidence when given (`orNull`: `null` when absent). A list may be
 * shown in part: `where` keeps the entries meeting it, `fields` only those fields of each.
 *
 * @since 0.2.0
 */
export const show = (path: string, options?: { readonly orNull?: boolean; readonly where?: Condition; readonly fields?: ReadonlyArray<string> }): Condition => ({
  show: path,
  ...(options?.orNull === true ? { orNull: true } : {}),
  ...(options?.where === undefined ? {} : { where: options.where }),
  ...(options?.fields === undefined ? {} : { fields: options.fields })
})
/**
 * The condition with the words its violation details give when it holds; `named` values may be
 * written in them as `{@name}`.
 *
 * @since 0.2.0
 */
export const because = (condition: Condition, zh: string, en: string, named?: Readonly<Record<string, Operand>>): Condition =>
  named === undefined ? { ...condition, reason: { "zh-CN": zh, en } } : { ...condition, reason: { "zh-CN": zh, en }, named }
