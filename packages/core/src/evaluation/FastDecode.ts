/**
 * 快速解码 — a fast path for decoding valid input with an effect Schema, and effect's own decoder
 * for everything else.
 *
 * Effect's interpreter builds an `Exit` per node and, with `errors: "all"`, runs every struct
 * through a generator; for the engine's hot loop that is most of the decoding time. Most input is
 * valid, so {@link make} compiles the schema's AST once into plain closures that *validate and
 * build the decoded value exactly as effect would* — the same nodes, the same order, effect's own
 * check functions (`Filter.run`) and transformations (`SchemaGetter`), the same output objects
 * (fresh objects and arrays, unknown keys stripped, fields in schema order; optional fields left out
 * unless asked to be `undefined`, {@link AbsentFields}) — and give up with a
 * sentinel at the first thing that does not pass. Then, and for any input it gives up on, the
 * result is effect's decoder's, with its path-precise issues. A schema that uses a feature this
 * compiler does not know (suspended/recursive schemas, `oneOf` unions, optional tuple elements,
 * defaults, effectful middleware …), or decoded with `onExcessProperty: "error"`, is decoded by
 * effect alone.
 *
 * The fast path never decides that input is invalid: it only ever returns a value that effect
 * would return, or defers to effect. Anything thrown on the fast path defers to effect too. Both
 * read only what the input itself holds: the fast path takes a field only when the input owns it,
 * and effect's decoder runs on a copy of the input's own data (`OwnData.ts`), so a polluted
 * `Object.prototype` is never read as a record's field, and a throwing getter, a hostile `Proxy` or
 * a cycle is an issue at its path, not a throw.
 *
 * @internal
 * @since 0.1.0
 */
import { Exit, Result, Schema, SchemaAST, SchemaIssue } from "effect"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { ownData } from "./OwnData.ts"

/** Returned by compiled decoders for input they do not accept. */
const INVALID: unique symbol = Symbol("@anquan/core/FastDecode/invalid")
type Invalid = typeof INVALID

type Decoder = (input: unknown) => unknown | Invalid
type Options = SchemaAST.ParseOptions

const UNSUPPORTED = null

/** Runs a node's checks (filters and filter groups) on a decoded value: `true` when every one passes. */
const passes = (checks: ReadonlyArray<SchemaAST.Check<any>>, value: unknown, ast: SchemaAST.AST, options: Options): boolean => {
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!
    if (check._tag === "FilterGroup") {
      if (!passes(check.checks, value, ast, options)) return false
    } else if (check.run(value, ast, options) !== undefined) return false
  }
  return true
}

/**
 * Whether the input carries a field: an own property only. A key that is only inherited (from a
 * polluted `Object.prototype`, say) is absent, as it is for effect's decoder reading the input's
 * own data (see {@link make}).
 */
const hasPropertySignature = (input: object, key: PropertyKey): boolean => Object.hasOwn(input, key)

const OBJECT_PROTOTYPE = Object.prototype as Record<PropertyKey, unknown>

/**
 * Whether a struct's input is a plain object (its prototype `Object.prototype` or none): the fast
 * path reads fields with `input[key]`, which for any other object could be a prototype's
 * (a class's getter, an object made with `Object.create(payload)`); such input is effect's, on
 * the input's own data.
 */
const isPlain = (input: object): boolean => {
  const proto = Object.getPrototypeOf(input)
  return proto === OBJECT_PROTOTYPE || proto === null
}

const assignProperty = (out: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void => {
  if (key === "__proto__") Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true })
  else out[key] = value
}

const isOptional = (ast: SchemaAST.AST): boolean => ast.context?.isOptional ?? false

const DATE_RUN = (Schema.Date.ast as SchemaAST.Declaration).run

const CALENDAR_DATE = CalendarDate.CalendarDate.ast as SchemaAST.Declaration
const CALENDAR_DATE_LINK = CALENDAR_DATE.encoding![0]!

/**
 * Whether a node is core's `CalendarDate`, possibly re-wrapped (`optionalKey` copies the node and
 * its encoded side but keeps the transformation and the checks): a Date with no checks of its own,
 * decoded by CalendarDate's transformation from a plain string node with exactly CalendarDate's checks.
 */
const isCalendarDate = (ast: SchemaAST.AST): boolean => {
  if (ast === CALENDAR_DATE) return true
  if (ast._tag !== "Declaration" || ast.run !== CALENDAR_DATE.run || ast.checks !== undefined) return false
  if (ast.encoding === undefined || ast.encoding.length !== 1) return false
  const link = ast.encoding[0]!
  if (link.transformation !== CALENDAR_DATE_LINK.transformation) return false
  const to = link.to
  const want = CALENDAR_DATE_LINK.to
  if (to._tag !== "String" || to.encoding !== undefined || to.checks === undefined || want.checks === undefined) return false
  if (to.checks.length !== want.checks.length) return false
  for (let i = 0; i < to.checks.length; i++) if (to.checks[i] !== want.checks[i]) return false
  return true
}

