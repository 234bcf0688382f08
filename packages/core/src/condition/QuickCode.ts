/**
 * 快速路径代码生成 — the quick path of a compiled condition as generated JavaScript.
 *
 * An interpreter of closures shares one function body between every node of a kind, so its property
 * reads and calls see every shape and become megamorphic (slow). Here the quick path of a condition
 * is ONE function, generated once per rule version (`Generator.inline`): its parts (all/any/not,
 * when/unless, comparisons, presence, some/every over entries, …) written out as straight-line code
 * with local variables, fact paths as constant property reads (`e?.["roomWorkers"]`), constants in
 * place, a part or operand the definition uses more than once computed once per call; nothing is
 * allocated. Parts it does not inline (date windows, `latest`, sector functions, …) call a small
 * function of their own. Each node also gets its own function (`Generator.condition`), which the
 * explaining path asks for its parts' quick answers. A rule's `evaluate` is generated too
 * ({@link generateRuleEvaluate}), so its calls of the two conditions' functions stay monomorphic.
 *
 * Only rule definitions (trusted data) go into the source; every string and key in it is
 * `JSON.stringify`d, and a fact is read with the same optional property reads as the closures.
 *
 * Where code generation is not allowed (a Content-Security-Policy without `unsafe-eval`),
 * `generate` returns `undefined` and the closures of `Compile.ts` answer instead; both give the
 * answers of the explaining path, which the tests check node by node.
 *
 * @since 0.2.0
 */
import type { RuleContext } from "../rule/Rule.ts"
import type { Condition, EntryPaths, Operand, TimeUnit } from "./Condition.ts"
import type { FactDeclaration, FactDeclarations } from "./FactDeclaration.ts"
import { ExplainWriter } from "./ExplainCode.ts"
import type { ExplainSource } from "./ExplainCode.ts"

/** The value helpers the generated code calls (shared with the closures, so both agree). @since 0.2.0 */
export interface QuickHelpers {
  readonly exactAdd: (a: number, b: number) => number
  readonly exactMultiply: (a: number, b: number) => number
  /**
   * Whole days or months since the latest date by the as-of day; `Infinity` when none; `undefined`
   * when absent. `filtered`: the value is a `latest` operand's (already by the as-of day).
   */
  readonly elapsed: (v: unknown, asOf: Date, unit: TimeUnit, filtered: boolean) => number | undefined
  /** Whether the latest date by the as-of day is on or after the day `months` before it. */
  readonly withinMonths: (v: unknown, asOf: Date, months: number, filtered: boolean) => boolean
  readonly isDatedByAsOf: (day: Date | undefined, asOf: Date) => boolean
  /** Hours from one date or time to another; `undefined` when either is absent. */
  readonly hoursBetween: (a: unknown, b: unknown) => number | undefined
  /** A date or time moved by calendar months (clamped) or days, as a time; `undefined` when absent. */
  readonly shift: (v: unknown, n: unknown, months: boolean) => number | undefined
  readonly isInstantAfterAsOf: (instant: Date | undefined, asOf: Date) => boolean
  /** A date or instant, or `undefined` when it lies after the as-of day. */
  readonly byAsOf: (v: unknown, asOf: Date, instant: boolean) => unknown
}

/** What code generation needs to know. @since 0.2.0 */
export interface QuickScope {
  readonly facts: FactDeclarations
  readonly functions: Readonly<Record<string, { readonly evaluate: (...args: ReadonlyArray<any>) => unknown }>>
  /** What the generated code is named in stack traces and CPU profiles (`anquan-rule:<name>`), e.g. the rule's id and version. */
  readonly name?: string | undefined
}

/**
 * The `sourceURL` comment that names generated code in stack traces and CPU profiles: only letters,
 * digits and `/ . _ @ : -` are kept from the name (it is a comment of the generated source).
 *
 * @internal
 */
export const sourceName = (name: string | undefined, part: string): string =>
  name === undefined ? "" : `\n//# sourceURL=anquan-rule:${name.replace(/[^A-Za-z0-9/._@:-]/g, "_")}/${part}`

type Quick = (subject: unknown, context: RuleContext<any>, entry: unknown) => 0 | 1 | 2

const js = (value: unknown): string => JSON.stringify(value)

/**
 * The fields of the entries of a list declared without `items`: one object, so the explaining
 * compiler and the generator name the same entry scope alike (see {@link GeneratedQuick.node}).
 *
 * @since 0.2.0
 */
export const NO_FIELDS: FactDeclarations = Object.freeze({})

const fieldsCache = new WeakMap<FactDeclarations, Map<string, FactDeclarations>>()

/**
 * The declarations of the fields of the object at `path` (those declared `path.…`, relative to it),
 * read from the entry's declarations when they declare any, else from the subject's. One object per
 * scope and path (cached), so both compilers name the scope of a `one` alike.
 *
 * @since 0.2.0
 */
export const fieldsUnder = (facts: FactDeclarations, entry: FactDeclarations | undefined, path: string): FactDeclarations => {
  const from = entry !== undefined && Object.keys(entry).some((k) => k.startsWith(path + ".")) ? entry : facts
  let byPath = fieldsCache.get(from)
  if (byPath === undefined) fieldsCache.set(from, byPath = new Map())
  let out = byPath.get(path)
  if (out === undefined) {
    const fields: Record<string, FactDeclaration> = {}
    for (const [key, d] of Object.entries(from)) if (key.startsWith(path + ".")) fields[key.slice(path.length + 1)] = d
    byPath.set(path, out = fields)
  }
  return out
}

/**
 * Whether a condition reads an `outer` field that no quantifier inside it binds: its generated code
 * then reads the enclosing quantifier's slot, set only when that quantifier's generated code runs.
 */
const hasFreeOuter = (x: unknown): boolean => {
  if (Array.isArray(x)) return x.some(hasFreeOuter)
  if (typeof x !== "object" || x === null) return false
  if ("outer" in x) return true
  // a quantifier binds `outer` inside it to the entry it is called with
  if (("some" in x || "every" in x) && "where" in x) return false
  return Object.values(x).some(hasFreeOuter)
}

/** Whether a part or operand calls a sector function (its answer is not kept for a second use). */
const callsFunction = (x: unknown): boolean => {
  if (Array.isArray(x)) return x.some(callsFunction)
  if (typeof x !== "object" || x === null) return false
  if ("call" in x) return true
  return Object.values(x).some(callsFunction)
}

/**
 * One scope of inlined code — the function, or the body of an entry loop or `one` (see
 * `Generator.reads`): its fact reads by expression, and the parts and operands it meets more than
 * once, by structure, with the variable that keeps each one's answer (reset for every entry).
 */
interface ReadScope {
  readonly byExpression: Map<string, { readonly token: string; readonly expression: string; uses: number; inLoop: boolean }>
  readonly memo: Map<string, string>
  readonly memoDeclarations: Array<string>
  /** Whether the scope's variables are declared on the function's own `let` line (`name = …`) rather than `let name = …`. */
  readonly lazy: boolean
}

/**
 * The most of an `all` / `any` (its parts' definitions as JSON, in characters) inlined into one
 * generated function; the parts of a larger one are inlined in groups of at most this size, each group
 * a function of its own. Only industry-trade's failed-safety-facilities (an `any` of 42 KB of parts:
 * 150 KB and 4,700 lines of code in one function) was over it; V8's Maglev compiler then took ~75 MB
 * of memory for that one function, again after each deoptimisation.
 */
