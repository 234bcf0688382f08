/**
 * 条件编译 — a condition compiled, once per rule version, into two functions:
 *
 * - a quick one that answers only true / false / unknown (`1` / `0` / `2`). Every closure is built
 *   here, at compile time; a call allocates nothing (no arrays, no strings, no dates);
 * - an explaining one that also collects the evidence (path and value of every fact that decided the
 *   answer), a localized reason per deciding comparison and, when unknown, the missing paths.
 *
 * Both come from the same tree, so they give the same answer by construction.
 *
 * @since 0.2.0
 */
import * as CalendarDate from "../calendar/CalendarDate.ts"
import * as DatedFacts from "../calendar/DatedFacts.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Evidence } from "../rule/Outcome.ts"
import type { RuleContext } from "../rule/Rule.ts"
import type { ComparisonOperator, Condition, Constant, EntryLabel, EntryPaths, Operand, TimeUnit } from "./Condition.ts"
import type { FactDeclaration, FactDeclarations } from "./FactDeclaration.ts"
import type { ExplainNode, ExplainSource, FactRead, NodeWords } from "./ExplainCode.ts"
import { callClock, fieldsUnder, generate, generateExplain, NO_FIELDS, truncate } from "./QuickCode.ts"
import type { QuickHelpers } from "./QuickCode.ts"

/** `0` false, `1` true, `2` unknown. @since 0.2.0 */
export type Truth = 0 | 1 | 2

/** @since 0.2.0 */
export const FALSE: Truth = 0
/** @since 0.2.0 */
export const TRUE: Truth = 1
/** @since 0.2.0 */
export const UNKNOWN: Truth = 2

/**
 * 行业函数 — a named function a pack registers for arithmetic that is domain code (e.g. GB 18218
 * grading). It receives the values of its arguments (never `undefined`: an unknown argument makes
 * the call unknown) and returns a value, or `undefined` for unknown.
 *
 * @since 0.2.0
 */
export interface SectorFunction {
  readonly returns: "boolean" | "number" | "string"
  /** How many arguments it takes (0–6). */
  readonly arity: number
  readonly label: Localized
  readonly evaluate: (...args: ReadonlyArray<any>) => Constant | undefined
  /**
   * When `evaluate` answered `undefined` (unknown): the facts it lacks, as paths relative to the
   * current entry (`"substances[0].hazardClass"`) or the subject (`facts.…`); the explained call
   * reports them as missing instead of `name()`. Called only when explaining. Since 0.2.0.
   */
  readonly missing?: (...args: ReadonlyArray<any>) => ReadonlyArray<string> | undefined
}

/** Sector functions by name. @since 0.2.0 */
export type SectorFunctions = Readonly<Record<string, SectorFunction>>

/**
 * A reason, or a function that writes it: the explaining path defers writing the words of a
 * comparison until it is known that the comparison decided the answer.
 *
 * @since 0.2.0
 */
export type Reason = Localized | (() => Localized)

/** The words of a reason. @since 0.2.0 */
export const reasonText = (reason: Reason): Localized => (typeof reason === "function" ? reason() : reason)

/** What an explained evaluation collects. @since 0.2.0 */
export interface Trace {
  readonly evidence: Array<Evidence>
  readonly missing: Array<string>
  readonly reasons: Array<Reason>
  /** Keep the evidence of every fact read, not only of those that decided (a rule's `evidence: "read"`). */
  readonly keepEveryRead?: boolean
  /**
   * Collect no evidence: the caller keeps only the missing paths (an indeterminate answer) or the
   * reasons (a not-applicable one). What is collected otherwise stays the same. Since 0.2.0.
   */
  readonly skipEvidence?: boolean
  /** Collect no reasons: the caller keeps only the evidence or the missing paths. Since 0.2.0. */
  readonly skipReasons?: boolean
  /**
   * The answer is known to be true or false, so no missing path is kept: a part whose evidence and words
   * would be dropped whatever it answers (a guard that is no evidence) is asked only for its quick answer.
   * The answer, evidence and words stay the same. Since 0.2.0.
   */
  readonly skipMissing?: boolean
}

/** A compiled quick condition: allocation-free. @since 0.2.0 */
export type QuickCondition = (subject: unknown, context: RuleContext<any>, entry: unknown) => Truth

/** A compiled explaining condition; `prefix` is the path of the current list entry (`facts.rooms[2].`). @since 0.2.0 */
export type ExplainCondition = (subject: unknown, context: RuleContext<any>, entry: unknown, prefix: string, trace: Trace) => Truth

/** @since 0.2.0 */
export interface CompiledCondition {
  readonly quick: QuickCondition
  readonly explain: ExplainCondition
}

/** What compilation needs besides the condition. @since 0.2.0 */
export interface CompileScope {
  readonly facts: FactDeclarations
  readonly functions?: SectorFunctions | undefined
  /** `false` to answer quick calls with closures instead of generated code (default `true`). */
  readonly codegen?: boolean | undefined
  /**
   * After how many explained calls the explaining path becomes generated code too (default 32; `0`:
   * at once; `Infinity`: never): a rule that is seldom explained (a single record checked) never pays
   * for generating it.
   * Since 0.2.0.
   */
  readonly explainCodeAfter?: number | undefined
  /** What the generated code is named in stack traces and CPU profiles (`anquan-rule:<name>/…`). Since 0.2.0. */
  readonly name?: string | undefined
}

type QuickOperand = (subject: unknown, context: RuleContext<any>, entry: unknown) => unknown
type ExplainOperand = (subject: unknown, context: RuleContext<any>, entry: unknown, prefix: string, trace: Trace) => unknown

interface CompiledOperand {
  readonly quick: QuickOperand
  readonly explain: ExplainOperand
  /** How the operand reads in a reason, given its value. */
  readonly describe: (value: unknown, prefix: string) => Localized
  /** What a date operand dates (`within`'s words: 最近一次{noun}), when it is not a fact's label. */
  readonly noun?: Localized
  /** A fact operand's read (for the generated explaining code). */
  readonly fact?: FactRead
}

/**
 * "None": the value of a `latest` with no dated entry — before every date in a comparison, never
 * `within` a time, `never` / `从未` in words, `null` as named evidence. A number, so nothing is allocated.
 */
const NONE = Number.NEGATIVE_INFINITY

interface Frame {
  readonly facts: FactDeclarations
  readonly functions: SectorFunctions
  /** The declarations of the current list's entries, when inside a quantifier. */
  readonly entry: FactDeclarations | undefined
  /** The name of the current entry by the quantifier's `label`, when inside one. */
  readonly namer?: ((entry: unknown) => string | undefined) | undefined
  /** Inside a quantifier nested in another: the enclosing entry's fields and where its value is (`outer`). */
  readonly outer?: { readonly declarations: FactDeclarations; readonly slot: OuterSlot } | undefined
  /** Every compiled node with its condition and entry scope, to be given its generated quick function. */
  readonly nodes?: Array<CompiledNode> | undefined
}

/**
 * A compiled condition node whose quick function `compile` may replace by the generated one, with
 * what the generated explaining code needs of it (`ExplainCode.ts`).
 */
interface CompiledNode extends ExplainNode {
  readonly compiled: { quick: QuickCondition; readonly explain: ExplainCondition }
  readonly condition: Condition
  readonly entry: FactDeclarations | undefined
}

/** A compiled node with its words, for the generated explaining code. */
type WordedCondition = CompiledCondition & { readonly words?: NodeWords; readonly after?: ExplainNode["after"] }

/** The enclosing entry of a nested quantifier and its path prefix, set as the quantifier runs (no allocation). */
interface OuterSlot {
  e: unknown
  p: string
}

const DAY = 86_400_000

// ---- values -------------------------------------------------------------------------------

const comparable = (v: unknown): unknown => (v instanceof Date ? v.getTime() : v)

const formatValue = (v: unknown, locale: "zh-CN" | "en", labels?: Readonly<Record<string, Localized>>): string => {
  if (v === undefined || v === null) return locale === "en" ? "none" : "无"
  if (labels !== undefined && (typeof v === "string" || typeof v === "number") && Object.hasOwn(labels, String(v))) return labels[String(v)]![locale]
  if (typeof v === "boolean") return locale === "en" ? (v ? "yes" : "no") : (v ? "是" : "否")
  if (v instanceof Date) return CalendarDate.format(v)
  if (Array.isArray(v)) return v.map((x) => formatValue(x, locale, labels)).join(locale === "en" ? ", " : "、")
  if (typeof v === "number" && !Number.isFinite(v)) return locale === "en" ? "never" : "从未"
  return String(v)
}

/** Whether a value holds a date at any depth (then it is copied for evidence; else given as it is). */
const holdsDate = (v: unknown): boolean => {
  if (typeof v !== "object" || v === null) return false
  if (v instanceof Date) return true
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (holdsDate(v[i])) return true
    return false
  }
  // the object's own enumerable fields (Object.values'), without an array of them
  for (const k in v) if (Object.hasOwn(v, k) && holdsDate((v as Record<string, unknown>)[k])) return true
  return false
}

/** The declarations of the fields of an object at `key` among `items`: its own `items`, or those declared `key.…`. */
const fieldsOf = (items: FactDeclarations | undefined, key: string): FactDeclarations | undefined => {
  const d = items?.[key]
  if (d?.items !== undefined) return d.items
  if (items === undefined) return undefined
  // the same objects are given as evidence record after record: each key's fields are looked for once
  let byKey = fieldsOfCache.get(items)
  if (byKey === undefined) fieldsOfCache.set(items, byKey = new Map())
  if (byKey.has(key)) return byKey.get(key)
  let out: Record<string, FactDeclaration> | undefined
  for (const k of Object.keys(items)) if (k.startsWith(key + ".")) (out ??= {})[k.slice(key.length + 1)] = items[k]!
  if (byKey.size < 1024) byKey.set(key, out)
  return out
}
const fieldsOfCache = new WeakMap<FactDeclarations, Map<string, FactDeclarations | undefined>>()

/** What {@link datesAsDays} needs to know of a field: its declared type and the declarations of its own fields. */
interface FieldShape {
  readonly type: FactDeclaration["type"] | undefined
  readonly items: FactDeclarations | undefined
}
const NO_SHAPE: FieldShape = { type: undefined, items: undefined }
const shapesCache = new WeakMap<FactDeclarations, Map<string, FieldShape>>()
/** The shapes of the fields of objects declared by `items`, by key: looked up once per object, then once per key. */
const shapesOf = (items: FactDeclarations): Map<string, FieldShape> => {
  let shapes = shapesCache.get(items)
  if (shapes === undefined) shapesCache.set(items, shapes = new Map())
  return shapes
}
const shapeOf = (shapes: Map<string, FieldShape>, items: FactDeclarations, key: string): FieldShape => {
  let shape = shapes.get(key)
  if (shape === undefined) {
    shape = { type: items[key]?.type, items: fieldsOf(items, key) }
    // the keys of evidence values are declared fields mostly; an odd key is looked up again each time past the bound
    if (shapes.size < 1024) shapes.set(key, shape)
  }
  return shape
}

/** Dates as `YYYY-MM-DD`, and what the declarations type as `instant` as the ISO instant, at any depth. */
const datesAsDays = (v: unknown, type: FactDeclaration["type"] | undefined, items: FactDeclarations | undefined): unknown => {
  if (v instanceof Date) return type === "instant" ? v.toISOString() : CalendarDate.format(v)
  if (Array.isArray(v)) {
    const t = type === "list" ? undefined : type
    const out: Array<unknown> = []
    for (let i = 0; i < v.length; i++) out.push(datesAsDays(v[i], t, items))
    return out
  }
  if (typeof v === "object" && v !== null) {
    // the own enumerable fields in their order, as Object.entries gives them
    const out: Record<string, unknown> = {}
    const shapes = items === undefined ? undefined : shapesOf(items)
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue
      const shape = shapes === undefined ? NO_SHAPE : shapeOf(shapes, items!, k)
      const x = datesAsDays((v as Record<string, unknown>)[k], shape.type, shape.items)
      // a field the record leaves out (decoded as an own undefined, FastDecode.AbsentFields) is not shown
      if (x === undefined) continue
      if (k === "__proto__") Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true })
      else out[k] = x
    }
    return out
  }
  return v
}

