import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { CasNumber, GradingOptions, HazardUnit, isValidCas } from "./Unit.ts"

const decode = (u: unknown) => Schema.decodeUnknownResult(HazardUnit)(u, { errors: "all" })
const errorOf = (r: Result.Result<unknown, Schema.SchemaError>): string =>
  Result.isFailure(r) ? r.failure.message : "(decoded)"

describe("HazardUnit schema", () => {
  it("decodes a unit with named and category entries", () => {
    const r = decode({
      id: "storage-1",
      kind: "storage",
      substances: [
        { kind: "named", substance: "ammonia", quantityTonnes: 12, label: "V-1" },
        { kind: "category", category: "J5", quantityTonnes: 80, name: "某固体农药原药" }
      ]
    })
    expect(Result.isSuccess(r)).toBe(true)
  })

  it("rejects an unknown substance id at its path", () => {
    expect(errorOf(decode({ kind: "storage", substances: [{ kind: "named", substance: "naphtha", quantityTonnes: 1 }] }))).toBe(
      `Expected the id, name, alias or CAS number of a GB 18218-2018 表1 row, e.g. "ammonia", "液氨" or "7664-41-7"; "naphtha" is in no row (a substance not in 表1, such as 石脑油, is entered as { kind: "classified", hazards: [...] })\n  at ["substances"][0]["substance"]`
    )
  })

  it("accepts 石脑油 by its 表2 row (W5.1), now that 表2 is complete; rejects the legacy W9 as a category", () => {
    // 0.1.0 rejected W5.1 here: regulations.md §10 recorded no 表2 临界量 for it. gb18218-tables.md §2 does.
    expect(Result.isSuccess(decode({ kind: "storage", substances: [{ kind: "category", category: "W5.1", quantityTonnes: 100, name: "石脑油" }] })))
      .toBe(true)
    expect(errorOf(decode({ kind: "storage", substances: [{ kind: "category", category: "W9", quantityTonnes: 100 }] }))).toBe(
      "Expected a GB 18218-2018 表2 category (J1–J5, W1.1–W1.3, W2, W3, W4, W5.1–W5.4, W6.1, W6.2, W7.1, W7.2, W8, W9.1, W9.2, W10, W11)\n" +
        `  at ["substances"][0]["category"]`
    )
  })

  it("rejects a 表1 substance entered by category, by name or CAS", () => {
    const message = errorOf(decode({
      kind: "production",
      substances: [
        { kind: "named", substance: "chlorine", quantityTonnes: 1 },
        { kind: "category", category: "J3", quantityTonnes: 8, name: " 液氨 " },
        { kind: "category", category: "J5", quantityTonnes: 8, cas: "86290-81-5" },
        { kind: "category", category: "J3", quantityTonnes: 2, name: "一氧化碳" }
      ]
    }))
    expect(message).toContain(`"ammonia": enter it as { kind: "named", substance: "ammonia" }`)
    expect(message).toContain(`at ["substances"][1]["name"]`)
    expect(message).toContain(`CAS 86290-81-5 is the GB 18218-2018 表1 substance "gasoline"`)
    expect(message).toContain(`at ["substances"][2]["cas"]`)
    expect(message).toContain(`named toxic gas "carbon-monoxide" of GB 18218-2018 表3`)
    expect(message).toContain(`at ["substances"][3]["name"]`)
  })

  it("reports every bad field with its path", () => {
    expect(errorOf(decode({
      kind: "tank",
      substances: [
        { kind: "named", substance: "ammonia", quantityTonnes: -2 },
        { kind: "named", substance: "benzene", quantityTonnes: "5" },
        { kind: "category", category: "J1", quantityTonnes: 1, cas: "86290-81-4" }
      ]
    }))).toBe([
      `Expected "production" | "storage"\n  at ["kind"]`,
      `Expected a quantity in tonnes, ≥ 0\n  at ["substances"][0]["quantityTonnes"]`,
      `Expected number\n  at ["substances"][1]["quantityTonnes"]`,
      `Expected a CAS registry number with a valid check digit\n  at ["substances"][2]["cas"]`
    ].join("\n"))
  })

  it("validates CAS check digits", () => {
    expect(isValidCas("86290-81-5")).toBe(true)
    expect(isValidCas("7664-41-7")).toBe(true)
    expect(isValidCas("7664-41-8")).toBe(false)
    expect(Schema.is(CasNumber)("7664417")).toBe(false)
  })

  it("grading options need a non-negative integer head-count", () => {
    expect(errorOf(Schema.decodeUnknownResult(GradingOptions)({ exposedPeople: 2.5 }))).toBe(`Expected an integer\n  at ["exposedPeople"]`)
    expect(errorOf(Schema.decodeUnknownResult(GradingOptions)({ exposedPeople: -1 }))).toBe(`Expected a head-count ≥ 0\n  at ["exposedPeople"]`)
  })
})
