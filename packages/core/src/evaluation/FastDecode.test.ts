import { Effect, Exit, Result, Schema, SchemaIssue, SchemaTransformation } from "effect"
import { describe, expect, it } from "vitest"
import { IsoInstant } from "../accident/Accident.ts"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { Enterprise } from "../enterprise/index.ts"
import * as FastDecode from "./FastDecode.ts"

/** Deep equality that also compares key order, prototypes, array-ness and Dates (by time). */
const sameValue = (a: unknown, b: unknown, path = "$"): string | undefined => {
  if (Object.is(a, b)) return undefined
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime() && a !== b ? undefined : `${path}: dates differ (or are shared)`
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return `${path}: ${String(a)} vs ${String(b)}`
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: kinds differ`
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b)
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path}: keys ${String(ka)} vs ${String(kb)}`
  for (const k of ka) {
    const d = sameValue((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`)
    if (d !== undefined) return d
  }
  return undefined
}

const format = SchemaIssue.makeFormatterStandardSchemaV1()

/** Decodes every input both ways and expects the same outcome, the same value, the same issues. */
const expectSame = (schema: Schema.Top, inputs: ReadonlyArray<unknown>) => {
  const effect = Schema.decodeUnknownResult(schema as Schema.Decoder<unknown, never>, { errors: "all" })
  const fast = FastDecode.make(schema, { errors: "all" })
  for (const input of inputs) {
    const a = effect(input)
    const b = fast(input)
    expect(Result.isSuccess(b), JSON.stringify(input)).toBe(Result.isSuccess(a))
    if (Result.isSuccess(a) && Result.isSuccess(b)) {
      expect(sameValue(a.success, b.success), JSON.stringify(input)).toBeUndefined()
      if (typeof input === "object" && input !== null) expect(b.success).not.toBe(input)
    }
    if (Result.isFailure(a) && Result.isFailure(b)) expect(format(b.failure.issue)).toEqual(format(a.failure.issue))
  }
}

const base = {
  creditCode: "91320571MA1Q7XK3PR",
  name: "苏州某化工有限公司",
  jurisdiction: "320571",
  sectors: ["hazardous-chemicals"]
}

describe("FastDecode", () => {
  it("compiles the enterprise profile", () => {
    expect(FastDecode.isCompiled(Enterprise)).toBe(true)
  })

  it("decodes enterprise profiles exactly as effect does, valid or not", () => {
    expectSame(Enterprise, [
      base,
      { extra: "stripped", ...base, unitKinds: ["production"], employees: 12, note: 1 },
      {
        ...base,
        keyPeople: [
          { name: "王某", roles: ["principal"], assessment: { passed: true, date: "2023-05-10" }, hobby: "x" },
          { id: "p-2", name: "李某", roles: ["safety-officer"], employment: "part-time", certificates: [{ kind: "k", issuedOn: "2021-01-01", validUntil: "2026-01-01" }] }
        ],
        licences: [{ kind: "work-safety-licence", validFrom: "2024-01-01", validUntil: "2026-12-31", status: "valid" }],
        standardization: { grade: 2, validUntil: "2027-06-30" },
        sites: [{ id: "S-1", name: "厂区" }],
        installations: [{ id: "I-1", name: "罐区", site: "S-1", kind: "tank-farm", majorHazardGrade: 2 }],
        facts: { pack: { any: ["thing"] }, other: null }
      },
      // invalid: each must give effect's own issues
      { ...base, creditCode: "91320571MA1Q7XK3PS" },
      { ...base, sectors: [] },
      { ...base, employees: "约200" },
      { ...base, employees: -1 },
      { ...base, unitKinds: undefined },
      { ...base, licences: [{ kind: "other", validFrom: "2025-02-30", validUntil: "2027-01-01" }] },
      { ...base, licences: [{ kind: "other", validFrom: "2027-01-01", validUntil: "2026-01-01" }] },
      { ...base, sites: [{ id: "S-1", name: "a" }, { id: "S-1", name: "b" }] },
      { ...base, installations: [{ id: "I-1", name: "x", site: "S-9", kind: "k" }], sites: [] },
      { ...base, keyPeople: [{ name: "", roles: [] }] },
      { ...base, facts: [] },
      { name: "no code" },
      "91320571MA1Q7XK3PR,苏州",
      null,
      undefined,
      []
    ])
  })

  it("builds fresh dates for calendar dates and instants, including under optionalKey", () => {
    const S = Schema.Struct({
      day: CalendarDate.CalendarDate,
      maybe: Schema.optionalKey(CalendarDate.CalendarDate),
      at: Schema.optionalKey(IsoInstant),
      checked: Schema.optionalKey(CalendarDate.CalendarDate.check(Schema.makeFilter((d: Date) => d.getUTCFullYear() > 2000)))
    })
    expect(FastDecode.isCompiled(S)).toBe(true)
    expectSame(S, [
      { day: "2024-02-29" },
      { day: "2024-02-29", maybe: "2023-12-31", at: "2024-05-01T08:30:00+08:00", checked: "2001-01-01" },
      { day: "2023-02-29" },
      { day: "2024-1-01" },
      { day: "0050-01-01" },
      { day: "2024-01-01", maybe: undefined },
      { day: "2024-01-01", at: "2024-05-01T08:30:00" },
      { day: "2024-01-01", checked: "1999-01-01" },
      { day: 20240101 }
    ])
  })

  it("handles unions, literals, records, tuples, null and key edge cases like effect", () => {
    const A = Schema.Struct({ kind: Schema.Literal("a"), n: Schema.Number })
    const B = Schema.Struct({ kind: Schema.Literal("b"), s: Schema.optionalKey(Schema.String) }).check(
      Schema.makeFilter((b) => b.s !== "bad" || { path: ["s"], issue: "bad s" })
    )
    const S = Schema.Struct({
      item: Schema.Union([A, B]),
      mode: Schema.Literals(["x", "y"]),
      maybe: Schema.NullOr(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
      tags: Schema.Record(Schema.String, Schema.Unknown),
      pair: Schema.NonEmptyArray(Schema.String),
      opt: Schema.optional(Schema.Boolean)
    })
    expect(FastDecode.isCompiled(S)).toBe(true)
    expectSame(S, [
      { item: { kind: "a", n: 1 }, mode: "x", maybe: null, tags: {}, pair: ["p"] },
      { item: { kind: "b", extra: 1 }, mode: "y", maybe: 3, tags: { a: 1, b: [2] }, pair: ["p", "q"], opt: undefined },
      { item: { kind: "b", s: "bad" }, mode: "y", maybe: 3, tags: {}, pair: ["p"] },
      { item: { kind: "c" }, mode: "x", maybe: null, tags: {}, pair: ["p"] },
      { item: { kind: "a", n: "1" }, mode: "z", maybe: -1, tags: [], pair: [] },
      { item: { kind: "a", n: 1 }, mode: "x", maybe: 1.5, tags: {}, pair: ["p", 2] }
    ])
    const Proto = Schema.Struct({ ["__proto__"]: Schema.optionalKey(Schema.String), a: Schema.String })
    expect(FastDecode.isCompiled(Proto)).toBe(true)
    expectSame(Proto, [JSON.parse("{\"__proto__\":\"x\",\"a\":\"y\"}"), { a: "y" }, JSON.parse("{\"__proto__\":1,\"a\":\"y\"}")])
    const Mixed = Schema.StructWithRest(Schema.Struct({ a: Schema.Number }), [Schema.Record(Schema.String, Schema.Number)])
    expect(FastDecode.isCompiled(Mixed)).toBe(true)
    expectSame(Mixed, [{ a: 1, b: 2 }, { a: 1, b: "2" }, { b: 2 }])
  })

  it("decodes unions of literals and enums like effect: compared one by one, or looked up in a set when there are many", () => {
    const Few = Schema.Literals(["production", "storage", "use", "企业"])
    const Mixed = Schema.Literals([0, 1, true, "1"])
    const Many = Schema.Literals(Array.from({ length: 20 }, (_, i) => `k${i}`))
    const Level = { Major: "major", General: "general", Rank: 2 } as const
    const Enum = Schema.Enum(Level)
    const inputs = ["production", "use", "企业", "Production", "production ", "", 0, -0, 1, 2, true, false, "1", "0", "k0", "k19", "k20", "major", "general", NaN, null, undefined, {}, ["use"], new String("use")]
    for (const schema of [Few, Mixed, Many, Enum, Schema.Struct({ kind: Few, n: Schema.optionalKey(Mixed) })]) {
      expect(FastDecode.isCompiled(schema)).toBe(true)
      expectSame(schema, schema === Few || schema === Mixed || schema === Many || schema === Enum ? inputs : inputs.map((kind) => ({ kind, n: kind })))
    }
    // a string built at run time (not the literal's own string) is still the literal
    expectSame(Few, [["pro", "duction"].join(""), JSON.parse("\"storage\"")])
  })

  it("a literal string decodes to the schema's own, internalized string (an equal value): a rule's comparison with a constant compares pointers", async () => {
    // V8's own test of a string (natives syntax, allowed for code compiled from here on in this process)
    const v8 = await import("node:v8")
    v8.setFlagsFromString("--allow-natives-syntax")
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const isInternalized = new Function("s", "return %IsInternalizedString(s)") as (s: string) => boolean
    // a record with Chinese text is a two-byte JSON text, and JSON.parse internalizes none of its strings
    const input = JSON.parse(`{"name":"某化工有限公司","one":"hazardous-chemicals","few":"safety-officer","many":"k17","roles":["safety-officer","principal"],"enumValue":"general","text":"safety-officer"}`)
    expect(isInternalized(input.one) || isInternalized(input.few) || isInternalized(input.roles[0])).toBe(false)
    const Few = Schema.Literals(["principal", "safety-officer", "full-time"])
    const Level = { Major: "major", General: "general", Rank: 2 } as const
    const schema = Schema.Struct({
      name: Schema.String,
      one: Schema.Literal("hazardous-chemicals"),
      few: Few,
      many: Schema.Literals(Array.from({ length: 20 }, (_, i) => `k${i}`)),
      roles: Schema.Array(Few),
      enumValue: Schema.Enum(Level),
      text: Schema.String
    })
    for (const decode of [FastDecode.make(schema), FastDecode.make(schema, {}, 0, "undefined")]) {
      const value = decode.fast(input) as Record<string, any>
      expect(sameValue(value, Result.getOrThrow(Schema.decodeUnknownResult(schema)(input)))).toBeUndefined()
      for (const s of [value.one, value.few, value.many, value.roles[0], value.roles[1], value.enumValue]) expect(isInternalized(s), s).toBe(true)
      // a string that is no literal stays the input's
      expect(isInternalized(value.text)).toBe(false)
    }
    // each decoder of a literal on its own, and a literal of a schema built from JSON (`Pack.fromJson`)
    const fromJson = JSON.parse(`["safety-officer","中文"]`) as Array<string>
    expect(isInternalized(fromJson[0]!)).toBe(false)
    for (const alone of [Schema.Literal(fromJson[0]!), Schema.Literals([fromJson[0]!, "principal"]), Schema.Literals([...Array.from({ length: 20 }, (_, i) => `k${i}`), fromJson[0]!])]) {
      const value = FastDecode.make(alone).fast(input.few)
      expect(value).toBe("safety-officer")
      expect(isInternalized(value as string)).toBe(true)
    }
  })

  it("fast: the decoded value without a Result, or DEFERRED and then slow, effect's decoder, with its issues; neither throws", () => {
    const decode = FastDecode.make(Enterprise, { errors: "all" })
    const value = decode.fast(base)
    expect(value).not.toBe(FastDecode.DEFERRED)
    expect(sameValue(value, Result.getOrThrow(Schema.decodeUnknownResult(Enterprise)(base)))).toBeUndefined()
    const bad = { ...base, sectors: ["nowhere"], unitKinds: ["production", 3] }
    expect(decode.fast(bad)).toBe(FastDecode.DEFERRED)
    const slow = decode.slow(bad)
    const effect = Schema.decodeUnknownResult(Enterprise, { errors: "all" })(bad)
    expect(Result.isFailure(slow) && Result.isFailure(effect) && format(slow.failure.issue)).toEqual(Result.isFailure(effect) && format(effect.failure.issue))
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap") } })
    expect(decode.fast(hostile)).toBe(FastDecode.DEFERRED)
    expect(Result.isFailure(decode.slow(hostile))).toBe(true)
  })

  it("fastAfter: the first inputs go to effect's decoder alone, then the fast path answers", () => {
    const decode = FastDecode.make(Enterprise, { errors: "all" }, 2)
    const effect = Result.getOrThrow(Schema.decodeUnknownResult(Enterprise)(base))
    expect(decode.fast(base)).toBe(FastDecode.DEFERRED)
    expect(sameValue(Result.getOrThrow(decode(base)), effect)).toBeUndefined()
    const third = decode.fast(base)
    expect(third).not.toBe(FastDecode.DEFERRED)
    expect(sameValue(third, effect)).toBeUndefined()
    expect(FastDecode.ENGINE_FAST_AFTER).toBeGreaterThan(0)
  })

  it("decodes the same without generated code (where Function is forbidden): the closures instead", () => {
    const real = globalThis.Function
    let refused = 0
    const forbidden = function() {
      refused++
      throw new EvalError("Code generation from strings disallowed for this context")
    } as unknown as FunctionConstructor
    const Mixed = Schema.Struct({
      kind: Schema.optionalKey(Schema.Literals(["a", "b"])),
      tags: Schema.Array(Schema.NonEmptyString),
      either: Schema.Union([Schema.Number, Schema.Struct({ n: Schema.Number })]),
      note: Schema.optionalKey(Schema.String)
    })
    globalThis.Function = forbidden
    try {
      // compiled on first use: here, without code generation
      expectSame(Mixed, [{ tags: ["a"], either: 1 }, { kind: "b", tags: [], either: { n: 2 }, note: "x", extra: 1 }, { tags: [""], either: "1" }, { tags: "a" }, { kind: "c", tags: [], either: 1 }])
      expectSame(Enterprise, [base, { ...base, keyPeople: [{ name: "王某", roles: ["principal"] }] }, { ...base, sectors: [] }])
    } finally {
      globalThis.Function = real
    }
    expect(refused).toBeGreaterThan(10) // every struct, array, checked node and union asked for code
  })

  it("leaves what it does not compile to effect, with the same results", () => {
    const Effectful = Schema.String.pipe(Schema.decodeTo(
      Schema.Number,
      SchemaTransformation.transformEffect({
        decode: (s: string) => Effect.succeed(s.length).pipe(Effect.delay("1 millis"), Effect.orDie),
        encode: (n: number) => Effect.succeed(String(n))
      })
    ))
    const OneOf = Schema.Union([Schema.String, Schema.NonEmptyString], { mode: "oneOf" })
    expect(FastDecode.isCompiled(OneOf)).toBe(false)
    expectSame(OneOf, ["", "x", 1])
    // effect's decoder throws for an effectful schema; FastDecode never throws: the input is reported as not decodable
    const effectful = FastDecode.make(Effectful)("abc")
    expect(Result.isFailure(effectful) && format(effectful.failure.issue).issues[0]!.message).toMatch(/cannot be decoded/)
    expect(() => Schema.decodeUnknownResult(Effectful)("abc")).toThrow()
    // excess keys: stripped by default, rejected with onExcessProperty: "error" (left to effect)
    const Strict = Schema.Struct({ a: Schema.String })
    expect(Result.isFailure(FastDecode.make(Strict, { onExcessProperty: "error" })({ a: "x", b: 1 }))).toBe(true)
    expect(Result.isSuccess(FastDecode.make(Strict)({ a: "x", b: 1 }))).toBe(true)
  })
})

/** A small seeded generator (mulberry32), so that every run mutates the same way. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Values a mutation puts somewhere: other types, edge numbers, valid and invalid dates, literals the schemas know. */
const REPLACEMENTS: ReadonlyArray<() => unknown> = [
  () => "", () => "x", () => "2024-02-29", () => "2025-02-30", () => "2024-05-01T08:30:00+08:00", () => 0, () => -1, () => 1.5,
  () => 3, () => 1e21, () => true, () => false, () => null, () => undefined, () => [], () => ({}), () => ["production"], () => ({ a: 1 }),
  () => "hazardous-chemicals", () => "construction", () => "production", () => "storage", () => "principal", () => "valid",
  () => "part-time", () => "a", () => "b", () => "design", () => "in-use", () => "91320571MA1Q7XK3PR", () => "320571"
]

/**
 * A copy of `value` with 1–3 random mutations: a key deleted, a value replaced by another type or
 * literal, an unknown key added (also `__proto__` and `constructor` as own keys), an object's keys
 * shuffled or the object given a null prototype, an array emptied or an element repeated.
 */
const mutate = (value: unknown, rand: () => number): unknown => {
  const copy = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(copy) : typeof v === "object" && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) : v
  const root = { value: copy(value) }
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(rand() * xs.length)]!
  const times = 1 + Math.floor(rand() * 3)
  for (let m = 0; m < times; m++) {
    // the containers of the tree, with where each sits
    const places: Array<{ readonly parent: Record<string, unknown>; readonly key: string }> = []
    const walk = (parent: Record<string, unknown>, key: string) => {
      places.push({ parent, key })
      const v = parent[key]
      if (typeof v === "object" && v !== null) for (const k of Object.keys(v)) walk(v as Record<string, unknown>, k)
    }
    walk(root as Record<string, unknown>, "value")
    const { parent, key } = pick(places)
    const v = parent[key]
    const op = Math.floor(rand() * 9)
    if (op === 0 && parent !== (root as unknown)) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (op <= 2) parent[key] = pick(REPLACEMENTS)()
    else if (op === 3 && typeof v === "object" && v !== null && !Array.isArray(v)) {
      const extra = pick(["extra", "__proto__", "constructor", "toString", "0"])
      Object.defineProperty(v, extra, { value: pick(REPLACEMENTS)(), enumerable: true, writable: true, configurable: true })
    } else if (op === 4 && typeof v === "object" && v !== null && !Array.isArray(v)) {
      const entries = Object.entries(v)
      for (let i = entries.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1))
        ;[entries[i], entries[j]] = [entries[j]!, entries[i]!]
      }
      parent[key] = Object.fromEntries(entries)
    } else if (op === 5 && typeof v === "object" && v !== null && !Array.isArray(v)) {
      parent[key] = Object.assign(Object.create(null), v)
    } else if (op === 6 && Array.isArray(v)) v.length = 0
    else if (op === 7 && Array.isArray(v) && v.length > 0) v.push(copy(v[0]))
    else if (op === 8 && typeof v === "number") parent[key] = pick([-v, v + 0.5, v * 1000, NaN])
    else parent[key] = pick(REPLACEMENTS)()
  }
  return root.value
}

/** Many optional fields, literal unions, checks, nested groups with a struct check, arrays of structs, records. */
const FactsLike = Schema.Struct({
  count: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
  kind: Schema.optionalKey(Schema.Literals(["a", "b", "design", "in-use"])),
  flag: Schema.optionalKey(Schema.Boolean),
  label: Schema.optionalKey(Schema.NonEmptyString),
  since: Schema.optionalKey(CalendarDate.CalendarDate),
  group: Schema.optionalKey(Schema.Struct({
    count: Schema.optionalKey(Schema.Int),
    untrained: Schema.optionalKey(Schema.Int)
  }).check(Schema.makeFilter((g) => g.count === undefined || g.untrained === undefined || g.untrained <= g.count))),
  items: Schema.optionalKey(Schema.Array(Schema.Struct({
    id: Schema.String,
    kind: Schema.Literals(["design", "in-use", "other"]),
    done: Schema.optionalKey(Schema.Boolean),
    at: Schema.optionalKey(Schema.NullOr(CalendarDate.CalendarDate))
  }))),
  extra: Schema.optionalKey(Schema.Record(Schema.String, Schema.Number)),
  required: Schema.String
})

const factsBase = {
  count: 3,
  kind: "design",
  flag: true,
  label: "x",
  since: "2024-02-29",
  group: { count: 3, untrained: 1 },
  items: [{ id: "1", kind: "design", done: false, at: null }, { id: "2", kind: "in-use", at: "2023-01-01" }],
  extra: { a: 1, b: 2 },
  required: "r"
}

describe("FastDecode, differential", () => {
  const rich = {
    ...base,
    unitKinds: ["production", "storage"],
    employees: 120,
    keyPeople: [
      { name: "王某", roles: ["principal"], assessment: { passed: true, date: "2023-05-10" } },
      { id: "p-2", name: "李某", roles: ["safety-officer"], employment: "part-time", certificates: [{ kind: "k", issuedOn: "2021-01-01", validUntil: "2026-01-01" }] }
    ],
    licences: [{ kind: "work-safety-licence", validFrom: "2024-01-01", validUntil: "2026-12-31", status: "valid" }],
    standardization: { grade: 2, validUntil: "2027-06-30" },
    sites: [{ id: "S-1", name: "厂区" }],
    installations: [{ id: "I-1", name: "罐区", site: "S-1", kind: "tank-farm", majorHazardGrade: 2 }],
    facts: { pack: { any: ["thing"] } }
  }
  const cases: ReadonlyArray<readonly [string, Schema.Top, ReadonlyArray<unknown>]> = [
    ["the enterprise profile", Enterprise, [base, rich]],
    ["a pack's fact section", FactsLike, [factsBase, { required: "r" }]]
  ]
  it("reads only the input's own keys, even when Object.prototype has enumerable keys of the schema's fields", () => {
    const fast = FastDecode.make(FactsLike, { errors: "all" }).fast
    const proto = Object.prototype as Record<string, unknown>
    const pollute = (key: string, value: unknown) => Object.defineProperty(proto, key, { value, enumerable: true, configurable: true, writable: true })
    pollute("label", "polluted")
    pollute("required", "r")
    pollute("kind", "nope")
    try {
      // inherited: absent (an optional field is left out; a required one makes the input effect's, which rejects it)
      expect(fast({ required: "own" })).toEqual({ required: "own" })
      expect(Object.keys(fast({ required: "own" }) as object)).toEqual(["required"])
      expect(fast({})).toBe(FastDecode.DEFERRED)
      // own: present, also with the very value Object.prototype has, and in the schema's order whatever the input's
      expect(Object.entries(fast({ label: "polluted", required: "r", kind: "a" }) as object)).toEqual([["kind", "a"], ["label", "polluted"], ["required", "r"]])
      expect(Object.entries(fast(Object.assign(Object.create(null), { required: "x", label: "y" })) as object)).toEqual([["label", "y"], ["required", "x"]])
    } finally {
      delete proto.label
      delete proto.required
      delete proto.kind
    }
  })

  for (const [name, schema, bases] of cases) {
    it(`${name}: for mutated records the fast path returns exactly effect's value, or defers; never anything else`, () => {
      const rand = prng(20)
      const fast = FastDecode.make(schema, { errors: "all" }).fast
      const effect = Schema.decodeUnknownExit(schema as Schema.Decoder<unknown, never>, { errors: "all" })
      let accepted = 0, valid = 0, deferredValid = 0
      for (let i = 0; i < 1500; i++) {
        const input = mutate(bases[i % bases.length], rand)
        const exit = effect(input)
        const value = fast(input)
        if (Exit.isSuccess(exit)) valid++
        if (value === FastDecode.DEFERRED) {
          if (Exit.isSuccess(exit)) deferredValid++
          continue
        }
        accepted++
        expect(Exit.isSuccess(exit), JSON.stringify(input)).toBe(true)
        if (Exit.isSuccess(exit)) expect(sameValue(exit.value, value), JSON.stringify(input)).toBeUndefined()
        if (typeof input === "object" && input !== null) expect(value).not.toBe(input)
      }
      // the mutants are a mix of valid and invalid records, and the fast path takes most of the valid ones
      expect(valid).toBeGreaterThan(150)
      expect(valid).toBeLessThan(1500)
      expect(accepted).toBeGreaterThan(valid * 0.8)
      expect(deferredValid).toBeLessThan(valid * 0.2)
    })
  }
})

