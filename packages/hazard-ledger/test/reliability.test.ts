// Reliability: a writer killed with SIGKILL mid-way loses no acknowledged transition, and two
// processes writing the same hazards lose no update; conflicts surface as typed errors.
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import type { HazardFile } from "../src/index.ts"
import { auditHistory, makeLedger, replay } from "../src/index.ts"
import { callers, jurisdictions, report, subject } from "./fixtures.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-hazard-reliability-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url))

/** What a child script's stdout handler can do: kill it, or write a line to its stdin. */
interface ChildControl {
  readonly kill: () => void
  readonly send: (line: string) => void
}

/** Runs a child script, calling `onLine` for each stdout line; resolves with its exit code and signal. */
const runChild = (args: ReadonlyArray<string>, onLine: (line: string, child: ChildControl) => void) =>
  new Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (d) => (stderr += String(d)))
    const control: ChildControl = { kill: () => void child.kill("SIGKILL"), send: (line) => void child.stdin.write(`${line}\n`) }
    createInterface({ input: child.stdout }).on("line", (line) => onLine(line, control))
    child.on("error", reject)
    child.on("close", (code, signal) => resolve({ code, signal, stderr }))
  })

describe("crash safety (SQLite, SIGKILL)", () => {
  it("every acknowledged transition survives a kill mid-way, and every invariant holds", async () => {
    const filename = join(dir, "crash.db")
    const acked: Array<readonly [string, number]> = []
    const killAfter = 1500 + Math.floor(Math.random() * 1500)
    const result = await runChild([script("./crash-writer.ts"), filename, "10000"], (line, child) => {
      const m = /^ACK (\S+) (\d+)$/.exec(line)
      if (m === null) return
      acked.push([m[1]!, Number(m[2])])
      if (acked.length === killAfter) child.kill()
    })
    expect(result.signal, `killed after ${killAfter} acknowledgements; ${result.stderr}`).toBe("SIGKILL")
    expect(acked.length).toBeGreaterThanOrEqual(killAfter)
    expect(acked.length).toBeLessThan(10_000)

    const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions })
    try {
      const files = await ledger.query(callers.province)
      const byId = new Map<string, HazardFile>(files.map((f) => [f.id, f]))
      // every acknowledged transition is present
      for (const [id, version] of acked) expect(byId.get(id)?.version ?? 0, `${id} v${version}`).toBeGreaterThanOrEqual(version)
      // at most the one write in flight when the kill landed is present without its ack
      const total = files.reduce((n, f) => n + f.version, 0)
      expect(total - acked.length).toBeGreaterThanOrEqual(0)
      expect(total - acked.length).toBeLessThanOrEqual(1)
      // every invariant holds; the projection is the replay of the events
      const events = await ledger.exportEvents(callers.province)
      expect(events).toHaveLength(total)
      for (const f of files) {
        const history = events.filter((e) => e.hazardId === f.id)
        expect(auditHistory(history)).toEqual([])
        expect(replay(history)).toEqual(f)
      }
      // and the ledger takes writes again
      const next = files.find((f) => f.state !== "closed")
      if (next !== undefined) {
        const r = await ledger.execute(callers.park, { command: { _tag: "AttachEvidence", hazardId: next.id, evidence: [{ uri: "file://after-crash" }] }, expectedVersion: next.version })
        expect(r.hazard.version).toBe(next.version + 1)
      }
    } finally {
      await ledger.close()
    }
  }, 60_000)
})

describe("two writers (SQLite, two processes)", () => {
  it("no lost update; conflicts surface as typed VersionConflict errors", async () => {
    const filename = join(dir, "contention.db")
    const ids = Array.from({ length: 4 }, (_, i) => `TW-${i}`)
    const setup = await makeLedger({ store: "sqlite", filename, jurisdictions })
    for (const [i, id] of ids.entries()) await setup.execute(callers.park, { command: report({ hazardId: id, subject: subject(500 + i) }), expectedVersion: 0 })
    await setup.close()

    const rounds = 25
    const acks: Array<readonly [string, string]> = []
    const errors: Array<string> = []
    let conflicts = 0
    // both children open the ledger, then start together
    const ready: Array<ChildControl> = []
    const onLine = (line: string, child: ChildControl) => {
      if (line === "READY") {
        ready.push(child)
        if (ready.length === 2) for (const c of ready) c.send("GO")
        return
      }
      const m = /^ACK (\S+) (\S+)$/.exec(line)
      if (m !== null) acks.push([m[1]!, m[2]!])
      else if (line.startsWith("CONFLICT ")) conflicts++
      else if (line.startsWith("ERR ")) errors.push(line)
    }
    const [a, b] = await Promise.all([
      runChild([script("./contender.ts"), filename, "a", String(rounds), ...ids], onLine),
      runChild([script("./contender.ts"), filename, "b", String(rounds), ...ids], onLine)
    ])
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0])
    expect(errors).toEqual([])
    expect(acks).toHaveLength(2 * rounds * ids.length)

    const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions })
    try {
      for (const id of ids) {
        const f = await ledger.get(callers.park, id)
        const mine = acks.filter(([h]) => h === id).map(([, uri]) => uri).sort()
        expect(f.version).toBe(1 + mine.length)
        expect(f.evidence.map((e) => e.uri).filter((u) => u.startsWith("file://a/") || u.startsWith("file://b/")).sort()).toEqual(mine)
        expect(auditHistory(await ledger.history(callers.park, id))).toEqual([])
      }
    } finally {
      await ledger.close()
    }
    // the two processes did contend (the interleaving makes a conflict all but certain)
    expect(conflicts).toBeGreaterThan(0)
  }, 60_000)
})

describe("first opens (SQLite, several processes)", () => {
  it("processes opening a new ledger at once: migration 1 runs once, every process opens it and writes", async () => {
    const filename = join(dir, "first-open.db")
    const n = 4
    const waiting: Array<ChildControl> = []
    const acks: Array<string> = []
    const errors: Array<string> = []
    const onLine = (line: string, child: ChildControl) => {
      if (line === "WAITING") {
        waiting.push(child)
        if (waiting.length === n) for (const c of waiting) c.send("GO")
      } else if (line.startsWith("ACK ")) acks.push(line.slice(4))
      else if (line.startsWith("ERR ")) errors.push(line)
    }
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => runChild([script("./opener.ts"), filename, `FO-${i}`, String(600 + i)], onLine))
    )
    expect(errors).toEqual([])
    expect(results.map((r) => r.code), results.map((r) => r.stderr).join("\n")).toEqual(Array.from({ length: n }, () => 0))
    expect(acks.sort()).toEqual(Array.from({ length: n }, (_, i) => `FO-${i}`))
    const db = new DatabaseSync(filename, { readOnly: true })
    try {
      expect(db.prepare("SELECT migration_id, name FROM anquan_hazard_migrations").all().map((r) => [r["migration_id"], r["name"]]))
        .toEqual([[1, "ledger_layout"]])
      expect(db.prepare("SELECT COUNT(*) AS n FROM anquan_hazard_hazards").get()?.["n"]).toBe(n)
    } finally {
      db.close()
    }
  }, 60_000)
})
