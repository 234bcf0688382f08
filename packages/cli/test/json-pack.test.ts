import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { loadJsonPack } from "../src/index.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const bin = anquanExecutable
const example = (file: string) => fileURLToPath(new URL(`../../../examples/json-pack/${file}`, import.meta.url))

const anquan = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : (error as { code?: number }).code ?? 1, stdout, stderr }))
  })

describe("anquan check --pack ./pack.json", () => {
  it("evaluates the records against a pack written only in JSON", async () => {
    const r = await anquan(["check", example("sample.json"), "--pack", example("pack.json"), "--as-of", "2026-11-23", "--format", "json"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    const findings = report.enterprises.flatMap((e: { findings: Array<{ ruleId: string; outcome: string; evidence?: Array<{ path: string }> }> }) => e.findings)
    expect(findings.map((f: { ruleId: string; outcome: string }) => [f.ruleId, f.outcome])).toEqual([["tobacco-major-hazards/expanded-tobacco-co2-alarm", "violation"]])
    expect(JSON.stringify(findings[0])).toContain("facts.expandedTobaccoLines[0].alarmInterlockedWithEmergencyVentilation")
  }, 60_000)

  it("reads a pack file saved with a byte-order mark (UTF-8 or UTF-16) as the same pack", () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-json-pack-bom-"))
    const text = readFileSync(example("pack.json"), "utf8")
    const utf8 = join(dir, "pack-utf8.json")
    writeFileSync(utf8, "\ufeff" + text)
    const utf16 = join(dir, "pack-utf16.json")
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))
    const ids = (p: string) => loadJsonPack(p).rules.map((r) => r.id)
    expect(ids(utf8)).toEqual(ids(example("pack.json")))
    expect(ids(utf16)).toEqual(ids(example("pack.json")))
  })

  it("runs with an installed pack named beside it", async () => {
    const r = await anquan(["check", example("sample.json"), "--pack", "work-safety-law", "--pack", example("pack.json"), "--as-of", "2026-11-23", "--format", "json"])
    const report = JSON.parse(r.stdout)
    const packs = new Set(report.enterprises.flatMap((e: { findings: Array<{ pack: string }> }) => e.findings.map((f) => f.pack)))
    expect(packs.has("tobacco-major-hazards")).toBe(true)
  }, 60_000)

  it("refuses a pack file with a problem: exit 2, the rule id and the JSON path on stderr", async () => {
    const pack = JSON.parse(readFileSync(example("pack.json"), "utf8"))
    pack.rules[1].violationWhen.where.any[1].op = "more than"
    const dir = mkdtempSync(join(tmpdir(), "anquan-json-pack-"))
    const path = join(dir, "pack.json")
    writeFileSync(path, JSON.stringify(pack))
    const r = await anquan(["check", example("sample.json"), "--pack", path, "--as-of", "2026-11-23"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`rule "tobacco-major-hazards/expanded-tobacco-co2-alarm" at $.rules[1].violationWhen.where.any[1].op: unknown operator "more than"`)
  }, 60_000)
})
