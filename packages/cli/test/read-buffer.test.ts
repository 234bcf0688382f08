// A file is read into one buffer, reused for every chunk, and no further ahead than the consumer
// asks (memory of `anquan check` on a long stream): what the reader hands on is copied where it is
// kept, a batch read late is refused, and a check whose output is slow does not read ahead.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import * as fsPromises from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { computeCheckCharacter } from "@anquan/core"
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest"
import type { InputItem } from "../src/index.ts"

// every byte a file handle reads, counted (the reader opens its files with node:fs/promises' open)
const read = vi.hoisted(() => ({ bytes: 0, open: 0 }))
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>()
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args)
    read.open++
    const close = handle.close.bind(handle)
    handle.close = async () => {
      read.open--
      return close()
    }
    const original = handle.read.bind(handle) as (...a: Array<unknown>) => Promise<{ bytesRead: number }>
    ;(handle as { read: unknown }).read = async (...a: Array<unknown>) => {
      const r = await original(...a)
      read.bytes += r.bytesRead
      return r
    }
    return handle
  }
  return { ...actual, open, default: { ...actual, open } }
})
beforeEach(() => {
  read.bytes = 0
  read.open = 0
})

// The suite runs without isolation (scripts/test.sh): a worker may have loaded the reader, with the real
// node:fs/promises, for an earlier file. Loaded afresh here, it reads through the mock above.
vi.resetModules()
const { check, installedPacks, readRecordBatches, readRecords } = await import("../src/index.ts")

const MiB = 1024 * 1024
const dir = mkdtempSync(join(tmpdir(), "anquan-read-buffer-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

const code = (n: number) => {
  const body = `91330102${String(n).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}
/** Records of uneven sizes (a note of 0 to 9,000 characters, some Chinese): lines fall across chunk ends at every offset. */
const record = (n: number) => ({
  creditCode: code(n), name: `企业${n}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 20 + n,
  note: (n % 3 === 0 ? "安全" : "x").repeat((n * 7919) % 9000)
})
const values = (list: ReadonlyArray<InputItem>) => list.map((i) => (i._tag === "record" ? i.value : i.message))

describe("the file reader's one buffer", () => {
  const records = Array.from({ length: 900 }, (_, n) => record(n))
  const ndjson = records.map((r) => JSON.stringify(r)).join("\n") + "\n"

  it("NDJSON over many chunks: every record as written, in order", async () => {
    const path = file("many.ndjson", ndjson)
    expect(Buffer.byteLength(ndjson)).toBeGreaterThan(4 * MiB)
    const list: Array<InputItem> = []
    for await (const i of readRecords(path)) list.push(i)
    expect(values(list)).toEqual(records)
    expect(list.map((i) => i.source.line)).toEqual(records.map((_, n) => n + 1))
  })

  it("a file is closed when its records are read to the end, and when the reader stops early", async () => {
    const path = file("close.ndjson", ndjson)
    const sniffed = file("close-no-extension", ndjson)
    for await (const _ of readRecords(path)) void _
    expect(read.open).toBe(0)
    for (const p of [path, sniffed]) {
      for await (const i of readRecords(p)) if (i.source.line === 10) break
      expect(read.open).toBe(0)
    }
  })

  it("a JSON array longer than a chunk is whole (its chunks are copied before the next is read)", async () => {
    const path = file("many.json", JSON.stringify(records))
    const list: Array<InputItem> = []
    for await (const i of readRecords(path)) list.push(i)
    expect(values(list)).toEqual(records)
  })

  it("a file without an extension whose first line is longer than a chunk is sniffed and read whole", async () => {
    const long = { ...record(1), note: "长".repeat(MiB) } // 3 MiB of UTF-8 on line 1
    const path = file("no-extension", [long, ...records.slice(0, 50)].map((r) => JSON.stringify(r)).join("\n") + "\n")
    const list: Array<InputItem> = []
    for await (const i of readRecords(path)) list.push(i)
    expect(values(list)).toEqual([long, ...records.slice(0, 50)])
  })

  it("an NDJSON batch iterated after the next one was asked for throws instead of reading overwritten bytes", async () => {
    const path = file("late.ndjson", ndjson)
    const it = readRecordBatches(path)
    const first = await it.next()
    const second = await it.next()
    expect(first.done).toBe(false)
    expect(second.done).toBe(false)
    expect(() => [...first.value!]).toThrow(/after the next batch was asked for/)
    // the current batch is still read
    expect([...second.value!].length).toBeGreaterThan(0)
    await it.return(undefined)
  })

  it("a check whose output is slow reads no further than the chunk in use", async () => {
    const many = Array.from({ length: 12 }, () => ndjson).join("") // ~50 MiB, 10,800 records
    const path = file("slow-output.ndjson", many)
    let records = 0
    let release!: () => void
    let blocked!: () => void
    const isBlocked = new Promise<void>((resolve) => (blocked = resolve))
    const checking = check({
      input: path, packs: installedPacks, asOf: "2026-11-23", format: "ndjson", locale: "zh-CN",
      write: () => {}, progress: { tick: () => {}, done: () => {} },
      // the output is "behind" at the 500th record, until released
      ready: () => {
        if (++records !== 500) return undefined
        blocked()
        return new Promise<void>((resolve) => (release = resolve))
      }
    })
    await isBlocked
    // what a reader that ran ahead would have read meanwhile
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5))
    const whileBlocked = read.bytes
    // the first 500 records, and at most the rest of the chunk that holds the 500th (1 MiB)
    expect(whileBlocked).toBeLessThanOrEqual(Buffer.byteLength(ndjson.split("\n").slice(0, 500).join("\n")) + MiB)
    release()
    const result = await checking
    expect(result.report.totals.records).toBe(12 * 900)
    expect(read.bytes).toBe(Buffer.byteLength(many))
  }, 120_000)
})