/** A node's checks in the order `passes` runs them: the filters of filter groups in place. */
const filtersOf = (checks: ReadonlyArray<SchemaAST.Check<any>>, out: Array<SchemaAST.Filter<any>> = []): Array<SchemaAST.Filter<any>> => {
  for (const check of checks) {
    if (check._tag === "FilterGroup") filtersOf(check.checks, out)
    else out.push(check)
  }
  return out
}

/**
 * A node's decoder with its checks: its own parser, then each filter's `run` in turn (as
 * {@link passes} runs them), generated with the filters hoisted into the function's own variables
 * and a string, number or boolean tested in place. The closure over {@link passes} where code
 * cannot be generated.
 */
const checked = (ast: SchemaAST.AST, base: Decoder, checks: ReadonlyArray<SchemaAST.Check<any>>, options: Options): Decoder => {
  const runs = filtersOf(checks).map((f) => f.run)
  const test = primitiveTest(ast)
  const values: Record<string, unknown> = { base, ast, options }
  runs.forEach((run, i) => (values[`c${i}`] = run))
  const canon = test === undefined ? undefined : canonical(ast)
  const body = (test === undefined ? "  const value = base(input)\n  if (value === INVALID) return INVALID\n"
    : canon === undefined ? `  if (!(${test("input")})) return INVALID\n  const value = input\n`
    : `  const value = ${canon("input")}\n  if (value === INVALID) return INVALID\n`) +
    runs.map((_, i) => `  if (c${i}(value, ast, options) !== undefined) return INVALID\n`).join("") +
    "  return value"
  return specialize("decodeChecked", values, body) ?? ((input) => {
    const value = base(input)
    return value === INVALID || !passes(checks, value, ast, options) ? INVALID : value
  })
}

/**
 * How the fast path decodes a struct's optional field that the input leaves out: `"omit"` leaves it
 * out, as effect's decoder does; `"undefined"` makes it an own property whose value is `undefined`,
 * every declared field in the schema's order, so that the values of one struct schema all have one
 * shape (one hidden class): code that reads their fields by name (a rule's generated code) then reads
 * them with one compare and one load instead of a lookup in V8's shared property cache, which real
 * records, each leaving out other fields, otherwise send it to. Reading a field gives `undefined`
 * either way; only `in`, `Object.hasOwn` and `Object.keys` tell them apart.
 *
 * @internal
 * @since 0.2.0
 */
export type AbsentFields = "omit" | "undefined"

class Compiler {
  private readonly cache = new Map<SchemaAST.AST, Decoder | typeof UNSUPPORTED>()
  private readonly options: Options
  private readonly absent: AbsentFields

  constructor(options: Options, absent: AbsentFields = "omit") {
    this.options = options
    this.absent = absent
  }

  /** The decoder of a node, memoized by node; `null` when the node (or a part of it) is not supported. */
  compile(ast: SchemaAST.AST): Decoder | typeof UNSUPPORTED {
    const cached = this.cache.get(ast)
    if (cached !== undefined) return cached
    // guards against cycles: a node being compiled is unsupported for its own descendants
    this.cache.set(ast, UNSUPPORTED)
    const decoder = this.compileNode(ast)
    this.cache.set(ast, decoder)
    return decoder
  }

  private compileNode(ast: SchemaAST.AST): Decoder | typeof UNSUPPORTED {
    if ((ast as { readonly encodingChecks?: unknown }).encodingChecks !== undefined) return UNSUPPORTED
    if (ast.context?.constructorDefault !== undefined) return UNSUPPORTED
    if (isCalendarDate(ast)) {
      // core's CalendarDate (also under optionalKey): its pattern check, its parse check and its
      // transformation are `CalendarDate.parse` three times over; one call decides and builds the same Date
      return (input) => (typeof input === "string" ? CalendarDate.parse(input) ?? INVALID : INVALID)
    }
    const base = this.base(ast)
    if (base === UNSUPPORTED) return UNSUPPORTED
    const options = this.options
    const checks = ast.checks
    const local: Decoder = checks === undefined ? base : checked(ast, base, checks, options)
    const links = ast.encoding
    if (links === undefined) return local
    // decode: the encoded side (the last link's target) first, then each transformation back to this node
    const parsers: Array<Decoder> = []
    const steps: Array<(value: unknown) => unknown | Invalid> = []
    for (const link of links) {
      const parser = this.compile(link.to)
      if (parser === UNSUPPORTED) return UNSUPPORTED
      const step = this.transformation(link.transformation)
      if (step === UNSUPPORTED) return UNSUPPORTED
      parsers.push(parser)
      steps.push(step)
    }
    const last = links.length - 1
    return (input) => {
      let value = parsers[last]!(input)
      if (value === INVALID) return INVALID
      for (let i = last; i >= 0; i--) {
        value = steps[i]!(value)
        if (value === INVALID) return INVALID
        if (i !== 0) {
          value = parsers[i - 1]!(value)
          if (value === INVALID) return INVALID
        }
      }
      return local(value)
    }
  }