const INLINE_BUDGET = 8_000

/** @internal */
export class Generator {
  /** The generated source's lines (the explaining code, `ExplainCode.ts`, adds its own). */
  readonly lines: Array<string> = []
  private count = 0
  /** The variables holding the enclosing entries of nested quantifiers (`outer`), innermost last. */
  private readonly outerSlots: Array<string> = []
  private slots = 0
  private constants = 0
  /** The generated function of every condition node that reads no unbound `outer`, by node and entry scope. */
  readonly nodes: Array<{ readonly condition: Condition; readonly entry: FactDeclarations | undefined; readonly name: string }> = []
  private readonly scope: QuickScope
  constructor(scope: QuickScope) {
    this.scope = scope
  }

  private fn(body: string): string {
    const name = `n${this.count++}`
    this.lines.push(`function ${name}(s, c, e) {\n${body}\n}`)
    return name
  }

  /** An operand's value computed by a function of its own: the expression calling it. */
  private call0(body: string): string {
    return `${this.fn(body)}(s, c, e)`
  }

  /** A constant as an expression: a primitive written in place, an object or array made once (nothing allocated per call). */
  constant(value: unknown): string {
    if (typeof value !== "object" || value === null) return `(${js(value)})`
    const name = `k${this.constants++}`
    this.lines.push(`const ${name} = Object.freeze(${js(value)})`)
    return name
  }

  declaration(path: string, entry: FactDeclarations | undefined): { readonly d: FactDeclaration | undefined; readonly relative: boolean } {
    if (entry !== undefined && Object.hasOwn(entry, path)) return { d: entry[path], relative: true }
    if (Object.hasOwn(this.scope.facts, path)) return { d: this.scope.facts[path], relative: false }
    return { d: undefined, relative: entry !== undefined && !path.startsWith("facts.") && !path.startsWith("enterprise.") }
  }

  /** An expression reading a path: `undefined` for absent or null. */
  read(path: string, entry: FactDeclarations | undefined): string {
    const { relative } = this.declaration(path, entry)
    return `((${relative ? "e" : "s"})${path.split(".").map((k) => `?.[${js(k)}]`).join("")} ?? undefined)`
  }

  private isDate(operand: Operand, entry: FactDeclarations | undefined): boolean {
    if ("asOfDate" in operand || "latest" in operand || "shift" in operand) return true
    if (!("fact" in operand)) return false
    const t = this.declaration(operand.fact, entry).d?.type
    return t === "date" || t === "dates" || t === "instant" || t === undefined
  }

  /**
   * A function `(s, c, e) => boolean`: whether the entry `e` is dated after the as-of day by the
   * first present of its `asOf` paths; `undefined` without `asOf`.
   */
  skipper(asOf: EntryPaths | undefined, items: FactDeclarations): string | undefined {
    if (asOf === undefined) return undefined
    const paths = typeof asOf === "string" ? [asOf] : asOf
    return this.fn([
      "let d",
      ...paths.map((p) => {
        const after = items[p]?.type === "instant" ? "h.isInstantAfterAsOf(d, c.asOf)" : "d.getTime() > c.asOf.getTime()"
        return `d = ${this.read(p, items)}\nif (d !== undefined) return d instanceof Date && ${after}`
      }),
      "return false"
    ].join("\n"))
  }

  /** The date of `within` / `elapsed`: an expression reading a path, or calling an operand (a `latest` is `filtered`). */
  private dateSource(given: string | Operand, entry: FactDeclarations | undefined): { readonly value: string; readonly filtered: boolean } {
    if (typeof given === "string") return { value: this.read(given, entry), filtered: false }
    return { value: this.operand(given, entry), filtered: "latest" in given }
  }

  /**
   * An operand as an expression over `s`, `c` and `e`, evaluated once where it is used: a fact read,
   * a constant, a parameter or the as-of date written in place (so a comparison is one small
   * function V8 inlines), anything that loops or combines as a call of a function of its own.
   */
  operand(operand: Operand, entry: FactDeclarations | undefined): string {
    if ("asOfDate" in operand) return "c.asOf"
    if ("outer" in operand) {
      const slot = this.outerSlots[this.outerSlots.length - 1]
      if (slot === undefined) throw new TypeError(`"outer" outside a nested quantifier`)
      return `(${slot}?.[${js(operand.outer)}] ?? undefined)`
    }
    if ("fact" in operand) {
      const read = this.read(operand.fact, entry)
      const value = operand.byAsOf !== true
        ? read
        : `h.byAsOf(${read}, c.asOf, ${this.declaration(operand.fact, entry).d?.type === "instant"})`
      return operand.ifAbsent === undefined ? value : `(${value} ?? ${this.constant(operand.ifAbsent)})`
    }
    if ("firstOf" in operand) {
      const parts = operand.firstOf.map((o) => this.operand(o, entry))
      // a `latest` of none (-Infinity) is not given either; none only when all are none
      return this.call0(["let v, absent = false", ...parts.map((p) => `v = ${p}; if (v === undefined) absent = true; else if (v !== -Infinity) return v`), "return absent ? undefined : -Infinity"].join("\n"))
    }
    if ("value" in operand) return this.constant(operand.value)
    if ("param" in operand) return `c.params[${js(operand.param)}]`
    if ("add" in operand || "multiply" in operand) {
      const isAdd = "add" in operand
      const parts = (isAdd ? operand.add : operand.multiply).map((o) => this.operand(o, entry))
      const combine = isAdd ? "h.exactAdd" : "h.exactMultiply"
      return this.call0([
        `let acc = ${isAdd ? 0 : 1}, v`,
        ...parts.map((p) => `v = ${p}; if (typeof v !== "number") return undefined; acc = ${combine}(acc, v)`),
        "return acc"
      ].join("\n"))
    }
    if ("subtract" in operand) {
      const a = this.operand(operand.subtract[0], entry), b = this.operand(operand.subtract[1], entry)
      return this.call0(`const x = ${a}, y = ${b}\nreturn typeof x === "number" && typeof y === "number" ? h.exactAdd(x, -y) : undefined`)
    }
    if ("sum" in operand) {
      const items = this.declaration(operand.sum, entry).d?.items ?? NO_FIELDS
      const skip = this.skipper(operand.asOf, items)
      return this.call0([
        `const xs = ${this.read(operand.sum, entry)}`,
        "if (!Array.isArray(xs)) return undefined",
        "let acc = 0",
        "for (let i = 0; i < xs.length; i++) {",
        ...(skip === undefined ? [] : [`  if (${skip}(s, c, xs[i])) continue`]),
        `  const e2 = xs[i], v = ${this.read(operand.of, items).replace("((e)", "((e2)")}`,
        `  if (typeof v !== "number") return undefined`,
        "  acc = h.exactAdd(acc, v)",
        "}",
        "return acc"
      ].join("\n"))
    }
    if ("count" in operand) {
      const items = this.declaration(operand.count, entry).d?.items ?? NO_FIELDS
      const skip = this.skipper(operand.asOf, items)
      if (operand.where === undefined && skip === undefined) return this.call0(`const xs = ${this.read(operand.count, entry)}\nreturn Array.isArray(xs) ? xs.length : undefined`)
      const where = operand.where === undefined ? undefined : this.condition(operand.where, items)
      const skipLine = skip === undefined ? "" : `if (${skip}(s, c, xs[i])) continue; `
      return this.call0([
        `const xs = ${this.read(operand.count, entry)}`,
        "if (!Array.isArray(xs)) return undefined",
        "let n = 0, unknown = false",
        where === undefined
          ? `for (let i = 0; i < xs.length; i++) { ${skipLine}n++ }`
          : `for (let i = 0; i < xs.length; i++) { ${skipLine}const t = ${where}(s, c, xs[i]); if (t === 1) n++; else if (t === 2) unknown = true }`,
        "return unknown ? undefined : n"
      ].join("\n"))
    }
    if ("elapsed" in operand) {
      const { value, filtered } = this.dateSource(operand.elapsed, entry)
      return `h.elapsed(${value}, c.asOf, ${js(operand.unit)}, ${filtered})`
    }
    if ("latest" in operand) {
      const items = this.declaration(operand.latest, entry).d?.items ?? NO_FIELDS
      const where = operand.where === undefined ? undefined : this.condition(operand.where, items)
      const after = items[operand.of]?.type === "instant" ? "h.isInstantAfterAsOf(d, c.asOf)" : "d.getTime() > c.asOf.getTime()"
      // the latest date by the as-of day of the entries meeting `where`; unknown when an entry of unknown `where` is later
      return this.call0([
        `const xs = ${this.read(operand.latest, entry)}`,
        "if (!Array.isArray(xs)) return undefined",
        "let best, bestTime = -Infinity, open = -Infinity",
        "for (let i = 0; i < xs.length; i++) {",
        `  const e2 = xs[i], d = ${this.read(operand.of, items).replace("((e)", "((e2)")}`,
        `  if (!(d instanceof Date) || ${after}) continue`,
        "  const t = d.getTime()",
        `  const ok = ${where === undefined ? "1" : `${where}(s, c, e2)`}`,
        "  if (ok === 1 && t > bestTime) { best = d; bestTime = t } else if (ok === 2 && t > open) open = t",
        "}",
        "return open > bestTime ? undefined : best === undefined ? -Infinity : best"
      ].join("\n"))
    }
    if ("hoursBetween" in operand) {
      const a = this.operand(operand.hoursBetween[0], entry), b = this.operand(operand.hoursBetween[1], entry)
      return `h.hoursBetween(${a}, ${b})`
    }
    if ("shift" in operand) {
      const isMonths = "months" in operand
      const date = this.operand(operand.shift, entry), by = this.operand(isMonths ? operand.months : operand.days, entry)
      return `h.shift(${date}, ${by}, ${isMonths})`
    }
    if ("call" in operand) return `${this.call(operand.call, operand.args, entry)}(s, c, e)`
    throw new TypeError(`unknown operand ${js(operand)}`)
  }

