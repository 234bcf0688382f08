import { Effect, Result, Schema, SchemaIssue, SchemaTransformation } from "effect"
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