  /** A transformation's decode direction, for plain and effectful (synchronous) getters only. */
  private transformation(t: SchemaAST.Link["transformation"]): ((value: unknown) => unknown | Invalid) | typeof UNSUPPORTED {
    if (t._tag !== "Transformation") return UNSUPPORTED
    const getter = t.decode as { readonly _tag: string; readonly transform?: (value: unknown, options: Options) => unknown }
    const options = this.options
    switch (getter._tag) {
      case "Passthrough":
        return (value) => value
      case "Transform": {
        const f = getter.transform!
        return (value) => f(value, options)
      }
      case "TransformEffect": {
        const f = getter.transform!
        return (value) => {
          const result = f(value, options)
          // only a synchronous success is taken; anything else is effect's to handle
          return Exit.isExit(result) && Exit.isSuccess(result) ? (result as Exit.Success<unknown, SchemaIssue.Issue>).value : INVALID
        }
      }
      default:
        return UNSUPPORTED
    }
  }

  /** A node's own parser, without its checks and encoding. */
  private base(ast: SchemaAST.AST): Decoder | typeof UNSUPPORTED {
    switch (ast._tag) {
      case "String":
        return (input) => (typeof input === "string" ? input : INVALID)
      case "Number":
        return (input) => (typeof input === "number" ? input : INVALID)
      case "Boolean":
        return (input) => (typeof input === "boolean" ? input : INVALID)
      case "Null":
        return (input) => (input === null ? input : INVALID)
      case "Undefined":
        return (input) => (input === undefined ? input : INVALID)
      case "Unknown":
      case "Any":
        return (input) => input
      case "Literal": {
        // a string: the schema's own literal, internalized (an equal value, compared faster: see `canonical`); a
        // number: the input (`-0` is `0` to `===`, and effect's value is the input)
        const literal = internalized(ast.literal)
        return typeof literal === "string" ? (input) => (input === literal ? literal : INVALID) : (input) => (input === literal ? input : INVALID)
      }
      case "Enum":
        return oneOfLiterals(ast.enums.map(([, v]) => v))
      case "Declaration":
        return this.declaration(ast)
      case "Objects":
        return this.objects(ast)
      case "Arrays":
        return this.arrays(ast)
      case "Union":
        return this.union(ast)
      default:
        return UNSUPPORTED
    }
  }

  private declaration(ast: SchemaAST.Declaration): Decoder | typeof UNSUPPORTED {
    // declarations with type parameters (classes, Option, …) are left to effect
    if (ast.typeParameters.length > 0) return UNSUPPORTED
    // Schema.Date (its own declaration function): a valid Date
    if (ast.run === DATE_RUN) return (input) => (input instanceof Date && !Number.isNaN(input.getTime()) ? input : INVALID)
    const options = this.options
    type Run = (input: unknown, self: SchemaAST.AST, options: Options) => unknown
    let run: Run | undefined
    return (input) => {
      run ??= (ast.run as unknown as (tps: ReadonlyArray<SchemaAST.AST>) => Run)(ast.typeParameters)
      const result = run(input, ast, options)
      return Exit.isExit(result) && Exit.isSuccess(result) ? (result as Exit.Success<unknown, SchemaIssue.Issue>).value : INVALID
    }
  }