/**
 * A fact value as evidence: dates as `YYYY-MM-DD` at any depth (a list of entries with dates too);
 * an instant — the fact, or a field its declaration's `items` type so — as the ISO instant.
 */
const evidenceValue = (v: unknown, declaration?: FactDeclaration): unknown => {
  if (v === undefined) return null
  if (typeof v !== "object" || v === null) return v
  return holdsDate(v) ? datesAsDays(v, declaration?.type, declaration?.items) : hasAbsentField(v) ? withoutAbsentFields(v) : v
}

/**
 * Whether an object or array holds, at any depth, an own field whose value is `undefined`: the engine decodes a field
 * a record leaves out so (`FastDecode.AbsentFields`), and evidence shows only the fields the record has.
 */
const hasAbsentField = (v: object): boolean => {
  if (v instanceof Date) return false
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i]
      if (typeof x === "object" && x !== null && hasAbsentField(x)) return true
    }
    return false
  }
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue
    const x = (v as Record<string, unknown>)[k]
    if (x === undefined || (typeof x === "object" && x !== null && hasAbsentField(x))) return true
  }
  return false
}

/** A copy without the own fields whose value is `undefined`, at any depth (see {@link hasAbsentField}). */
const withoutAbsentFields = (v: unknown): unknown => {
  if (typeof v !== "object" || v === null || v instanceof Date) return v
  if (Array.isArray(v)) return v.map(withoutAbsentFields)
  const out: Record<string, unknown> = {}
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue
    const x = (v as Record<string, unknown>)[k]
    if (x === undefined) continue
    if (k === "__proto__") Object.defineProperty(out, k, { value: withoutAbsentFields(x), enumerable: true, writable: true, configurable: true })
    else out[k] = withoutAbsentFields(x)
  }
  return out
}

/** A number rounded to at most `digits` decimals (words only); anything else as it is. */
const roundTo = (v: unknown, digits: number): unknown => {
  if (typeof v !== "number" || !Number.isFinite(v)) return v
  const f = 10 ** digits
  return Math.round(v * f) / f
}

const scaleOf = (x: number): number => {
  let s = 1
  for (let d = 0; d < 12 && Math.round(x * s) / s !== x; d++) s *= 10
  return s
}

/** `a + b`, exact for decimals (0.1 + 0.2 = 0.3). @since 0.2.0 */
export const exactAdd = (a: number, b: number): number => {
  const s = Math.max(scaleOf(a), scaleOf(b))
  return (Math.round(a * s) + Math.round(b * s)) / s
}

/** `a × b`, exact for decimals (1.1 × 3 = 3.3). @since 0.2.0 */
export const exactMultiply = (a: number, b: number): number => {
  const sa = scaleOf(a), sb = scaleOf(b)
  return (Math.round(a * sa) * Math.round(b * sb)) / (sa * sb)
}

const identity = (d: Date): Date => d

/**
 * The latest date of a date or list of dates on or before the as-of day, in epoch milliseconds
 * (`DatedFacts`: a date after it had not happened yet); `undefined` when none.
 */
const latestByAsOf = (v: unknown, asOf: Date): number | undefined => {
  if (v instanceof Date) return DatedFacts.isDatedByAsOf(v, asOf) ? v.getTime() : undefined
  if (!Array.isArray(v)) return undefined
  return DatedFacts.latestByAsOf(v as ReadonlyArray<Date>, identity, asOf)?.getTime()
}

/**
 * The latest time of a date operand's value by the as-of day: of a date or list of dates
 * ({@link latestByAsOf}), or, `filtered` (a `latest` operand, already by the as-of day), of the date
 * itself; `undefined` when none (`NONE` included).
 */
const latestTime = (v: unknown, asOf: Date, filtered: boolean): number | undefined =>
  filtered ? (v instanceof Date ? v.getTime() : undefined)
  : typeof v === "number" ? (Number.isFinite(v) && v <= asOf.getTime() ? v : undefined)
  : latestByAsOf(v, asOf)

/** Whole days or months since a date operand's value; `Infinity` when none; `undefined` when unknown. */
const elapsedOf = (v: unknown, asOf: Date, unit: TimeUnit, filtered: boolean): number | undefined => {
  if (v === undefined) return undefined
  const latest = latestTime(v, asOf, filtered)
  return latest === undefined ? Number.POSITIVE_INFINITY : elapsedQuick(latest, asOf, unit)
}

/**
 * Whether a date operand's latest date is at most `months` calendar months ago: that date moved on by
 * `months` months (clamped to the month's end) is on or after the as-of day — a drill on D covers the
 * as-of days up to D + N months (on 2026-03-31, one on 2026-03-01 is within a month, one on 2026-02-28 not).
 */
const withinMonthsOf = (v: unknown, asOf: Date, months: number, filtered: boolean): boolean => {
  const latest = latestTime(v, asOf, filtered)
  if (latest === undefined) return false
  const t = asOf.getTime()
  // N calendar months (clamped) are between 28·N and 31·N days: most dates are decided without calendar arithmetic
  if (months >= 0 && Number.isInteger(months)) {
    if (t - latest <= 28 * months * DAY) return true
    if (t - latest > 31 * months * DAY) return false
  }
  return t <= addMonthsTime(latest, months)
}

const daysInMonth = (year: number, month: number): number =>
  month === 1 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31

/** A time moved by whole calendar months, clamped to the month's end (2025-08-31 + 6 → 2026-02-28); no `Date` made. */
const addMonthsTime = (time: number, months: number): number => {
  const day = Math.floor(time / DAY)
  const rest = time - day * DAY
  // civil-from-days, as in monthsSince
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m0 = (mp < 10 ? mp + 3 : mp - 9) - 1
  const y0 = yoe + era * 400 + (m0 <= 1 ? 1 : 0)
  const m = m0 + months
  const y = y0 + Math.floor(m / 12)
  const month = m - 12 * Math.floor(m / 12)
  return Date.UTC(y, month, Math.min(d, daysInMonth(y, month))) + rest
}

/** A date's time (a `Date`, or a time already: a shifted date on the quick path); `undefined` otherwise. */
const timeOf = (v: unknown): number | undefined => (v instanceof Date ? v.getTime() : typeof v === "number" && Number.isFinite(v) ? v : undefined)

/** `{ shift }` on a time: months clamped, or days; none stays none. */
const shiftTime = (v: unknown, n: unknown, months: boolean): number | undefined => {
  if (v === NONE) return NONE
  const t = timeOf(v)
  if (t === undefined || typeof n !== "number") return undefined
  return months ? addMonthsTime(t, n) : t + n * DAY
}

/** `{ hoursBetween }`: hours from one time to another. */
const hoursFrom = (a: unknown, b: unknown): number | undefined => {
  const x = timeOf(a), y = timeOf(b)
  return x === undefined || y === undefined ? undefined : (y - x) / 3_600_000
}

const monthsSince = (from: number, asOf: Date): number => {
  // allocation-free whole months: compare calendar fields through arithmetic on UTC days
  const d = from / DAY
  // civil-from-days (Howard Hinnant), integer arithmetic only
  const z = d + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const months = (asOf.getUTCFullYear() - year) * 12 + (asOf.getUTCMonth() + 1) - month
  return asOf.getUTCDate() < day ? months - 1 : months
}

const elapsedQuick = (from: number, asOf: Date, unit: TimeUnit): number =>
  unit === "days" ? Math.round((asOf.getTime() - from) / DAY) : monthsSince(from, asOf)

// ---- paths --------------------------------------------------------------------------------

const getter = (path: string, relative: boolean): ((subject: unknown, entry: unknown) => unknown) => {
  const segments = path.split(".")
  const n = segments.length
  return (subject, entry) => {
    let v: any = relative ? entry : subject
    for (let i = 0; i < n; i++) {
      if (v === undefined || v === null) return undefined
      v = v[segments[i]!]
    }
    return v === null ? undefined : v
  }
}

const declarationOf = (frame: Frame, path: string): { readonly declaration: FactDeclaration | undefined; readonly relative: boolean } => {
  if (frame.entry !== undefined && Object.hasOwn(frame.entry, path)) return { declaration: frame.entry[path], relative: true }
  if (Object.hasOwn(frame.facts, path)) return { declaration: frame.facts[path], relative: false }
  // undeclared: relative inside a quantifier unless it names the subject
  return { declaration: undefined, relative: frame.entry !== undefined && !path.startsWith("facts.") && !path.startsWith("enterprise.") }
}

const labelOf = (d: FactDeclaration | undefined, path: string): Localized => d?.label ?? { "zh-CN": path, en: path }
const unitOf = (d: FactDeclaration | undefined, locale: "zh-CN" | "en"): string => {
  if (d?.unit === undefined) return ""
  return locale === "en" ? " " + d.unit.en : d.unit["zh-CN"]
}

// ---- operands -----------------------------------------------------------------------------

const readFact = (frame: Frame, path: string) => {
  const { declaration, relative } = declarationOf(frame, path)
  const get = getter(path, relative)
  const label = labelOf(declaration, path)
  const segments = path.split(".")
  // the path up to each depth, written once (a missing path is one of them)
  const shownAt = segments.map((_, depth) => segments.slice(0, depth).join("."))
  /**
   * The path to report when the fact is absent: up to the first absent segment (an absent
   * `facts.evacuation` is reported as such, not as each of its fields), never above a subject's
   * section (`facts.x`, `enterprise.x`) or an entry's field. A rule then asks for the common path
   * of what it reads through that object (`ConditionRule`).
   */
  const missingPath = (subject: unknown, entry: unknown, prefix: string): string => {
    let v: any = relative ? entry : subject
    const least = relative ? 1 : 2
    let depth = segments.length
    for (let i = 0; i < segments.length; i++) {
      if (v === undefined || v === null) {
        depth = Math.max(i, least)
        break
      }
      v = v[segments[i]!]
    }
    const shown = depth >= segments.length ? path : shownAt[depth]!
    return relative ? prefix + shown : shown
  }
  return { get, relative, declaration, label, fullPath: (prefix: string) => (relative ? prefix + path : path), missingPath }
}

/** Records a fact read: its evidence, or the path to report missing. */
const recordFact = (trace: Trace, f: ReturnType<typeof readFact>, subject: unknown, entry: unknown, prefix: string, v: unknown): void => {
  if (v === undefined) trace.missing.push(f.missingPath(subject, entry, prefix))
  else if (trace.skipEvidence !== true) trace.evidence.push({ path: f.fullPath(prefix), value: evidenceValue(v, f.declaration) })
}

const pathList = (paths: EntryPaths | undefined): ReadonlyArray<string> => (paths === undefined ? [] : typeof paths === "string" ? [paths] : paths)

/** Marks an entry skipped by a quantifier's `asOf` (dated after the as-of day). */
const SKIPPED = 3 as Truth

/**
 * Whether an entry is dated after the as-of day, by the first present of its `asOf` paths (a date:
 * after that day; an instant: at or after the end of that day, Beijing time); `undefined` without
 * `asOf`. A loop over the compiled getters: nothing is allocated per call.
 */
const entrySkipper = (entryFrame: Frame, asOf: EntryPaths | undefined): ((entry: unknown, day: Date) => boolean) | undefined => {
  const paths = pathList(asOf)
  if (paths.length === 0) return undefined
  const gets = paths.map((p) => getter(p, true))
  const instants = paths.map((p) => entryFrame.entry?.[p]?.type === "instant")
  const n = gets.length
  return (entry, day) => {
    for (let i = 0; i < n; i++) {
      const v = gets[i]!(undefined, entry)
      if (v !== undefined) return v instanceof Date && (instants[i] ? DatedFacts.isInstantAfterAsOf(v, day) : v.getTime() > day.getTime())
    }
    return false
  }
}

/**
 * The name of an entry: the first present (non-empty) of its label paths — or, for
 * `{ join: [...] }`, every present one joined by a space — else `undefined`.
 */
