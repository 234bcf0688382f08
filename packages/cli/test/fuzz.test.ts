// Fuzz (issue 14 §2, done-when): 10,000 generated records per input format — JSON, NDJSON, CSV and
// the library API with JS values — with hostile keys (__proto__, constructor, prototype), control
// characters, odd encodings (GB18030 lines, bytes valid in no encoding, byte-order marks, UTF-16)
// and huge strings. Properties: nothing throws; every record is accounted for (one result each);
// no record changes another's findings (each record's result is the same in the batch forward, in
// the batch reversed, and alone); Object.prototype is untouched; table output holds no raw control
// character. Deterministic: a seeded PRNG.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { computeCheckCharacter, Engine } from "@anquan/core"
import type { RecordResult } from "@anquan/core"
import { afterAll, describe, expect, it } from "vitest"
import { check, installedPacks, readRecords } from "../src/index.ts"
import type { InputItem, ReadOptions } from "../src/index.ts"

const CASES = 10_000
const ALONE = 100 // cases per format also read from a file of their own
const MAX_LINE = 256 * 1024

const dir = mkdtempSync(join(tmpdir(), "anquan-fuzz-"))
afterAll(() => {
  if (process.env["ANQUAN_FUZZ_KEEP"] === undefined) rmSync(dir, { recursive: true, force: true })
})

/** mulberry32: small, fast, deterministic. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const code = (n: number) => {
  const body = `91330102${String(n).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype"] as const
const CONTROLS = ["\u001b[8m", "\u001b]0;x\u0007", "\u0000", "\r", "\u009b2J", "\u202e", "\n", "\t", "\u0085", "\u2028", "\u007f"]
/** What would change other records' findings if it reached a prototype. */
const PAYLOAD = {
  evacuation: { exitsCompliant: false, exitsObstructed: true },
  workSafety: { evacuation: { exitsCompliant: false, exitsObstructed: true } },
  employees: 9999,
  safetyDepartment: false,
  sectors: ["hazardous-chemicals"],
  facts: { workSafety: { evacuation: { exitsCompliant: false } } }
}
/** GB18030 bytes of 杭州, and bytes valid in no encoding here. */
const GB = Buffer.from([0xba, 0xbc, 0xd6, 0xdd])
const INVALID = Buffer.from([0xff, 0x80, 0xfe])

type Json = null | boolean | number | string | Array<Json> | { [k: string]: Json }

interface Case {
  /** The record as a JS value (own __proto__ keys where the fuzz put them). */
  readonly value: Record<string, unknown>
  /** Raw bytes to splice into the record's name: GB18030 or invalid (files only). */
  readonly raw?: Buffer
}

const own = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

const makeCases = (seed: number, n: number): Array<Case> => {
  const random = prng(seed)
  const int = (k: number) => Math.floor(random() * k)
  const pick = <A>(list: ReadonlyArray<A>): A => list[int(list.length)]!
  const cases: Array<Case> = []
  for (let i = 0; i < n; i++) {
    const value: Record<string, unknown> = {
      creditCode: code(i + 1),
      name: `企业${i}`,
      jurisdiction: "330102",
      sectors: [pick(["industry-trade", "industry-trade", "hazardous-chemicals", "construction"])],
      employees: pick([5, 20, 150, 400])
    }
    if (random() < 0.7) {
      const workSafety: Record<string, unknown> = { specialOperatorsListed: random() < 0.5 }
      if (random() < 0.4) workSafety["evacuation"] = { exitsCompliant: random() < 0.5, exitsObstructed: random() < 0.5 }
      value["facts"] = { workSafety }
    }
    if (random() < 0.3) value["safetyDepartment"] = random() < 0.5
    const nodes = (): Array<Record<string, unknown>> => {
      const list = [value]
      const facts = value["facts"] as Record<string, unknown> | undefined
      if (typeof facts === "object" && facts !== null && !Array.isArray(facts)) {
        list.push(facts)
        if (typeof facts["workSafety"] === "object" && facts["workSafety"] !== null) list.push(facts["workSafety"] as Record<string, unknown>)
      }
      return list
    }
    let raw: Buffer | undefined
    const ops = 1 + int(3)
    for (let k = 0; k < ops; k++) {
      const op = random()
      if (op < 0.35) own(pick(nodes()), pick(HOSTILE_KEYS), random() < 0.8 ? PAYLOAD : pick<Json>([1, "x", null, [PAYLOAD], { prototype: PAYLOAD }]))
      else if (op < 0.55) value[pick(["name", "jurisdiction", "creditCode"])] = `${pick(CONTROLS)}${value["name"] as string}${pick(CONTROLS)}`
      else if (op < 0.65) value["employees"] = pick<Json>(["many", -1, null, [], {}, 1e308, 3.5, "150"])
      else if (op < 0.7) delete value[pick(["creditCode", "name", "sectors", "jurisdiction"])]
      else if (op < 0.705) value["name"] = "长".repeat(pick([10_000, 40_000, 100_000])) // 30 KB to 300 KB of UTF-8 (over the 256 KiB limit)
      else if (op < 0.77) raw = random() < 0.5 ? GB : INVALID
      else if (op < 0.8) value["facts"] = pick<Json>([null, "facts", [1], { workSafety: "x" }, { workSafety: { evacuation: [] } }])
      else if (op < 0.82) own(value, "constructor", { prototype: PAYLOAD })
    }
    cases.push(raw === undefined ? { value } : { value, raw })
  }
  return cases
}