  private objects(ast: SchemaAST.Objects): Decoder | typeof UNSUPPORTED {
    // excess keys are stripped here, as effect does by default; rejecting them is effect's to do
    if (this.options.onExcessProperty === "error") return UNSUPPORTED
    const props = ast.propertySignatures
    const indexes = ast.indexSignatures
    if (props.length === 0 && indexes.length === 0) {
      return (input) => (input !== null && input !== undefined ? input : INVALID)
    }
    if (indexes.length > 1) return UNSUPPORTED
    const fields: Array<StructField> = []
    for (const ps of props) {
      const decode = this.compile(ps.type)
      if (decode === UNSUPPORTED) return UNSUPPORTED
      const test = inlineTest(ps.type)
      fields.push({ name: ps.name, decode, optional: isOptional(ps.type), test, canonical: test === undefined ? undefined : canonical(ps.type) })
    }
    let index: Decoder | undefined
    if (indexes.length === 1) {
      const is = indexes[0]!
      const p = is.parameter
      // string keys only, without checks or encoding (Schema.Record(Schema.String, …))
      if (p._tag !== "String" || p.checks !== undefined || p.encoding !== undefined) return UNSUPPORTED
      if (is.type.context?.constructorDefault !== undefined) return UNSUPPORTED
      const decode = this.compile(is.type)
      if (decode === UNSUPPORTED) return UNSUPPORTED
      index = decode
    }
    const expected = new Set<PropertyKey>(props.map((ps) => (typeof ps.name === "number" ? String(ps.name) : ps.name)))
    const n = fields.length
    const names = fields.map((f) => f.name)
    const decoders = fields.map((f) => f.decode)
    const optional = fields.map((f) => f.optional)
    // `__proto__` needs own-property semantics on both ends: such structs take the careful loop
    const careful = names.includes("__proto__")
    const dense = this.absent === "undefined"
    const readIndex = (record: Record<PropertyKey, unknown>, out: Record<PropertyKey, unknown>): boolean => {
      const keys = Object.keys(record)
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j]!
        const value = index!(record[key])
        if (value === INVALID) return false
        if (n > 0 && expected.has(key)) continue
        assignProperty(out, key, value)
      }
      return true
    }
    if (careful) {
      return (input) => {
        if (typeof input !== "object" || input === null || Array.isArray(input) || !isPlain(input)) return INVALID
        const record = input as Record<PropertyKey, unknown>
        const out: Record<PropertyKey, unknown> = {}
        for (let i = 0; i < n; i++) {
          const name = names[i]!
          if (!hasPropertySignature(record, name)) {
            if (!optional[i]) return INVALID
            if (dense) assignProperty(out, name, undefined)
            continue
          }
          const value = decoders[i]!(record[name])
          if (value === INVALID) return INVALID
          assignProperty(out, name, value)
        }
        return index === undefined || readIndex(record, out) ? out : INVALID
      }
    }
    const generated = names.every((name) => typeof name === "string") ? generateStruct(fields, index === undefined ? undefined : readIndex, dense) : undefined
    if (generated !== undefined) return generated
    return (input) => {
      if (typeof input !== "object" || input === null || Array.isArray(input) || !isPlain(input)) return INVALID
      const record = input as Record<PropertyKey, unknown>
      const out: Record<PropertyKey, unknown> = {}
      for (let i = 0; i < n; i++) {
        const name = names[i]!
        const raw = record[name]
        // a key is present when the record owns it; a defined value that is not Object.prototype's settles it
        if ((raw === undefined || raw === OBJECT_PROTOTYPE[name]) && !Object.hasOwn(record, name)) {
          if (!optional[i]) return INVALID
          if (dense) out[name] = undefined
          continue
        }
        const value = decoders[i]!(raw)
        if (value === INVALID) return INVALID
        out[name] = value
      }
      return index === undefined || readIndex(record, out) ? out : INVALID
    }
  }

  private arrays(ast: SchemaAST.Arrays): Decoder | typeof UNSUPPORTED {
    if (ast.rest.length > 1) return UNSUPPORTED
    const elements: Array<Decoder> = []
    for (const e of ast.elements) {
      if (isOptional(e) || e.context?.constructorDefault !== undefined) return UNSUPPORTED
      const decode = this.compile(e)
      if (decode === UNSUPPORTED) return UNSUPPORTED
      elements.push(decode)
    }
    let rest: Decoder | undefined
    if (ast.rest.length === 1) {
      const r = ast.rest[0]!
      if (isOptional(r) || r.context?.constructorDefault !== undefined) return UNSUPPORTED
      const decode = this.compile(r)
      if (decode === UNSUPPORTED) return UNSUPPORTED
      rest = decode
    }
    const k = elements.length
    if (k === 0 && rest !== undefined) {
      const generated = generateArray(rest)
      if (generated !== undefined) return generated
    }
    return (input) => {
      if (!Array.isArray(input)) return INVALID
      const len = input.length
      if (len < k || (rest === undefined && len > k)) return INVALID
      const output: Array<unknown> = []
      for (let i = 0; i < k; i++) {
        const value = elements[i]!(input[i])
        if (value === INVALID) return INVALID
        output[i] = value
      }
      for (let i = k; i < len; i++) {
        const value = rest!(input[i])
        if (value === INVALID) return INVALID
        output[i] = value
      }
      return output
    }
  }

  private union(ast: SchemaAST.Union): Decoder | typeof UNSUPPORTED {
    if (ast.options?.mode === "oneOf") return UNSUPPORTED
    const members: Array<Decoder> = []
    for (const t of ast.types) {
      const decode = this.compile(t)
      if (decode === UNSUPPORTED) return UNSUPPORTED
      members.push(decode)
    }
    // a union of literals (Schema.Literals): comparisons with the literals, or one set lookup
    if (ast.types.every((t) => t._tag === "Literal" && t.checks === undefined && t.encoding === undefined && t.context?.constructorDefault === undefined)) {
      return oneOfLiterals(ast.types.map((t) => (t as SchemaAST.Literal).literal))
    }
    // a discriminated union of structs (every member has a required literal field under one key):
    // try only the members whose literal the input carries, in order (the others cannot match)
    const tag = discriminant(ast.types)
    if (tag !== undefined) {
      const byValue = new Map<unknown, Array<Decoder>>()
      ast.types.forEach((t, i) => {
        const literal = ((t as SchemaAST.Objects).propertySignatures.find((ps) => ps.name === tag)!.type as SchemaAST.Literal).literal
        const list = byValue.get(literal) ?? []
        list.push(members[i]!)
        byValue.set(literal, list)
      })
      return (input) => {
        if (typeof input !== "object" || input === null) return INVALID
        const candidates = byValue.get((input as Record<PropertyKey, unknown>)[tag])
        if (candidates === undefined) return INVALID
        for (let i = 0; i < candidates.length; i++) {
          const value = candidates[i]!(input)
          if (value !== INVALID) return value
        }
        return INVALID
      }
    }
    const m = members.length
    const tries = members.map((_, i) => `  value = m${i}(input)\n  if (value !== INVALID) return value`).join("\n")
    return specialize("decodeUnion", Object.fromEntries(members.map((d, i) => [`m${i}`, d])), `  let value\n${tries}\n  return INVALID`) ??
      ((input) => {
        for (let i = 0; i < m; i++) {
          const value = members[i]!(input)
          if (value !== INVALID) return value
        }
        return INVALID
      })
  }
}