const entryNamer = (label: EntryLabel | undefined): ((entry: unknown) => string | undefined) => {
  const join = typeof label === "object" && !Array.isArray(label) ? true : false
  const gets = pathList(join ? (label as { readonly join: ReadonlyArray<string> }).join : (label as EntryPaths | undefined)).map((p) => getter(p, true))
  const text = (v: unknown): string | undefined => (v === undefined || v === "" ? undefined : v instanceof Date ? CalendarDate.format(v) : String(v))
  return (entry) => {
    let out: string | undefined
    for (const get of gets) {
      const t = text(get(undefined, entry))
      if (t === undefined) continue
      if (!join) return t
      out = out === undefined ? t : `${out} ${t}`
    }
    return out
  }
}

/**
 * `only: "latest"` of a quantifier: the index of the entry with the latest `by` (a date, instant or
 * number; ties: the later entry) among those meeting `among` and not skipped; -1 when none; -2
 * when an entry of unknown `among` is later (then unknown). No allocation.
 */
const latestEntry = (inner: Frame, by: string | undefined, among: Condition | undefined, skip: ((entry: unknown, day: Date) => boolean) | undefined) => {
  // without `by` (`only: "first"`): the first entry meeting `among` — its position orders the entries
  const get = by === undefined ? undefined : getter(by, true)
  const condition = among === undefined ? undefined : compileCondition(among, inner)
  const timeOf = (v: unknown): number | undefined => (v instanceof Date ? v.getTime() : typeof v === "number" ? v : undefined)
  const pick = (s: unknown, c: RuleContext<any>, xs: ReadonlyArray<unknown>): number => {
    let best = -1, bestTime = NONE, open = NONE
    for (let i = 0; i < xs.length; i++) {
      if (skip !== undefined && skip(xs[i], c.asOf)) continue
      const t = get === undefined ? -i : timeOf(get(undefined, xs[i]))
      if (t === undefined) continue
      const ok: Truth = condition === undefined ? TRUE : condition.quick(s, c, xs[i])
      if (ok === TRUE && t >= bestTime) {
        best = i
        bestTime = t
      } else if (ok === UNKNOWN && t > open) open = t
    }
    return open > bestTime ? -2 : best
  }
  /** Unknown: what is missing of the entries that may be the latest. */
  const explainUnknown = (s: unknown, c: RuleContext<any>, xs: ReadonlyArray<unknown>, listPath: string, trace: Trace): Truth => {
    for (let i = 0; i < xs.length; i++) {
      if ((skip !== undefined && skip(xs[i], c.asOf)) || condition === undefined || condition.quick(s, c, xs[i]) !== UNKNOWN) continue
      const mark = marks(trace)
      condition.explain(s, c, xs[i], `${listPath}[${i}].`, trace)
      truncate(trace.evidence, mark.evidence)
      truncate(trace.reasons, mark.reasons)
    }
    return UNKNOWN
  }
  return { pick, explainUnknown }
}

/** A reason that is one entry's heading and its reasons (`工房「A3」：r1；r2`); joined to others by `。`. */
export interface GroupReason {
  (): Localized
  readonly group: true
}

const groupOf = (heading: Localized, own: ReadonlyArray<Reason>): GroupReason => {
  const fn = () => {
    const texts = own.map(reasonText)
    const zh = unique(texts.map((t) => t["zh-CN"])).join("；"), en = unique(texts.map((t) => t.en)).join("; ")
    return { "zh-CN": `${heading["zh-CN"]}：${zh}`, en: `${heading.en}: ${en}` }
  }
  return Object.assign(fn, { group: true as const })
}

/** Whether a reason is an entry's group (see {@link GroupReason}). @since 0.2.0 */
export const isGroup = (r: Reason): boolean => typeof r === "function" && (r as Partial<GroupReason>).group === true

const unique = (xs: ReadonlyArray<string>): Array<string> => {
  const out: Array<string> = []
  for (const x of xs) if (!out.includes(x)) out.push(x)
  return out
}

/**
 * The words of several reasons: duplicates once; `；` between them (en `; `), `。` (en `. `) next to
 * an entry's group.
 *
 * @since 0.2.0
 */
export const joinReasons = (pending: ReadonlyArray<Reason>): Localized | undefined => {
  if (pending.length === 0) return undefined
  if (pending.length === 1) return reasonText(pending[0]!)
  let zh = "", en = ""
  const seenZh: Array<string> = [], seenEn: Array<string> = []
  let lastGroup = false
  for (const r of pending) {
    const t = reasonText(r), g = isGroup(r)
    if (!seenZh.includes(t["zh-CN"])) {
      zh = zh === "" ? t["zh-CN"] : `${zh}${g || lastGroup ? "。" : "；"}${t["zh-CN"]}`
      seenZh.push(t["zh-CN"])
    }
    if (!seenEn.includes(t.en)) {
      en = en === "" ? t.en : `${en}${g || lastGroup ? ". " : "; "}${t.en}`
      seenEn.push(t.en)
    }
    lastGroup = g
  }
  return { "zh-CN": zh, en }
}

/** An aggregate whose evidence is one named path with its value (`as`), not each entry's facts. */
const named = (inner: CompiledOperand, as: string | undefined, orNull: boolean): CompiledOperand =>
  as === undefined ? inner : {
    quick: inner.quick,
    explain: (s, c, e, p, trace) => {
      const mark = trace.evidence.length
      // the entries' evidence would be dropped: it is not collected (their words and missing paths are)
      const t = trace as { skipEvidence?: boolean | undefined }
      const skipped = t.skipEvidence
      t.skipEvidence = true
      const v = inner.explain(s, c, e, p, trace)
      t.skipEvidence = skipped
      truncate(trace.evidence, mark)
      if ((v !== undefined || orNull) && trace.skipEvidence !== true) trace.evidence.push({ path: as, value: v === undefined || v === NONE ? null : evidenceValue(v) })
      return v
    },
    describe: inner.describe,
    ...(inner.noun === undefined ? {} : { noun: inner.noun })
  }

