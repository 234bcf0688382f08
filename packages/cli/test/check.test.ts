import { execFile } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { computeCheckCharacter } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { check, installedPacks, listPacks, parseCsv, readRecords } from "../src/index.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const code = (n: number) => {
  const body = `91330102${String(n).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}
const officer = (employment: string) => ({ name: "王安", roles: ["safety-officer"], employment })
const ok = (n: number) => ({
  creditCode: code(n), name: `合规企业${n}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 20,
  dangerousGoodsActivities: [], safetyDepartment: false, keyPeople: [officer("part-time")]
})
const bad = (n: number) => ({ ...ok(n), name: `超员企业${n}`, employees: 150 })

const dir = mkdtempSync(join(tmpdir(), "anquan-cli-"))
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

const run = async (input: string, extra: Partial<Parameters<typeof check>[0]> = {}) => {
  let out = ""
  const result = await check({
    input, packs: installedPacks, asOf: "2026-11-23", format: "json", locale: "zh-CN",
    write: (s) => (out += s), progress: { tick: () => {}, done: () => {} }, ...extra
  })
  return { ...result, out }
}

describe("anquan check", () => {
  it("exits 0 when nothing is violated", async () => {
    const r = await run(file("ok.json", JSON.stringify([ok(1), ok(2)])))
    expect(r.exitCode).toBe(0)
    expect(r.report.totals).toMatchObject({ records: 2, evaluated: 2, rejected: 0 })
  })

  it("exits 1 when violations are found", async () => {
    const r = await run(file("bad.json", JSON.stringify([ok(1), bad(2)])))
    expect(r.exitCode).toBe(1)
    expect(JSON.parse(r.out).enterprises[1].findings[0].ruleId).toBe("work-safety-law/safety-management-staffing")
  })

  it("reads NDJSON, reports a bad line and a bad record by file and line, evaluates the rest, exits 3", async () => {
    const p = file("mixed.ndjson", [JSON.stringify(ok(1)), "{not json", "", JSON.stringify({ ...ok(3), employees: "many" }), JSON.stringify(bad(4))].join("\n"))
    const r = await run(p)
    expect(r.exitCode).toBe(3)
    expect(r.report.totals).toMatchObject({ records: 4, evaluated: 2, rejected: 2 })
    const rejected = r.report.rejected
    expect(rejected.map((x) => x.source.line)).toEqual([2, 4])
    expect(rejected[0]!.issues[0]!.message).toMatch(/invalid JSON/)
    expect(rejected[1]!.issues[0]).toMatchObject({ path: ["employees"] })
    expect(r.report.byOutcome.violation).toBe(1)
  })

  it("reads CSV with dotted headers, JSON cells and text columns kept as text", async () => {
    const header = "creditCode,name,jurisdiction,sectors,employees,dangerousGoodsActivities,safetyDepartment,keyPeople"
    const people = JSON.stringify([officer("part-time")]).replace(/"/g, "\"\"")
    const csv = [
      header,
      `${code(1)},"某公司, 有限",330102,"[""industry-trade""]",150,[],false,"${people}"`,
      `${code(2)},缺人数公司,330102,"[""industry-trade""]",,[],false,"${people}"`
    ].join("\r\n")
    const r = await run(file("e.csv", csv))
    expect(r.report.totals).toMatchObject({ records: 2, evaluated: 2 })
    const [first, second] = JSON.parse(r.out).enterprises
    expect(first.subject.name).toBe("某公司, 有限")
    expect(first.verdict).toBe("general-hazard")
    expect(second.findings[0]).toMatchObject({ outcome: "indeterminate", missing: expect.arrayContaining(["enterprise.employees"]) })
  })

  it("reads every file of a directory", async () => {
    const d = mkdtempSync(join(tmpdir(), "anquan-dir-"))
    writeFileSync(join(d, "a.json"), JSON.stringify([ok(1)]))
    writeFileSync(join(d, "b.ndjson"), JSON.stringify(bad(2)) + "\n")
    writeFileSync(join(d, "notes.txt"), "ignored")
    const r = await run(d)
    expect(r.report.totals.records).toBe(2)
    expect(r.exitCode).toBe(1)
  })

  it("streams NDJSON output: one line per record and a summary", async () => {
    const r = await run(file("s.json", JSON.stringify([ok(1), bad(2)])), { format: "ndjson" })
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l))
    expect(lines.map((l) => l._tag)).toEqual(["evaluated", "evaluated", "summary"])
    expect(lines[1].source).toMatchObject({ index: 1 })
    expect(lines[2].verdicts["general-hazard"]).toBe(1)
  })

  it("renders a table with the citation and the location", async () => {
    const r = await run(file("t.json", JSON.stringify([bad(2)])), { format: "table" })
    expect(r.out).toContain("超员企业2")
    expect(r.out).toContain("第二十四条")
    expect(r.out).toContain("t.json[0]")
  })

  it("applies a config file and flags what is laxer than national", async () => {
    const cfg = file("cfg.json", JSON.stringify([{ name: "某省", level: "province", rules: { "work-safety-law/safety-management-staffing": { params: { threshold: 200 } } } }]))
    const r = await run(file("c.json", JSON.stringify([bad(2)])), { config: cfg })
    expect(r.exitCode).toBe(0)
    expect(r.report.laxerThanNational).toEqual([expect.objectContaining({ kind: "param", param: "threshold", national: 100, effective: 200 })])
  })
})

