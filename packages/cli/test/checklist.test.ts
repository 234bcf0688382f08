import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { computeCheckCharacter } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { check, checklist, CSV_COLUMNS, fillChecklist, installedPacks, selectPacks } from "../src/index.ts"
import { encodeGb18030 } from "../src/output/gb18030.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-checklist-"))
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}
const body = "91330102000000001"
const unit = {
  creditCode: body + computeCheckCharacter(body), name: "示例企业", jurisdiction: "330102", sectors: ["industry-trade"], employees: 50,
  dangerousGoodsActivities: [], safetyDepartment: false, keyPeople: [{ name: "王安", roles: ["safety-officer"], employment: "part-time" }]
}
const unitFile = file("unit.json", JSON.stringify(unit))
const wsl = selectPacks(["work-safety-law"])
const AS_OF = "2026-11-23"

const make = (options: Partial<Parameters<typeof checklist>[0]> = {}) => {
  let out = ""
  const bytes: Array<Uint8Array> = []
  const r = checklist({ packs: wsl, asOf: AS_OF, format: "csv", locale: "zh-CN", write: (s) => (out += s), writeBytes: (b) => bytes.push(b), ...options })
  return { ...r, out, bytes: Buffer.concat(bytes) }
}

/** A CSV line's fields (the checklist's own quoting: "…" with "" inside). */
const fields = (line: string): Array<string> => {
  const out: Array<string> = []
  for (const m of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
    const f = m[1]!
    out.push(f.startsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f)
  }
  return out
}

/** Compliant answers for the work-safety-law facts a bare unit record leaves unknown. */
const compliant: Record<string, string> = {
  "facts.workSafety.training.staff.count": "50",
  "facts.workSafety.training.staff.untrainedAtWork": "0",
  "facts.workSafety.training.dispatchedWorkers.count": "0",
  "facts.workSafety.training.dispatchedWorkers.untrainedAtWork": "0",
  "facts.workSafety.training.interns.count": "0",
  "facts.workSafety.training.interns.untrainedAtWork": "0",
  "facts.workSafety.training.file.kept": "是",
  "facts.workSafety.training.file.recordedItems": "time、content、attendees、results",
  "facts.workSafety.training.file.truthful": "是",
  "facts.workSafety.specialOperatorsListed": "是",
  "facts.workSafety.constructionProjects": "[]",
  "facts.workSafety.dualPrevention.riskControlSystem": "是",
  "facts.workSafety.dualPrevention.controlsByRiskLevel": "是",
  "facts.workSafety.dualPrevention.hazardInvestigationSystem": "是",
  "facts.workSafety.dualPrevention.hazardRecordsTruthful": "是",
  "facts.workSafety.dualPrevention.hazardRecordsNotified": "是",
  "facts.workSafety.dualPrevention.majorAccidentHazards": "[]",
  "facts.workSafety.evacuation.exitsCompliant": "是",
  "facts.workSafety.evacuation.exitsObstructed": "否",
  "facts.workSafety.dangerousOperations": "[]",
  "facts.workSafety.emergencyPlan.established": "是",
  "facts.workSafety.emergencyPlan.adoptedOn": "2025-01-10",
  "facts.workSafety.emergencyPlan.linkedWithLocalGovernmentPlan": "是",
  "facts.workSafety.emergencyPlan.onSitePlans": "1",
  "facts.workSafety.emergencyPlan.drills": '[{"plan":"comprehensive","date":"2026-06-01"},{"plan":"on-site","date":"2026-10-08"}]',
  // the duties of arts. 4, 21–23, 29, 35–38, 44–49, 51, 83 (issue 25)
  "facts.workSafety.contractsAndLeases": "[]",
  "facts.workSafety.hazardousLocations": "[]",
  "facts.workSafety.safetyEquipment": "[]",
  "facts.workSafety.fuelGasUse.cateringOrSimilar": "否",
  "facts.workSafety.fuelGasUse.usesFuelGas": "否",
  "facts.workSafety.fuelGasUse.places": "[]",
  "facts.workSafety.sharedWorkAreas": "[]",
  "facts.workSafety.specialEquipment": "[]",
  "facts.workSafety.eliminatedItemsInUse": "[]",
  "facts.workSafety.hazardsDisclosedToWorkers": "是",
  "facts.workSafety.protectiveEquipment.provided": "是",
  "facts.workSafety.protectiveEquipment.meetsStandards": "是",
  "facts.workSafety.responsibilitySystem.established": "是",
  "facts.workSafety.responsibilitySystem.safetyRulesEstablished": "是",
  "facts.workSafety.responsibilitySystem.coversEveryPost": "是",
  "facts.workSafety.responsibilitySystem.implementationAssessed": "是",
  "facts.workSafety.principalDuties.responsibilitySystem": "是",
  "facts.workSafety.principalDuties.rulesAndProcedures": "是",
  "facts.workSafety.principalDuties.trainingPlan": "是",
  "facts.workSafety.principalDuties.investment": "是",
  "facts.workSafety.principalDuties.dualPrevention": "是",
  "facts.workSafety.principalDuties.emergencyPlan": "是",
  "facts.workSafety.principalDuties.accidentReporting": "是",
  "facts.workSafety.safetyInvestment.ensured": "是",
  "facts.workSafety.safetyInvestment.costsDrawnAndUsed": "是",
  "facts.workSafety.safetyInvestment.ppeAndTrainingFunded": "是",
  "facts.workSafety.newTechnologies": "[]",
  "facts.workSafety.safetyInspections.regular": "是",
  "facts.workSafety.safetyInspections.recorded": "是",
  "facts.workSafety.workInjuryInsurance": "是",
  "facts.workSafety.accidents": "[]",
  // the risk register (issue 21): optional, "[]" = a register with no 重大 risk point
  "facts.workSafety.dualPrevention.riskRegister.majorRiskPoints": "[]"
}

