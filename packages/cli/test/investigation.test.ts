import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { investigationAccountability, investigationCheck, UsageError } from "../src/index.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/investigation/${name}`, import.meta.url))
const sample = (name: string) => fileURLToPath(new URL(`../../accident/sample/${name}`, import.meta.url))

describe("anquan investigation check", () => {
  const run = async (asOf: string, format: "table" | "json") => {
    let out = ""
    const r = await investigationCheck({ cases: fixture("cases.json"), asOf, format, write: (s) => (out += s) })
    return { ...r, out }
  }

  it("prints JSON with calendar days, the counting choices, findings and every rejected case by path", async () => {
    const { out, exitCode } = await run("2024-07-01", "json")
    const json = JSON.parse(out)
    expect(exitCode).toBe(3) // case 2 is rejected
    expect(json.asOf).toBe("2024-07-01")
    expect(json.counting).toEqual({ reportClockFrom: "accident-day", approvalClockFrom: "report-submitted", firstDay: "excluded", dayKind: "calendar", technicalAppraisalDays: "calendar-inclusive", verified: false })
    expect(json.cases.map((c: { accidentId: string }) => c.accidentId)).toEqual(["SG-2024-011", "SG-2024-012"])
    expect(json.cases[0].report).toMatchObject({ deadline: "2024-06-30", status: "overdue" })
    expect(json.cases[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["accident-investigation/report-overdue"])
    expect(json.cases[1].report).toMatchObject({ deadline: "2024-08-01", extensionDays: 30, status: "pending" })
    expect(json.rejected.map((r: { issues: Array<{ path: Array<string | number> }> }) => r.issues.map((i) => i.path.join(".")))).toEqual([["2.accident.occurredAt", "2.investigatedBy"]])
    expect(json.summary).toEqual({ cases: 2, withFindings: 1, reportOverdue: 1, approvalOverdue: 0, open: 2 })
  })

  it("prints a table line per case; on 06-30 nothing is overdue yet", async () => {
    const { out, summary } = await run("2024-06-30", "table")
    expect(summary.withFindings).toBe(0)
    expect(out).toContain("SG-2024-011  一般事故  县级人民政府  report pending (due 2024-06-30)")
    expect(out).toContain("case 2 rejected: 2.investigatedBy:")
    const closed = await run("2024-08-01", "table")
    expect(closed.out).toMatch(/SG-2024-012 .*report on-time .*approval on-time .*closure closed/)
  })

  it("rejects a bad as-of and a file that is not an array", async () => {
    await expect(investigationCheck({ cases: fixture("cases.json"), asOf: "2024-13-01", format: "json", write: () => {} })).rejects.toBeInstanceOf(UsageError)
    await expect(investigationCheck({ cases: sample("investigation-accountability.json"), asOf: "2024-07-01", format: "json", write: () => {} })).rejects.toThrow(/expected a JSON array/)
  })
})

describe("anquan investigation accountability", () => {
  it("prints the accident's accountability with the people the investigation named", async () => {
    let out = ""
    const r = await investigationAccountability({ file: sample("investigation-accountability.json"), asOf: "2024-09-01", write: (s) => (out += s) })
    expect(r.exitCode).toBe(0)
    const json = JSON.parse(out)
    expect(json.grade).toBe("relatively-serious")
    expect(json.accountable.find((a: { rule: string }) => a.rule === "enterprise-direct").people).toEqual([{ person: { name: "王五", title: "车间主任" }, role: "direct-responsible" }])
    expect(json.accountable.find((a: { rule: string }) => a.rule === "local-leadership").people).toEqual([{ person: { name: "周副区长" }, role: "safety-deputy" }])
    expect(json.unhandled).toEqual([])
  })

  it("names the bad path of a bad file", async () => {
    await expect(investigationAccountability({ file: fixture("cases.json"), asOf: "2024-09-01", write: () => {} })).rejects.toThrow(/investigation/)
  })
})

describe("anquan investigation check --help", () => {
  it("shows an example starting with the command and each flag's default (one spawn)", async () => {
    const bin = anquanExecutable
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [bin, "investigation", "check", "--help"], { env: { ...process.env, NO_COLOR: "1" } }, (error, stdout) => (error ? reject(error) : resolve(stdout))))
    const examples = out.split("\nEXAMPLES\n")[1]!.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"))
    expect(examples.length).toBeGreaterThan(0)
    for (const line of examples) expect(line.startsWith("anquan investigation check")).toBe(true)
    const flag = (name: string) => out.split("\n").find((l) => l.trimStart().startsWith(`--${name} `)) ?? ""
    expect(flag("format")).toContain("(default: table)")
    expect(flag("as-of")).toContain("(default: today, in Beijing time)")
    expect(flag("report-clock-from")).toContain("(default: accident-day)")
    expect(flag("first-day")).toContain("(default: excluded)")
  }, 60_000)
})