  private callSites = 0

  /**
   * A sector function's call: the same arguments (`===`) as its last call within the same evaluation
   * ({@link callClock}) give its last answer without calling it again (the explaining path asks its
   * parts' quick answers, then explains them).
   */
  private call(name: string, args: ReadonlyArray<Operand>, entry: FactDeclarations | undefined): string {
    if (!Object.hasOwn(this.scope.functions, name)) throw new TypeError(`unknown sector function ${js(name)}`)
    const parts = args.map((a) => this.operand(a, entry))
    const id = this.callSites++
    const at = `w${id}`, kept = `r${id}`, last = parts.map((_, i) => `p${id}_${i}`)
    this.lines.push(`let ${[`${at} = -1`, kept, ...last].join(", ")}`)
    return this.fn([
      ...parts.map((p, i) => {
        const a = args[i]!
        const optional = "fact" in a && a.optional === true
        return `const a${i} = ${p};${optional ? "" : ` if (a${i} === undefined) return undefined`}`
      }),
      `if (${at} === W.now${last.map((l, i) => ` && a${i} === ${l}`).join("")}) return ${kept}`,
      `const r = f[${js(name)}].evaluate(${parts.map((_, i) => `a${i}`).join(", ")})`,
      `${[`${at} = W.now`, ...last.map((l, i) => `${l} = a${i}`), `${kept} = r`].join("; ")}`,
      "return r"
    ].join("\n"))
  }

  condition(condition: Condition, entry: FactDeclarations | undefined): string {
    const name = this.node(condition, entry)
    if (!hasFreeOuter(condition)) this.nodes.push({ condition, entry, name })
    return name
  }