/** A struct's field, as {@link generateStruct} writes it. */
interface StructField {
  readonly name: PropertyKey
  readonly decode: Decoder
  readonly optional: boolean
  /** The field's whole decoder as an expression over a variable, where it is one comparison or two (see {@link inlineTest}). */
  readonly test: ((variable: string) => string) | undefined
  /** With `test`, where the values include literal strings: the decoded value or `INVALID`, in place of `test` (see {@link canonical}). */
  readonly canonical: ((variable: string) => string) | undefined
}

/** A struct's field that the input does not have (in generated code: no value is this symbol). */
const MISSING: unique symbol = Symbol("@anquan/core/FastDecode/missing")

/**
 * Whether a simple literal (a string, a boolean, a finite number other than -0) can be written into
 * generated code as its JSON text and compared with `===` exactly as `SameValueZero` would.
 */
const isSimpleLiteral = (v: unknown): boolean =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0))

/** Whether {@link Compiler.compile} takes a node as it is, with no checks or encoding of its own. */
const isBare = (ast: SchemaAST.AST): boolean =>
  ast.checks === undefined && ast.encoding === undefined && ast.context?.constructorDefault === undefined &&
  (ast as { readonly encodingChecks?: unknown }).encodingChecks === undefined

/**
 * The decoder that {@link Compiler.compile} makes for a node, as an expression over a variable that is
 * true exactly when that decoder returns the input unchanged (and `INVALID` otherwise): strings,
 * numbers, booleans, `null`, a simple literal, a union of up to {@link MAX_COMPARED_LITERALS} simple
 * literals — each without checks or encoding. `undefined` for any other node (its decoder is called).
 */
const inlineTest = (ast: SchemaAST.AST): ((variable: string) => string) | undefined => (isBare(ast) ? primitiveTest(ast) : undefined)

/**
 * A node's own parser ({@link Compiler}'s `base`), without its checks and encoding, as an expression
 * over a variable (see {@link inlineTest}); `undefined` for a node whose parser is called.
 */
const primitiveTest = (ast: SchemaAST.AST): ((variable: string) => string) | undefined => {
  switch (ast._tag) {
    case "String":
      return (v) => `typeof ${v} === "string"`
    case "Number":
      return (v) => `typeof ${v} === "number"`
    case "Boolean":
      return (v) => `typeof ${v} === "boolean"`
    case "Null":
      return (v) => `${v} === null`
    case "Literal":
      return isSimpleLiteral(ast.literal) ? (v) => `${v} === ${JSON.stringify(ast.literal)}` : undefined
    case "Union": {
      if (ast.options?.mode === "oneOf") return undefined
      if (ast.types.length === 0 || !ast.types.every((t) => t._tag === "Literal" && isBare(t) && isSimpleLiteral(t.literal))) return undefined
      const values = [...new Set(ast.types.map((t) => (t as SchemaAST.Literal).literal))]
      if (values.length > MAX_COMPARED_LITERALS) return undefined
      return (v) => `(${values.map((x) => `${v} === ${JSON.stringify(x)}`).join(" || ")})`
    }
    default:
      return undefined
  }
}