const compileOperand = (operand: Operand, frame: Frame): CompiledOperand => {
  if (("sum" in operand || "count" in operand || "latest" in operand) && operand.as !== undefined) {
    const { as, orNull, ...rest } = operand
    return named(compileOperand(rest as Operand, frame), as, orNull === true)
  }
  if ("firstOf" in operand) {
    const parts = operand.firstOf.map((o) => compileOperand(o, frame))
    const n = parts.length
    // a `latest` of none is not given either: "the latest drill, else the adoption date"; none only when all
    // are none (an absent one might have given a value: unknown)
    return {
      quick: (s, c, e) => {
        let absent = false
        for (let i = 0; i < n; i++) {
          const v = parts[i]!.quick(s, c, e)
          if (v === undefined) absent = true
          else if (v !== NONE) return v
        }
        return absent ? undefined : NONE
      },
      explain: (s, c, e, p, trace) => {
        const start = trace.missing.length
        let absent = false
        for (let i = 0; i < n; i++) {
          const mark = trace.missing.length
          const v = parts[i]!.explain(s, c, e, p, trace)
          if (v === undefined) absent = true
          else if (v !== NONE) {
            truncate(trace.missing, start)
            return v
          }
          // only the first absent operand is asked for
          if (mark > start) truncate(trace.missing, mark)
        }
        return absent ? undefined : NONE
      },
      describe: (v, p) => parts[0]!.describe(v, p)
    }
  }
  if ("outer" in operand) {
    const outer = frame.outer
    if (outer === undefined) throw new TypeError(`"outer" outside a nested quantifier`)
    const field = operand.outer
    const get = getter(field, true)
    const d = outer.declarations[field]
    const label = labelOf(d, field)
    return {
      quick: () => get(undefined, outer.slot.e),
      explain: (_s, _c, _e, _p, trace) => {
        const v = get(undefined, outer.slot.e)
        if (v === undefined) trace.missing.push(outer.slot.p + field)
        else if (trace.skipEvidence !== true) trace.evidence.push({ path: outer.slot.p + field, value: evidenceValue(v, d) })
        return v
      },
      describe: (v) => ({
        "zh-CN": `${label["zh-CN"]}(${formatValue(v, "zh-CN", d?.valueLabels)}${unitOf(d, "zh-CN")})`,
        en: `${label.en} (${formatValue(v, "en", d?.valueLabels)}${unitOf(d, "en")})`
      })
    }
  }
  if ("asOfDate" in operand) {
    return {
      quick: (_s, c) => c.asOf,
      explain: (_s, c) => c.asOf,
      describe: (v) => ({ "zh-CN": `判定日(${formatValue(v, "zh-CN")})`, en: `the as-of date (${formatValue(v, "en")})` })
    }
  }
  if ("fact" in operand) {
    const f = readFact(frame, operand.fact)
    const ifAbsent = operand.ifAbsent
    const silent = operand.evidence === false
    const optional = operand.optional === true
    const instant = f.declaration?.type === "instant"
    // byAsOf: a date or instant after the as-of day had not happened yet, and reads as absent
    const read = operand.byAsOf !== true
      ? (s: unknown, _c: RuleContext<any>, e: unknown) => f.get(s, e)
      : (s: unknown, c: RuleContext<any>, e: unknown) => {
        const v = f.get(s, e)
        return v instanceof Date && (instant ? DatedFacts.isInstantAfterAsOf(v, c.asOf) : v.getTime() > c.asOf.getTime()) ? undefined : v
      }
    return {
      quick: ifAbsent === undefined ? read : (s, c, e) => read(s, c, e) ?? ifAbsent,
      explain: (s, c, e, prefix, trace) => {
        const v = read(s, c, e)
        // an absent fact whose absence has a meaning (ifAbsent), or that a call may go without (optional), is not missing
        if (v === undefined) {
          if (ifAbsent !== undefined) return ifAbsent
          if (!optional) recordFact(trace, f, s, e, prefix, v)
        } else if (!silent) recordFact(trace, f, s, e, prefix, v)
        return v
      },
      describe: (v) => ({
        "zh-CN": `${f.label["zh-CN"]}(${formatValue(v, "zh-CN", f.declaration?.valueLabels)}${unitOf(f.declaration, "zh-CN")})`,
        en: `${f.label.en} (${formatValue(v, "en", f.declaration?.valueLabels)}${unitOf(f.declaration, "en")})`
      }),
      noun: f.label,
      fact: f
    }
  }
  if ("value" in operand) {
    const c = operand.value
    return { quick: () => c, explain: () => c, describe: (v) => ({ "zh-CN": formatValue(v, "zh-CN"), en: formatValue(v, "en") }) }
  }
  if ("param" in operand) {
    const name = operand.param
    return {
      quick: (_s, c) => (c.params as Record<string, unknown>)[name],
      explain: (_s, c) => (c.params as Record<string, unknown>)[name],
      describe: (v) => ({ "zh-CN": formatValue(v, "zh-CN"), en: formatValue(v, "en") })
    }
  }
  if ("add" in operand || "multiply" in operand) {
    const isAdd = "add" in operand
    const parts = (isAdd ? operand.add : operand.multiply).map((o) => compileOperand(o, frame))
    const n = parts.length
    const combine = isAdd ? exactAdd : exactMultiply
    const start = isAdd ? 0 : 1
    return {
      quick: (s, c, e) => {
        let acc = start
        for (let i = 0; i < n; i++) {
          const v = parts[i]!.quick(s, c, e)
          if (typeof v !== "number") return undefined
          acc = combine(acc, v)
        }
        return acc
      },
      explain: (s, c, e, p, t) => {
        let acc: number | undefined = start
        for (let i = 0; i < n; i++) {
          const v = parts[i]!.explain(s, c, e, p, t)
          if (typeof v !== "number") acc = undefined
          else if (acc !== undefined) acc = combine(acc, v)
        }
        return acc
      },
      describe: (v) => ({ "zh-CN": isAdd ? `合计(${formatValue(v, "zh-CN")})` : `乘积(${formatValue(v, "zh-CN")})`, en: isAdd ? `the total (${formatValue(v, "en")})` : `the product (${formatValue(v, "en")})` })
    }
  }
  if ("subtract" in operand) {
    const a = compileOperand(operand.subtract[0], frame), b = compileOperand(operand.subtract[1], frame)
    return {
      quick: (s, c, e) => {
        const x = a.quick(s, c, e), y = b.quick(s, c, e)
        return typeof x === "number" && typeof y === "number" ? exactAdd(x, -y) : undefined
      },
      explain: (s, c, e, p, t) => {
        const x = a.explain(s, c, e, p, t), y = b.explain(s, c, e, p, t)
        return typeof x === "number" && typeof y === "number" ? exactAdd(x, -y) : undefined
      },
      describe: (v) => ({ "zh-CN": `差值(${formatValue(v, "zh-CN")})`, en: `the difference (${formatValue(v, "en")})` })
    }
  }
  if ("sum" in operand) {
    const list = readFact(frame, operand.sum)
    const inner: Frame = { ...frame, entry: list.declaration?.items ?? NO_FIELDS, outer: undefined }
    const item = readFact(inner, operand.of)
    const itemLabel = item.label
    const skip = entrySkipper(inner, operand.asOf)
    return {
      quick: (s, c, e) => {
        const xs = list.get(s, e)
        if (!Array.isArray(xs)) return undefined
        let acc = 0
        for (let i = 0; i < xs.length; i++) {
          if (skip !== undefined && skip(xs[i], c.asOf)) continue
          const v = item.get(s, xs[i])
          if (typeof v !== "number") return undefined
          acc = exactAdd(acc, v)
        }
        return acc
      },
      explain: (s, c, e, prefix, trace) => {
        const xs = list.get(s, e)
        const listPath = list.fullPath(prefix)
        if (!Array.isArray(xs)) {
          recordFact(trace, list, s, e, prefix, xs)
          return undefined
        }
        let acc: number | undefined = 0
        for (let i = 0; i < xs.length; i++) {
          if (skip !== undefined && skip(xs[i], c.asOf)) continue
          const v = item.get(s, xs[i])
          recordFact(trace, item, s, xs[i], `${listPath}[${i}].`, v)
          if (typeof v !== "number") acc = undefined
          else if (acc !== undefined) acc = exactAdd(acc, v)
        }
        return acc
      },
      describe: (v) => ({
        "zh-CN": `${list.label["zh-CN"]}的${itemLabel["zh-CN"]}合计(${formatValue(v, "zh-CN")}${unitOf(item.declaration, "zh-CN")})`,
        en: `the total ${itemLabel.en} of ${list.label.en} (${formatValue(v, "en")}${unitOf(item.declaration, "en")})`
      })
    }
  }
  if ("count" in operand) {
    const list = readFact(frame, operand.count)
    const inner: Frame = { ...frame, entry: list.declaration?.items ?? NO_FIELDS, outer: undefined }
    const where = operand.where === undefined ? undefined : compileCondition(operand.where, inner)
    const skip = entrySkipper(inner, operand.asOf)
    return {
      quick: (s, c, e) => {
        const xs = list.get(s, e)
        if (!Array.isArray(xs)) return undefined
        if (where === undefined && skip === undefined) return xs.length
        let n = 0
        let unknown = false
        for (let i = 0; i < xs.length; i++) {
          if (skip !== undefined && skip(xs[i], c.asOf)) continue
          if (where === undefined) {
            n++
            continue
          }
          const t = where.quick(s, c, xs[i])
          if (t === TRUE) n++
          else if (t === UNKNOWN) unknown = true
        }
        return unknown ? undefined : n
      },
      explain: (s, c, e, prefix, trace) => {
        const xs = list.get(s, e)
        const listPath = list.fullPath(prefix)
        if (!Array.isArray(xs)) {
          recordFact(trace, list, s, e, prefix, xs)
          return undefined
        }
        if (where === undefined && skip === undefined) {
          if (trace.skipEvidence !== true) trace.evidence.push({ path: listPath, value: xs.length })
          return xs.length
        }
        if (where === undefined) {
          let n = 0
          for (let i = 0; i < xs.length; i++) if (!skip!(xs[i], c.asOf)) n++
          if (trace.skipEvidence !== true) trace.evidence.push({ path: listPath, value: n })
          return n
        }
        let n = 0
        let unknown = false
        for (let i = 0; i < xs.length; i++) {
          if (skip !== undefined && skip(xs[i], c.asOf)) continue
          // the quick answer first: a false entry leaves nothing (no missing path, its words dropped), and
          // when only missing paths are kept, a true one neither
          const q = where.quick(s, c, xs[i])
          if (q === FALSE || (q === TRUE && onlyMissing(trace))) {
            if (q === TRUE) n++
            continue
          }
          const evidenceMark = trace.evidence.length, reasonMark = trace.reasons.length
          const t = where.explain(s, c, xs[i], `${listPath}[${i}].`, trace)
          if (t === TRUE) n++
          else {
            if (t === UNKNOWN) unknown = true
            truncate(trace.evidence, evidenceMark)
            truncate(trace.reasons, reasonMark)
          }
        }
        return unknown ? undefined : n
      },
      describe: (v) => ({
        "zh-CN": `${list.label["zh-CN"]}中${operand.where === undefined ? "" : "符合条件的"}数量(${formatValue(v, "zh-CN")})`,
        en: `the number of ${list.label.en}${operand.where === undefined ? "" : " that meet the condition"} (${formatValue(v, "en")})`
      })
    }
  }
  if ("latest" in operand) {
    const list = readFact(frame, operand.latest)
    const inner: Frame = { ...frame, entry: list.declaration?.items ?? NO_FIELDS, outer: undefined }
    const date = readFact(inner, operand.of)
    const instant = date.declaration?.type === "instant"
    const where = operand.where === undefined ? undefined : compileCondition(operand.where, inner)
    /** An entry's date when it is on or before the as-of day (an instant: before its end, Beijing time), else undefined. */
    const dated = (x: unknown, asOf: Date): Date | undefined => {
      const d = date.get(undefined, x)
      if (!(d instanceof Date)) return undefined
      return (instant ? DatedFacts.isInstantAfterAsOf(d, asOf) : d.getTime() > asOf.getTime()) ? undefined : d
    }
    /**
     * The index of the entry with the latest date among those meeting `where`; -1 for none; -2 when
     * an entry of unknown `where` has a later date than every entry known to meet it (then unknown).
     */
    const pick = (s: unknown, c: RuleContext<any>, xs: ReadonlyArray<unknown>): number => {
      let best = -1, bestTime = NONE, open = NONE
      for (let i = 0; i < xs.length; i++) {
        const d = dated(xs[i], c.asOf)
        if (d === undefined) continue
        const t = d.getTime()
        const ok: Truth = where === undefined ? TRUE : where.quick(s, c, xs[i])
        if (ok === TRUE && t > bestTime) {
          best = i
          bestTime = t
        } else if (ok === UNKNOWN && t > open) open = t
      }
      return open > bestTime ? -2 : best
    }
    return {
      quick: (s, c, e) => {
        const xs = list.get(s, e)
        if (!Array.isArray(xs)) return undefined
        const i = pick(s, c, xs)
        return i === -2 ? undefined : i === -1 ? NONE : dated(xs[i], c.asOf)
      },
      explain: (s, c, e, prefix, trace) => {
        const xs = list.get(s, e)
        const listPath = list.fullPath(prefix)
        if (!Array.isArray(xs)) {
          recordFact(trace, list, s, e, prefix, xs)
          return undefined
        }
        const i = pick(s, c, xs)
        if (i === -1) return NONE
        if (i >= 0) {
          // the deciding entry: why it counts, and its date
          const at = `${listPath}[${i}].`
          if (where !== undefined) {
            const mark = trace.reasons.length
            where.explain(s, c, xs[i], at, trace)
            truncate(trace.reasons, mark)
          }
          const d = dated(xs[i], c.asOf)!
          recordFact(trace, date, s, xs[i], at, d)
          return d
        }
        // unknown: what is missing of the later entries that may count
        let best = NONE
        for (let k = 0; k < xs.length; k++) {
          const d = dated(xs[k], c.asOf)
          if (d !== undefined && where!.quick(s, c, xs[k]) === TRUE && d.getTime() > best) best = d.getTime()
        }
        for (let k = 0; k < xs.length; k++) {
          const d = dated(xs[k], c.asOf)
          if (d === undefined || d.getTime() <= best || where!.quick(s, c, xs[k]) !== UNKNOWN) continue
          const mark = marks(trace)
          where!.explain(s, c, xs[k], `${listPath}[${k}].`, trace)
          truncate(trace.evidence, mark.evidence)
          truncate(trace.reasons, mark.reasons)
        }
        return undefined
      },
      describe: (v) => ({
        "zh-CN": `最近一次${list.label["zh-CN"]}(${formatValue(v, "zh-CN")})`,
        en: `the latest ${list.label.en} (${formatValue(v, "en")})`
      }),
      noun: list.label
    }
  }
  if ("elapsed" in operand) {
    const source = dateSource(operand.elapsed, frame)
    const unit = operand.unit
    const noun = source.noun ?? { "zh-CN": "", en: "" }
    return {
      quick: (s, c, e) => elapsedOf(source.quick(s, c, e), c.asOf, unit, source.filtered),
      explain: (s, c, e, prefix, trace) => elapsedOf(source.explain(s, c, e, prefix, trace), c.asOf, unit, source.filtered),
      describe: (v) => ({
        "zh-CN": `距最近一次${noun["zh-CN"]}${formatValue(v, "zh-CN")}${Number.isFinite(v) ? (unit === "days" ? "天" : "个月") : ""}`,
        en: `${formatValue(v, "en")}${Number.isFinite(v) ? (unit === "days" ? " days" : " months") : ""} since the last ${noun.en}`
      })
    }
  }
  if ("hoursBetween" in operand) {
    const a = compileOperand(operand.hoursBetween[0], frame), b = compileOperand(operand.hoursBetween[1], frame)
    return {
      quick: (s, c, e) => hoursFrom(a.quick(s, c, e), b.quick(s, c, e)),
      explain: (s, c, e, p, t) => hoursFrom(a.explain(s, c, e, p, t), b.explain(s, c, e, p, t)),
      describe: (v) => ({ "zh-CN": `时长(${formatValue(roundTo(v, 2), "zh-CN")}小时)`, en: `the duration (${formatValue(roundTo(v, 2), "en")} h)` })
    }
  }
  if ("shift" in operand) {
    const isMonths = "months" in operand
    const date = compileOperand(operand.shift, frame), by = compileOperand(isMonths ? operand.months : operand.days, frame)
    return {
      // quick: a time (no `Date` made); explained: a `Date`, for words and evidence
      quick: (s, c, e) => shiftTime(date.quick(s, c, e), by.quick(s, c, e), isMonths),
      explain: (s, c, e, p, t) => {
        // none shifted stays none, whatever the shift: then the shift is not read (a true or false answer leaves no missing path)
        const d = date.explain(s, c, e, p, t)
        const v = d === NONE ? NONE : shiftTime(d, by.explain(s, c, e, p, t), isMonths)
        return v === undefined || v === NONE ? v : new Date(v)
      },
      describe: (v) => ({ "zh-CN": formatValue(v, "zh-CN"), en: formatValue(v, "en") })
    }
  }
  if ("call" in operand) {
    const call = compileCall(operand.call, operand.args, frame)
    return {
      quick: call.quick,
      explain: call.explain,
      describe: (v) => ({ "zh-CN": `${call.label["zh-CN"]}(${formatValue(v, "zh-CN")})`, en: `${call.label.en} (${formatValue(v, "en")})` })
    }
  }
  throw new TypeError(`unknown operand ${JSON.stringify(operand)}`)
}

/**
 * The date operand of `within` / `elapsed`: a path (a date or a list of dates) or an operand (a
 * `latest`, whose date is already by the as-of day: `filtered`).
 */
const dateSource = (given: string | Operand, frame: Frame): CompiledOperand & { readonly filtered: boolean } => {
  const operand: Operand = typeof given === "string" ? { fact: given } : given
  const compiled = compileOperand(operand, frame)
  return { ...compiled, filtered: "latest" in operand }
}