  private node(condition: Condition, entry: FactDeclarations | undefined): string {
    if ("all" in condition || "any" in condition) {
      const isAll = "all" in condition
      const stop = isAll ? 0 : 1
      const parts = (isAll ? condition.all : condition.any).map((c) => this.condition(c, entry))
      return this.fn([
        "let unknown = false, t",
        ...parts.map((p) => `t = ${p}(s, c, e); if (t === ${stop}) return ${stop}; if (t === 2) unknown = true`),
        `return unknown ? 2 : ${isAll ? 1 : 0}`
      ].join("\n"))
    }
    if ("not" in condition) {
      const inner = this.condition(condition.not, entry)
      return this.fn(`const t = ${inner}(s, c, e)\nreturn t === 2 ? 2 : t === 1 ? 0 : 1`)
    }
    if ("op" in condition) {
      const left = this.operand(condition.left, entry)
      const date = this.isDate(condition.left, entry)
      const v = (name: string) => (date ? `(${name} instanceof Date ? ${name}.getTime() : ${name})` : name)
      if (condition.op === "oneOf") {
        const test = (name: string) => condition.values.map((x) => `${name} === ${js(x)}`).join(" || ")
        return this.fn([
          `const a = ${left}`,
          "if (a === undefined) return 2",
          // a list of strings is one of the values when any of its elements is
          `if (Array.isArray(a)) { for (let i = 0; i < a.length; i++) { const x = a[i]; if (${test("x")}) return 1 } return 0 }`,
          `return ${test("a")} ? 1 : 0`
        ].join("\n"))
      }
      if (condition.op === "in" || condition.op === "startsWith") {
        const right = this.operand(condition.right, entry)
        return this.fn([
          `const a = ${left}`,
          "if (a === undefined) return 2",
          `const b = ${right}`,
          "if (b === undefined) return 2",
          condition.op === "in"
            ? "if (!Array.isArray(b)) return 0\nfor (let i = 0; i < b.length; i++) if (b[i] === a) return 1\nreturn 0"
            : `return typeof a === "string" && typeof b === "string" && a.startsWith(b) ? 1 : 0`
        ].join("\n"))
      }
      if (condition.op === "between") {
        const min = this.operand(condition.min, entry), max = this.operand(condition.max, entry)
        return this.fn([
          `const a = ${left}`,
          "if (a === undefined) return 2",
          `const lo = ${min}, hi = ${max}`,
          "if (lo === undefined || hi === undefined) return 2",
          `return ${v("a")} >= ${v("lo")} && ${v("a")} <= ${v("hi")} ? 1 : 0`
        ].join("\n"))
      }
      const right = this.operand(condition.right, entry)
      const rightDate = date || this.isDate(condition.right, entry)
      const w = (name: string) => (rightDate ? `(${name} instanceof Date ? ${name}.getTime() : ${name})` : name)
      const op = condition.op === "=" ? "===" : condition.op === "!=" ? "!==" : condition.op
      return this.fn([
        `const a = ${left}`,
        "if (a === undefined) return 2",
        `const b = ${right}`,
        "if (b === undefined) return 2",
        `return ${w("a")} ${op} ${w("b")} ? 1 : 0`
      ].join("\n"))
    }
    if ("present" in condition) return this.fn(`return ${this.read(condition.present, entry)} === undefined ? 0 : 1`)
    if ("within" in condition) {
      const unit: TimeUnit = "days" in condition ? "days" : "months"
      const limit = this.operand("days" in condition ? condition.days : condition.months, entry)
      const { value, filtered } = this.dateSource(condition.within, entry)
      // months: no count of months is needed, only whether the latest date moved on by them reaches the as-of day
      // (none by the as-of day: false)
      if (unit === "months") {
        return this.fn([
          `const v = ${value}`,
          "if (v === undefined) return 2",
          `const n = ${limit}`,
          "if (n === undefined) return 2",
          `return h.withinMonths(v, c.asOf, n, ${filtered}) ? 1 : 0`
        ].join("\n"))
      }
      return this.fn([
        `const v = ${value}`,
        `const x = h.elapsed(v, c.asOf, ${js(unit)}, ${filtered})`,
        "if (x === undefined) return 2",
        `const n = ${limit}`,
        "if (n === undefined) return 2",
        "if (x === Infinity) return 0",
        unit === "days" ? "return x <= n ? 1 : 0" : `return h.withinMonths(v, c.asOf, n, ${filtered}) ? 1 : 0`
      ].join("\n"))
    }
    if ("expired" in condition) {
      return this.fn(`const v = ${this.read(condition.expired, entry)}\nreturn v instanceof Date ? (v.getTime() < c.asOf.getTime() ? 1 : 0) : 2`)
    }
    if ("validOn" in condition) {
      return this.fn([
        `const u = ${this.read(condition.validOn, entry)}`,
        "if (!(u instanceof Date)) return 2",
        condition.issued === undefined ? "const i = undefined" : `const i = ${this.read(condition.issued, entry)}\nif (!(i instanceof Date)) return 2`,
        "return u.getTime() >= c.asOf.getTime() && h.isDatedByAsOf(i, c.asOf) ? 1 : 0"
      ].join("\n"))
    }
    if ("some" in condition || "every" in condition) {
      const isSome = "some" in condition
      const list = isSome ? condition.some : condition.every
      const items = this.declaration(list, entry).d?.items ?? NO_FIELDS
      // nested in another quantifier: the enclosing entry, for `outer`
      const slot = entry === undefined ? undefined : `o${this.slots++}`
      if (slot !== undefined) this.outerSlots.push(slot)
      const where = this.condition(condition.where, items)
      if (slot !== undefined) this.outerSlots.pop()
      const skip = this.skipper(condition.asOf, items)
      const stop = isSome ? 1 : 0
      if (condition.only === "latest" || condition.only === "first") {
        // only the entry with the latest `by` among those meeting `among` is judged (ties: the later entry)
        if (slot !== undefined) this.outerSlots.push(slot)
        const among = condition.among === undefined ? undefined : this.condition(condition.among, items)
        if (slot !== undefined) this.outerSlots.pop()
        return this.fn([
          `const xs = ${this.read(list, entry)}`,
          "if (!Array.isArray(xs)) return 2",
          ...(slot === undefined ? [] : [`${slot} = e`]),
          "let best = -1, bestTime = -Infinity, open = -Infinity",
          "for (let i = 0; i < xs.length; i++) {",
          `  const e2 = xs[i]${skip === undefined ? "" : `\n  if (${skip}(s, c, e2)) continue`}`,
          // `first`: the position orders the entries, the first one highest
          condition.only === "first" ? "  let b = -i" : `  let b = ${this.read(condition.by!, items).replace("((e)", "((e2)")}`,
          "  if (b instanceof Date) b = b.getTime(); else if (typeof b !== \"number\") continue",
          `  const ok = ${among === undefined ? "1" : `${among}(s, c, e2)`}`,
          "  if (ok === 1 && b >= bestTime) { best = i; bestTime = b } else if (ok === 2 && b > open) open = b",
          "}",
          `if (open > bestTime) return 2`,
          `if (best < 0) return ${isSome ? 0 : 1}`,
          `return ${where}(s, c, xs[best])`
        ].join("\n"))
      }
      return this.fn([
        `const xs = ${this.read(list, entry)}`,
        "if (!Array.isArray(xs)) return 2",
        ...(slot === undefined ? [] : [`${slot} = e`]),
        "let unknown = false",
        `for (let i = 0; i < xs.length; i++) { ${skip === undefined ? "" : `if (${skip}(s, c, xs[i])) continue; `}const t = ${where}(s, c, xs[i]); if (t === ${stop}) return ${stop}; if (t === 2) unknown = true }`,
        `return unknown ? 2 : ${isSome ? 0 : 1}`
      ].join("\n"))
    }
    if ("when" in condition) {
      const guard = this.condition(condition.when, entry), then = this.condition(condition.then, entry)
      return this.fn(`const t = ${guard}(s, c, e)\nreturn t === 1 ? ${then}(s, c, e) : t`)
    }
    if ("unless" in condition) {
      const guard = this.condition(condition.unless, entry), check = this.condition(condition.check, entry)
      return this.fn(`return ${guard}(s, c, e) === 1 ? 0 : ${check}(s, c, e)`)
    }
    if ("show" in condition) return this.fn("return 1")
    if ("unknown" in condition) return this.fn("return 2")
    if ("nonEmpty" in condition) return this.fn(`const v = ${this.read(condition.nonEmpty, entry)}\nreturn !Array.isArray(v) ? 2 : v.length > 0 ? 1 : 0`)
    if ("one" in condition) {
      const fields = fieldsUnder(this.scope.facts, entry, condition.one)
      const where = this.condition(condition.where, fields)
      return this.fn(`const v = ${this.read(condition.one, entry)}\nreturn v === undefined ? 2 : ${where}(s, c, v)`)
    }
    if ("isNull" in condition) {
      const { relative } = this.declaration(condition.isNull, entry)
      const raw = `(${relative ? "e" : "s"})${condition.isNull.split(".").map((k, i, all) => (i === all.length - 1 ? `?.[${js(k)}]` : `?.[${js(k)}]`)).join("")}`
      // `?.` gives undefined for an absent object on the way; the last key keeps a given null
      return this.fn(`const v = ${raw}\nreturn v === undefined ? 2 : v === null ? 1 : 0`)
    }
    if ("happened" in condition) {
      const instant = this.declaration(condition.happened, entry).d?.type === "instant"
      return this.fn([
        `const v = ${this.read(condition.happened, entry)}`,
        `return v instanceof Date && ${instant ? "h.isInstantAfterAsOf(v, c.asOf)" : "v.getTime() > c.asOf.getTime()"} ? 0 : 1`
      ].join("\n"))
    }
    if ("call" in condition) {
      const call = this.call(condition.call, condition.args, entry)
      return this.fn(`const v = ${call}(s, c, e)\nreturn v === true ? 1 : v === false ? 0 : 2`)
    }
    throw new TypeError(`unknown condition ${js(condition)}`)
  }

