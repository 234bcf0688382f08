// Output is never lost (issue 14 §1): the anquan executable as a real process, its stdout a pipe read slowly, a
// reader that goes away, /dev/full, --out where it cannot be written; the exit codes; the streamed JSON report.
import { spawn } from "node:child_process"
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { computeCheckCharacter } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { check, installedPacks } from "../src/index.ts"
import { Writable } from "node:stream"
import { abandon, OutputError, toFile, toStdout } from "../src/output/sink.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const code = (n: number) => {
  const body = `91330102${String(n).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}
const officer = { name: "王安", roles: ["safety-officer"], employment: "part-time" }
const ok = (n: number) => ({
  creditCode: code(n), name: `合规企业${n}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 20,
  dangerousGoodsActivities: [], safetyDepartment: false, keyPeople: [officer]
})
const bad = (n: number) => ({ ...ok(n), name: `超员企业${n}`, employees: 150 })

const dir = mkdtempSync(join(tmpdir(), "anquan-output-"))
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}
const listing = (d: string) => readdirSync(d).sort()

// ~9 kB of JSON report per violating record: 600 records make a report of ~5 MB, many times a pipe's 64 KiB;
// every 50th line is not JSON (rejected: exit 3)
const big = file("big.ndjson", Array.from({ length: 600 }, (_, i) => (i % 50 === 49 ? "{not json" : JSON.stringify(bad(i)))).join("\n") + "\n")
const AS_OF = ["--as-of", "2026-11-23"]

const bin = anquanExecutable

interface Run {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: Buffer
  readonly stderr: string
}

/**
 * Runs the executable. stdout: read slowly ("slow": a pause after each chunk, so the executable must wait for the
 * reader), closed after the first chunk ("close-early"), or a file descriptor.
 */
const exec = (args: ReadonlyArray<string>, stdout: "slow" | "close-early" | number = "slow") =>
  new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", typeof stdout === "number" ? stdout : "pipe", "pipe"] })
    const chunks: Array<Buffer> = []
    let stderr = ""
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s))
    const reading = (async () => {
      if (child.stdout === null) return
      if (stdout === "close-early") {
        for await (const chunk of child.stdout) {
          chunks.push(chunk as Buffer)
          child.stdout.destroy()
          break
        }
        return
      }
      for await (const chunk of child.stdout) {
        chunks.push(chunk as Buffer)
        await new Promise((r) => setTimeout(r, 2))
      }
    })()
    child.on("error", reject)
    child.on("close", (code, signal) => void reading.then(() => resolve({ code, signal, stdout: Buffer.concat(chunks), stderr }), reject))
  })

