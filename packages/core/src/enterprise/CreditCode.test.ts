import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { computeCheckCharacter, isValidCreditCode, UnifiedSocialCreditCode, validateCreditCode } from "./index.ts"

// Published codes of well-known companies (public business registration data).
const REAL = [
  "914403001922038216", // 华为技术有限公司
  "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
  "91330100716105852F", // 阿里巴巴(中国)有限公司
  "91110108551385082Q", // 小米科技有限责任公司
  "91350100M000100Y43" // the example in GB 32100-2015
]

describe("computeCheckCharacter", () => {
  it("reproduces the check character of real codes", () => {
    for (const code of REAL) expect(computeCheckCharacter(code.slice(0, 17))).toBe(code[17])
  })

  it("the check character catches every single-character substitution", () => {
    const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    const first17 = "91320571MA1Q7XK3P"
    const code = first17 + computeCheckCharacter(first17)
    expect(validateCreditCode(code)).toBeUndefined()
    for (const c of charset) {
      if (c !== code[17]) expect(validateCreditCode(first17 + c)?.kind).toBe("wrong-check-character")
    }
    for (let i = 0; i < 17; i++) {
      for (const c of i >= 2 && i < 8 ? "0123456789" : charset) {
        if (c === code[i]) continue
        const changed = code.slice(0, i) + c + code.slice(i + 1)
        expect(validateCreditCode(changed)?.kind).toBe("wrong-check-character")
      }
    }
  })

  it("rejects input that is not 17 charset characters", () => {
    expect(() => computeCheckCharacter("9144030019220382")).toThrow(RangeError)
    expect(() => computeCheckCharacter("9144030019220382I")).toThrow("illegal character \"I\" at position 17")
  })
})

describe("validateCreditCode", () => {
  it("accepts real codes", () => {
    for (const code of REAL) expect(validateCreditCode(code)).toBeUndefined()
    expect(isValidCreditCode(REAL[0]!)).toBe(true)
  })

  it("wrong length", () => {
    expect(validateCreditCode("91440300192203821")).toEqual({
      kind: "wrong-length",
      length: 17,
      message: "unified social credit code (统一社会信用代码) must be 18 characters, got 17"
    })
    expect(validateCreditCode("")?.kind).toBe("wrong-length")
  })

  it("illegal character, named with its position", () => {
    expect(validateCreditCode("9144030019220I8216")).toEqual({
      kind: "illegal-character",
      character: "I",
      position: 14,
      message:
        'unified social credit code (统一社会信用代码) has an illegal character "I" at position 14 (the letters I, O, S, V and Z are never used)'
    })
    expect(validateCreditCode("9144030071526726xg")?.message).toBe(
      'unified social credit code (统一社会信用代码) has an illegal character "x" at position 17 (letters must be upper case)'
    )
    expect(validateCreditCode("91440300 922038216")?.message).toContain('" " at position 9 (whitespace)')
    expect(validateCreditCode("９14403001922038216")?.message).toContain("position 1 (a full-width character; use half-width)")
  })

  it("administrative division code must be digits", () => {
    expect(validateCreditCode("9144A30019220382166".slice(0, 18))).toMatchObject({
      kind: "division-not-digits",
      character: "A",
      position: 5
    })
  })

  it("wrong check character, expected vs got", () => {
    expect(validateCreditCode("914403001922038217")).toEqual({
      kind: "wrong-check-character",
      expected: "6",
      got: "7",
      message: "unified social credit code (统一社会信用代码) has a wrong check character: expected 6, got 7"
    })
  })
})

describe("UnifiedSocialCreditCode schema", () => {
  it("decodes a valid code and brands it", () => {
    const code: UnifiedSocialCreditCode = Schema.decodeUnknownSync(UnifiedSocialCreditCode)("914403001922038216")
    expect(code).toBe("914403001922038216")
  })

  it("fails with the specific reason", () => {
    const r = Schema.decodeUnknownResult(UnifiedSocialCreditCode)("914403001922038217")
    expect(Result.isFailure(r) && r.failure.message).toBe(
      "unified social credit code (统一社会信用代码) has a wrong check character: expected 6, got 7"
    )
    const t = Schema.decodeUnknownResult(UnifiedSocialCreditCode)(914403001922038216)
    expect(Result.isFailure(t) && t.failure.message).toBe("Expected UnifiedSocialCreditCode")
  })
})