  private vars = 0
  /** The variables of kept answers being computed (a part is not kept inside its own computation). */
  private memoizing = new Set<string>()
  private memos = 0
  private readonly keys = new WeakMap<object, string>()

  /** A part's or operand's structure as text: the same for two parts written alike (dates and absent-but-listed keys included). */
  private keyOf(x: object): string {
    let key = this.keys.get(x)
    if (key === undefined) {
      key = JSON.stringify(x, function (this: Record<string, unknown>, k: string, v: unknown) {
        const raw = this[k]
        return raw instanceof Date ? `\u0000date:${raw.getTime()}` : v === undefined ? "\u0000undefined" : v
      })
      this.keys.set(x, key)
    }
    return key
  }

  /** Whether a part is worth keeping when met again: anything but a read of facts, constants or parameters. */
  private static worthKeeping(x: object, isCondition: boolean): boolean {
    if (!isCondition) return !("fact" in x || "value" in x || "param" in x || "asOfDate" in x || "outer" in x)
    if ("present" in x || "show" in x || "unknown" in x || "nonEmpty" in x || "expired" in x) return false
    if ("op" in x) {
      const c = x as Extract<Condition, { readonly op: string }>
      const operands: Array<Operand | undefined> = [c.left, "right" in c ? c.right : undefined, "min" in c ? c.min : undefined, "max" in c ? c.max : undefined]
      return operands.some((o) => o !== undefined && Generator.worthKeeping(o, false))
    }
    return true
  }

  /**
   * A new scope for `condition`'s inlined code (the function's, or an entry's): the parts and operands
   * it meets more than once outside nested entry scopes (by structure; none that calls a sector
   * function), each with a variable for its answer.
   */
  private newScope(condition: Condition, lazyDeclarations: boolean): ReadScope {
    const seen = new Set<string>(), again = new Map<string, boolean>()
    const visit = (x: Condition | Operand, isCondition: boolean): void => {
      if (typeof x !== "object" || x === null) return
      if (Generator.worthKeeping(x, isCondition)) {
        const key = this.keyOf(x)
        if (seen.has(key)) {
          if (!callsFunction(x) && !hasFreeOuter(x)) again.set(key, isCondition)
          return
        }
        seen.add(key)
      }
      if (!isCondition) {
        // the parts of a `firstOf` are kept on their own (a `latest` also compared elsewhere)
        if ("firstOf" in x) for (const o of (x as { readonly firstOf: ReadonlyArray<Operand> }).firstOf) visit(o, false)
        return
      }
      const c = x as Condition
      if ("all" in c) for (const p of c.all) visit(p, true)
      else if ("any" in c) for (const p of c.any) visit(p, true)
      else if ("not" in c) visit(c.not, true)
      else if ("when" in c) (visit(c.when, true), visit(c.then, true))
      else if ("unless" in c) (visit(c.unless, true), visit(c.check, true))
      else if ("op" in c) {
        visit(c.left, false)
        if ("right" in c) visit(c.right, false)
        if ("min" in c) (visit(c.min, false), visit(c.max, false))
      } else if ("within" in c) {
        if (typeof c.within !== "string") visit(c.within, false)
        visit("days" in c ? c.days : c.months, false)
      }
    }
    visit(condition, true)
    const memo = new Map<string, string>(), memoDeclarations: Array<string> = []
    for (const [key, isCondition] of again) {
      const name = `m${this.memos++}`
      memo.set(key, name)
      memoDeclarations.push(lazyDeclarations ? `${name} = ${isCondition ? "3" : "Z"}` : `let ${name} = ${isCondition ? "3" : "Z"}`)
    }
    return { byExpression: new Map(), memo, memoDeclarations, lazy: lazyDeclarations }
  }

  /** The variable keeping a part's or operand's answer in the current scope, if it is met more than once there. */
  private kept(x: object, isCondition: boolean): string | undefined {
    const scope = this.reads?.[this.reads.length - 1]
    if (scope === undefined || scope.memo.size === 0 || !Generator.worthKeeping(x, isCondition)) return undefined
    return scope.memo.get(this.keyOf(x))
  }

  /**
   * While a condition is inlined: the fact reads of each scope — the function (reads of the subject) and
   * each entry loop or `one` (reads of its entry `e`), innermost last. A read met is written as a token,
   * and the scope's end puts each read back: in place when used once, else as a variable read on first
   * use (an entry's field once per entry; a subject's fact once per call, so a loop does not read it
   * again for every entry).
   */
  private reads: Array<ReadScope> | undefined
  private tokens = 0

  /** A fact read in inlined code: a token that the end of its scope replaces (see {@link reads}). */
  private readInline(path: string, entry: FactDeclarations | undefined): string {
    const expression = this.read(path, entry)
    const scopes = this.reads
    if (scopes === undefined || scopes.length === 0) return expression
    const { relative } = this.declaration(path, entry)
    const scope = relative ? scopes[scopes.length - 1]! : scopes[0]!
    let read = scope.byExpression.get(expression)
    if (read === undefined) {
      read = { token: `\u0001${this.tokens++}\u0001`, expression, uses: 0, inLoop: false }
      scope.byExpression.set(expression, read)
    }
    read.uses++
    if (!relative && scopes.length > 1) read.inLoop = true
    return read.token
  }

  /**
   * Ends a scope over `lines`: each of its reads in place of its token, or a variable (`Z` until first
   * read); the declarations of its variables, for the top of the scope (`let …`) or, `lazy`, for the
   * function's own `let` line.
   */
  private endReads(scope: ReadScope, lines: Array<string>, lazy: boolean): { readonly lines: Array<string>; readonly declarations: Array<string> } {
    const declarations: Array<string> = [...scope.memoDeclarations]
    const replacements = new Map<string, string>()
    for (const read of scope.byExpression.values()) {
      if (read.uses < 2 && !read.inLoop) {
        replacements.set(read.token, read.expression)
        continue
      }
      const name = `r${this.tokens++}`
      declarations.push(lazy ? `${name} = Z` : `let ${name} = Z`)
      replacements.set(read.token, `(${name} === Z ? (${name} = ${read.expression}) : ${name})`)
    }
    if (replacements.size === 0) return { lines, declarations }
    const out = lines.map((l) => (l.includes("\u0001") ? l.replace(/\u0001\d+\u0001/g, (t) => replacements.get(t) ?? t) : l))
    return { lines: out, declarations }
  }

  /** An operand inlined: a fact read as {@link readInline}, anything else as {@link operand}. */
  private operandInline(operand: Operand, entry: FactDeclarations | undefined): string {
    if ("fact" in operand && operand.byAsOf !== true && operand.ifAbsent === undefined) return this.readInline(operand.fact, entry)
    const scope = this.reads?.[this.reads.length - 1]
    if ("firstOf" in operand && scope !== undefined && operand.firstOf.length > 0) {
      // the first given part (a `latest` of none, -Infinity, is not given); none only when all are none, unknown
      // when none is given and one is unknown — each part computed only when those before it are not given, and
      // a part met elsewhere too is kept (see `keptOperand`)
      const parts = operand.firstOf.map((o) => this.keptOperand(o, entry))
      const names = parts.map(() => `fo${this.vars++}`)
      for (const name of names) scope.memoDeclarations.push(scope.lazy ? `${name} = undefined` : `let ${name}`)
      const tried = parts.map((p, i) => `(${names[i]} = ${p}) !== undefined && ${names[i]} !== -Infinity ? ${names[i]} : `).join("")
      return `(${tried}${names.map((n) => `${n} === undefined`).join(" || ")} ? undefined : -Infinity)`
    }
    return this.operand(operand, entry)
  }