/** What must not depend on other records: the result without its index. */
const signature = (r: RecordResult): string =>
  r._tag === "rejected"
    ? JSON.stringify({ rejected: r.issues.map((i) => i.path.join(".")), id: r.id })
    : JSON.stringify({ verdict: r.verdict, counts: r.counts, findings: r.findings, subject: r.subject })

const engine = Engine.make({ packs: installedPacks })
const plan = engine.plan("2026-11-23")

/** Evaluates every item of a file; an unparseable item is a result of its own. */
const evaluateFile = async (path: string, options: ReadOptions): Promise<Array<string>> => {
  const out: Array<string> = []
  for await (const item of readRecords(path, { maxLineBytes: MAX_LINE, onWarning: () => {}, ...options }) as AsyncGenerator<InputItem>) {
    out.push(item._tag === "unparseable" ? `unparseable` : signature(engine.evaluateRecord(item.value, 0, plan)))
  }
  return out
}

const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join(","))
const PROTOTYPES = prototypeKeys()
const expectCleanPrototypes = () => {
  expect(prototypeKeys()).toEqual(PROTOTYPES)
  for (const k of ["evacuation", "workSafety", "employees", "facts", "exitsCompliant"]) expect(k in {}).toBe(false)
}

/** A record as one JSON text, with `raw` bytes spliced into its name. */
const jsonBytes = (c: Case): Buffer => {
  if (c.raw === undefined) return Buffer.from(JSON.stringify(c.value))
  // the rest of a line with GB18030 bytes in ASCII (\u escapes), as a GB18030 file's line would be all GB18030
  const text = JSON.stringify(c.value).replace(/[\u0080-\uffff]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)
  const at = text.indexOf("\"name\":\"")
  if (at < 0) return Buffer.from(text)
  const cut = at + "\"name\":\"".length
  return Buffer.concat([Buffer.from(text.slice(0, cut)), c.raw, Buffer.from(text.slice(cut))])
}

const CSV_COLUMNS = ["creditCode", "name", "jurisdiction", "sectors", "employees", "safetyDepartment", "facts.workSafety"] as const
const csvCell = (v: unknown): string => {
  if (v === undefined) return ""
  const text = typeof v === "string" ? v : JSON.stringify(v)
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll("\"", "\"\"")}"` : text
}
/** A record as one CSV row (its facts section as one JSON cell, hostile keys and all). */
const csvBytes = (c: Case): Buffer => {
  const row = CSV_COLUMNS.map((col) => {
    const facts = c.value["facts"]
    const v = col === "facts.workSafety"
      ? (typeof facts === "object" && facts !== null && Object.hasOwn(facts, "workSafety") ? (facts as Record<string, unknown>)["workSafety"] : undefined)
      : Object.hasOwn(c.value, col) ? c.value[col] : undefined
    return csvCell(v)
  })
  if (c.raw !== undefined) {
    // the raw bytes at the start of the name, inside its quotes when it has them
    const name = row[1]!
    const [open, rest] = name.startsWith("\"") ? ["\"", name.slice(1)] : ["", name]
    return Buffer.concat([Buffer.from(`${row[0]},${open}`), c.raw, Buffer.from(`${rest},${row.slice(2).join(",")}`)])
  }
  return Buffer.from(row.join(","))
}
const CSV_HEADER = Buffer.from(CSV_COLUMNS.join(","))

interface Format {
  readonly name: string
  readonly ext: string
  readonly encode: (cases: ReadonlyArray<Case>) => Buffer
}
const formats: ReadonlyArray<Format> = [
  { name: "JSON", ext: "json", encode: (cs) => Buffer.concat([Buffer.from("[\n"), ...cs.flatMap((c, i) => [i === 0 ? Buffer.alloc(0) : Buffer.from(",\n"), jsonBytes(c)]), Buffer.from("\n]\n")]) },
  // with a UTF-8 byte-order mark: its GB18030 lines are then not UTF-8, and rejected each on its own
  { name: "NDJSON", ext: "ndjson", encode: (cs) => Buffer.concat([Buffer.from("\ufeff"), ...cs.flatMap((c) => [jsonBytes(c), Buffer.from("\n")])]) },
  { name: "CSV", ext: "csv", encode: (cs) => Buffer.concat([CSV_HEADER, Buffer.from("\r\n"), ...cs.flatMap((c) => [csvBytes(c), Buffer.from("\r\n")])]) }
]

