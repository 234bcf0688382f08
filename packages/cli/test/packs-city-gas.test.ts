import { describe, expect, it } from "vitest"
import { installedPacks, listPacks, selectPacks } from "../src/index.ts"

describe("the city-gas pack in the CLI's default set", () => {
  it("is installed and selectable by its id", () => {
    expect(installedPacks.map((p) => p.id)).toContain("city-gas")
    expect(selectPacks(["city-gas"]).map((p) => p.id)).toEqual(["city-gas"])
  })
  it("`anquan packs --format json` lists its 22 rules with their citations (第八条 and 第十条 without an item)", () => {
    const listing: Array<{ id: string; pack: string; citation: Record<string, unknown> }> = JSON.parse(listPacks(installedPacks, "json", "zh-CN"))
    const gas = listing.filter((r) => r.pack === "city-gas")
    expect(gas.length).toBe(22)
    expect(gas.find((r) => r.id === "city-gas/user-heavy-gas-underground")!.citation).toEqual({ document: "city-gas-major-hazard-2023", article: 9, item: 1, verified: true })
    expect(gas.find((r) => r.id === "city-gas/other-serious-hazards")!.citation).toEqual({ document: "city-gas-major-hazard-2023", article: 10, verified: true })
  })
  it("the table names the document", () => {
    expect(listPacks(selectPacks(["city-gas"]), "table", "zh-CN")).toContain("city-gas/warning-odour@2023-09-21  major    2023-09-21..  《城镇燃气经营安全重大隐患判定标准》 第八条")
  })
})