/**
 * The same value; a string as V8's internalized copy (a property key is one), which a comparison with
 * another internalized string, such as a constant of code, settles by comparing pointers. A literal of
 * a schema built from JSON (`Pack.fromJson`) is a string `JSON.parse` made, which is not internalized.
 */
const internalized = <A>(v: A): A => (typeof v === "string" ? Object.keys({ [v]: 0 })[0] as A : v)

/**
 * For a node that {@link primitiveTest} tests and whose values include literal strings (a literal, a union of
 * literals), its decoder as an expression over a variable: the schema's own literal where the input equals a string
 * one, written into the generated code as a constant; the input where it equals another literal (a number, a
 * boolean: `-0` stays `-0`, as effect's value); `INVALID` otherwise. The same value as the input, but V8
 * internalizes the strings of code and not those `JSON.parse` makes (none from a text with Chinese in it), so a
 * rule's comparison of a decoded value with a constant (`=== "full-time"`) is one pointer compare, where a string of
 * the input is compared character by character. `undefined` where no literal is a string.
 */
const canonical = (ast: SchemaAST.AST): ((variable: string) => string) | undefined => {
  const all = ast._tag === "Literal" ? [ast.literal] : ast._tag === "Union" ? ast.types.map((t) => (t as SchemaAST.Literal).literal) : []
  const literals = [...new Set(all)]
  if (!literals.some((x) => typeof x === "string")) return undefined
  return (v) => literals.reduceRight((rest: string, x) => `${v} === ${JSON.stringify(x)} ? ${typeof x === "string" ? JSON.stringify(x) : v} : ${rest}`, "INVALID")
}

/**
 * The struct loop above, unrolled into a function of its own with the field names as literals
 * (`undefined` where code cannot be generated, e.g. a content security policy forbids `Function`:
 * the loop is used instead). The same fields, decoded in the same order, with the same result:
 *
 * - the input's keys are read in one `for … in` over the input: V8 reads each value through the
 *   input's enumeration cache, where a named read per field, over the many shapes of real records,
 *   is a megamorphic lookup (and a missing optional field a lookup that fails). A key is the
 *   record's when it is its own: a value found that is `undefined` or `Object.prototype`'s is
 *   settled by `hasOwn` (`for … in` also lists the enumerable keys of a polluted prototype);
 * - strings, numbers, booleans and simple literals are tested in place ({@link inlineTest}), other
 *   fields call their decoder;
 * - a struct of required fields only is built by one object literal, any other key by key; with
 *   `dense` ({@link AbsentFields} `"undefined"`), every struct by one literal, a field left out `undefined`.
 */
const generateStruct = (
  fields: ReadonlyArray<StructField>,
  readIndex: ((record: Record<PropertyKey, unknown>, out: Record<PropertyKey, unknown>) => boolean) | undefined,
  dense: boolean
): Decoder | undefined => {
  const n = fields.length
  const keys = fields.map((f) => JSON.stringify(f.name))
  let body = "  if (typeof input !== \"object\" || input === null || Array.isArray(input)) return INVALID\n" +
    "  const proto = getPrototypeOf(input)\n  if (proto !== OP && proto !== null) return INVALID\n"
  for (let i = 0; i < n; i++) body += `  let r${i} = MISSING\n`
  body += "  for (const k in input) {\n    switch (k) {\n"
  for (let i = 0; i < n; i++) body += `      case ${keys[i]}: r${i} = input[k]; break\n`
  body += "    }\n  }\n"
  for (let i = 0; i < n; i++) {
    const f = fields[i]!
    const r = `r${i}`
    body += `  if (${r} !== MISSING && (${r} === undefined || ${r} === OP[${keys[i]}]) && !hasOwn(input, ${keys[i]})) ${r} = MISSING\n`
    body += `  if (${r} === MISSING) {${f.optional ? "" : " return INVALID"} } else {\n`
    body += f.canonical !== undefined
      ? `    ${r} = ${f.canonical(r)}\n    if (${r} === INVALID) return INVALID\n`
      : f.test !== undefined
      ? `    if (!(${f.test(r)})) return INVALID\n`
      : `    ${r} = d[${i}](${r})\n    if (${r} === INVALID) return INVALID\n`
    body += "  }\n"
  }
  if (fields.every((f) => !f.optional)) {
    body += `  const out = {${fields.map((_, i) => `${keys[i]}: r${i}`).join(", ")}}\n`
  } else if (dense) {
    body += `  const out = {${fields.map((f, i) => (f.optional ? `${keys[i]}: r${i} === MISSING ? undefined : r${i}` : `${keys[i]}: r${i}`)).join(", ")}}\n`
  } else {
    body += "  const out = {}\n"
    for (let i = 0; i < n; i++) body += fields[i]!.optional ? `  if (r${i} !== MISSING) out[${keys[i]}] = r${i}\n` : `  out[${keys[i]}] = r${i}\n`
  }
  body += readIndex === undefined ? "  return out" : "  return readIndex(input, out) ? out : INVALID"
  return specialize("decodeStruct", {
    MISSING,
    d: fields.map((f) => f.decode),
    readIndex,
    OP: OBJECT_PROTOTYPE,
    hasOwn: Object.hasOwn,
    getPrototypeOf: Object.getPrototypeOf
  }, body)
}