describe("fuzz: no record changes another's findings, nothing throws", () => {
  for (const [f, format] of formats.entries()) {
    it(`${format.name}: ${CASES} records`, async () => {
      // the JSON file is one unit: a byte valid in no encoding rejects it whole, so its cases have none
      const cases = makeCases(1000 + f, CASES).map((c) => (format.ext === "json" && c.raw === INVALID ? { value: c.value } : c))
      const forwardFile = join(dir, `forward.${format.ext}`)
      writeFileSync(forwardFile, format.encode(cases))
      const forward = await evaluateFile(forwardFile, {})
      expectCleanPrototypes()
      expect(forward).toHaveLength(CASES)

      const reversedFile = join(dir, `reversed.${format.ext}`)
      writeFileSync(reversedFile, format.encode([...cases].reverse()))
      const reversed = (await evaluateFile(reversedFile, {})).reverse()
      expectCleanPrototypes()
      expect(reversed).toHaveLength(CASES)
      const differ = forward.flatMap((s, i) => (s === reversed[i] ? [] : [i]))
      expect(differ).toEqual([])

      for (let i = 0; i < CASES; i += CASES / ALONE) {
        const aloneFile = join(dir, `alone-${i}.${format.ext}`)
        writeFileSync(aloneFile, format.encode([cases[i]!]))
        expect(await evaluateFile(aloneFile, {}), `case ${i}`).toEqual([forward[i]])
      }
      expectCleanPrototypes()
      // every kind of outcome occurs (the fuzz is not all rejections)
      expect(forward.some((s) => s.includes("\"verdict\":\"general-hazard\""))).toBe(true)
      expect(forward.some((s) => s.startsWith("{\"rejected\""))).toBe(true)
    }, 180_000)
  }

  it(`the same cases as UTF-16: same results as UTF-8`, async () => {
    const cases = makeCases(2000, 2000).map((c) => ({ value: c.value }))
    const utf8 = join(dir, "u8.ndjson")
    writeFileSync(utf8, formats[1]!.encode(cases))
    const text = formats[1]!.encode(cases).toString("utf8")
    const utf16 = join(dir, "u16.ndjson")
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))
    expect(await evaluateFile(utf16, {})).toEqual(await evaluateFile(utf8, {}))
  }, 180_000)

  it(`the library API with JS values: ${CASES} records, Proxies, getters, cycles, BigInt, symbols`, () => {
    const random = prng(3000)
    const cases = makeCases(3000, CASES).map((c, i): unknown => {
      const v = c.value
      switch (i % 13) {
        case 0:
          return Object.defineProperty({ ...v }, "name", { get: () => { throw new Error("getter") }, enumerable: true })
        case 1:
          return new Proxy(v, { get: (t, k) => (random() < 0.5 ? Reflect.get(t, k) : (() => { throw new Error("trap") })()) })
        case 2: {
          const cyclic: Record<string, unknown> = { ...v }
          cyclic["facts"] = { workSafety: { self: cyclic } }
          return cyclic
        }
        case 3:
          return { ...v, employees: BigInt(20), [Symbol("k")]: PAYLOAD }
        case 4:
          return Object.assign(Object.create(PAYLOAD) as object, v)
        case 5:
          return [v]
        case 6:
          return i % 2 === 0 ? Symbol("record") : 10n
        default:
          return v
      }
    })
    // forward, reversed and alone (every case: the API needs no files)
    const forward = engine.evaluate(cases, { asOf: "2026-11-23", include: "all" })
    expectCleanPrototypes()
    const reversed = engine.evaluate([...cases].reverse(), { asOf: "2026-11-23", include: "all" })
    expect(forward.totals.records).toBe(CASES)
    const byIndex = (report: typeof forward) => {
      const out = new Array<string>(CASES)
      for (const e of report.enterprises) out[e.index] = signature(e)
      for (const r of report.rejected) out[r.index] = signature(r)
      return out
    }
    const a = byIndex(forward)
    const b = byIndex(reversed).reverse()
    // the Proxy's traps draw from the PRNG, so its cases are compared only for not throwing
    const differ = a.flatMap((s, i) => (s === b[i] || i % 13 === 1 ? [] : [i]))
    expect(differ).toEqual([])
    for (let i = 0; i < CASES; i += 3) {
      if (i % 13 === 1) continue
      const alone = engine.evaluateRecord(cases[i], i, engine.plan("2026-11-23"), "all")
      if (signature(alone) !== a[i]) expect(signature(alone), `case ${i}`).toBe(a[i])
    }
    expectCleanPrototypes()
    // a prototype's fields are not the record's: case 4 inherits PAYLOAD, and is read as its own fields only
    expect(a[4]).toBe(signature(engine.evaluateRecord({ ...(cases[4] as object) }, 4, engine.plan("2026-11-23"), "all")))
  }, 180_000)

  it("table output of the fuzzed NDJSON holds no raw control character", async () => {
    const cases = makeCases(4000, 2000)
    const file = join(dir, "table.ndjson")
    writeFileSync(file, formats[1]!.encode(cases))
    let out = ""
    await check({
      input: file, packs: installedPacks, asOf: "2026-11-23", format: "table", locale: "zh-CN", read: { maxLineBytes: MAX_LINE },
      write: (s) => void (out += s), warn: () => {}, progress: { tick: () => {}, done: () => {} }
    })
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u)
    expectCleanPrototypes()
  }, 180_000)
})
