// `anquan packs` and `anquan check` with the special-equipment pack installed by default: a rule that
// cites a national standard shows its clause and lettered item, in the JSON listing and in the table.
import { describe, expect, it } from "vitest"
import { installedPacks, listPacks, selectPacks } from "../src/index.ts"

describe("the special-equipment pack in the CLI", () => {
  it("is installed by default and selected by its id", () => {
    expect(installedPacks.map((p) => p.id)).toContain("special-equipment")
    expect(selectPacks(["special-equipment"]).map((p) => p.rules.length)).toEqual([47])
  })
  it("anquan packs --format json gives a standard's citation as { document, clause, letter, verified }", () => {
    const listing = JSON.parse(listPacks(installedPacks, "json", "zh-CN"))
    const rows = listing.filter((r: { pack: string }) => r.pack === "special-equipment")
    expect(rows.length).toBe(47)
    const safetyValve = rows.find((r: { id: string }) => r.id === "special-equipment/boiler-safety-valve")
    expect(safetyValve.citation).toEqual({ document: "special-equipment-major-hazard-gb45067-2024", clause: "4.2", letter: "c", verified: true })
  })
  it("anquan packs (table) writes it as the standard does: 4.2 c)", () => {
    const zh = listPacks(installedPacks, "table", "zh-CN").split("\n").find((l) => l.startsWith("special-equipment/boiler-safety-valve@"))
    expect(zh).toContain("《GB 45067-2024 特种设备重大事故隐患判定准则》 4.2 c)")
    const en = listPacks(installedPacks, "table", "en").split("\n").find((l) => l.startsWith("special-equipment/boiler-safety-valve@"))
    expect(en).toContain("clause 4.2 c)")
  })
})