  /** The date of an inlined `within`: a path read as {@link readInline}, an operand as {@link keptOperand} (a `latest` is `filtered`). */
  private dateSourceInline(given: string | Operand, entry: FactDeclarations | undefined): { readonly value: string; readonly filtered: boolean } {
    if (typeof given === "string") return { value: this.readInline(given, entry), filtered: false }
    return { value: this.keptOperand(given, entry), filtered: "latest" in given }
  }

  /**
   * A condition inlined as straight-line statements that set `target` (a variable the caller has
   * declared) to its truth, with labelled blocks for the early answers of `all` / `any` and loops for
   * the quantifiers: no call per node. The current entry is always the variable `e` (an entry loop
   * declares its own `e`, shadowing the enclosing one), so operand expressions and the node functions
   * a part falls back to read what they read in their own function. Parts not inlined (date windows,
   * `latest`/`first` quantifiers, sector functions, …) call their node function.
   */
  inline(condition: Condition, entry: FactDeclarations | undefined, target: string): Array<string> {
    // a part met again (the same object, outside entries): its answer, computed where it is first needed
    const kept = this.kept(condition, true)
    if (kept !== undefined && !this.memoizing.has(kept)) {
      this.memoizing.add(kept)
      const lines = this.inline(condition, entry, kept)
      this.memoizing.delete(kept)
      return [`if (${kept} === 3) {`, ...lines, "}", `${target} = ${kept}`]
    }
    const k = this.vars++
    const label = `L${k}`
    if ("all" in condition || "any" in condition) {
      const isAll = "all" in condition
      const stop = isAll ? 0 : 1
      const parts = this.groups(isAll ? condition.all : condition.any, isAll, entry)
      const unknown = `u${k}`
      const out = [`${label}: {`, `let ${unknown} = false`]
      parts.forEach((part, i) => {
        const t = `t${k}_${i}`
        const lines = typeof part === "string" ? [`${t} = ${part}(s, c, e)`] : this.inline(part, entry, t)
        out.push(`let ${t}`, ...lines, `if (${t} === ${stop}) { ${target} = ${stop}; break ${label} }`, `if (${t} === 2) ${unknown} = true`)
      })
      out.push(`${target} = ${unknown} ? 2 : ${isAll ? 1 : 0}`, "}")
      return out
    }
    if ("not" in condition) {
      const t = `t${k}`
      return [`let ${t}`, ...this.inline(condition.not, entry, t), `${target} = ${t} === 2 ? 2 : ${t} === 1 ? 0 : 1`]
    }
    if ("when" in condition) {
      const t = `t${k}`
      return [`let ${t}`, ...this.inline(condition.when, entry, t), `if (${t} === 1) {`, ...this.inline(condition.then, entry, target), `} else ${target} = ${t}`]
    }
    if ("unless" in condition) {
      const t = `t${k}`
      return [`let ${t}`, ...this.inline(condition.unless, entry, t), `if (${t} === 1) ${target} = 0`, "else {", ...this.inline(condition.check, entry, target), "}"]
    }
    if ("present" in condition) return [`${target} = ${this.readInline(condition.present, entry)} === undefined ? 0 : 1`]
    if ("show" in condition) return [`${target} = 1`]
    if ("unknown" in condition) return [`${target} = 2`]
    if ("nonEmpty" in condition) {
      const v = `v${k}`
      return [`const ${v} = ${this.readInline(condition.nonEmpty, entry)}`, `${target} = !Array.isArray(${v}) ? 2 : ${v}.length > 0 ? 1 : 0`]
    }
    if ("expired" in condition) {
      const v = `v${k}`
      return [`const ${v} = ${this.readInline(condition.expired, entry)}`, `${target} = ${v} instanceof Date ? (${v}.getTime() < c.asOf.getTime() ? 1 : 0) : 2`]
    }
    if ("one" in condition && !hasFreeOuter(condition)) {
      const fields = fieldsUnder(this.scope.facts, entry, condition.one)
      const v = `v${k}`
      const read = this.readInline(condition.one, entry)
      this.reads?.push(this.newScope(condition.where, false))
      const inner = this.inline(condition.where, fields, target)
      const scope = this.reads?.pop()
      const where = scope === undefined ? { lines: inner, declarations: [] } : this.endReads(scope, inner, false)
      return [`const ${v} = ${read}`, `if (${v} === undefined) ${target} = 2`, "else {", "const e = " + v, ...where.declarations, ...where.lines, "}"]
    }
    if ("op" in condition) return this.inlineComparison(condition, entry, target, k)
    if ("happened" in condition) {
      const instant = this.declaration(condition.happened, entry).d?.type === "instant"
      const v = `v${k}`
      return [
        `const ${v} = ${this.readInline(condition.happened, entry)}`,
        `${target} = ${v} instanceof Date && ${instant ? `h.isInstantAfterAsOf(${v}, c.asOf)` : `${v}.getTime() > c.asOf.getTime()`} ? 0 : 1`
      ]
    }
    if ("validOn" in condition) {
      const u = `v${k}`, i = `vi${k}`
      return [
        `${label}: {`,
        `const ${u} = ${this.readInline(condition.validOn, entry)}`,
        `if (!(${u} instanceof Date)) { ${target} = 2; break ${label} }`,
        ...(condition.issued === undefined
          ? [`const ${i} = undefined`]
          : [`const ${i} = ${this.readInline(condition.issued, entry)}`, `if (!(${i} instanceof Date)) { ${target} = 2; break ${label} }`]),
        `${target} = ${u}.getTime() >= c.asOf.getTime() && h.isDatedByAsOf(${i}, c.asOf) ? 1 : 0`,
        "}"
      ]
    }
    if ("within" in condition) {
      const months = !("days" in condition)
      const { value, filtered } = this.dateSourceInline(condition.within, entry)
      const limit = this.keptOperand("days" in condition ? condition.days : condition.months, entry)
      const v = `v${k}`, n = `dn${k}`, x = `dx${k}`
      // months: no count of months is needed, only whether the latest date moved on by them reaches the as-of day
      return months
        ? [
          `${label}: {`,
          `const ${v} = ${value}`,
          `if (${v} === undefined) { ${target} = 2; break ${label} }`,
          `const ${n} = ${limit}`,
          `if (${n} === undefined) { ${target} = 2; break ${label} }`,
          `${target} = h.withinMonths(${v}, c.asOf, ${n}, ${filtered}) ? 1 : 0`,
          "}"
        ]
        : [
          `${label}: {`,
          `const ${x} = h.elapsed(${value}, c.asOf, "days", ${filtered})`,
          `if (${x} === undefined) { ${target} = 2; break ${label} }`,
          `const ${n} = ${limit}`,
          `if (${n} === undefined) { ${target} = 2; break ${label} }`,
          `${target} = ${x} === Infinity ? 0 : ${x} <= ${n} ? 1 : 0`,
          "}"
        ]
    }
    if (("some" in condition || "every" in condition) && condition.only === undefined) {
      const isSome = "some" in condition
      const list = isSome ? condition.some : condition.every
      const items = this.declaration(list, entry).d?.items ?? NO_FIELDS
      // nested in another quantifier: the enclosing entry, for `outer`
      const slot = entry === undefined ? undefined : `o${this.slots++}`
      const skip = this.skipper(condition.asOf, items)
      const stop = isSome ? 1 : 0
      const xs = `xs${k}`, i = `i${k}`, unknown = `u${k}`, t = `t${k}`
      const listRead = this.readInline(list, entry)
      if (slot !== undefined) this.outerSlots.push(slot)
      this.reads?.push(this.newScope(condition.where, false))
      const inner = this.inline(condition.where, items, t)
      const scope = this.reads?.pop()
      if (slot !== undefined) this.outerSlots.pop()
      const body = scope === undefined ? { lines: inner, declarations: [] } : this.endReads(scope, inner, false)
      const where = [...body.declarations, ...body.lines]
      return [
        `${label}: {`,
        `const ${xs} = ${listRead}`,
        `if (!Array.isArray(${xs})) { ${target} = 2; break ${label} }`,
        ...(slot === undefined ? [] : [`${slot} = e`]),
        `let ${unknown} = false`,
        `for (let ${i} = 0; ${i} < ${xs}.length; ${i}++) {`,
        `const e = ${xs}[${i}]`,
        ...(skip === undefined ? [] : [`if (${skip}(s, c, e)) continue`]),
        `let ${t}`,
        ...where,
        `if (${t} === ${stop}) { ${target} = ${stop}; break ${label} }`,
        `if (${t} === 2) ${unknown} = true`,
        "}",
        `${target} = ${unknown} ? 2 : ${isSome ? 0 : 1}`,
        "}"
      ]
    }
    // not inlined: the node's own function (it reads `outer` from the same slots), the one made for the explaining path when there is one
    const made = hasFreeOuter(condition) ? undefined : this.nodes.find((n) => n.condition === condition && n.entry === entry)
    return [`${target} = ${made?.name ?? this.node(condition, entry)}(s, c, e)`]
  }

