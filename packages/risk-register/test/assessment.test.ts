import { describe, expect, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import type { RiskConfig, RiskGrade } from "../src/index.ts"
import { accidentTypeCatalogue, AccidentTypes, assess, Decimal, defaultRiskConfig, grade, RiskConfig as RiskConfigSchema } from "../src/index.ts"

const lec = (L: number, E: number, C: number, config: RiskConfig = defaultRiskConfig) => {
  const r = grade({ method: "lec", L, E, C }, config)
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const matrix = (L: number, S: number, config: RiskConfig = defaultRiskConfig) => {
  const r = grade({ method: "matrix", L, S }, config)
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}

describe("exact decimals", () => {
  it("multiplies without floating-point error", () => {
    expect(0.1 * 3 * 7).not.toBe(2.1) // the reason for exact arithmetic
    expect(lec(0.1, 3, 7).score).toBe("2.1")
    expect(lec(0.2, 3, 100).score).toBe("60")
    expect(Decimal.format(Decimal.multiply(Decimal.fromNumber(0.5)!, Decimal.fromNumber(0.2)!))).toBe("0.1")
  })
  it("refuses numbers only written with an exponent", () => {
    expect(Decimal.fromNumber(1e-7)).toBeUndefined()
    expect(Decimal.fromNumber(Number.NaN)).toBeUndefined()
  })
})

describe("LEC with the default bands (D > 320 / 160 / 70)", () => {
  it("grades at the boundary 70 exactly: D = 70 is low, the next value above is general", () => {
    expect(lec(10, 1, 7)).toMatchObject({ score: "70", grade: "low" })
    expect(lec(1, 10, 7)).toMatchObject({ score: "70", grade: "low" })
    expect(lec(3, 3, 15).grade).toBe("general") // 135
    expect(lec(6, 2, 15).grade).toBe("significant") // 180
    expect(lec(10, 6, 7)).toMatchObject({ score: "420", grade: "major" })
  })

  it("grades at the boundaries 320 and 160 exactly (reached with extra consequence values)", () => {
    const extra: RiskConfig = { ...defaultRiskConfig, lec: { ...defaultRiskConfig.lec, C: [...defaultRiskConfig.lec.C, { value: 16, label: "x" }, { value: 32, label: "y" }] } }
    expect(lec(10, 2, 16, extra)).toMatchObject({ score: "320", grade: "significant" })
    expect(lec(0.5, 10, 64, { ...extra, lec: { ...extra.lec, C: [...extra.lec.C, { value: 64, label: "z" }] } })).toMatchObject({ score: "320", grade: "significant" })
    expect(lec(10, 1, 32, extra)).toMatchObject({ score: "320", grade: "significant" })
    expect(lec(10, 1, 16, extra)).toMatchObject({ score: "160", grade: "general" })
    expect(lec(6, 6, 16, extra)).toMatchObject({ score: "576", grade: "major" })
    expect(lec(1, 10, 16, extra)).toMatchObject({ score: "160", grade: "general" })
    expect(lec(3, 6, 16, extra)).toMatchObject({ score: "288", grade: "significant" })
  })

  it("agrees with an integer oracle on every combination of the default scales", () => {
    // every default factor × 10 is a whole number: D × 1000 is exact in integers
    const ten = (x: number) => Math.round(x * 10)
    const oracle = (L: number, E: number, C: number): RiskGrade => {
      const d1000 = ten(L) * ten(E) * ten(C)
      return d1000 > 320_000 ? "major" : d1000 > 160_000 ? "significant" : d1000 > 70_000 ? "general" : "low"
    }
    let n = 0
    for (const L of defaultRiskConfig.lec.L) {
      for (const E of defaultRiskConfig.lec.E) {
        for (const C of defaultRiskConfig.lec.C) {
          expect(lec(L.value, E.value, C.value).grade, `${L.value} × ${E.value} × ${C.value}`).toBe(oracle(L.value, E.value, C.value))
          n++
        }
      }
    }
    expect(n).toBe(7 * 6 * 6)
  })
})

describe("LEC with configured bands at values floating point gets wrong", () => {
  // 0.2 × 3 = 0.6000000000000001 and 0.2 × 3 × 100 = 60.00000000000001 in floating point
  const above: RiskConfig = {
    ...defaultRiskConfig,
    lec: { ...defaultRiskConfig.lec, bands: [{ grade: "major", above: 180 }, { grade: "significant", above: 60 }, { grade: "general", above: 0.6 }, { grade: "low" }] }
  }
  const atLeast: RiskConfig = {
    ...defaultRiskConfig,
    lec: { ...defaultRiskConfig.lec, bands: [{ grade: "major", atLeast: 180 }, { grade: "significant", atLeast: 60 }, { grade: "general", atLeast: 0.6 }, { grade: "low" }] }
  }
  it("above: a score equal to the threshold stays below the band", () => {
    expect(0.2 * 3 * 100 > 60).toBe(true) // naive arithmetic would grade it significant
    const withTen = { ...above, lec: { ...above.lec, C: [...above.lec.C, { value: 10, label: "x" }] } }
    expect(lec(6, 3, 10, withTen)).toMatchObject({ score: "180", grade: "significant" })
    expect(lec(0.2, 3, 100, above)).toMatchObject({ score: "60", grade: "general" })
    expect(lec(0.2, 3, 1, above)).toMatchObject({ score: "0.6", grade: "low" })
    expect(lec(0.2, 6, 1, above)).toMatchObject({ score: "1.2", grade: "general" })
  })
  it("atLeast: a score equal to the threshold is in the band", () => {
    const withTen = { ...atLeast, lec: { ...atLeast.lec, C: [...atLeast.lec.C, { value: 10, label: "x" }] } }
    expect(lec(6, 3, 10, withTen)).toMatchObject({ score: "180", grade: "major" })
    expect(lec(0.2, 3, 100, atLeast)).toMatchObject({ score: "60", grade: "significant" })
    expect(lec(0.2, 3, 1, atLeast)).toMatchObject({ score: "0.6", grade: "general" })
    expect(lec(0.1, 3, 1, atLeast)).toMatchObject({ score: "0.3", grade: "low" })
  })
})

describe("risk matrix with the default bands (R ≥ 20 / 15 / 9)", () => {
  it("grades at and around every boundary", () => {
    expect(matrix(4, 5)).toMatchObject({ score: "20", grade: "major" })
    expect(matrix(5, 5).grade).toBe("major")
    expect(matrix(4, 4)).toMatchObject({ score: "16", grade: "significant" })
    expect(matrix(3, 5)).toMatchObject({ score: "15", grade: "significant" })
    expect(matrix(3, 4)).toMatchObject({ score: "12", grade: "general" })
    expect(matrix(3, 3)).toMatchObject({ score: "9", grade: "general" })
    expect(matrix(2, 4)).toMatchObject({ score: "8", grade: "low" })
    expect(matrix(1, 1).grade).toBe("low")
  })
  it("covers all 25 cells", () => {
    const counts: Record<RiskGrade, number> = { major: 0, significant: 0, general: 0, low: 0 }
    for (let L = 1; L <= 5; L++) for (let S = 1; S <= 5; S++) counts[matrix(L, S).grade]++
    expect(counts).toEqual({ major: 3, significant: 3, general: 5, low: 14 })
  })
})

describe("assessment input", () => {
  it("rejects a factor outside its scale, naming it", () => {
    const r = grade({ method: "lec", L: 2, E: 6, C: 7 }, defaultRiskConfig)
    expect(Result.isFailure(r) && r.failure).toEqual([{ path: ["L"], message: "L must be one of 10, 6, 3, 1, 0.5, 0.2, 0.1; got 2" }])
    expect(() => assess({ method: "matrix", L: 6, S: 1 })).toThrow(/L must be one of 1, 2, 3, 4, 5; got 6/)
    expect(() => assess({ method: "lec", L: "x" })).toThrow(/invalid input to assessment/)
  })
  it("takes a direct determination with its basis", () => {
    expect(assess({ method: "direct", grade: "major", basis: "构成重大危险源" })).toEqual({ method: "direct", grade: "major", score: null, band: "构成重大危险源" })
  })
})

describe("configuration", () => {
  const decode = Schema.decodeUnknownResult(RiskConfigSchema)
  it("the default decodes and is marked unverified", () => {
    expect(Result.isSuccess(decode(Schema.encodeSync(RiskConfigSchema)(defaultRiskConfig)))).toBe(true)
    expect(defaultRiskConfig.verified).toBe(false)
  })
  it("rejects bands out of order, with a threshold on low, or thresholds not decreasing", () => {
    const withBands = (bands: unknown) => decode({ ...Schema.encodeSync(RiskConfigSchema)(defaultRiskConfig), lec: { ...defaultRiskConfig.lec, bands } })
    expect(Result.isFailure(withBands([{ grade: "significant", above: 1 }, { grade: "major", above: 2 }, { grade: "general", above: 0.5 }, { grade: "low" }]))).toBe(true)
    expect(Result.isFailure(withBands([{ grade: "major", above: 3 }, { grade: "significant", above: 2 }, { grade: "general", above: 1 }, { grade: "low", above: 0.5 }]))).toBe(true)
    expect(Result.isFailure(withBands([{ grade: "major", above: 3 }, { grade: "significant", above: 3 }, { grade: "general", above: 1 }, { grade: "low" }]))).toBe(true)
    expect(Result.isFailure(withBands([{ grade: "major", above: 3, atLeast: 3 }, { grade: "significant", above: 2 }, { grade: "general", above: 1 }, { grade: "low" }]))).toBe(true)
    expect(Result.isSuccess(withBands([{ grade: "major", above: 3 }, { grade: "significant", atLeast: 2 }, { grade: "general", above: 1 }, { grade: "low" }]))).toBe(true)
  })
})

describe("accident types", () => {
  it("lists the twenty GB 6441 categories, marked unverified", () => {
    expect(AccidentTypes).toHaveLength(20)
    expect(new Set(AccidentTypes).size).toBe(20)
    expect(accidentTypeCatalogue.verified).toBe(false)
    expect(accidentTypeCatalogue.types["poisoning-asphyxiation"]).toBe("中毒和窒息")
  })
})
