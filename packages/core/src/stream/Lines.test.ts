import { describe, expect, it } from "vitest"
import * as Lines from "./Lines.ts"

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array): string => new TextDecoder().decode(b)

/** What the lines of `input` are, by a plain reading of the rules (the whole input at once). */
const reference = (input: Uint8Array, max: number, structural?: ReadonlySet<number>): Array<unknown> => {
  const out: Array<unknown> = []
  let start = 0
  let line = 1
  while (start < input.length) {
    const nl = input.indexOf(0x0a, start)
    const end = nl < 0 ? input.length : nl
    const size = end - start + (nl < 0 ? 0 : 1)
    if (end - start > max) {
      let skeleton = ""
      let inRun = false
      for (let i = start; i < end; i++) {
        if (structural?.has(input[i]!) === true) {
          skeleton += String.fromCharCode(input[i]!)
          inRun = false
        } else if (!inRun) {
          skeleton += "x"
          inRun = true
        }
      }
      out.push({ _tag: "too-long", line, size, skeleton: structural === undefined ? "" : skeleton })
    } else out.push({ _tag: "line", line, text: text(input.subarray(start, end)), size })
    line++
    if (nl < 0) break
    start = nl + 1
  }
  return out
}

const plain = (ls: ReadonlyArray<Lines.Line>): Array<unknown> =>
  ls.map((l) => (l._tag === "line" ? { _tag: "line", line: l.line, text: text(l.bytes), size: l.size } : l))

/** A small seeded generator (mulberry32), so the chunkings are the same on every run. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const chunked = (input: Uint8Array, random: () => number): Array<Uint8Array> => {
  const out: Array<Uint8Array> = []
  for (let at = 0; at < input.length;) {
    const n = Math.min(input.length - at, Math.floor(random() * 12))
    out.push(input.slice(at, at + n)) // empty chunks too
    at += n
  }
  return out
}

describe("Lines: a byte line splitter", () => {
  it("cuts on \\n, numbers every line from 1 (empty ones too), keeps \\r, and ends with a last line without \\n", () => {
    const ls = Lines.split(bytes("{\"a\":1}\r\n\n企业\n{\"b\":2}"))
    expect(plain(ls)).toEqual([
      { _tag: "line", line: 1, text: "{\"a\":1}\r", size: 9 },
      { _tag: "line", line: 2, text: "", size: 1 },
      { _tag: "line", line: 3, text: "企业", size: 7 },
      { _tag: "line", line: 4, text: "{\"b\":2}", size: 7 }
    ])
    expect(Lines.split(bytes("a\n"))).toHaveLength(1)
    expect(Lines.split(bytes(""))).toEqual([])
  })

  it("joins a line across chunks, also when a chunk ends inside a multi-byte character", () => {
    const all = bytes("第一行\n第二行很长\n")
    const s = new Lines.Splitter()
    const got = [...s.push(all.subarray(0, 4)), ...s.push(all.subarray(4, 11)), ...s.push(all.subarray(11)), ...(s.end() === undefined ? [] : [s.end()!])]
    expect(plain(got)).toEqual([
      { _tag: "line", line: 1, text: "第一行", size: 10 },
      { _tag: "line", line: 2, text: "第二行很长", size: 16 }
    ])
  })

  it("hands a line inside one chunk as a view of it (no copy)", () => {
    const chunk = bytes("abc\ndef\n")
    const [first, second] = new Lines.Splitter().push(chunk)
    expect(first!._tag === "line" && first!.bytes.buffer === chunk.buffer && first!.bytes.byteOffset === 0).toBe(true)
    expect(second!._tag === "line" && second!.bytes.buffer === chunk.buffer && second!.bytes.byteOffset === 4).toBe(true)
  })

  it("never keeps a line over the limit: its size, its number, and its skeleton of structural bytes", () => {
    const structural = new Set([0x22, 0x2c, 0x0d])
    const input = bytes("ok\n\"aaaa\",\"bb\"\r\nfine\n123456789")
    const s = new Lines.Splitter({ maxLineBytes: 5, structural })
    const got: Array<Lines.Line> = []
    for (const c of chunked(input, rng(7))) got.push(...s.push(c))
    const last = s.end()
    if (last !== undefined) got.push(last)
    expect(plain(got)).toEqual([
      { _tag: "line", line: 1, text: "ok", size: 3 },
      { _tag: "too-long", line: 2, size: 13, skeleton: "\"x\",\"x\"\r" },
      { _tag: "line", line: 3, text: "fine", size: 5 },
      { _tag: "too-long", line: 4, size: 9, skeleton: "x" }
    ])
    expect(new Lines.Splitter({ maxLineBytes: 2 }).push(bytes("abc\n"))).toEqual([{ _tag: "too-long", line: 1, size: 4, skeleton: "" }])
    expect(() => new Lines.Splitter({ maxLineBytes: 0 })).toThrow(RangeError)
  })

  it("cuts any chunking of any input as the whole input at once (2 000 random inputs and chunkings)", () => {
    const random = rng(20261207)
    const alphabet = ["a", "\n", "\n", "\r", "\"", ",", "企", "😀", " "]
    const structural = new Set([0x22, 0x2c, 0x0d])
    for (let k = 0; k < 2000; k++) {
      const input = bytes(Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""))
      const max = random() < 0.5 ? Number.POSITIVE_INFINITY : 1 + Math.floor(random() * 8)
      const withSkeleton = random() < 0.5
      const options = withSkeleton ? { maxLineBytes: max, structural } : { maxLineBytes: max }
      const s = new Lines.Splitter(options)
      const got: Array<Lines.Line> = []
      for (const c of chunked(input, random)) got.push(...s.push(c))
      const last = s.end()
      if (last !== undefined) got.push(last)
      expect(plain(got)).toEqual(reference(input, max, withSkeleton ? structural : undefined))
    }
  })

  it("batches: one array of lines per chunk, the last line in an array of its own", async () => {
    async function* source() {
      yield bytes("a\nb")
      yield bytes("c\nd")
    }
    const got: Array<Array<string>> = []
    for await (const batch of Lines.batches(source())) got.push(batch.map((l) => (l._tag === "line" ? text(l.bytes) : "?")))
    expect(got).toEqual([["a"], ["bc"], ["d"]])
  })
})