  private inlineComparison(condition: Extract<Condition, { readonly op: string }>, entry: FactDeclarations | undefined, target: string, k: number): Array<string> {
    const label = `L${k}`, a = `a${k}`, b = `b${k}`
    const left = this.keptOperand(condition.left, entry)
    const date = this.isDate(condition.left, entry)
    const v = (name: string) => (date ? `(${name} instanceof Date ? ${name}.getTime() : ${name})` : name)
    const head = [`${label}: {`, `const ${a} = ${left}`, `if (${a} === undefined) { ${target} = 2; break ${label} }`]
    if (condition.op === "oneOf") {
      const test = (name: string) => (condition.values.length === 0 ? "false" : condition.values.map((x) => `${name} === ${js(x)}`).join(" || "))
      const x = `x${k}`, i = `i${k}`
      return [
        ...head,
        // a list of strings is one of the values when any of its elements is
        `if (Array.isArray(${a})) { ${target} = 0; for (let ${i} = 0; ${i} < ${a}.length; ${i}++) { const ${x} = ${a}[${i}]; if (${test(x)}) { ${target} = 1; break } } break ${label} }`,
        `${target} = ${test(a)} ? 1 : 0`,
        "}"
      ]
    }
    if (condition.op === "in" || condition.op === "startsWith") {
      const right = this.keptOperand(condition.right, entry)
      const i = `i${k}`
      return [
        ...head,
        `const ${b} = ${right}`,
        `if (${b} === undefined) { ${target} = 2; break ${label} }`,
        condition.op === "in"
          ? `${target} = 0\nif (Array.isArray(${b})) for (let ${i} = 0; ${i} < ${b}.length; ${i}++) if (${b}[${i}] === ${a}) { ${target} = 1; break }`
          : `${target} = typeof ${a} === "string" && typeof ${b} === "string" && ${a}.startsWith(${b}) ? 1 : 0`,
        "}"
      ]
    }
    if (condition.op === "between") {
      const min = this.keptOperand(condition.min, entry), max = this.keptOperand(condition.max, entry)
      const lo = `lo${k}`, hi = `hi${k}`
      return [
        ...head,
        `const ${lo} = ${min}, ${hi} = ${max}`,
        `if (${lo} === undefined || ${hi} === undefined) { ${target} = 2; break ${label} }`,
        `${target} = ${v(a)} >= ${v(lo)} && ${v(a)} <= ${v(hi)} ? 1 : 0`,
        "}"
      ]
    }
    const right = this.keptOperand(condition.right, entry)
    const rightDate = date || this.isDate(condition.right, entry)
    const w = (name: string) => (rightDate ? `(${name} instanceof Date ? ${name}.getTime() : ${name})` : name)
    const op = condition.op === "=" ? "===" : condition.op === "!=" ? "!==" : condition.op
    return [
      ...head,
      `const ${b} = ${right}`,
      `if (${b} === undefined) { ${target} = 2; break ${label} }`,
      `${target} = ${w(a)} ${op} ${w(b)} ? 1 : 0`,
      "}"
    ]
  }

  /** An operand's expression; one met more than once outside entries is computed once per call (`Z`: not yet). */
  private keptOperand(operand: Operand, entry: FactDeclarations | undefined): string {
    const expression = this.operandInline(operand, entry)
    const kept = this.kept(operand, false)
    return kept === undefined ? expression : `(${kept} === Z ? (${kept} = ${expression}) : ${kept})`
  }

  /**
   * The parts of an `all` / `any` to inline: as they are, or — when together they are over
   * {@link INLINE_BUDGET} — in consecutive groups of at most that size, each an inlined function of its
   * own (its name), answering the `all` / `any` of its group (the same answer: both are associative in
   * three-valued logic, and each group still stops at its first deciding part).
   */
  private groups(parts: ReadonlyArray<Condition>, isAll: boolean, entry: FactDeclarations | undefined): ReadonlyArray<Condition | string> {
    if (parts.length < 2 || parts.some(hasFreeOuter)) return parts
    let total = 0
    for (const p of parts) total += this.keyOf(p).length
    if (total <= INLINE_BUDGET) return parts
    const groups: Array<Array<Condition>> = [[]]
    let size = 0
    for (const p of parts) {
      const n = this.keyOf(p).length
      if (size + n > INLINE_BUDGET && groups[groups.length - 1]!.length > 0) (groups.push([]), size = 0)
      groups[groups.length - 1]!.push(p)
      size += n
    }
    return groups.map((g) => this.inlinedFunction(g.length === 1 ? g[0]! : (isAll ? { all: g } : { any: g }), entry, false))
  }

  /** The whole condition as one function of its own (`inline`), added to the source: its name. */
  inlined(condition: Condition): string {
    return this.inlinedFunction(condition, undefined, true)
  }