const compileCall = (name: string, args: ReadonlyArray<Operand>, frame: Frame) => {
  const fn = frame.functions[name]
  if (fn === undefined) throw new TypeError(`unknown sector function ${JSON.stringify(name)}`)
  const parts = args.map((a) => compileOperand(a, frame))
  const [a0, a1, a2, a3, a4, a5] = parts
  // an optional argument may be passed absent (`undefined`); any other absent one makes the call unknown
  const required = args.map((a) => !("fact" in a && a.optional === true))
  const [r0, r1, r2, r3, r4, r5] = required
  const f = fn.evaluate
  const quick: QuickOperand = (s, c, e) => {
    // one call per arity, so no argument array is built
    switch (parts.length) {
      case 0:
        return f()
      case 1: {
        const x = a0!.quick(s, c, e)
        return x === undefined && r0 ? undefined : f(x)
      }
      case 2: {
        const x = a0!.quick(s, c, e), y = a1!.quick(s, c, e)
        return (x === undefined && r0) || (y === undefined && r1) ? undefined : f(x, y)
      }
      case 3: {
        const x = a0!.quick(s, c, e), y = a1!.quick(s, c, e), z = a2!.quick(s, c, e)
        return (x === undefined && r0) || (y === undefined && r1) || (z === undefined && r2) ? undefined : f(x, y, z)
      }
      case 4: {
        const x = a0!.quick(s, c, e), y = a1!.quick(s, c, e), z = a2!.quick(s, c, e), w = a3!.quick(s, c, e)
        return (x === undefined && r0) || (y === undefined && r1) || (z === undefined && r2) || (w === undefined && r3) ? undefined : f(x, y, z, w)
      }
      case 5: {
        const x = a0!.quick(s, c, e), y = a1!.quick(s, c, e), z = a2!.quick(s, c, e), w = a3!.quick(s, c, e), u = a4!.quick(s, c, e)
        return (x === undefined && r0) || (y === undefined && r1) || (z === undefined && r2) || (w === undefined && r3) || (u === undefined && r4)
          ? undefined
          : f(x, y, z, w, u)
      }
      default: {
        const x = a0!.quick(s, c, e), y = a1!.quick(s, c, e), z = a2!.quick(s, c, e), w = a3!.quick(s, c, e), u = a4!.quick(s, c, e), v = a5!.quick(s, c, e)
        return (x === undefined && r0) || (y === undefined && r1) || (z === undefined && r2) || (w === undefined && r3) || (u === undefined && r4) || (v === undefined && r5)
          ? undefined
          : f(x, y, z, w, u, v)
      }
    }
  }
  const lacks = fn.missing
  // the last call's arguments and answer, reused within the same evaluation (`callClock`) for the same arguments
  let at = -1, last: ReadonlyArray<unknown> = [], kept: unknown
  const explain: ExplainOperand = (s, c, e, p, t) => {
    const values = parts.map((part) => part.explain(s, c, e, p, t))
    if (values.some((v, i) => v === undefined && required[i])) return undefined
    let out: unknown
    if (at === callClock.now && values.every((v, i) => v === last[i])) out = kept
    else {
      out = f(...values)
      at = callClock.now
      last = values
      kept = out
    }
    if (out === undefined) {
      // the function names what it lacks (relative to the entry), else the call itself is asked for
      const named = lacks?.(...values)
      if (named !== undefined && named.length > 0) {
        for (const path of named) t.missing.push(path.startsWith("facts.") || path.startsWith("enterprise.") ? path : p + path)
      } else if (t.missing.length === 0) t.missing.push(`${name}()`)
    }
    return out
  }
  return { quick, explain, label: fn.label }
}

// ---- conditions ---------------------------------------------------------------------------

const marks = (trace: Trace) => ({ evidence: trace.evidence.length, missing: trace.missing.length, reasons: trace.reasons.length })

/**
 * Explains a part whose words would be dropped but whose evidence is kept (`keepEveryRead`): its
 * reasons are not written (a trace's `skipReasons`, set for the call: it changes no evidence).
 */
const explainWithoutWords = (part: CompiledCondition, s: unknown, c: RuleContext<any>, e: unknown, p: string, trace: Trace): void => {
  if (trace.skipReasons === true) {
    part.explain(s, c, e, p, trace)
    return
  }
  const t = trace as { skipReasons?: boolean }
  t.skipReasons = true
  part.explain(s, c, e, p, trace)
  t.skipReasons = false
}

/** Whether a trace keeps only missing paths (an indeterminate answer's). */
const onlyMissing = (trace: Trace): boolean => trace.skipEvidence === true && trace.skipReasons === true

/**
 * The quick answers of a node's parts or a quantifier's entries, kept while the node explains: a
 * stack shared by every node (a nested node takes the slots above its parent's), so an explained
 * evaluation allocates no array per node. `compile`'s explaining function resets it after a throw.
 */
const stack = { a: new Uint8Array(256), top: 0 }
const reserveTruths = (n: number): number => {
  const base = stack.top
  stack.top += n
  if (stack.top > stack.a.length) {
    const grown = new Uint8Array(Math.max(stack.top, stack.a.length * 2))
    grown.set(stack.a)
    stack.a = grown
  }
  return base
}

const relation: Record<ComparisonOperator, { readonly yes: Localized; readonly no: Localized }> = {
  ">": { yes: { "zh-CN": "大于", en: "more than" }, no: { "zh-CN": "不大于", en: "not more than" } },
  ">=": { yes: { "zh-CN": "不小于", en: "at least" }, no: { "zh-CN": "小于", en: "less than" } },
  "<": { yes: { "zh-CN": "小于", en: "less than" }, no: { "zh-CN": "不小于", en: "not less than" } },
  "<=": { yes: { "zh-CN": "不大于", en: "at most" }, no: { "zh-CN": "大于", en: "more than" } },
  "=": { yes: { "zh-CN": "等于", en: "equal to" }, no: { "zh-CN": "不等于", en: "not equal to" } },
  "!=": { yes: { "zh-CN": "不等于", en: "not equal to" }, no: { "zh-CN": "等于", en: "equal to" } }
}

const test = (op: ComparisonOperator, a: unknown, b: unknown): boolean => {
  const x = comparable(a) as number, y = comparable(b) as number
  switch (op) {
    case ">":
      return x > y
    case ">=":
      return x >= y
    case "<":
      return x < y
    case "<=":
      return x <= y
    case "=":
      return x === y
    case "!=":
      return x !== y
  }
}

const reason = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })

/** A placeholder of a reason template: `{name|id|#}`, `{kind:label}`, `{param:limit}`, `{$entry}`, `{$reasons}`, `{=text}`. */
export const PLACEHOLDER = /\{([^{}]+)\}/g

type Alternative = (s: unknown, c: RuleContext<any>, e: unknown, p: string, children: ReadonlyArray<Reason>, locale: "zh-CN" | "en") => string | undefined

type Named = Readonly<Record<string, CompiledOperand>>

/** The last value of a template's named value, by its compiled operand (shared by every alternative naming it). */
interface NamedMemo {
  at: number
  s: unknown
  c: unknown
  e: unknown
  p: string
  v: unknown
}
const namedMemos = new WeakMap<CompiledOperand, NamedMemo>()

/**
 * The trace a named value of a template is computed into: it keeps no evidence and no words, and its missing paths are
 * cut after each use (only the value is wanted; what a trace keeps does not change it).
 */
const scratchTrace: Trace = { evidence: [], missing: [], reasons: [], keepEveryRead: false, skipEvidence: true, skipReasons: true, skipMissing: true }

/** A piece of a placeholder without the spaces around it — except a constant's own trailing ones (`{=the last was on +@last}`). */
const tidy = (piece: string): string => {
  const t = piece.trimStart()
  return t.startsWith("=") && !t.includes("+") ? t : t.trimEnd()
}

const compileAlternative = (alt: string, frame: Frame, named: Named): Alternative => {
  if (alt.includes("+")) {
    // pieces written together, present only when every piece is: `kind:label+=#+#` → `仓库#1`
    const pieces = alt.split("+").map((piece) => compileAlternative(tidy(piece), frame, named))
    return (s, c, e, p, r, locale) => {
      let out = ""
      for (const piece of pieces) {
        const v = piece(s, c, e, p, r, locale)
        if (v === undefined) return undefined
        out += v
      }
      return out
    }
  }
  if (alt === "#") {
    return (_s, _c, _e, p) => {
      const m = /\[(\d+)\]\.$/.exec(p)
      return m === null ? undefined : String(Number(m[1]) + 1)
    }
  }
  if (alt === "$entry") {
    const namer = frame.namer
    return (_s, _c, e, p) => namer?.(e) ?? (p === "" ? undefined : p.slice(0, -1))
  }
  if (alt === "$reasons" || alt === "$reasons;" || alt === "$reasons、") {
    const zh = alt === "$reasons;" ? "；" : alt === "$reasons、" ? "、" : "，"
    const en = alt === "$reasons;" ? "; " : ", "
    return (_s, _c, _e, _p, children, locale) => {
      if (children.length === 0) return undefined
      const texts = unique(children.map((r) => reasonText(r)[locale]))
      return texts.join(locale === "en" ? en : zh)
    }
  }
  if (alt.startsWith("=")) {
    const literal = alt.slice(1)
    return () => literal
  }
  // `:2` — a number written with at most two decimals
  const digitsMatch = /:(\d)$/.exec(alt)
  const digits = digitsMatch === null ? undefined : Number(digitsMatch[1])
  const body = digitsMatch === null ? alt : alt.slice(0, -2)
  const round = (v: unknown): unknown => (digits === undefined ? v : roundTo(v, digits))
  if (body.startsWith("@")) {
    // a named value of the condition (`named: { hours: … }`), computed when the words are written
    const value = named[body.slice(1)]!
    // the value is the same in both languages and in every alternative of the template that names it: computed once
    // per evaluation (`callClock`), subject, entry and path, into a trace that keeps nothing
    let memo = namedMemos.get(value)
    if (memo === undefined) namedMemos.set(value, memo = { at: -1, s: undefined, c: undefined, e: undefined, p: "", v: undefined })
    const m = memo
    return (s, c, e, p, _r, locale) => {
      let v: unknown
      if (m.at === callClock.now && m.s === s && m.c === c && m.e === e && m.p === p) v = m.v
      else {
        v = value.explain(s, c, e, p, scratchTrace)
        truncate(scratchTrace.missing, 0)
        m.at = callClock.now
        m.s = s
        m.c = c
        m.e = e
        m.p = p
        m.v = v
      }
      // "none" (a `latest` without a dated entry) is absent in words: `{@last|=从未}` chooses what to say
      return v === undefined || v === NONE ? undefined : formatValue(round(v), locale)
    }
  }
  if (body.startsWith("param:")) {
    const name = body.slice(6)
    return (_s, c, _e, _p, _r, locale) => {
      const v = (c.params as Record<string, unknown>)[name]
      return v === undefined ? undefined : formatValue(round(v), locale)
    }
  }
  const labelled = body.endsWith(":label")
  const f = readFact(frame, labelled ? body.slice(0, -6) : body)
  const labels = labelled ? f.declaration?.valueLabels : undefined
  return (s, _c, e, _p, _r, locale) => {
    const v = f.get(s, e)
    return v === undefined ? undefined : formatValue(round(v), locale, labels)
  }
}

/**
 * A reason template compiled: each placeholder's alternatives tried in order, the first present
 * one written (an absent one: nothing). Runs only when a violation is explained.
 */
const compileTemplate = (given: Localized, frame: Frame, named: Named = {}) => {
  const part = (text: string) => {
    const pieces: Array<string | ReadonlyArray<Alternative>> = []
    let last = 0
    for (const m of text.matchAll(PLACEHOLDER)) {
      pieces.push(text.slice(last, m.index))
      const body = m[1]!
      // `{(description)}`: the value in brackets, （…） in Chinese and " (…)" in English, or nothing
      const affix = body.startsWith("(") && body.endsWith(")")
      const alternatives = (affix ? body.slice(1, -1) : body).split("|").map((alt) => compileAlternative(tidy(alt), frame, named))
      pieces.push(affix ? [(s, c, e, p, r, locale) => {
        for (const alt of alternatives) {
          const v = alt(s, c, e, p, r, locale)
          if (v !== undefined) return locale === "en" ? ` (${v})` : `（${v}）`
        }
        return undefined
      }] : alternatives)
      last = m.index + m[0].length
    }
    pieces.push(text.slice(last))
    return pieces
  }
  const zh = part(given["zh-CN"]), en = part(given.en)
  const write = (pieces: typeof zh, locale: "zh-CN" | "en", s: unknown, c: RuleContext<any>, e: unknown, p: string, children: ReadonlyArray<Reason>): string => {
    let out = ""
    for (const piece of pieces) {
      if (typeof piece === "string") out += piece
      else {
        for (const alt of piece) {
          const v = alt(s, c, e, p, children, locale)
          if (v !== undefined) {
            out += v
            break
          }
        }
      }
    }
    return out
  }
  return (s: unknown, c: RuleContext<any>, e: unknown, p: string, children: ReadonlyArray<Reason>): Localized => ({
    "zh-CN": write(zh, "zh-CN", s, c, e, p, children),
    en: write(en, "en", s, c, e, p, children)
  })
}

