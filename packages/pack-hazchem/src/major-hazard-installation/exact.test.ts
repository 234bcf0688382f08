import { describe, expect, it } from "vitest"
import * as Exact from "./exact.ts"

describe("Exact", () => {
  it("reads numbers as the decimals they print as", () => {
    expect(Exact.fromNumber(0.1)).toEqual({ n: 1n, d: 10n })
    expect(Exact.fromNumber(0.75)).toEqual({ n: 3n, d: 4n })
    expect(Exact.fromNumber(1e-7)).toEqual({ n: 1n, d: 10_000_000n })
    expect(Exact.fromNumber(1.5e21)).toEqual({ n: 1_500_000_000_000_000_000_000n, d: 1n })
    expect(Exact.fromNumber(-2.5)).toEqual({ n: -5n, d: 2n })
    expect(Exact.fromNumber(0)).toEqual({ n: 0n, d: 1n })
  })

  it("sums 0.7 + 0.2 + 0.1 to exactly 1, where floating point gives 0.9999999999999999", () => {
    expect(0.7 + 0.2 + 0.1).toBeLessThan(1)
    const sum = [0.7, 0.2, 0.1].map(Exact.fromNumber).reduce(Exact.add, Exact.zero)
    expect(Exact.compare(sum, Exact.fromNumber(1))).toBe(0)
    expect(Exact.toNumber(sum)).toBe(1)
  })

  it("divides and multiplies exactly", () => {
    const third = Exact.divide(Exact.fromNumber(0.25), Exact.fromNumber(0.75))
    expect(third).toEqual({ n: 1n, d: 3n })
    expect(Exact.multiply(third, Exact.fromNumber(3))).toEqual({ n: 1n, d: 1n })
    expect(() => Exact.divide(third, Exact.zero)).toThrow(RangeError)
  })

  it("rejects NaN and infinities", () => {
    expect(() => Exact.fromNumber(Number.NaN)).toThrow(RangeError)
    expect(() => Exact.fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })

  it("converts large fractions back to numbers", () => {
    const big = Exact.divide(Exact.fromNumber(1e20), Exact.fromNumber(3))
    expect(Exact.toNumber(big)).toBeCloseTo(1e20 / 3, -5)
  })
})