  /**
   * A condition inlined into a function of its own: the whole condition (`root`: it starts a new
   * evaluation for the sector functions' kept answers), or a part too large for its parent's function.
   */
  private inlinedFunction(condition: Condition, entry: FactDeclarations | undefined, root: boolean): string {
    // the parts and operands that occur more than once (by structure, e.g. a `count` compared twice, or a part a
    // pack's helper writes twice): each is computed at most once per call, or per entry inside an entry's scope
    const outer = this.reads
    this.reads = [this.newScope(condition, true)]
    const inlinedLines = this.inline(condition, entry, "t")
    const { lines: body, declarations } = this.endReads(this.reads[0]!, inlinedLines, true)
    this.reads = outer
    const name = `q${this.count++}`
    // a new evaluation: sector functions' answers kept from an earlier one are not reused
    this.lines.push(`function ${name}(s, c, e) {\n${root ? "W.now++\n" : ""}let t${declarations.length === 0 ? "" : `, ${declarations.join(", ")}`}\n${body.join("\n")}\nreturn t\n}`)
    return name
  }

  source(root: string): string {
    const slots = Array.from({ length: this.slots }, (_, i) => `o${i}`)
    const nodes = this.nodes.map((n) => n.name).join(", ")
    return `"use strict"\nconst Z = Symbol("not computed")\n${slots.length === 0 ? "" : `let ${slots.join(", ")}\n`}${this.lines.join("\n")}\nreturn [${root}, [${nodes}]]`
  }

  /** {@link NO_FIELDS}, for the explaining code. */
  readonly noFields: FactDeclarations = NO_FIELDS

  /** Whether a condition reads an `outer` field that no quantifier inside it binds. */
  readsFreeOuter(condition: Condition): boolean {
    return hasFreeOuter(condition)
  }

}

let allowed: boolean | undefined

/**
 * Cuts a trace's list back to `n` items (a mark taken before, never above its length): only when it
 * has grown, since setting an array's length costs a runtime call (~80 ns) even when it does not change
 * it; a few items (the usual cut: the evidence of a part that did not decide) are popped instead, which
 * V8 does inline (15 ns against 40 for the runtime call, cutting 2–3 items).
 *
 * @internal
 */
export const truncate = (xs: Array<unknown>, n: number): void => {
  let extra = xs.length - n
  if (extra > 8) xs.length = n
  else while (extra-- > 0) xs.pop()
}

/**
 * The evaluation a sector function's kept answer belongs to: moved on by every quick evaluation of a
 * whole condition and every explained one, so an answer is reused only within one (where the
 * subject cannot change).
 *
 * @internal
 */
export const callClock = { now: 0 }

/**
 * A condition's quick path as generated code: the function of the whole condition and those of its
 * parts, which the explaining path calls for the quick answers it needs (each its own monomorphic
 * function, like the whole).
 *
 * @since 0.2.0
 */
export interface GeneratedQuick {
  readonly quick: Quick
  /**
   * The generated function of a node of the condition, as it reads in an entry scope (`entry`: the
   * declarations of the current list's entries, `undefined` outside quantifiers; lists without
   * `items` as {@link NO_FIELDS}, objects of `one` as {@link fieldsUnder} gives them); `undefined`
   * for a node that was not generated alone (one that reads an `outer` field it does not bind).
   */
  readonly node: (condition: Condition, entry: FactDeclarations | undefined) => Quick | undefined
}

/**
 * The quick function of a condition as generated code, or `undefined` where the platform forbids
 * generating code.
 *
 * @since 0.2.0
 */
export const generate = (condition: Condition, scope: QuickScope, helpers: QuickHelpers): GeneratedQuick | undefined => {
  if (allowed === false) return undefined
  const generator = new Generator(scope)
  generator.condition(condition, undefined)
  // the node functions answer the explaining path's quick questions; the whole condition is one function
  const root = generator.inlined(condition)
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const [quick, fns] = new Function("h", "f", "W", generator.source(root) + sourceName(scope.name, "quick"))(helpers, scope.functions, callClock) as [Quick, Array<Quick>]
    allowed = true
    const byCondition = new Map<Condition, Array<{ readonly entry: FactDeclarations | undefined; readonly fn: Quick }>>()
    generator.nodes.forEach((n, i) => {
      let at = byCondition.get(n.condition)
      if (at === undefined) byCondition.set(n.condition, at = [])
      at.push({ entry: n.entry, fn: fns[i]! })
    })
    return {
      quick,
      node: (c, entry) => byCondition.get(c)?.find((n) => n.entry === entry)?.fn
    }
  } catch (e) {
    if (e instanceof EvalError) {
      allowed = false
      return undefined
    }
    throw e
  }
}

/**
 * A rule's `evaluate` as a function of its own (one per rule version, so its calls of the rule's two
 * quick functions stay monomorphic and V8 may inline them): asked without explanations
 * (`explain: false`) it answers `notApplicable` when `notApplicableWhen` is true, the bare
 * indeterminate outcome when either condition is unknown, else the bare violation or compliant one;
 * asked otherwise it calls `explain`. `undefined` where the platform forbids generating code.
 *
 * @since 0.2.0
 */
export const generateRuleEvaluate = <O>(
  notApplicableWhen: Quick | undefined,
  violationWhen: Quick,
  outcomes: { readonly notApplicable: O; readonly indeterminate: O; readonly violation: O; readonly compliant: O },
  explain: (subject: unknown, context: RuleContext<any>) => O,
  name?: string
): ((subject: unknown, context: RuleContext<any>) => O) | undefined => {
  if (allowed === false) return undefined
  const source = [
    `"use strict"`,
    "return function evaluate(s, c) {",
    "if (c.explain !== false) return x(s, c)",
    ...(notApplicableWhen === undefined ? [] : ["const n = na(s, c, undefined)", "if (n === 1) return N", "if (n === 2) return I"]),
    "const t = v(s, c, undefined)",
    "return t === 1 ? V : t === 2 ? I : C",
    "}"
  ].join("\n") + sourceName(name, "evaluate")
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function("na", "v", "N", "I", "V", "C", "x", source)(notApplicableWhen, violationWhen, outcomes.notApplicable, outcomes.indeterminate, outcomes.violation, outcomes.compliant, explain)
  } catch (e) {
    if (e instanceof EvalError) {
      allowed = false
      return undefined
    }
    throw e
  }
}

/** A generated explaining function. @since 0.2.0 */
export type GeneratedExplain = (subject: unknown, context: RuleContext<any>, entry: unknown, prefix: string, trace: any) => 0 | 1 | 2

/**
 * A condition's explaining function as generated code (`ExplainCode.ts`), asking its nodes' quick answers
 * of `source.quick` (the generated quick functions); `undefined` where the platform forbids generating code.
 *
 * @since 0.2.0
 */
export const generateExplain = (condition: Condition, scope: QuickScope, helpers: QuickHelpers, source: ExplainSource): GeneratedExplain | undefined => {
  if (allowed === false) return undefined
  const generator = new Generator(scope)
  const writer = new ExplainWriter(generator, source)
  const root = writer.condition(condition, undefined)
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function("h", "f", "K", "W", "T", `"use strict"\n${generator.lines.join("\n")}\nreturn ${root}${sourceName(scope.name, "explain")}`)(helpers, scope.functions, writer.objects, callClock, truncate) as GeneratedExplain
  } catch (e) {
    if (e instanceof EvalError) {
      allowed = false
      return undefined
    }
    throw e
  }
}