/** Whether a reason has placeholders. @since 0.2.0 */
export const isTemplate = (reason: Localized): boolean => /\{[^{}]+\}/.test(reason["zh-CN"]) || /\{[^{}]+\}/.test(reason.en)

const compileCondition = (condition: Condition, frame: Frame): CompiledCondition => {
  const worded = compileWords(condition, frame)
  // every compiled node has one shape, so a parent's reads of its parts' `quick` and `explain` stay monomorphic
  const compiled = { quick: worded.quick, explain: worded.explain, words: worded.words, after: worded.after } as WordedCondition
  frame.nodes?.push({
    compiled: compiled as CompiledNode["compiled"],
    condition,
    entry: frame.entry,
    explain: compiled.explain,
    after: compiled.after,
    words: compiled.words
  })
  return compiled
}

const compileWords = (condition: Condition, frame: Frame): WordedCondition => {
  const given = (condition as { readonly reason?: Localized }).reason
  if (given === undefined) return compileNode(condition, frame)
  // the author's words replace the generated reasons of the node when it holds
  const inner = compileNode(condition, frame)
  const givenNamed = (condition as { readonly named?: Readonly<Record<string, Operand>> }).named ?? {}
  const named: Record<string, CompiledOperand> = {}
  for (const [name, o] of Object.entries(givenNamed)) named[name] = compileOperand(o, frame)
  const template = isTemplate(given) ? compileTemplate(given, frame, named) : undefined
  /** The node held: its reasons since `mark` give way to the author's words. */
  const after = (s: unknown, c: RuleContext<any>, e: unknown, p: string, trace: Trace, mark: number): void => {
    if (template === undefined) {
      truncate(trace.reasons, mark)
      trace.reasons.push(given)
    } else {
      const children = trace.reasons.slice(mark)
      truncate(trace.reasons, mark)
      trace.reasons.push(() => template(s, c, e, p, children))
    }
  }
  return {
    quick: inner.quick,
    explain: (s, c, e, p, trace) => {
      if (trace.skipReasons === true) return inner.explain(s, c, e, p, trace)
      const mark = trace.reasons.length
      const t = inner.explain(s, c, e, p, trace)
      if (t === TRUE) after(s, c, e, p, trace, mark)
      return t
    },
    after: after as ExplainNode["after"],
    ...(inner.words === undefined ? {} : { words: inner.words })
  }
}