describe("the anquan executable: output is never lost", () => {
  it("delivers the whole json, ndjson and html output through a slow pipe, as to --out, with exit code 3", async () => {
    for (const format of ["json", "ndjson", "html"]) {
      const out = join(dir, `out.${format}`)
      const [piped, toFile] = await Promise.all([
        exec(["check", big, "--format", format, ...AS_OF]),
        exec(["check", big, "--format", format, ...AS_OF, "--out", out])
      ])
      expect([piped.code, piped.stderr], format).toEqual([3, ""])
      expect([toFile.code, toFile.stderr], format).toEqual([3, ""])
      const whole = readFileSync(out)
      expect(whole.length, format).toBeGreaterThan(format === "html" ? 300_000 : 2_000_000)
      expect(piped.stdout.length, format).toBe(whole.length)
      expect(piped.stdout.equals(whole), format).toBe(true)
    }
    const report = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"))
    expect(report.totals).toMatchObject({ records: 600, evaluated: 588, rejected: 12 })
    expect(report.enterprises).toHaveLength(588)
    const lines = readFileSync(join(dir, "out.ndjson"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l))
    expect(lines).toHaveLength(601)
    expect(lines.at(-1)._tag).toBe("summary")
  }, 120_000)

  it("stops quietly with exit code 141 when the reader closes the pipe (anquan … | head)", async () => {
    for (const format of ["ndjson", "json", "table"]) {
      const r = await exec(["check", big, "--format", format, ...AS_OF], "close-early")
      expect([r.code, r.signal, r.stderr], format).toEqual([141, null, ""])
    }
  }, 60_000)

  it("says so in one line and exits 4 when stdout or --out is /dev/full", async () => {
    const full = openSync("/dev/full", "w")
    try {
      const r = await exec(["check", big, "--format", "json", ...AS_OF], full)
      expect([r.code, r.stderr]).toEqual([4, "anquan: cannot write stdout: no space left on device (ENOSPC)\n"])
    } finally {
      closeSync(full)
    }
    const out = await exec(["check", big, "--format", "ndjson", ...AS_OF, "--out", "/dev/full"])
    expect([out.code, out.stderr]).toEqual([4, "anquan: cannot write /dev/full: no space left on device (ENOSPC)\n"])
  }, 60_000)

  it("--out into a missing directory, onto a directory or under a regular file: one line, exit 4, no file left", async () => {
    const d = mkdtempSync(join(tmpdir(), "anquan-out-"))
    mkdirSync(join(d, "reports"))
    writeFileSync(join(d, "file.json"), "kept")
    const before = listing(d)
    const cases = [
      [join(d, "missing", "r.json"), `the directory ${join(d, "missing")} does not exist (ENOENT)`],
      [join(d, "reports"), "it is a directory (EISDIR)"],
      [join(d, "file.json", "r.json"), `${join(d, "file.json")} is not a directory (ENOTDIR)`]
    ] as const
    for (const [out, reason] of cases) {
      const r = await exec(["check", big, "--format", "json", ...AS_OF, "--out", out])
      expect([r.code, r.stderr, r.stdout.length]).toEqual([4, `anquan: cannot write ${out}: ${reason}\n`, 0])
    }
    expect(listing(d)).toEqual(before)
    expect(listing(join(d, "reports"))).toEqual([])
    expect(readFileSync(join(d, "file.json"), "utf8")).toBe("kept")
  }, 60_000)

  it("interrupted (SIGINT) while writing --out: exit 130, no file and no temporary file left", async () => {
    const d = mkdtempSync(join(tmpdir(), "anquan-int-"))
    const out = join(d, "r.json")
    // stdin stays open: the check waits for more records while its --out is open
    const child = spawn(process.execPath, [bin, "check", "-", "--input-format", "ndjson", "--format", "json", ...AS_OF, "--out", out], { stdio: ["pipe", "ignore", "pipe"] })
    let stderr = ""
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s))
    child.stdin!.write(JSON.stringify(bad(1)) + "\n")
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
    for (let i = 0; i < 300 && listing(d).length === 0; i++) await new Promise((r) => setTimeout(r, 100))
    expect(listing(d)).toHaveLength(1) // the temporary file beside r.json
    child.kill("SIGINT")
    expect(await exited).toBe(130)
    expect(stderr).toBe("")
    expect(listing(d)).toEqual([])
  }, 60_000)

  it("exit codes: 3 for rejected records, 2 for bad usage, and an existing --out file kept on a usage error", async () => {
    const kept = file("kept.json", "old report")
    const rejected = await exec(["check", file("one-bad.ndjson", `${JSON.stringify(ok(1))}\n{not json\n`), ...AS_OF, "--format", "json", "--out", kept])
    expect([rejected.code, rejected.stderr]).toEqual([3, ""])
    expect(JSON.parse(readFileSync(kept, "utf8")).totals).toMatchObject({ records: 2, rejected: 1 })
    writeFileSync(kept, "old report")
    const usage = await exec(["check", big, "--as-of", "2026-13-45", "--out", kept])
    expect(usage.code).toBe(2)
    const badConfig = await exec(["check", big, ...AS_OF, "--config", join(dir, "no-config.json"), "--out", kept])
    expect(badConfig.code).toBe(2)
    expect(badConfig.stderr).toMatch(/^anquan: cannot read config .*no-config\.json: .*\n$/)
    expect(readFileSync(kept, "utf8")).toBe("old report")
    expect(listing(dir).filter((n) => n.endsWith(".tmp"))).toEqual([])
  }, 60_000)

  it("warns about an empty input (exit 3) and an as-of date before every rule's window", async () => {
    const empty = file("empty.ndjson", "")
    const r = await exec(["check", empty, ...AS_OF, "--format", "json"])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(`anquan: warning: ${empty}: no record to check\n`)
    expect(JSON.parse(r.stdout.toString()).totals).toMatchObject({ records: 0 })
    const early = await exec(["check", file("early.json", JSON.stringify([bad(1)])), "--as-of", "1990-01-01"])
    expect(early.code).toBe(0)
    expect(early.stderr).toMatch(/^anquan: warning: no rule of the selected packs is in force on 1990-01-01: the earliest takes effect on \d{4}-\d{2}-\d{2}; every record checks as "no violation"\n$/)
  }, 60_000)
})

