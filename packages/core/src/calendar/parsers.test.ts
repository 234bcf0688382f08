/**
 * The hand-written date parsers (`CalendarDate.parseTime`, `parseIsoInstantTime`) against the
 * regular-expression parsers they replaced, on valid strings and on every one-character mutation
 * of them: the same accepted set and the same instants.
 */
import { describe, expect, it } from "vitest"
import { parseIsoInstant } from "../accident/index.ts"
import * as CalendarDate from "./CalendarDate.ts"

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u
const referenceDate = (iso: string): number | undefined => {
  const m = ISO_DATE.exec(iso)
  if (m === null) return undefined
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.getTime()
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/
// The regular-expression parser as it was, except that years 0000–0099 are rejected (it read
// them as 1900–1999, a wrong instant).
const referenceInstant = (s: string): number | undefined => {
  const m = ISO_INSTANT.exec(s)
  if (m === null) return undefined
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number]
  if (year < 100) return undefined
  const second = m[6] === undefined ? 0 : Number(m[6])
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3))
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis))
  if (local.getUTCDate() !== day || local.getUTCMonth() !== month - 1) return undefined
  const zone = m[8]!
  let offsetMinutes = 0
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3)), om = Number(zone.slice(4, 6))
    if (oh > 23 || om > 59) return undefined
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om)
  }
  return local.getTime() - offsetMinutes * 60_000
}

// sfc32, seeded: the same strings on every run
const prng = (seed: number) => {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t / 4294967296
  }
}
const ALPHABET = "0123456789-:.TZ+ x\u0660"
const mutations = (s: string, random: () => number, n: number): Array<string> => {
  const out: Array<string> = []
  for (let k = 0; k < n; k++) {
    const i = Math.floor(random() * (s.length + 1))
    const ch = ALPHABET[Math.floor(random() * ALPHABET.length)]!
    const op = Math.floor(random() * 3)
    out.push(op === 0 ? s.slice(0, i) + ch + s.slice(i + 1) : op === 1 ? s.slice(0, i) + ch + s.slice(i) : s.slice(0, i) + s.slice(i + 1))
  }
  return out
}
const pad = (n: number, w: number) => String(n).padStart(w, "0")

describe("CalendarDate.parseTime", () => {
  it("accepts and rejects exactly what the regular-expression parser did", () => {
    const random = prng(1)
    const cases = ["2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "0099-01-01", "0100-01-01", "9999-12-31", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00", ""]
    for (let k = 0; k < 3000; k++) {
      const s = `${pad(Math.floor(random() * 10000), 4)}-${pad(Math.floor(random() * 14), 2)}-${pad(Math.floor(random() * 33), 2)}`
      cases.push(s, ...mutations(s, random, 3))
    }
    let accepted = 0
    for (const s of cases) {
      const want = referenceDate(s)
      expect(CalendarDate.parseTime(s), s).toBe(want)
      expect(CalendarDate.parse(s)?.getTime(), s).toBe(want)
      if (want !== undefined) accepted++
    }
    expect(accepted).toBeGreaterThan(1000)
    expect(accepted).toBeLessThan(cases.length - 1000)
  })

  it("formats through its cache exactly as toISOString does", () => {
    const random = prng(2)
    for (let k = 0; k < 20000; k++) {
      const d = new Date(Date.UTC(1950 + Math.floor(random() * 120), Math.floor(random() * 12), 1 + Math.floor(random() * 28)))
      expect(CalendarDate.format(d)).toBe(d.toISOString().slice(0, 10))
    }
    const d = CalendarDate.make("2024-01-01")
    expect(CalendarDate.format(d)).toBe("2024-01-01")
    d.setUTCDate(2) // a Date mutated after formatting formats as its new day
    expect(CalendarDate.format(d)).toBe("2024-01-02")
  })
})

describe("parseIsoInstant", () => {
  it("accepts and rejects exactly what the regular-expression parser did, with the same instants", () => {
    const random = prng(3)
    const zones = ["Z", "+08:00", "-05:30", "+23:59", "+24:00", "-00:60", "+0800", ""]
    const cases = ["2024-05-01T00:30Z", "2024-02-29T12:00:00+08:00", "2023-02-29T12:00:00Z", "0099-01-01T00:00Z", "2024-05-01T24:00Z", "2024-05-01T00:30:15.1234567891Z"]
    for (let k = 0; k < 4000; k++) {
      const frac = random() < 0.3 ? `.${String(Math.floor(random() * 1e9)).slice(0, 1 + Math.floor(random() * 9))}` : ""
      const secs = random() < 0.7 ? `:${pad(Math.floor(random() * 62), 2)}${frac}` : ""
      const s = `${pad(1900 + Math.floor(random() * 200), 4)}-${pad(Math.floor(random() * 14), 2)}-${pad(Math.floor(random() * 33), 2)}T${pad(Math.floor(random() * 26), 2)}:${pad(Math.floor(random() * 62), 2)}${secs}${zones[Math.floor(random() * zones.length)]}`
      cases.push(s, ...mutations(s, random, 3))
    }
    let accepted = 0
    for (const s of cases) {
      const want = referenceInstant(s)
      expect(parseIsoInstant(s)?.getTime(), s).toBe(want)
      if (want !== undefined) accepted++
    }
    expect(accepted).toBeGreaterThan(1000)
    expect(accepted).toBeLessThan(cases.length - 1000)
  })
})
