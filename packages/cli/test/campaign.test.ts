import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { campaignStatus, UsageError } from "../src/index.ts"

const sample = (name: string) => fileURLToPath(new URL(`../../campaign/sample/${name}`, import.meta.url))

describe("anquan campaign status", () => {
  const run = async (asOf: string, format: "table" | "json" = "table") => {
    let out = ""
    const r = await campaignStatus({
      campaign: sample("params.json"), roster: sample("roster.json"), hazards: sample("hazards.json"),
      inspections: sample("inspections.json"), asOf, format, write: (s) => (out += s)
    })
    return { ...r, out }
  }

  it("instantiates a template from its parameters and reports progress as of a date", async () => {
    const { progress, out, exitCode } = await run("2024-09-10")
    expect(exitCode).toBe(0)
    expect(progress.currentPhases.map((p) => p.name)).toEqual(["集中整治"])
    expect(progress.hazards.total).toMatchObject({ found: 7, fixed: 4, overdue: 2 })
    expect(out).toContain("units: 5/6 covered")
    expect(out).toContain("target rectification-rate at-least 100.0%: 3/5 = 60.0% → not met")
  })

  it("knows the phase on other dates and prints JSON", async () => {
    const { progress, out } = await run("2024-06-10", "json")
    expect(JSON.parse(out).status).toBe(progress.status)
    expect(progress.currentPhases.map((p) => p.name)).not.toEqual(["集中整治"])
  })

  it("rejects an unreadable campaign file with a usage error", async () => {
    await expect(campaignStatus({ campaign: "/no/such.json", asOf: "2024-09-10", format: "table", write: () => {} }))
      .rejects.toBeInstanceOf(UsageError)
  })
})
