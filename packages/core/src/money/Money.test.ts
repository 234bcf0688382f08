import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Fen, fenToYuan, formatWanYuan, fromWanYuan, isWholeYuan, NonNegativeYuan, Yuan, yuanToFen } from "./index.ts"

describe("money", () => {
  it("Yuan and Fen are integers, never floats", () => {
    expect(Schema.decodeUnknownSync(Yuan)(120)).toBe(120)
    expect(Schema.decodeUnknownSync(Yuan)(-5)).toBe(-5)
    const r = Schema.decodeUnknownResult(Yuan)(1.5)
    expect(Result.isFailure(r) && r.failure.message).toBe("Expected an integer")
    expect(Result.isFailure(Schema.decodeUnknownResult(Fen)(2 ** 60))).toBe(true)
    expect(Result.isFailure(Schema.decodeUnknownResult(Yuan)("12"))).toBe(true)
  })

  it("NonNegativeYuan rejects negative amounts", () => {
    expect(Schema.decodeUnknownSync(NonNegativeYuan)(0)).toBe(0)
    const r = Schema.decodeUnknownResult(NonNegativeYuan)(-1)
    expect(Result.isFailure(r) && r.failure.message).toBe("Expected a non-negative amount of yuan (元)")
  })

  it("yuanToFen and fenToYuan are exact", () => {
    expect(yuanToFen(Yuan.make(123))).toBe(12_300)
    expect(fenToYuan(Fen.make(12_300))).toBe(123)
    expect(fenToYuan(Fen.make(-200))).toBe(-2)
    expect(Object.is(fenToYuan(Fen.make(-0)), 0)).toBe(true)
    expect(isWholeYuan(Fen.make(150))).toBe(false)
    expect(() => fenToYuan(Fen.make(150))).toThrow("150 fen is not a whole number of yuan")
    expect(() => yuanToFen(Yuan.make(Number.MAX_SAFE_INTEGER))).toThrow(RangeError)
  })

  it("万元 conversions are exact decimals", () => {
    expect(fromWanYuan(1234.56)).toBe(12_345_600)
    expect(fromWanYuan("0.0001")).toBe(1)
    expect(fromWanYuan(1000)).toBe(10_000_000)
    expect(fromWanYuan("-2.5")).toBe(-25_000)
    expect(() => fromWanYuan(0.00001)).toThrow(RangeError)
    expect(() => fromWanYuan("1,000")).toThrow(RangeError)
    expect(() => fromWanYuan(Number.NaN)).toThrow(RangeError)
    expect(formatWanYuan(Yuan.make(12_345_600))).toBe("1234.56")
    expect(formatWanYuan(Yuan.make(10_000_000))).toBe("1000")
    expect(formatWanYuan(Yuan.make(1))).toBe("0.0001")
    expect(formatWanYuan(Yuan.make(-25_000))).toBe("-2.5")
    expect(formatWanYuan(fromWanYuan("98765.4321"))).toBe("98765.4321")
  })
})
