import { execFile } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { computeCheckCharacter } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { diff, selectPacks } from "../src/index.ts"
import type { DiffOptions } from "../src/index.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const code = (n: number) => {
  const body = `91330102${String(n).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}
const unit = (n: number, extra: Record<string, unknown> = {}) => ({
  creditCode: code(n), name: `企业${n}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 20,
  dangerousGoodsActivities: [], safetyDepartment: false, keyPeople: [{ name: "王安", roles: ["safety-officer"], employment: "part-time" }],
  ...extra
})

const dir = mkdtempSync(join(tmpdir(), "anquan-diff-"))
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}
const constructionSample = fileURLToPath(new URL("../../pack-construction/sample/construction-projects.json", import.meta.url))
const wsl = selectPacks(["work-safety-law"])
const staffing = "work-safety-law/safety-management-staffing"

const run = async (options: Partial<DiffOptions> & Pick<DiffOptions, "input" | "from" | "to">) => {
  let out = ""
  const result = await diff({ format: "json", locale: "zh-CN", write: (s) => (out += s), ...options })
  return { ...result, out, json: options.format === undefined || options.format === "json" ? JSON.parse(out) : undefined }
}

describe("anquan diff: the construction criteria's edition switch (2024-12-12 → 2024-12-13)", () => {
  it("shows the 2022 edition's findings lost, the 2024 edition's gained, and rules in both changed with both citations", async () => {
    const packs = selectPacks(["construction"])
    const r = await run({ input: constructionSample, from: { asOf: "2024-12-12", packs }, to: { asOf: "2024-12-13", packs } })
    expect(r.exitCode).toBe(1)
    expect(Object.keys(r.json)).toEqual(["from", "to", "gained", "lost", "changed", "verdictChanges", "rejected", "totals"])
    expect(r.json.from).toMatchObject({ asOf: "2024-12-12", label: "2024-12-12", packs: [{ id: "construction" }] })
    expect(r.json.changed.length).toBeGreaterThan(0)
    for (const c of r.json.changed) {
      expect(c.fields).toContain("ruleVersion")
      expect(c.before.ruleVersion).toBe("2022-04-19")
      expect(c.after.ruleVersion).toBe("2024-12-13")
      expect(c.before.citation.document).not.toBe(c.after.citation.document)
    }
    // a rule the 2024 edition dropped is lost with "not in force"; one it added is gained likewise
    expect(r.json.lost.some((c: any) => c.after.outcome === "none" && c.after.inForce === false)).toBe(true)
    expect(r.json.gained.some((c: any) => c.before.outcome === "none" && c.before.inForce === false)).toBe(true)
    const t = r.json.totals
    expect(t.findings).toEqual({ gained: r.json.gained.length, lost: r.json.lost.length, changed: r.json.changed.length })
    expect(t.byPack.construction).toEqual(t.findings)
    expect(t.bySector.construction).toEqual(t.findings)
  })

  it("the same date on both sides changes nothing and exits 0", async () => {
    const packs = selectPacks(["construction"])
    const r = await run({ input: constructionSample, from: { asOf: "2024-12-13", packs }, to: { asOf: "2024-12-13", packs } })
    expect(r.exitCode).toBe(0)
    expect([r.json.gained, r.json.lost, r.json.changed, r.json.verdictChanges]).toEqual([[], [], [], []])
  })
})

describe("anquan diff: the work-safety law's staffing thresholds", () => {
  const input = file("units.json", JSON.stringify([
    unit(1, { employees: 150 }),
    unit(2, { employees: 60 }),
    unit(3, { employees: 20, dangerousGoodsActivities: ["loading"] })
  ]))

  it("2014-11-30 → 2014-12-01: 300 → 100 staff: the 150-staff unit with part-time staff gains a violation (the 2002 rule was in force and found nothing)", async () => {
    const r = await run({ input, from: { asOf: "2014-11-30", packs: wsl }, to: { asOf: "2014-12-01", packs: wsl } })
    const gained = r.json.gained.filter((c: any) => c.ruleId === staffing)
    expect(gained).toMatchObject([{ index: 0, before: { outcome: "none", inForce: true }, after: { outcome: "violation", ruleVersion: "2014-12-01", citation: { document: "work-safety-law-2014", article: 21 } } }])
    expect(r.json.verdictChanges.some((v: any) => v.index === 0)).toBe(true)
  })

  it("2021-08-31 → 2021-09-01: the violation goes on under the new article (changed: version and citation, both shown), and 装卸 units are added", async () => {
    const r = await run({ input, from: { asOf: "2021-08-31", packs: wsl }, to: { asOf: "2021-09-01", packs: wsl } })
    const changed = r.json.changed.filter((c: any) => c.ruleId === staffing)
    expect(changed).toMatchObject([{ index: 0, fields: ["ruleVersion", "citation"], before: { citation: { article: 21 } }, after: { citation: { article: 24 } } }])
    const gained = r.json.gained.filter((c: any) => c.ruleId === staffing)
    expect(gained.map((c: any) => c.index)).toEqual([2])
  })

  it("a config that raises the threshold to 200 loses the 150-staff unit's violation only", async () => {
    const config = file("raise.json", JSON.stringify([
      { name: "国家", level: "national" },
      { name: "某省", level: "province", rules: { [staffing]: { params: { threshold: 200 } } } }
    ]))
    const r = await run({ input, from: { asOf: "2026-11-23", packs: wsl }, to: { asOf: "2026-11-23", packs: wsl, config } })
    expect(r.json.lost.filter((c: any) => c.ruleId === staffing)).toMatchObject([{ index: 0, after: { outcome: "none", inForce: true } }])
    expect(r.json.gained).toEqual([])
    expect(r.json.to.label).toBe(`2026-11-23 · config ${config}`)
  })
})

