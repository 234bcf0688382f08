import { describe, expect, it } from "vitest"
import { maxDesorbableGas, minFaceDrainageRate, minMineDrainageRate } from "./tables.ts"

describe("表1: A ≤ 1000 → 8 … A > 10000 → 4, each band closed above", () => {
  it.each([
    [0, 8], [1000, 8], [1000.5, 7], [2500, 7], [2501, 6], [4000, 6], [4001, 5.5], [6000, 5.5], [6001, 5],
    [8000, 5], [8001, 4.5], [10000, 4.5], [10001, 4]
  ])("A = %d t → ≤ %d m³/t", (a, max) => expect(maxDesorbableGas(a)).toBe(max))
  it("a negative output has no row", () => expect(maxDesorbableGas(-1)).toBeUndefined())
})

describe("表2: 5 ≤ Q < 10 → 20 % … Q ≥ 100 → 70 %, each band closed below", () => {
  it.each([[5, 20], [9.99, 20], [10, 30], [19.9, 30], [20, 40], [39, 40], [40, 50], [69, 50], [70, 60], [99.9, 60], [100, 70], [400, 70]])(
    "Q = %d m³/min → ≥ %d %%",
    (q, rate) => expect(minFaceDrainageRate(q)).toBe(rate)
  )
  it("below Q = 5 the table sets nothing", () => expect(minFaceDrainageRate(4.99)).toBeUndefined())
})

describe("表3: Q < 20 → 25 % … Q ≥ 500 → 60 %", () => {
  it.each([[0, 25], [19.9, 25], [20, 35], [39.9, 35], [40, 40], [79.9, 40], [80, 45], [159.9, 45], [160, 50], [299.9, 50], [300, 55], [499.9, 55], [500, 60]])(
    "Q = %d m³/min → ≥ %d %%",
    (q, rate) => expect(minMineDrainageRate(q)).toBe(rate)
  )
  it("a negative emission has no row", () => expect(minMineDrainageRate(-1)).toBeUndefined())
})
