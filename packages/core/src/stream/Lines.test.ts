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

describe("Lines: the one byte line splitter (CLI reader, parallel batches, workers)", () => {
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

  it("keeps a byte-order mark in its line's bytes (also split across chunks); withoutByteOrderMark drops it from the text", () => {
    const input = bytes("\uFEFF{\"a\":1}\n\uFEFF{\"b\":2}\n")
    const s = new Lines.Splitter()
    const got = [...s.push(input.subarray(0, 1)), ...s.push(input.subarray(1, 13)), ...s.push(input.subarray(13))]
    expect(got.map((l) => (l._tag === "line" ? [...l.bytes.subarray(0, 3)] : []))).toEqual([[0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf]])
    expect(got.map((l) => (l._tag === "line" ? Lines.withoutByteOrderMark(text(l.bytes)) : "?"))).toEqual(["{\"a\":1}", "{\"b\":2}"])
    expect(Lines.withoutByteOrderMark("x\uFEFF")).toBe("x\uFEFF")
  })

  // a Node Buffer too (what file and stream readers give): its slice() is a view, not a copy
  it.each([["a Uint8Array", () => new Uint8Array(5)], ["a Buffer", () => Buffer.alloc(5)]] as const)("holds no view of an earlier chunk: a reader may reuse its buffer for the next chunk (%s)", async (_, make) => {
    const input = bytes("第一行很长很长\nshort\n" + "x".repeat(40) + "\nlast")
    const buffer = make()
    async function* reusing() {
      for (let at = 0; at < input.length; at += 5) {
        const n = Math.min(5, input.length - at)
        buffer.set(input.subarray(at, at + n))
        yield buffer.subarray(0, n)
      }
    }
    const got: Array<string> = []
    for await (const batch of Lines.batches(reusing())) for (const l of batch) got.push(l._tag === "line" ? text(l.bytes) : "?")
    expect(got).toEqual(["第一行很长很长", "short", "x".repeat(40), "last"])
    const batched: Array<string> = []
    for await (const b of Lines.byteBatches(reusing(), { batchBytes: 8 })) batched.push(b._tag === "lines" ? text(b.bytes) : "?")
    expect(batched.join("")).toBe(text(input))
  })

  it("numbers from firstLine: the lines of a batch that starts further on", () => {
    expect(plain(Lines.split(bytes("a\n\nb"), { firstLine: 41 }))).toEqual([
      { _tag: "line", line: 41, text: "a", size: 2 },
      { _tag: "line", line: 42, text: "", size: 1 },
      { _tag: "line", line: 43, text: "b", size: 1 }
    ])
  })

  it("byteBatches: whole lines in buffers of their own, closed at the first line end past batchBytes, a too-long line between", async () => {
    const input = "a\n\nbb\r\n" + "c".repeat(20) + "\nlast"
    const batches: Array<Lines.ByteBatch | Lines.TooLongLine> = []
    for await (const b of Lines.byteBatches([bytes(input.slice(0, 5)), bytes(input.slice(5))], { batchBytes: 3, maxLineBytes: 10 })) batches.push(b)
    const shown = batches.map((b) => (b._tag === "too-long" ? `too-long ${b.line} ${b.size}` : `${b.firstLine}+${b.lines} ${JSON.stringify(text(b.bytes))}`))
    expect(shown).toStrictEqual(["1+2 \"a\\n\\n\"", "3+1 \"bb\\r\\n\"", "too-long 4 21", "5+1 \"last\""])
    for (const b of batches) if (b._tag === "lines") expect(b.bytes.byteOffset === 0 && b.bytes.buffer.byteLength === b.bytes.length).toBe(true)
  })

  it("byteBatches of any chunking hold the lines split gives, each batch split again from its firstLine (400 random inputs)", async () => {
    const random = rng(7021)
    const alphabet = ["a", "\n", "\n", "\r", "企", "😀", "\uFEFF"]
    for (let k = 0; k < 400; k++) {
      const input = bytes(Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""))
      const max = random() < 0.5 ? Number.POSITIVE_INFINITY : 1 + Math.floor(random() * 8)
      const batchBytes = 1 + Math.floor(random() * 16)
      const got: Array<Lines.Line> = []
      for await (const b of Lines.byteBatches(chunked(input, random), { batchBytes, maxLineBytes: max })) {
        if (b._tag === "too-long") got.push(b)
        else {
          const ls = Lines.split(b.bytes, { firstLine: b.firstLine })
          expect(ls).toHaveLength(b.lines)
          got.push(...ls)
        }
      }
      expect(plain(got)).toEqual(reference(input, max))
    }
  })

  it("a huge line across many chunks is joined once, in order", () => {
    const big = "企".repeat(300_000) // 900 000 bytes
    const input = bytes(`${big}\n{"a":1}`)
    const chunks: Array<Uint8Array> = []
    for (let at = 0; at < input.length; at += 65536) chunks.push(input.subarray(at, at + 65536))
    const ls = Lines.split(chunks)
    expect(ls.map((l) => (l._tag === "line" ? [l.line, l.bytes.length, l.size] : l))).toEqual([[1, 900_000, 900_001], [2, 7, 7]])
    expect(text((ls[0] as { bytes: Uint8Array }).bytes) === big).toBe(true)
  })
})
