// `anquan … --help`: every command shows an example, and every flag with a default shows it. The pages come from
// the command tree in-process (fixtures/inProcess.ts); test/version.test.ts runs the executable itself.
import { beforeAll, describe, expect, it } from "vitest"
import { runInProcess } from "./fixtures/inProcess.ts"

const help = async (path: ReadonlyArray<string>) => (await runInProcess([...path, "--help"])).out

const commands = [
  [], ["check"], ["packs"], ["ledger"], ["ledger", "import"], ["ledger", "list"], ["ledger", "show"], ["ledger", "transition"],
  ["ledger", "metrics"], ["campaign"], ["campaign", "status"], ["credit"]
] as const

describe("anquan --help", () => {
  let pages: ReadonlyArray<string> = []
  beforeAll(async () => {
    const read: Array<string> = []
    for (const path of commands) read.push(await help(path))
    pages = read
  }, 60_000)
  const page = (...path: ReadonlyArray<string>) => pages[commands.findIndex((c) => c.join(" ") === path.join(" "))]!

  it("shows at least one example for every command, starting with the command itself", () => {
    commands.forEach((path, i) => {
      const examples = pages[i]!.split("\nEXAMPLES\n")[1]
      expect(examples, `anquan ${path.join(" ")} --help has no EXAMPLES`).toBeDefined()
      const lines = examples!.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"))
      expect(lines.length, `anquan ${path.join(" ")}`).toBeGreaterThan(0)
      for (const line of lines) expect(line.startsWith(["anquan", ...path].join(" ")), line).toBe(true)
    })
  })

  it("lists the investigation, reports and standardization commands (investigation's own help: test/investigation.test.ts)", () => {
    expect(page()!).toMatch(/\n\s+investigation\s+Accident investigations/)
    expect(page()).toMatch(/^\s+reports\s/m)
    expect(page()).toMatch(/^\s+standardization\s/m)
  })

  it("lists anquan credit and its subcommands", () => {
    expect(page()).toMatch(/\n  credit +Credit and the blacklist \(失信名单, 联合惩戒\)/)
    for (const sub of ["list", "check", "classes", "rate", "candidates"]) expect(page("credit")).toMatch(new RegExp(`\\n  ${sub} +`))
  })

  it("lists anquan enforcement (no extra process: the root page)", () => {
    expect(page()).toMatch(/\n\s+enforcement\s+Enforcement cases \(执法/)
  })

  it("names the investigation store on the root page and the regulator's sections among check's flags (no extra process)", () => {
    expect(page()).toMatch(/\n\s+investigation\s+Accident investigations \(事故调查\): check a file of cases, the accountability, and the investigation store \(open, record, list, show, overdue\)/)
    for (const flag of ["enforcement", "calendar", "enforcement-target", "credit", "credit-enterprises", "credit-config", "investigations"]) {
      expect(page("check"), flag).toMatch(new RegExp(`\\n\\s+--${flag} `))
    }
  })

  it("shows each flag's default", () => {
    const [check, packs, ledgerMetrics, ledgerImport, campaignStatus] = [page("check"), page("packs"), page("ledger", "metrics"), page("ledger", "import"), page("campaign", "status")]
    const flag = (page: string, name: string) => page.split("\n").find((l) => l.trimStart().startsWith(`--${name} `)) ?? ""
    expect(flag(check!, "format")).toContain("(default: table)")
    expect(flag(check!, "lang")).toContain("(default: zh-CN)")
    expect(flag(check!, "as-of")).toContain("(default: today, in Beijing time)")
    expect(flag(check!, "pack")).toContain("(default: every installed pack)")
    expect(flag(packs!, "format")).toContain("(default: table)")
    expect(flag(ledgerMetrics!, "breakdown")).toContain("(default: none)")
    expect(flag(ledgerMetrics!, "db")).toContain("(default: anquan.sqlite)")
    expect(flag(ledgerImport!, "discovered-on")).toContain("(default: the report's as-of date)")
    expect(flag(campaignStatus!, "format")).toContain("(default: table)")
  })
})