describe("anquan diff: output", () => {
  it("a rejected record is listed with its source and exits 3; the others are still compared", async () => {
    const input = file("mixed.ndjson", [JSON.stringify(unit(1, { employees: 150 })), "{not json", JSON.stringify({ ...unit(3), employees: "many" })].join("\n"))
    const r = await run({ input, from: { asOf: "2014-11-30", packs: wsl }, to: { asOf: "2014-12-01", packs: wsl } })
    expect(r.exitCode).toBe(3)
    expect(r.json.rejected.map((x: any) => x.source.line)).toEqual([2, 3])
    expect(r.json.totals).toMatchObject({ records: 3, compared: 1, rejected: 2 })
    expect(r.json.gained.length).toBeGreaterThan(0)
  })

  it("json: many changes spooled and copied back make one valid document, and no temporary file is left", async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith("anquan-diff-") && f.endsWith(".json")).length
    const many = Array.from({ length: 3000 }, (_, i) => unit(100 + i, { employees: 150, name: `企业“${i}”\u2028𠀀` }))
    const input = file("many.json", JSON.stringify(many))
    const r = await run({ input, from: { asOf: "2014-12-01", packs: wsl }, to: { asOf: "2014-11-30", packs: wsl } })
    expect(r.json.lost).toHaveLength(3000)
    expect(r.json.lost[2999].name).toBe("企业“2999”\u2028𠀀")
    expect(r.json.verdictChanges).toHaveLength(3000)
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith("anquan-diff-") && f.endsWith(".json")).length).toBe(before)
  })

  it("html: both languages, escaped names, and lists cut at --max-listed with the rest counted", async () => {
    const input = file("html.json", JSON.stringify([unit(1, { employees: 150, name: "<script>alert(1)</script>" }), unit(2, { employees: 150 })]))
    const r = await run({ input, format: "html", maxListed: 1, from: { asOf: "2014-11-30", packs: wsl }, to: { asOf: "2014-12-01", packs: wsl } })
    expect(r.out).toContain("<!doctype html>")
    expect(r.out).not.toContain("<script>alert(1)</script>")
    expect(r.out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(r.out).toContain('<span lang="zh-CN">法规变化影响</span><span lang="en">Regulatory-change impact</span>')
    expect(r.out).toContain("另有 1 条未列出")
  })

  it("the command: json on stdout parses, exit code 1; a bad date is a usage error (2)", async () => {
    const bin = anquanExecutable
    const exec = (args: Array<string>) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], { maxBuffer: 1 << 26 }, (error, stdout, stderr) => resolve({ code: error === null ? 0 : (error as { code: number }).code, stdout, stderr }))
    })
    const ok = await exec(["diff", constructionSample, "--from", "2024-12-12", "--to", "2024-12-13", "--pack", "construction", "--format", "json"])
    expect(ok.code).toBe(1)
    expect(JSON.parse(ok.stdout).totals.findings.changed).toBeGreaterThan(0)
    const bad = await exec(["diff", constructionSample, "--from", "2024-13-12", "--to", "2024-12-13"])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--from must be a calendar date")
    const out = join(dir, "diff.html")
    const html = await exec(["diff", constructionSample, "--from", "2024-12-12", "--to", "2024-12-13", "--format", "html", "--out", out, "--lang", "en"])
    expect(html.code).toBe(1)
    expect(readFileSync(out, "utf8")).toContain('<html lang="en">')
  }, 60_000)
})