/** Numbers each generated function, so that no two share a source text (and V8's cache of compiled code). */
let generatedCount = 0

/**
 * A decoder as a function of its own: `body` (the statements of `function (input) { … }`) over the
 * named `values`. The decoders built from one closure above are one piece of code for every schema,
 * so a call they make to an inner decoder sees every schema's (megamorphic, never inlined); a
 * function generated per schema has call sites of its own. `undefined` where code cannot be
 * generated (e.g. a content security policy forbids `Function`): the closure is used instead.
 */
const specialize = (kind: string, values: Readonly<Record<string, unknown>>, body: string): Decoder | undefined => {
  const names = Object.keys(values)
  try {
    return new Function(
      "INVALID",
      ...names,
      `/* ${kind} ${++generatedCount} */\nreturn function ${kind}(input) {\n${body}\n}`
    )(INVALID, ...names.map((n) => values[n])) as Decoder
  } catch {
    return undefined
  }
}

/** Up to this many literals are compared one by one; more are looked up in a set. */
const MAX_COMPARED_LITERALS = 12

/**
 * A decoder that accepts exactly the given literals (a union of literals, an enum's values): the
 * literal the input equals (`SameValueZero`, as a set's lookup: `NaN` is `NaN`), internalized (see
 * {@link canonical}). A few strings, numbers or booleans are compared with `===` in a generated
 * function, each literal written into its code (a comparison of two internalized strings compares
 * the pointers), instead of hashing the input for a set's lookup on every call.
 */
const oneOfLiterals = (literals: ReadonlyArray<unknown>): Decoder => {
  const values = new Set<unknown>(literals)
  const simple = [...values].every((v) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0)))
  if (simple && values.size <= MAX_COMPARED_LITERALS) {
    // each literal the value of its own comparison: the code's string (see `canonical`)
    const generated = specialize("decodeLiterals", {}, [...values].map((v) => `  if (input === ${JSON.stringify(v)}) return ${typeof v === "string" ? JSON.stringify(v) : "input"}\n`).join("") + "  return INVALID")
    if (generated !== undefined) return generated
  }
  // one lookup: a literal is never `undefined`
  const own = new Map<unknown, unknown>([...values].map((v) => [v, internalized(v)]))
  return (input) => {
    const literal = own.get(input)
    return literal === undefined ? INVALID : typeof literal === "string" ? literal : input
  }
}

/** `Schema.Array(rest)`: the loop of {@link Compiler} for an array of `rest` elements only. */
const generateArray = (rest: Decoder): Decoder | undefined =>
  specialize(
    "decodeArray",
    { rest },
    `  if (!Array.isArray(input)) return INVALID
  const len = input.length
  const output = []
  for (let i = 0; i < len; i++) {
    const value = rest(input[i])
    if (value === INVALID) return INVALID
    output[i] = value
  }
  return output`
  )

/** The key under which every member (a struct) has a required plain literal field, if there is one. */
const discriminant = (types: ReadonlyArray<SchemaAST.AST>): string | undefined => {
  if (types.length < 2 || !types.every((t) => t._tag === "Objects" && t.encoding === undefined && t.indexSignatures.length === 0)) return undefined
  const first = types[0] as SchemaAST.Objects
  for (const ps of first.propertySignatures) {
    if (typeof ps.name !== "string" || ps.name === "__proto__") continue
    const ok = types.every((t) => {
      const p = (t as SchemaAST.Objects).propertySignatures.find((q) => q.name === ps.name)
      return p !== undefined && p.type._tag === "Literal" && !isOptional(p.type) && p.type.checks === undefined && p.type.encoding === undefined
    })
    if (ok) return ps.name
  }
  return undefined
}

