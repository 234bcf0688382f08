// `anquan credit …` parsed and run by effect's CLI in-process (the flags of every subcommand reach their function);
// through test/fixtures/inProcess.ts (stdout captured, the exit code read from process.exitCode and reset).
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { anquan } from "../src/main.ts"
import { runInProcess } from "./fixtures/inProcess.ts"

const record = fileURLToPath(new URL("../../../examples/credit/sample/record.json", import.meta.url))
const tree = fileURLToPath(new URL("../../../examples/credit/sample/jurisdictions.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-credit-command-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const db = join(dir, "credit.sqlite")
const who = ["--actor-id", "P-1", "--actor-name", "瑞安市应急管理局", "--actor-role", "department", "--jurisdiction", "330381", "--jurisdictions", tree]

const run = (args: ReadonlyArray<string>) => runInProcess(["credit", ...args])

describe("anquan credit (effect CLI, in-process)", () => {
  it("every subcommand's flags reach it", async () => {
    const id = "fatal-accident:91330381MA2L9RT6N9:2026-03-01"
    expect((await run(["list", "add", "91330381MA2L9RT6N9", "--enterprise-jurisdiction", "330381", "--condition", "fatal-accident", "--from", "2026-03-01", "--reason", "SG-2026-0007", "--ref", "SG-2026-0007", "--name", "瑞安恒达化工有限公司", "--db", db, ...who])).out).toBe(`列入 listed ${id} v1\n`)
    const check = await run(["check", "91330381MA2L9RT6N9", "--purpose", "award", "--as-of", "2026-12-01", "--db", db, "--format", "json"])
    expect(check.code).toBe(1)
    expect(JSON.parse(check.out)).toMatchObject({ blocked: true, purpose: "award", by: [{ entryId: id }] })
    // without --record: a read (the flag defaults to false)
    const read = await run(["classes", record, "--as-of", "2026-12-01", "--db", db, "--format", "json"])
    expect(read.code).toBe(0)
    expect(JSON.parse(read.out).enterprises[0]).toMatchObject({ enterprise: "91330381MA2L9RT6N9", class: "C", caps: [{ noBetterThan: "C", changedClass: false }] })
    const classes = await run(["classes", record, "--as-of", "2026-12-01", "--record", "--db", db, ...who.slice(0, 5), "system", "--jurisdictions", tree, "--format", "json"])
    expect(classes.code).toBe(0)
    expect(JSON.parse(classes.out).byClass).toEqual({ A: 4, B: 1, C: 1, D: 1 })
    const rate = await run(["rate", record, "--as-of", "2026-12-01", "--db", db, "--format", "json"])
    expect(JSON.parse(rate.out).total).toMatchObject({ inScope: 5, rated: 5, meetsTarget: true })
    expect((await run(["candidates", record, "--as-of", "2026-12-01"])).out).toContain("fatal-accident  91330302MA2H9U6P4T  2026-05-20")
    expect((await run(["list", "repair", id, "--evidence", "rectified,penalty-fulfilled,credit-commitment", "--on", "2026-09-01", "--expected-version", "1", "--db", db, ...who])).out).toBe(`信用修复 repaired ${id} v2\n`)
    expect((await run(["list", "remove", id, "--reason", "复核", "--on", "2026-10-01", "--expected-version", "2", "--db", db, ...who])).out).toBe(`移出 removed ${id} v3\n`)
    const show = await run(["list", "show", "--status", "repaired", "--as-of", "2026-09-15", "--db", db, "--format", "json"])
    expect(JSON.parse(show.out).map((e: { entry: { id: string } }) => e.entry.id)).toEqual([id])
    expect((await run(["list", "history", id, "--db", db])).out.split("\n").filter(Boolean)).toHaveLength(3)
  })
})