describe("check: the streamed json report and the rejected records", () => {
  const run = async (input: string, extra: Partial<Parameters<typeof check>[0]> = {}) => {
    let out = ""
    const result = await check({
      input, packs: installedPacks, asOf: "2026-11-23", format: "json", locale: "zh-CN",
      write: (s) => void (out += s), progress: { tick: () => {}, done: () => {} }, ...extra
    })
    return { ...result, out }
  }
  const mixed = file("mixed.ndjson", Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? `{bad ${i}` : JSON.stringify(i % 2 === 0 ? bad(i) : ok(i)))).join("\n"))

  it("is valid JSON laid out as JSON.stringify(report, null, 2), with the report's members", async () => {
    const r = await run(mixed)
    const report = JSON.parse(r.out)
    expect(r.out).toBe(JSON.stringify(report, null, 2) + "\n")
    expect(Object.keys(report).sort()).toEqual(
      ["asOf", "byOutcome", "byPack", "bySector", "bySeverity", "enterprises", "laxerThanNational", "packs", "rejected", "totals", "verdicts"]
    )
    expect(report.totals).toMatchObject({ records: 40, evaluated: 30, rejected: 10 })
    expect(report.enterprises.map((e: { index: number }) => e.index)).toEqual(Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 4 !== 3))
    expect(report.rejected).toHaveLength(10)
    const empty = await run(file("none.ndjson", ""))
    expect(empty.out).toBe(JSON.stringify(JSON.parse(empty.out), null, 2) + "\n")
    expect(JSON.parse(empty.out)).toMatchObject({ enterprises: [], rejected: [], totals: { records: 0 } })
    expect(empty.exitCode).toBe(3)
    expect(empty.warnings).toEqual([`${join(dir, "none.ndjson")}: no record to check`])
  })

  it("lists the first maxRejected rejected records and counts the rest; ndjson still carries every one", async () => {
    const r = await run(mixed, { maxRejected: 3 })
    const report = JSON.parse(r.out)
    expect(report.rejected.map((x: { index: number }) => x.index)).toEqual([3, 7, 11])
    expect(report.rejectedNotListed).toBe(7)
    expect(report.totals.rejected).toBe(10)
    expect(r.report.rejected).toHaveLength(3)
    expect(r.report.rejectedNotListed).toBe(7)
    const nd = await run(mixed, { maxRejected: 3, format: "ndjson" })
    expect(nd.out.trimEnd().split("\n").map((l) => JSON.parse(l)._tag).filter((t) => t === "rejected")).toHaveLength(10)
  })

  it("waits for the output's backpressure and stops at a failed write with that error, not as a read error", async () => {
    let waits = 0
    await run(mixed, { ready: () => (waits++ % 2 === 0 ? new Promise<void>((r) => setTimeout(r, 1)) : undefined) })
    expect(waits).toBe(40)
    const failure = new OutputError("stdout", "EPIPE", "broken pipe (EPIPE)")
    let writes = 0
    const thrown = await run(mixed, { format: "ndjson", write: () => {
      if (++writes === 5) throw failure
    } }).catch((e: unknown) => e)
    expect(thrown).toBe(failure)
    expect(writes).toBe(5)
    const rejected = await run(mixed, { ready: () => Promise.reject(failure) }).catch((e: unknown) => e)
    expect(rejected).toBe(failure)
  })
})

