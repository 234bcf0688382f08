// stdin is read as a stream (issue 14 §2): `anquan ledger import -` and `--command @-` fed slowly, in
// chunks, by another process (as `anquan check … | anquan ledger import -` feeds it) used to fail
// with EAGAIN; a 600 MB NDJSON line on stdin used to lose every record.
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { computeCheckCharacter } from "@anquan/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { check } from "../src/check.ts"
import { ledgerList } from "../src/ledger/index.ts"
import { selectPacks } from "../src/packs.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const bin = anquanExecutable
const dir = mkdtempSync(join(tmpdir(), "anquan-stdin-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const db = join(dir, "ledger.sqlite")
const tree = join(dir, "jurisdictions.json")
const sample = fileURLToPath(new URL("../../pack-hazchem/sample/hazchem-enterprises.json", import.meta.url))
let report = ""

beforeAll(async () => {
  writeFileSync(tree, JSON.stringify([
    { code: "320000", name: "江苏省", level: "province" },
    { code: "320100", name: "南京市", level: "city", parent: "320000" },
    { code: "320116", name: "六合区", level: "county", parent: "320100" },
    { code: "330000", name: "浙江省", level: "province" },
    { code: "330200", name: "宁波市", level: "city", parent: "330000" },
    { code: "330211", name: "镇海区", level: "county", parent: "330200" }
  ]))
  await check({
    input: sample, packs: selectPacks(["hazchem"]), asOf: "2026-03-02", format: "json", locale: "zh-CN",
    write: (s) => void (report += s), progress: { tick: () => {}, done: () => {} }
  })
})

/** Runs the executable with stdin fed by `feed` (which writes and ends it as slowly as it likes). */
const runFed = (args: ReadonlyArray<string>, feed: (stdin: NodeJS.WritableStream) => Promise<void>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["pipe", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s))
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
    child.stdin.on("error", () => {}) // the child may exit before reading everything
    feed(child.stdin).catch(reject)
  })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Writes `text` in `size`-byte chunks with a pause after each, the first chunk only once the child
 * has long started: the reader finds no data ready, again and again.
 */
const slowly = (text: string | Buffer, size: number, pause: number) => async (stdin: NodeJS.WritableStream) => {
  const bytes = typeof text === "string" ? Buffer.from(text) : text
  await sleep(5000) // the child starts (a second or two) and reads before the first byte is there
  for (let i = 0; i < bytes.length; i += size) {
    stdin.write(bytes.subarray(i, i + size))
    await sleep(pause)
  }
  stdin.end()
}

const importer = ["--actor-id", "SYS-EVAL", "--actor-name", "合规评估导入", "--actor-role", "system"]
const inspector = ["--actor-id", "P-INSPECTOR", "--actor-name", "张检查", "--actor-role", "inspector"]

describe("stdin fed slowly by another process", () => {
  it("ledger import - reads the whole report", async () => {
    const r = await runFed(["ledger", "import", "-", "--db", db, "--jurisdictions", tree, ...importer], slowly(report, 8192, 15))
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^opened \d+ hazards/)
  }, 60_000)

  it("ledger transition --command @- reads the whole command", async () => {
    let out = ""
    await ledgerList({ db, jurisdictions: tree, format: "json", write: (s) => void (out += s), writeError: () => {} })
    const id = (JSON.parse(out) as Array<{ id: string }>)[0]!.id
    const command = JSON.stringify({ _tag: "Assess", level: "major", reason: "现场确认".repeat(50) })
    const r = await runFed(
      ["ledger", "transition", id, "--expected-version", "1", "--command", "@-", "--db", db, "--jurisdictions", tree, ...inspector],
      slowly(command, 64, 20)
    )
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${id}: assessed (version 2)`)
  }, 60_000)

  it("check - with a 600 MB NDJSON line: that line is rejected by its number, the records around it are evaluated", async () => {
    const code = (n: number) => {
      const body = `91330102${String(n).padStart(9, "0")}`
      return body + computeCheckCharacter(body)
    }
    const record = (n: number) => JSON.stringify({ creditCode: code(n), name: `企业${n}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 20 })
    const chunk = Buffer.alloc(4 * 1024 * 1024, 0x61)
    const feed = async (stdin: NodeJS.WritableStream) => {
      const write = (b: Buffer | string) => new Promise<void>((resolve) => (stdin.write(b) ? resolve() : stdin.once("drain", () => resolve())))
      await write(`${record(1)}\n{"name":"`)
      for (let i = 0; i < 150; i++) await write(chunk)
      await write(`"}\n${record(2)}\n`)
      stdin.end()
    }
    const r = await runFed(["check", "-", "--as-of", "2026-11-23", "--format", "ndjson", "--pack", "work-safety-law"], feed)
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { _tag: string; source?: { line: number }; issues?: Array<{ message: string }> })
    expect(lines.filter((l) => l._tag === "evaluated").map((l) => l.source!.line)).toEqual([1, 3])
    const rejected = lines.filter((l) => l._tag === "rejected")
    expect(rejected).toHaveLength(1)
    expect(rejected[0]!.source!.line).toBe(2)
    expect(rejected[0]!.issues![0]!.message).toContain("over the limit of 67108864 bytes")
    expect(r.stderr).not.toContain("RangeError")
  }, 120_000)
})