const unreadable = (path: ReadonlyArray<string | number>, message: string, messageZh: string): Schema.SchemaError =>
  new Schema.SchemaError(new SchemaIssue.Pointer(path, new SchemaIssue.InvalidValue({ message, messageZh })))

/**
 * What {@link Decode.fast} returns for input it does not accept: then {@link Decode.slow} (effect's
 * decoder) decides, with its issues.
 *
 * @internal
 * @since 0.2.0
 */
export const DEFERRED: typeof INVALID = INVALID

/**
 * A decoder made by {@link make}: called, it returns a `Result` like
 * `Schema.decodeUnknownResult(schema, options)`. Its two halves are there for a hot loop, which
 * allocates no `Result` for input that decodes: `fast(input)` is the decoded value, or
 * {@link DEFERRED}, and then `slow(input)` (effect's decoder alone) is the result.
 *
 * @internal
 * @since 0.2.0
 */
export interface Decode<A> {
  (input: unknown): Result.Result<A, Schema.SchemaError>
  /** The decoded value of input the fast path accepts (exactly what effect would return), else {@link DEFERRED}. Never throws. */
  readonly fast: (input: unknown) => A | typeof DEFERRED
  /** Effect's decoder on the input's own data (see {@link make}). Never throws. */
  readonly slow: (input: unknown) => Result.Result<A, Schema.SchemaError>
}

/**
 * How many inputs the engine's decoders leave to effect's decoder alone before their fast path is
 * compiled ({@link make}'s `fastAfter`): a run that decodes a handful of records (a CLI's cold start)
 * never pays for generating and compiling it.
 *
 * @internal
 */
export const ENGINE_FAST_AFTER = 16

/**
 * A decoder returning a `Result` like `Schema.decodeUnknownResult(schema, options)`: the fast path
 * for input it accepts, effect's decoder for the rest (and for the whole schema when it uses a
 * feature the fast path does not support). Both read only the input's own properties (effect's
 * decoder runs on {@link ownData}'s copy), and neither throws: input that cannot be read is a
 * failure with the path of what could not be read. The first `fastAfter` inputs (default 0) are left
 * to effect's decoder, and the fast path is compiled at the next one. `absent` (default `"omit"`):
 * how the fast path decodes an optional field the input leaves out ({@link AbsentFields}); effect's
 * decoder always leaves it out.
 *
 * @internal
 * @since 0.1.0
 */
export const make = <S extends Schema.Top>(
  schema: S,
  options: Options = {},
  fastAfter = 0,
  absent: AbsentFields = "omit"
): Decode<S["Type"]> => {
  const effectDecode = Schema.decodeUnknownResult(schema as unknown as Schema.Decoder<S["Type"], never>, options)
  // effect's decoder, on the input's own data: no inherited field is read, and input that cannot
  // be read (a throwing getter or Proxy trap, a cycle) is an issue at its path, never a throw
  const slow = (input: unknown): Result.Result<S["Type"], Schema.SchemaError> => {
    const own = ownData(input)
    if (own._tag === "unreadable") return Result.fail(unreadable(own.path, own.message, own.messageZh))
    try {
      return effectDecode(own.value)
    } catch (e) {
      const why = e instanceof Error ? `${e.name}: ${e.message}` : "a value was thrown"
      return Result.fail(unreadable([], `cannot be decoded (${why})`, `无法解码（${why}）`))
    }
  }
  // compiled on first use, so that importing a module that makes a decoder costs nothing
  let compiled: Decoder | typeof UNSUPPORTED | undefined
  let calls = 0
  const fast = (input: unknown): S["Type"] | Invalid => {
    if (compiled === undefined) {
      if (calls < fastAfter) {
        calls++
        return INVALID
      }
      try {
        compiled = new Compiler(options, absent).compile(schema.ast)
      } catch {
        compiled = UNSUPPORTED
      }
    }
    if (compiled === UNSUPPORTED) return INVALID
    try {
      return compiled(input)
    } catch {
      return INVALID
    }
  }
  const decode = (input: unknown): Result.Result<S["Type"], Schema.SchemaError> => {
    const value = fast(input)
    return value === INVALID ? slow(input) : Result.succeed(value as S["Type"])
  }
  return Object.assign(decode, { fast, slow })
}

/**
 * Whether {@link make} compiles a fast path for the schema (for tests).
 *
 * @internal
 * @since 0.1.0
 */
export const isCompiled = (schema: Schema.Top): boolean => {
  try {
    return new Compiler({}).compile(schema.ast) !== UNSUPPORTED
  } catch {
    return false
  }
}