const compileNode = (condition: Condition, frame: Frame): WordedCondition => {
  if ("all" in condition || "any" in condition) {
    const isAll = "all" in condition
    const parts = (isAll ? condition.all : condition.any).map((c) => compileCondition(c, frame))
    const n = parts.length
    const stop = isAll ? FALSE : TRUE
    return {
      quick: (s, c, e) => {
        let unknown = false
        for (let i = 0; i < n; i++) {
          const t = parts[i]!.quick(s, c, e)
          if (t === stop) return stop
          if (t === UNKNOWN) unknown = true
        }
        return unknown ? UNKNOWN : isAll ? TRUE : FALSE
      },
      explain: (s, c, e, p, trace) => {
        // the quick answers first; then only the parts whose answer is the node's are explained — the
        // others' words and evidence would be dropped, and a part that is true or false leaves no missing path
        // (when every fact read is kept, the others are explained too, without words)
        const base = reserveTruths(n)
        let decided = false, unknown = false
        for (let i = 0; i < n; i++) {
          const t = parts[i]!.quick(s, c, e)
          stack.a[base + i] = t
          if (t === stop) decided = true
          else if (t === UNKNOWN) unknown = true
        }
        const result: Truth = decided ? stop : unknown ? UNKNOWN : isAll ? TRUE : FALSE
        const missing = trace.missing.length
        if (trace.keepEveryRead !== true) {
          for (let i = 0; i < n; i++) if (stack.a[base + i] === result) parts[i]!.explain(s, c, e, p, trace)
        } else {
          for (let i = 0; i < n; i++) {
            if (stack.a[base + i] === result) parts[i]!.explain(s, c, e, p, trace)
            else explainWithoutWords(parts[i]!, s, c, e, p, trace)
          }
        }
        stack.top = base
        if (result !== UNKNOWN) truncate(trace.missing, missing)
        return result
      }
    }
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not, frame)
    const flip = (t: Truth): Truth => (t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE)
    return { quick: (s, c, e) => flip(inner.quick(s, c, e)), explain: (s, c, e, p, t) => flip(inner.explain(s, c, e, p, t)) }
  }
  if ("op" in condition) {
    const left = compileOperand(condition.left, frame)
    const leftDeclaration = "fact" in condition.left ? declarationOf(frame, condition.left.fact).declaration : undefined
    const describeLeft = (v: unknown, p: string): Localized =>
      "fact" in condition.left
        ? { "zh-CN": `${labelOf(leftDeclaration, condition.left.fact)["zh-CN"]}为${formatValue(v, "zh-CN", leftDeclaration?.valueLabels)}${unitOf(leftDeclaration, "zh-CN")}`, en: `${labelOf(leftDeclaration, condition.left.fact).en} is ${formatValue(v, "en", leftDeclaration?.valueLabels)}${unitOf(leftDeclaration, "en")}` }
        : left.describe(v, p)
    const describeConstant = (operand: Operand, o: CompiledOperand, v: unknown, p: string): Localized =>
      "fact" in operand || "asOfDate" in operand
        ? o.describe(v, p)
        : { "zh-CN": `${formatValue(v, "zh-CN", leftDeclaration?.valueLabels)}${unitOf(leftDeclaration, "zh-CN")}`, en: `${formatValue(v, "en", leftDeclaration?.valueLabels)}${unitOf(leftDeclaration, "en")}` }
    if (condition.op === "oneOf") {
      const values = condition.values
      const n = values.length
      const one = (v: unknown): boolean => {
        for (let i = 0; i < n; i++) if (values[i] === v) return true
        return false
      }
      // a list of strings (`enterprise.sectors`) is one of the values when any of its elements is
      const has = (v: unknown): boolean => {
        if (!Array.isArray(v)) return one(v)
        for (let i = 0; i < v.length; i++) if (one(v[i])) return true
        return false
      }
      const said = (v: unknown, yes: boolean, p: string): Reason => () => {
        const l = describeLeft(v, p)
        const labels = leftDeclaration?.valueLabels
        const list = { "zh-CN": values.map((x) => formatValue(x, "zh-CN", labels)).join("、"), en: values.map((x) => formatValue(x, "en", labels)).join(", ") }
        return reason(`${l["zh-CN"]}，${yes ? "属于" : "不属于"}${list["zh-CN"]}`, `${l.en}, ${yes ? "one of" : "none of"} ${list.en}`)
      }
      return {
        quick: (s, c, e) => {
          const v = left.quick(s, c, e)
          return v === undefined ? UNKNOWN : has(v) ? TRUE : FALSE
        },
        explain: (s, c, e, p, trace) => {
          const v = left.explain(s, c, e, p, trace)
          if (v === undefined) return UNKNOWN
          const yes = has(v)
          if (trace.skipReasons !== true) trace.reasons.push(said(v, yes, p))
          return yes ? TRUE : FALSE
        },
        words: { left: left.fact, oneOf: said }
      }
    }
    if (condition.op === "in" || condition.op === "startsWith") {
      const isIn = condition.op === "in"
      const rightOperand = condition.right
      const right = compileOperand(rightOperand, frame)
      const holds = (a: unknown, b: unknown): boolean => {
        if (!isIn) return typeof a === "string" && typeof b === "string" && a.startsWith(b)
        if (!Array.isArray(b)) return false
        for (let i = 0; i < b.length; i++) if (b[i] === a) return true
        return false
      }
      return {
        quick: (s, c, e) => {
          const a = left.quick(s, c, e)
          if (a === undefined) return UNKNOWN
          const b = right.quick(s, c, e)
          return b === undefined ? UNKNOWN : holds(a, b) ? TRUE : FALSE
        },
        explain: (s, c, e, p, trace) => {
          const a = left.explain(s, c, e, p, trace)
          const b = right.explain(s, c, e, p, trace)
          if (a === undefined || b === undefined) return UNKNOWN
          const yes = holds(a, b)
          if (trace.skipReasons !== true) trace.reasons.push(() => {
            const l = describeLeft(a, p), r = describeConstant(rightOperand, right, b, p)
            return isIn
              ? reason(`${l["zh-CN"]}，${yes ? "属于" : "不属于"}${r["zh-CN"]}`, `${l.en}, ${yes ? "among" : "not among"} ${r.en}`)
              : reason(`${l["zh-CN"]}，${yes ? "以" : "不以"}${r["zh-CN"]}开头`, `${l.en}, ${yes ? "starts" : "does not start"} with ${r.en}`)
          })
          return yes ? TRUE : FALSE
        }
      }
    }
    if (condition.op === "between") {
      const minOperand = condition.min, maxOperand = condition.max
      const min = compileOperand(minOperand, frame), max = compileOperand(maxOperand, frame)
      return {
        quick: (s, c, e) => {
          const v = left.quick(s, c, e)
          if (v === undefined) return UNKNOWN
          const lo = min.quick(s, c, e), hi = max.quick(s, c, e)
          if (lo === undefined || hi === undefined) return UNKNOWN
          return test(">=", v, lo) && test("<=", v, hi) ? TRUE : FALSE
        },
        explain: (s, c, e, p, trace) => {
          const v = left.explain(s, c, e, p, trace)
          const lo = min.explain(s, c, e, p, trace), hi = max.explain(s, c, e, p, trace)
          if (v === undefined || lo === undefined || hi === undefined) return UNKNOWN
          const yes = test(">=", v, lo) && test("<=", v, hi)
          if (trace.skipReasons !== true) trace.reasons.push(() => {
            const l = describeLeft(v, p), a = describeConstant(minOperand, min, lo, p), b = describeConstant(maxOperand, max, hi, p)
            return reason(`${l["zh-CN"]}，${yes ? "在" : "不在"}${a["zh-CN"]}至${b["zh-CN"]}之间`, `${l.en}, ${yes ? "" : "not "}between ${a.en} and ${b.en}`)
          })
          return yes ? TRUE : FALSE
        }
      }
    }
    const op = condition.op
    const rightOperand = condition.right
    const right = compileOperand(rightOperand, frame)
    const booleanFact = "fact" in condition.left && "value" in rightOperand && typeof rightOperand.value === "boolean" && (op === "=" || op === "!=")
    const said = (a: unknown, b: unknown, yes: boolean, p: string): Reason =>
      booleanFact
        ? () => {
          const l = labelOf(leftDeclaration, (condition.left as { fact: string }).fact)
          return reason(`${l["zh-CN"]}：${formatValue(a, "zh-CN", leftDeclaration?.valueLabels)}`, `${l.en}: ${formatValue(a, "en", leftDeclaration?.valueLabels)}`)
        }
        : () => {
          const l = describeLeft(a, p), r = describeConstant(rightOperand, right, b, p), rel = yes ? relation[op].yes : relation[op].no
          return reason(`${l["zh-CN"]}，${rel["zh-CN"]}${r["zh-CN"]}`, `${l.en}, ${rel.en} ${r.en}`)
        }
    return {
      quick: (s, c, e) => {
        const a = left.quick(s, c, e)
        if (a === undefined) return UNKNOWN
        const b = right.quick(s, c, e)
        if (b === undefined) return UNKNOWN
        return test(op, a, b) ? TRUE : FALSE
      },
      explain: (s, c, e, p, trace) => {
        const a = left.explain(s, c, e, p, trace)
        const b = right.explain(s, c, e, p, trace)
        if (a === undefined || b === undefined) return UNKNOWN
        const yes = test(op, a, b)
        if (trace.skipReasons !== true) trace.reasons.push(said(a, b, yes, p))
        return yes ? TRUE : FALSE
      },
      words: { left: left.fact, right: right.fact, compare: said }
    }
  }
  if ("present" in condition) {
    const f = readFact(frame, condition.present)
    return {
      quick: (s, _c, e) => (f.get(s, e) === undefined ? FALSE : TRUE),
      explain: (s, _c, e, p, trace) => {
        const v = f.get(s, e)
        if (trace.skipEvidence !== true) trace.evidence.push({ path: f.fullPath(p), value: evidenceValue(v, f.declaration) })
        if (trace.skipReasons !== true) trace.reasons.push(v === undefined ? reason(`未提供${f.label["zh-CN"]}`, `${f.label.en} is not given`) : reason(`已提供${f.label["zh-CN"]}`, `${f.label.en} is given`))
        return v === undefined ? FALSE : TRUE
      }
    }
  }
  if ("within" in condition) {
    const unit: TimeUnit = "days" in condition ? "days" : "months"
    const source = dateSource(condition.within, frame)
    const limit = compileOperand("days" in condition ? condition.days : condition.months, frame)
    const noun = source.noun ?? { "zh-CN": "", en: "" }
    // days: at most N days ago; months: on or after the same day N months before the as-of day
    const inside = (v: unknown, c: RuleContext<any>, elapsedValue: number, n: number): boolean => {
      if (!Number.isFinite(elapsedValue)) return false
      if (unit === "days") return elapsedValue <= n
      return withinMonthsOf(v, c.asOf, n, source.filtered)
    }
    return {
      quick: (s, c, e) => {
        const v = source.quick(s, c, e)
        const x = elapsedOf(v, c.asOf, unit, source.filtered)
        if (x === undefined) return UNKNOWN
        const n = limit.quick(s, c, e)
        if (n === undefined) return UNKNOWN
        return inside(v, c, x, n as number) ? TRUE : FALSE
      },
      explain: (s, c, e, p, trace) => {
        const v = source.explain(s, c, e, p, trace)
        const x = elapsedOf(v, c.asOf, unit, source.filtered)
        const n = limit.explain(s, c, e, p, trace)
        if (x === undefined || n === undefined) return UNKNOWN
        const yes = inside(v, c, x, n as number)
        const u = unit === "days" ? { "zh-CN": "天", en: "days" } : { "zh-CN": "个月", en: "months" }
        if (trace.skipReasons !== true) trace.reasons.push(
          Number.isFinite(x)
            ? reason(`最近一次${noun["zh-CN"]}在${x}${u["zh-CN"]}前，${yes ? "未超过" : "超过"}${n}${u["zh-CN"]}`, `the last ${noun.en} was ${x} ${u.en} ago, ${yes ? "within" : "more than"} ${n} ${u.en}`)
            : reason(`截至判定日没有${noun["zh-CN"]}记录`, `no ${noun.en} on record by the as-of date`)
        )
        return yes ? TRUE : FALSE
      }
    }
  }
  if ("expired" in condition) {
    const f = readFact(frame, condition.expired)
    return {
      quick: (s, c, e) => {
        const v = f.get(s, e)
        return v instanceof Date ? (v.getTime() < c.asOf.getTime() ? TRUE : FALSE) : UNKNOWN
      },
      explain: (s, c, e, p, trace) => {
        const v = f.get(s, e)
        recordFact(trace, f, s, e, p, v)
        if (!(v instanceof Date)) return UNKNOWN
        const yes = v.getTime() < c.asOf.getTime()
        if (trace.skipReasons !== true) trace.reasons.push(reason(`${f.label["zh-CN"]}为${CalendarDate.format(v)}，${yes ? "已过期" : "未过期"}`, `${f.label.en} is ${CalendarDate.format(v)}, ${yes ? "expired" : "not expired"}`))
        return yes ? TRUE : FALSE
      }
    }
  }
  if ("validOn" in condition) {
    const until = readFact(frame, condition.validOn)
    const issued = condition.issued === undefined ? undefined : readFact(frame, condition.issued)
    return {
      quick: (s, c, e) => {
        const u = until.get(s, e)
        if (!(u instanceof Date)) return UNKNOWN
        const i = issued?.get(s, e)
        if (issued !== undefined && !(i instanceof Date)) return UNKNOWN
        const t = c.asOf.getTime()
        return u.getTime() >= t && DatedFacts.isDatedByAsOf(i as Date | undefined, c.asOf) ? TRUE : FALSE
      },
      explain: (s, c, e, p, trace) => {
        const u = until.get(s, e)
        recordFact(trace, until, s, e, p, u)
        const i = issued?.get(s, e)
        if (issued !== undefined) recordFact(trace, issued, s, e, p, i)
        if (!(u instanceof Date) || (issued !== undefined && !(i instanceof Date))) return UNKNOWN
        const t = c.asOf.getTime()
        const notYet = DatedFacts.isDatedAfterAsOf(i as Date | undefined, c.asOf)
        const yes = u.getTime() >= t && !notYet
        if (trace.skipReasons !== true) trace.reasons.push(
          yes
            ? reason(`${until.label["zh-CN"]}为${CalendarDate.format(u)}，判定日有效`, `${until.label.en} is ${CalendarDate.format(u)}: valid on the as-of date`)
            : notYet
            ? reason(`判定日尚未取得(${CalendarDate.format(i as Date)})`, `not yet issued on the as-of date (${CalendarDate.format(i as Date)})`)
            : reason(`${until.label["zh-CN"]}为${CalendarDate.format(u)}，已过期`, `${until.label.en} is ${CalendarDate.format(u)}: expired`)
        )
        return yes ? TRUE : FALSE
      }
    }
  }
  if ("some" in condition || "every" in condition) {
    const isSome = "some" in condition
    const list = readFact(frame, isSome ? condition.some : condition.every)
    const entryDeclarations = list.declaration?.items ?? NO_FIELDS
    const slot: OuterSlot = { e: undefined, p: "" }
    const inner: Frame = { ...frame, entry: entryDeclarations, outer: frame.entry === undefined ? undefined : { declarations: frame.entry, slot } }
    const nameOf = entryNamer(condition.label)
    const where = compileCondition(condition.where, { ...inner, namer: nameOf })
    const skip = entrySkipper(inner, condition.asOf)
    const noun = condition.entry ?? list.label
    const ordinal = condition.entry !== undefined
    const heading = condition.heading === false ? undefined : (entry: unknown, i: number, listPath: string): Localized => {
      const name = nameOf(entry)
      if (name !== undefined) return { "zh-CN": `${noun["zh-CN"]}「${name}」`, en: `${noun.en} "${name}"` }
      if (ordinal) return { "zh-CN": `第${i + 1}个${noun["zh-CN"]}`, en: `${noun.en} #${i + 1}` }
      return { "zh-CN": `${noun["zh-CN"]}「${listPath}[${i}]」`, en: `${noun.en} "${listPath}[${i}]"` }
    }
    const stop = isSome ? TRUE : FALSE
    const empty = reason(`${list.label["zh-CN"]}为空`, `${list.label.en}: none`)
    const noneLeft = reason(`截至判定日没有${list.label["zh-CN"]}`, `no ${list.label.en} by the as-of date`)
    const group = heading === undefined ? undefined : (entry: unknown, i: number, listPath: string, own: Array<Reason>): Reason => groupOf(heading(entry, i, listPath), own)
    // `only: "latest"`: of the entries meeting `among`, only the one with the latest `by` is judged
    const only = condition.only === undefined ? undefined : latestEntry(inner, condition.only === "first" ? undefined : condition.by!, condition.among, skip)
    return {
      quick: (s, c, e) => {
        const xs = list.get(s, e)
        if (!Array.isArray(xs)) return UNKNOWN
        slot.e = e
        if (only !== undefined) {
          const k = only.pick(s, c, xs)
          return k === -2 ? UNKNOWN : k === -1 ? (isSome ? FALSE : TRUE) : where.quick(s, c, xs[k])
        }
        let unknown = false
        for (let i = 0; i < xs.length; i++) {
          if (skip !== undefined && skip(xs[i], c.asOf)) continue
          const t = where.quick(s, c, xs[i])
          if (t === stop) return stop
          if (t === UNKNOWN) unknown = true
        }
        return unknown ? UNKNOWN : isSome ? FALSE : TRUE
      },
      explain: (s, c, e, p, trace) => {
        const xs = list.get(s, e)
        if (!Array.isArray(xs)) {
          recordFact(trace, list, s, e, p, xs)
          return UNKNOWN
        }
        slot.e = e
        slot.p = p
        if (xs.length === 0) {
          if (trace.skipEvidence !== true) trace.evidence.push({ path: list.fullPath(p), value: [] })
          if (trace.skipReasons !== true) trace.reasons.push(empty)
          return isSome ? FALSE : TRUE
        }
        // the quick answer of each entry first; then only the entries whose answer is the quantifier's are
        // explained (true in some, false in every, unknown when that is the answer; each when none decides),
        // so no path is written for an entry whose words and evidence would be dropped (when every fact
        // read is kept, the other entries are explained too, without words); with `only`, the other entries are skipped
        const chosen = only === undefined ? undefined : only.pick(s, c, xs)
        if (chosen === -2) return only!.explainUnknown(s, c, xs, list.fullPath(p), trace)
        const everyRead = trace.keepEveryRead === true
        const n = xs.length
        const base = reserveTruths(n)
        let left = 0, decided = false, unknown = false
        for (let i = 0; i < n; i++) {
          if ((skip !== undefined && skip(xs[i], c.asOf)) || (chosen !== undefined && i !== chosen)) stack.a[base + i] = SKIPPED
          else {
            left++
            const t = where.quick(s, c, xs[i])
            stack.a[base + i] = t
            if (t === stop) decided = true
            else if (t === UNKNOWN) unknown = true
          }
        }
        if (left === 0) {
          stack.top = base
          if (trace.skipReasons !== true) trace.reasons.push(noneLeft)
          return isSome ? FALSE : TRUE
        }
        const result: Truth = decided ? stop : unknown ? UNKNOWN : isSome ? FALSE : TRUE
        const missing = trace.missing.length
        const listPath = list.fullPath(p)
        for (let i = 0; i < n; i++) {
          if (stack.a[base + i] !== result) {
            if (everyRead && stack.a[base + i] !== SKIPPED) explainWithoutWords(where, s, c, xs[i], `${listPath}[${i}].`, trace)
            continue
          }
          const mark = trace.reasons.length
          where.explain(s, c, xs[i], `${listPath}[${i}].`, trace)
          // the entry's reasons once, under its heading
          if (group !== undefined && trace.reasons.length > mark) {
            const own = trace.reasons.slice(mark)
            truncate(trace.reasons, mark)
            trace.reasons.push(group(xs[i], i, listPath, own))
          }
        }
        stack.top = base
        if (result !== UNKNOWN) truncate(trace.missing, missing)
        return result
      },
      words: { list, empty, noneLeft, group: group as NodeWords["group"] }
    }
  }
  if ("when" in condition) {
    const guard = compileCondition(condition.when, frame), then = compileCondition(condition.then, frame)
    const scope = condition.scope === true
    const silentGuard = condition.guardEvidence === false
    return {
      quick: (s, c, e) => {
        const t = guard.quick(s, c, e)
        return t === TRUE ? then.quick(s, c, e) : t
      },
      explain: (s, c, e, p, trace) => {
        if (trace.skipMissing === true && (silentGuard || scope)) {
          // the answer known: a guard none of whose evidence or words would be kept needs only its quick answer
          // (out of scope, or a guard that is no evidence, whatever it answers but unknown)
          const g = guard.quick(s, c, e)
          if (g === FALSE) return FALSE
          if (g === TRUE && silentGuard) return then.explain(s, c, e, p, trace)
        }
        const evidenceMark = trace.evidence.length, reasonMark = trace.reasons.length
        const t = guard.explain(s, c, e, p, trace)
        if (scope && t === FALSE) {
          // out of scope: nothing of it is evidence, even of every fact read
          truncate(trace.evidence, evidenceMark)
          truncate(trace.reasons, reasonMark)
        }
        // in scope: a scope is no reason of the answer, only its evidence
        if (scope && t === TRUE) truncate(trace.reasons, reasonMark)
        // a guard that is no evidence: only the checked part speaks
        if (silentGuard && t !== UNKNOWN) {
          truncate(trace.evidence, evidenceMark)
          truncate(trace.reasons, reasonMark)
        }
        return t === TRUE ? then.explain(s, c, e, p, trace) : t
      }
    }
  }
  if ("unless" in condition) {
    const guard = compileCondition(condition.unless, frame), check = compileCondition(condition.check, frame)
    const silentGuard = condition.guardEvidence === false
    return {
      quick: (s, c, e) => (guard.quick(s, c, e) === TRUE ? FALSE : check.quick(s, c, e)),
      explain: (s, c, e, p, trace) => {
        if (guard.quick(s, c, e) !== TRUE) {
          // a guard that does not hold for certain leaves the check to decide: its words would go, so it is not explained
          return check.explain(s, c, e, p, trace)
        }
        // the answer known and the guard no evidence: nothing of its explanation would be kept
        if (silentGuard && trace.skipMissing === true) return FALSE
        const evidenceMark = trace.evidence.length, reasonMark = trace.reasons.length
        guard.explain(s, c, e, p, trace)
        if (silentGuard) truncate(trace.evidence, evidenceMark)
        truncate(trace.reasons, reasonMark)
        return FALSE
      }
    }
  }
  if ("happened" in condition) {
    const f = readFact(frame, condition.happened)
    const instant = f.declaration?.type === "instant"
    const after = (v: unknown, asOf: Date): boolean =>
      v instanceof Date && (instant ? DatedFacts.isInstantAfterAsOf(v, asOf) : v.getTime() > asOf.getTime())
    return {
      quick: (s, c, e) => (after(f.get(s, e), c.asOf) ? FALSE : TRUE),
      explain: (s, c, e, p, trace) => {
        const v = f.get(s, e)
        if (v === undefined) return TRUE
        recordFact(trace, f, s, e, p, v)
        const later = after(v, c.asOf)
        const day = formatValue(v, "zh-CN")
        if (trace.skipReasons !== true) trace.reasons.push(later
          ? reason(`${f.label["zh-CN"]}为${day}，在判定日之后`, `${f.label.en} is ${day}, after the as-of date`)
          : reason(`${f.label["zh-CN"]}为${day}，不晚于判定日`, `${f.label.en} is ${day}, by the as-of date`))
        return later ? FALSE : TRUE
      }
    }
  }
  if ("nonEmpty" in condition) {
    const f = readFact(frame, condition.nonEmpty)
    const each = condition.entries === true
    const labels = f.declaration?.valueLabels
    return {
      quick: (s, _c, e) => {
        const v = f.get(s, e)
        return !Array.isArray(v) ? UNKNOWN : v.length > 0 ? TRUE : FALSE
      },
      explain: (s, _c, e, p, trace) => {
        const v = f.get(s, e)
        if (!Array.isArray(v)) {
          recordFact(trace, f, s, e, p, v)
          return UNKNOWN
        }
        if (trace.skipEvidence !== true) {
          const path = f.fullPath(p)
          if (v.length === 0 || !each) trace.evidence.push({ path, value: evidenceValue(v, f.declaration) })
          else for (let i = 0; i < v.length; i++) trace.evidence.push({ path: `${path}[${i}]`, value: evidenceValue(v[i], f.declaration) })
        }
        if (v.length === 0) return FALSE
        if (trace.skipReasons === true) return TRUE
        const plain = v.every((x) => typeof x !== "object" || x instanceof Date)
        trace.reasons.push(() =>
          plain
            ? reason(`${f.label["zh-CN"]}：${formatValue(v, "zh-CN", labels)}`, `${f.label.en}: ${formatValue(v, "en", labels)}`)
            : reason(`${f.label["zh-CN"]}：${v.length}项`, `${f.label.en}: ${v.length}`)
        )
        return TRUE
      }
    }
  }
  if ("one" in condition) {
    const path = condition.one
    const inner: Frame = { ...frame, entry: fieldsUnder(frame.facts, frame.entry, path), namer: undefined }
    const struct = readFact(frame, path)
    const where = compileCondition(condition.where, inner)
    const heading = condition.entry
    return {
      quick: (s, c, e) => {
        const v = struct.get(s, e)
        return v === undefined ? UNKNOWN : where.quick(s, c, v)
      },
      explain: (s, c, e, p, trace) => {
        const v = struct.get(s, e)
        const at = struct.fullPath(p)
        if (v === undefined) {
          trace.missing.push(at)
          return UNKNOWN
        }
        const mark = trace.reasons.length
        const t = where.explain(s, c, v, `${at}.`, trace)
        if (heading !== undefined && t === TRUE && trace.reasons.length > mark) {
          const own = trace.reasons.slice(mark)
          truncate(trace.reasons, mark)
          trace.reasons.push(groupOf(heading, own))
        }
        return t
      }
    }
  }
  if ("isNull" in condition) {
    const path = condition.isNull
    const segments = path.split(".")
    const f = readFact(frame, path)
    // the getter reads `null` as absent: this one tells them apart
    const raw = (s: unknown, e: unknown): unknown => {
      let v: any = f.relative ? e : s
      for (let i = 0; i < segments.length; i++) {
        if (v === undefined || v === null) return undefined
        v = v[segments[i]!]
      }
      return v
    }
    return {
      quick: (s, _c, e) => {
        const v = raw(s, e)
        return v === undefined ? UNKNOWN : v === null ? TRUE : FALSE
      },
      explain: (s, _c, e, p, trace) => {
        const v = raw(s, e)
        if (v === undefined) {
          recordFact(trace, f, s, e, p, undefined)
          return UNKNOWN
        }
        if (trace.skipEvidence !== true) trace.evidence.push({ path: f.fullPath(p), value: v === null ? null : evidenceValue(v, f.declaration) })
        if (v === null && trace.skipReasons !== true) trace.reasons.push(reason(`${f.label["zh-CN"]}：无`, `${f.label.en}: none`))
        return v === null ? TRUE : FALSE
      }
    }
  }
  if ("unknown" in condition) {
    const path = condition.unknown
    // the path may name the entry: `facts.records[installation={id}]`
    const template = isTemplate({ "zh-CN": path, en: path }) ? compileTemplate({ "zh-CN": path, en: path }, frame) : undefined
    return {
      quick: () => UNKNOWN,
      explain: (s, c, e, p, trace) => {
        trace.missing.push(template === undefined ? path : template(s, c, e, p, [])["en"])
        return UNKNOWN
      }
    }
  }
  if ("show" in condition) {
    const f = readFact(frame, condition.show)
    const orNull = condition.orNull === true
    // a list shown in part: the entries meeting `where`, with only the `fields` given
    const where = condition.where === undefined ? undefined : compileCondition(condition.where, { ...frame, entry: f.declaration?.items ?? {}, outer: undefined })
    const fields = condition.fields
    const part = where === undefined && fields === undefined ? undefined : (s: unknown, c: RuleContext<any>, v: unknown): unknown => {
      if (!Array.isArray(v)) return v
      const kept = where === undefined ? v : v.filter((x) => where.quick(s, c, x) === TRUE)
      if (fields === undefined) return kept
      return kept.map((x) => {
        const out: Record<string, unknown> = {}
        for (const k of fields) if (typeof x === "object" && x !== null && (x as Record<string, unknown>)[k] !== undefined) out[k] = (x as Record<string, unknown>)[k]
        return out
      })
    }
    return {
      quick: () => TRUE,
      explain: (s, c, e, p, trace) => {
        const v = f.get(s, e)
        if (trace.skipEvidence === true) return TRUE
        if (v !== undefined) recordFact(trace, f, s, e, p, part === undefined ? v : part(s, c, v))
        else if (orNull) trace.evidence.push({ path: f.fullPath(p), value: null })
        return TRUE
      },
      // a fact shown whole: generated (a list in part is left to the closure)
      ...(part === undefined ? { words: { left: f } } : {})
    }
  }
  if ("call" in condition) {
    const call = compileCall(condition.call, condition.args, frame)
    const truth = (v: unknown): Truth => (v === true ? TRUE : v === false ? FALSE : UNKNOWN)
    return {
      quick: (s, c, e) => truth(call.quick(s, c, e)),
      explain: (s, c, e, p, trace) => {
        const v = call.explain(s, c, e, p, trace)
        if (v !== undefined && trace.skipReasons !== true) trace.reasons.push(reason(`${call.label["zh-CN"]}：${formatValue(v, "zh-CN")}`, `${call.label.en}: ${formatValue(v, "en")}`))
        return truth(v)
      }
    }
  }
  throw new TypeError(`unknown condition ${JSON.stringify(condition)}`)
}