const checkRecord = async (record: unknown) => {
  let out = ""
  const r = await check({
    input: file(`r${Math.random().toString(36).slice(2)}.json`, JSON.stringify(record)), packs: wsl, asOf: AS_OF, format: "json", locale: "zh-CN",
    write: (s) => (out += s), progress: { tick: () => {}, done: () => {} }
  })
  return JSON.parse(out).enterprises[0].findings as Array<{ ruleId: string; outcome: string }>
}

describe("anquan checklist", () => {
  it("a blank checklist for a sector lists the facts with labels, types and the rules that need them", () => {
    const r = make({ sectors: ["industry-trade"], format: "json" })
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({ asOf: AS_OF, sectors: ["industry-trade"] })
    const employees = json.items.find((i: any) => i.path === "employees")
    expect(employees).toMatchObject({ label: { "zh-CN": "从业人员数" }, type: "integer", unit: { "zh-CN": "人" }, topic: { key: "enterprise" } })
    expect(employees.rules.map((x: any) => x.ruleId)).toContain("work-safety-law/safety-management-staffing")
    expect(json.items.some((i: any) => i.path.startsWith("facts.workSafety."))).toBe(true)
    expect(r.items).toBe(json.items.length)
  })

  it("csv: the columns, one row per fact, and a formula-like text written so a spreadsheet does not run it", () => {
    const r = make({ sectors: ["industry-trade"] })
    const lines = r.out.trimEnd().split("\r\n")
    expect(lines[0]).toBe(CSV_COLUMNS.join(","))
    expect(lines).toHaveLength(r.items + 1)
    const withFormula = make({ facts: file("formula.json", JSON.stringify({ ...unit, name: "=HYPERLINK(\"x\")" })) })
    const nameRow = withFormula.out.split("\r\n").find((l) => l.startsWith("name,"))!
    expect(fields(nameRow).at(-1)).toBe("'=HYPERLINK(\"x\")")
  })

  it("csv as GB18030 for Excel: the same text, encoded", () => {
    const utf8 = make({ sectors: ["industry-trade"] }).out
    const gb = make({ sectors: ["industry-trade"], encoding: "gb18030" })
    expect(gb.out).toBe("")
    expect(new TextDecoder("gb18030").decode(gb.bytes)).toBe(utf8)
    expect(gb.bytes.length).toBeLessThan(Buffer.byteLength(utf8))
    expect(make({ sectors: ["industry-trade"], encoding: "utf-8-bom" }).out.startsWith("\uFEFF")).toBe(true)
  })

  it("html: a printable form in both languages, escaped", () => {
    const r = make({ facts: file("html.json", JSON.stringify({ ...unit, name: "<img src=x onerror=alert(1)>" })), format: "html" })
    expect(r.out).toContain('<span lang="zh-CN">安全生产检查表</span><span lang="en">Work-safety inspection checklist</span>')
    expect(r.out).not.toContain("<img src=x")
    expect(r.out).toContain("@media print")
  })

  it("round trip: the facts a record leaves unknown, filled with compliant answers in the CSV, give no indeterminate finding; one breach gives exactly that violation", async () => {
    const before = await checkRecord(unit)
    expect(before.some((f) => f.outcome === "indeterminate")).toBe(true)
    const form = make({ facts: unitFile, onlyMissing: true })
    const rows = form.out.trimEnd().split("\r\n").map(fields)
    const header = rows[0]!
    const pathAt = header.indexOf("path"), valueAt = header.indexOf("value")
    const unanswered = rows.slice(1).map((r) => r[pathAt]!).filter((p) => compliant[p] === undefined)
    expect(unanswered, "every missing fact has an answer in this test").toEqual([])
    const filledCsv = (answers: Record<string, string>) =>
      [header, ...rows.slice(1).map((r) => r.map((f, i) => (i === valueAt ? answers[r[pathAt]!]! : f)))]
        .map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",")).join("\r\n")
    const ok = await fillChecklist({ answers: file("filled.csv", filledCsv(compliant)), base: unitFile })
    const after = await checkRecord(ok)
    expect(after.filter((f) => f.outcome === "indeterminate")).toEqual([])
    expect(after.filter((f) => f.outcome === "violation").map((f) => f.ruleId)).toEqual(before.filter((f) => f.outcome === "violation").map((f) => f.ruleId))
    const breach = await fillChecklist({ answers: file("breach.csv", encodeGb18030(filledCsv({ ...compliant, "facts.workSafety.evacuation.exitsObstructed": "是" }))), base: unitFile })
    const withBreach = await checkRecord(breach)
    const gained = withBreach.filter((f) => f.outcome === "violation").map((f) => f.ruleId).filter((id) => !after.some((f) => f.ruleId === id && f.outcome === "violation"))
    expect(gained).toEqual(["work-safety-law/evacuation-exits"])
  })

  it("fill refuses what it cannot set, naming each path; JSON answers work as well", async () => {
    await expect(fillChecklist({ answers: file("bad.csv", "path,value\nemployees,约200\n__proto__.x,1\nkeyPeople[].name,王\n") })).rejects.toThrow(/employees: expected a whole number.*__proto__\.x: not a usable path.*keyPeople\[\]\.name: a path with \[\]/)
    await expect(fillChecklist({ answers: file("nopath.csv", "a,b\n1,2\n") })).rejects.toThrow(/needs the columns path and value/)
    const r = await fillChecklist({ answers: file("a.json", JSON.stringify({ items: [{ path: "employees", value: 12 }, { path: "facts.workSafety.evacuation.exitsCompliant", value: true }] })), base: unitFile })
    expect(r).toMatchObject({ employees: 12, facts: { workSafety: { evacuation: { exitsCompliant: true } } } })
  })

  it("the command: json on stdout, --only-missing without --facts is a usage error, and fill writes a record check accepts", async () => {
    const bin = anquanExecutable
    const exec = (args: Array<string>) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], { maxBuffer: 1 << 26 }, (error, stdout, stderr) => resolve({ code: error === null ? 0 : (error as { code: number }).code, stdout, stderr }))
    })
    const ok = await exec(["checklist", "--sector", "fireworks", "--unit-kind", "retail-point", "--as-of", AS_OF])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).items.length).toBeGreaterThan(5)
    const bad = await exec(["checklist", "--only-missing", "--as-of", AS_OF])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--only-missing")
    const out = join(dir, "filled.json")
    const fill = await exec(["checklist", "fill", file("one.csv", "path,value,type\nemployees,80,integer\n"), "--facts", unitFile, "--out", out])
    expect(fill.code).toBe(0)
    expect(JSON.parse(readFileSync(out, "utf8")).employees).toBe(80)
    expect(installedPacks.length).toBeGreaterThan(0)
  }, 60_000)
})