describe("input readers", () => {
  it("parses quoted CSV fields with commas, doubled quotes and line breaks", async () => {
    async function* chunks() {
      yield "a,b\n\"x, y\",\"say \"\""
      yield "hi\"\"\",\"two\nlines\"\n"
    }
    const rows = []
    for await (const r of parseCsv(chunks())) rows.push(r)
    expect(rows).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", "say \"hi\"", "two\nlines"] }
    ])
  })

  it("yields a JSON array file with indexes", async () => {
    const items = []
    for await (const i of readRecords(file("arr.json", JSON.stringify([1, 2])))) items.push(i)
    expect(items.map((i) => i.source.index)).toEqual([0, 1])
  })
})

describe("anquan packs", () => {
  it("lists every rule version in the stable JSON shape", () => {
    const listing = JSON.parse(listPacks(installedPacks, "json", "zh-CN"))
    const staffing = listing.filter((r: { id: string }) => r.id === "work-safety-law/safety-management-staffing")
    expect(staffing.map((r: { version: string }) => r.version)).toEqual(["2002-11-01", "2014-12-01", "2021-09-01"])
    expect(Object.keys(staffing[2]).sort()).toEqual(
      ["appliesTo", "citation", "effective", "id", "legalBases", "pack", "params", "penalties", "reads", "severity", "title", "version"]
    )
    expect(staffing[2].citation).toEqual({ document: "work-safety-law-2021", article: 24, verified: true })
    expect(staffing[2].effective).toEqual({ from: "2021-09-01", to: null })
  })
})

describe("the anquan executable", () => {
  const bin = anquanExecutable
  const exec = (args: ReadonlyArray<string>) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }))
    })

  it("exits 1 with violations, 2 for a missing file and for a bad flag value", async () => {
    const violations = await exec(["check", file("x.json", JSON.stringify([bad(5)])), "--as-of", "2026-11-23", "--format", "json"])
    expect(violations.code).toBe(1)
    expect(JSON.parse(violations.stdout).verdicts["general-hazard"]).toBe(1)
    const missing = await exec(["check", join(dir, "missing.json")])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("cannot read")
    const badFlag = await exec(["check", "x", "--format", "xml"])
    expect(badFlag.code).toBe(2)
  }, 30_000)
})

describe("anquan check --format table: missing facts by their labels", () => {
  it("names each missing fact in the report's language, its path beside it", async () => {
    const { employees: _, ...noHeadcount } = ok(7)
    const p = file("no-headcount.json", JSON.stringify([noHeadcount]))
    const zh = await run(p, { format: "table", locale: "zh-CN" })
    expect(zh.out).toContain("缺少事实: 从业人员数 (enterprise.employees)")
    const en = await run(p, { format: "table", locale: "en" })
    expect(en.out).toContain("missing facts: staff (enterprise.employees)")
  })
})