const helpers: QuickHelpers = {
  exactAdd,
  exactMultiply,
  elapsed: elapsedOf,
  withinMonths: withinMonthsOf,
  isDatedByAsOf: DatedFacts.isDatedByAsOf,
  hoursBetween: hoursFrom,
  shift: shiftTime,
  isInstantAfterAsOf: (instant, asOf) => DatedFacts.isInstantAfterAsOf(instant, asOf),
  byAsOf: (v, asOf, instant) => (v instanceof Date && (instant ? DatedFacts.isInstantAfterAsOf(v, asOf) : v.getTime() > asOf.getTime()) ? undefined : v)
}

/**
 * Compiles a condition. Paths are read as declared in `scope.facts`; call it once per rule version
 * (`Rule.fromCondition` does). The quick function is generated code (see `QuickCode.ts`) unless
 * `scope.codegen` is `false` or the platform forbids it; then closures answer, alike.
 *
 * @since 0.2.0
 */
export const compile = (condition: Condition, scope: CompileScope): CompiledCondition => {
  const functions = scope.functions ?? {}
  const nodes: Array<CompiledNode> = []
  const closures = compileCondition(condition, { facts: scope.facts, functions, entry: undefined, nodes })
  const generated = scope.codegen === false ? undefined : generate(condition, { facts: scope.facts, functions, name: scope.name }, helpers)
  // the quick answers the explaining path asks of its parts come from their generated functions too
  if (generated !== undefined) {
    for (const n of nodes) {
      const fn = generated.node(n.condition, n.entry)
      if (fn !== undefined) n.compiled.quick = fn
    }
  }
  let inner: ExplainCondition = closures.explain
  // the explaining path as generated code, once the condition has been explained often enough to pay for it
  const upgrade = (): void => {
    const byCondition = new Map<Condition, Array<CompiledNode>>()
    for (const n of nodes) {
      const at = byCondition.get(n.condition)
      if (at === undefined) byCondition.set(n.condition, [n])
      else at.push(n)
    }
    const source: ExplainSource = {
      node: (c, entry) => byCondition.get(c)?.find((n) => n.entry === entry),
      quick: generated!.node,
      evidenceValue,
      stack,
      reserve: reserveTruths
    }
    inner = generateExplain(condition, { facts: scope.facts, functions, name: scope.name }, helpers, source) ?? closures.explain
  }
  const after = generated === undefined ? -1 : scope.explainCodeAfter ?? 32
  if (after === 0) upgrade()
  let calls = 0
  const explain: ExplainCondition = (s, c, e, p, trace) => {
    // a new evaluation: sector functions' answers kept from an earlier one are not reused
    callClock.now++
    if (calls < after && ++calls === after) {
      try {
        upgrade()
      } catch {
        // generating is an optimisation: the closures, which `explainCodeAfter: 0` checks at compile time, keep explaining
      }
    }
    const base = stack.top
    try {
      return inner(s, c, e, p, trace)
    } finally {
      // a sector function that throws leaves the nodes above it without their release
      stack.top = base
    }
  }
  return { quick: generated?.quick ?? closures.quick, explain }
}

/**
 * A fresh trace for an explained evaluation. Every trace has the same fields in the same order (one
 * object shape), so the explaining functions' reads of its flags stay monomorphic.
 *
 * @since 0.2.0
 */
export const emptyTrace = (keepEveryRead = false, skipEvidence = false, skipReasons = false, skipMissing = false): Trace =>
  ({ evidence: [], missing: [], reasons: [], keepEveryRead, skipEvidence, skipReasons, skipMissing })