describe("FastDecode, absent fields as undefined (the engine's rule subjects)", () => {
  /** A copy without the own keys whose value is `undefined` (what effect's decoder leaves out). */
  const dropUndefined = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(dropUndefined)
    if (typeof v !== "object" || v === null || v instanceof Date) return v
    const out: Record<PropertyKey, unknown> = Object.getPrototypeOf(v) === null ? Object.create(null) : {}
    for (const k of Reflect.ownKeys(v)) {
      const x = (v as Record<PropertyKey, unknown>)[k]
      if (x !== undefined) Object.defineProperty(out, k, { value: dropUndefined(x), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  const FACTS_KEYS = ["count", "kind", "flag", "label", "since", "group", "items", "extra", "required"]

  it("decodes every declared field as an own property, undefined when the input leaves it out, in the schema's order", () => {
    const dense = FastDecode.make(FactsLike, { errors: "all" }, 0, "undefined")
    const v = dense.fast({ required: "r", group: {}, items: [{ kind: "design", id: "1" }, { id: "2", kind: "other", done: true }], extra: { a: 1 } }) as any
    expect(Reflect.ownKeys(v)).toEqual(FACTS_KEYS)
    expect([v.count, v.kind, v.flag, v.label, v.since]).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(Reflect.ownKeys(v.group)).toEqual(["count", "untrained"])
    expect(v.items.map((e: object) => Reflect.ownKeys(e))).toEqual([["id", "kind", "done", "at"], ["id", "kind", "done", "at"]])
    expect(v.items[1].done).toBe(true)
    // a record (index signature) stays as the input has it: only a struct's declared fields are added
    expect(Reflect.ownKeys(v.extra)).toEqual(["a"])
    // left out, given: the same shape; effect's decoder (the slow path) leaves them out
    expect(Reflect.ownKeys(dense.fast({ ...factsBase }) as object)).toEqual(FACTS_KEYS)
    const slow = dense.slow({ required: "r" })
    expect(Result.isSuccess(slow) && Reflect.ownKeys(slow.success as object)).toEqual(["required"])
    // the default leaves them out, as effect does
    expect(Reflect.ownKeys(FastDecode.make(FactsLike, { errors: "all" }).fast({ required: "r" }) as object)).toEqual(["required"])
  })

  it("mutated records: accepts and rejects what the default does, and gives effect's value but for the undefined fields", () => {
    for (const [schema, bases, keys] of [[FactsLike, [factsBase, { required: "r" }], FACTS_KEYS], [Enterprise, [base], undefined]] as const) {
      const rand = prng(7)
      const dense = FastDecode.make(schema, { errors: "all" }, 0, "undefined").fast
      const sparse = FastDecode.make(schema, { errors: "all" }).fast
      const effect = Schema.decodeUnknownExit(schema as Schema.Decoder<unknown, never>, { errors: "all" })
      let accepted = 0
      for (let i = 0; i < 1500; i++) {
        const input = mutate(bases[i % bases.length], rand)
        const d = dense(input), s = sparse(input)
        expect(d === FastDecode.DEFERRED, JSON.stringify(input)).toBe(s === FastDecode.DEFERRED)
        if (d === FastDecode.DEFERRED) continue
        accepted++
        const exit = effect(input)
        expect(Exit.isSuccess(exit), JSON.stringify(input)).toBe(true)
        if (Exit.isSuccess(exit)) expect(sameValue(dropUndefined(exit.value), dropUndefined(d)), JSON.stringify(input)).toBeUndefined()
        if (keys !== undefined) expect(Reflect.ownKeys(d as object)).toEqual(keys)
      }
      expect(accepted).toBeGreaterThan(100)
    }
  })

  it("the same without generated code, and for a struct with a `__proto__` field (its own careful loop)", () => {
    const Proto = Schema.Struct({ ["__proto__"]: Schema.optionalKey(Schema.String), a: Schema.String, b: Schema.optionalKey(Schema.Number) })
    const proto = FastDecode.make(Proto, { errors: "all" }, 0, "undefined").fast
    const v = proto({ a: "y" }) as object
    expect(Reflect.ownKeys(v)).toEqual(["__proto__", "a", "b"])
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(v, "__proto__")?.value).toBeUndefined()
    const real = globalThis.Function
    globalThis.Function = function() {
      throw new EvalError("Code generation from strings disallowed for this context")
    } as unknown as FunctionConstructor
    try {
      const closures = FastDecode.make(FactsLike, { errors: "all" }, 0, "undefined").fast
      const w = closures({ required: "r", items: [{ id: "1", kind: "design" }] }) as any
      expect(Reflect.ownKeys(w)).toEqual(FACTS_KEYS)
      expect(Reflect.ownKeys(w.items[0])).toEqual(["id", "kind", "done", "at"])
    } finally {
      globalThis.Function = real
    }
  })
})