describe("the --out sink", () => {
  it("writes beside the file and renames it into place at close, keeping the file's mode", async () => {
    const d = mkdtempSync(join(tmpdir(), "anquan-sink-"))
    const target = join(d, "r.json")
    writeFileSync(target, "old", { mode: 0o640 })
    const sink = toFile(target)
    sink.write("new ")
    expect(listing(d)).toHaveLength(2)
    expect(readFileSync(target, "utf8")).toBe("old")
    sink.write("report")
    await sink.close()
    expect(readFileSync(target, "utf8")).toBe("new report")
    expect(statSync(target).mode & 0o777).toBe(0o640)
    expect(listing(d)).toEqual(["r.json"])
  })

  it("leaves no file and an existing one as it was when aborted", async () => {
    const d = mkdtempSync(join(tmpdir(), "anquan-sink-"))
    const fresh = toFile(join(d, "new.json"))
    fresh.write("x".repeat(200_000))
    await fresh.abort()
    expect(listing(d)).toEqual([])
    writeFileSync(join(d, "old.json"), "old")
    const old = toFile(join(d, "old.json"))
    old.write("partial")
    await old.abort()
    expect(listing(d)).toEqual(["old.json"])
    expect(readFileSync(join(d, "old.json"), "utf8")).toBe("old")
  })

  it("abandoned after its command failed: the command's own error, not the writes the abort cuts off; an earlier failed write when there was one", async () => {
    const d = mkdtempSync(join(tmpdir(), "anquan-sink-"))
    // a report half written (chunks still queued) when the command throws
    const sink = toFile(join(d, "r.html"))
    sink.write("x".repeat(1_000_000))
    const boom = new Error("Cannot find module 'echarts/dist/echarts.min.js'")
    expect(await abandon(sink, boom)).toBe(boom)
    expect(listing(d)).toEqual([])
    // a write that failed first (a full device) is what stopped the command
    const full = toFile("/dev/full")
    full.write("y".repeat(200_000))
    for (let i = 0; i < 200 && full.failure() === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(full.failure()?.code).toBe("ENOSPC")
    const failure = await abandon(full, new Error("the command's own"))
    expect(failure).toBeInstanceOf(OutputError)
    expect((failure as OutputError).code).toBe("ENOSPC")
  })

  it("writes a device directly, never replacing it", async () => {
    const sink = toFile("/dev/null")
    sink.write("nothing")
    await sink.close()
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true)
    expect(existsSync("/dev/.null.tmp")).toBe(false)
  })
})

describe("the sink's chunks", () => {
  /** A stream that keeps every write as it is handed over. */
  const recorder = () => {
    const writes: Array<unknown> = []
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        writes.push(chunk)
        callback()
      }
    })
    // the sink hands the stream what it was given (strings too): keep them as given
    ;(stream as unknown as { _writableState: { decodeStrings: boolean } })._writableState.decodeStrings = false
    return { writes, stream: stream as unknown as NodeJS.WriteStream }
  }

  it("encodes lines into chunks of at most 64 KiB of bytes, one write each, in order, with bytes and long texts between them", async () => {
    const { writes, stream } = recorder()
    const sink = toStdout(stream)
    const lines: Array<string> = []
    for (let i = 0; i < 3000; i++) {
      // ASCII, Chinese (3 bytes a character), an emoji (a surrogate pair, 4 bytes), a lone surrogate
      const line = `{"i":${i},"name":"某某化工有限公司 ${"企".repeat(i % 97)}","e":"😀","x":"${"a".repeat(i % 301)}"${i % 1000 === 7 ? ',"bad":"\ud800"' : ""}}\n`
      lines.push(line)
      sink.write(line)
      if (i === 1500) {
        sink.writeBytes(Buffer.from("<bytes>\n"))
        lines.push("<bytes>\n")
      }
      if (i === 2500) {
        const long = "长".repeat(40_000) + "\n" // more than a chunk holds: handed over on its own
        sink.write(long)
        lines.push(long)
      }
    }
    await sink.close()
    // byte for byte what the whole text encodes to (a lone surrogate as U+FFFD, as Buffer.from does)
    expect(Buffer.concat(writes.map((w) => Buffer.from(w as Uint8Array | string))).equals(Buffer.from(lines.join("")))).toBe(true)
    const texts = writes.filter((w) => typeof w === "string")
    expect(texts).toEqual(["长".repeat(40_000) + "\n"])
    const chunks = writes.filter((w) => typeof w !== "string") as Array<Uint8Array>
    expect(chunks.every((c) => c.length <= 64 * 1024)).toBe(true)
    // batched: the ~1.6 MB of lines take a few dozen writes, not 3000
    const total = chunks.reduce((n, c) => n + c.length, 0)
    expect(chunks.length).toBeLessThan(total / (48 * 1024) + 4)
  })

  it("keeps a surrogate pair written in two pieces whole, and a lone high surrogate at the end as U+FFFD", async () => {
    const { writes, stream } = recorder()
    const sink = toStdout(stream)
    sink.write("a\ud83d")
    sink.write("\ude00b")
    sink.write("c\ud83d")
    sink.writeBytes(Buffer.from("|"))
    sink.write("\ud83d")
    await sink.close()
    expect(Buffer.concat(writes as Array<Uint8Array>).toString("utf8")).toBe("a😀bc\ufffd|\ufffd")
  })

  it("writes each text at once to a terminal", async () => {
    const { writes, stream } = recorder()
    ;(stream as { isTTY?: boolean }).isTTY = true
    const sink = toStdout(stream)
    sink.write("a\n")
    sink.write("企\n")
    await sink.close()
    expect(writes).toEqual(["a\n", "企\n"])
  })
})
