/**
 * 统一社会信用代码 — the unified social credit code (GB 32100-2015).
 *
 * 18 characters: 登记管理部门码 (1) + 机构类别码 (1) + 登记管理机关行政区划码 (6 digits) +
 * 主体标识码 (9, the former organisation code) + 校验码 (1). Characters come from
 * `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, S, V, Z); the check character makes the weighted
 * sum of all 18 values a multiple of 31.
 *
 * @since 0.1.0
 */
import { Schema, SchemaIssue } from "effect"

/**
 * The 31 characters a credit code may use, in value order (`0` = 0 … `Y` = 30).
 *
 * @since 0.1.0
 */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

/** Weights of positions 1–17 (3^(i-1) mod 31). @since 0.1.0 */
export const CREDIT_CODE_WEIGHTS: ReadonlyArray<number> = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

const valueOf = (c: string): number => CREDIT_CODE_CHARSET.indexOf(c)

/**
 * The check character (校验码) for the first 17 characters of a code. Throws a `RangeError` when
 * `first17` is not 17 characters of the charset.
 *
 * @example
 * ```ts
 * computeCheckCharacter("91440300192203821") // "6" → 914403001922038216
 * ```
 * @since 0.1.0
 */
export const computeCheckCharacter = (first17: string): string => {
  if (first17.length !== 17) throw new RangeError(`expected the first 17 characters of a credit code, got ${first17.length}`)
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = valueOf(first17[i]!)
    if (v < 0) throw new RangeError(`illegal character ${JSON.stringify(first17[i])} at position ${i + 1}`)
    sum += v * CREDIT_CODE_WEIGHTS[i]!
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!
}

/**
 * Why a string is not a valid credit code. Positions are 1-based, counted in characters.
 *
 * @since 0.1.0
 */
export type CreditCodeProblem =
  | { readonly kind: "wrong-length"; readonly length: number; readonly message: string }
  | { readonly kind: "illegal-character"; readonly character: string; readonly position: number; readonly message: string }
  | { readonly kind: "division-not-digits"; readonly character: string; readonly position: number; readonly message: string }
  | { readonly kind: "wrong-check-character"; readonly expected: string; readonly got: string; readonly message: string }

/** What an illegal character is, in English and Chinese ("" for none of the known kinds). */
const hintOf = (c: string): { readonly en: string; readonly zh: string } => {
  const upper = c.toUpperCase()
  if (upper !== c && CREDIT_CODE_CHARSET.includes(upper)) return { en: " (letters must be upper case)", zh: "（字母须大写）" }
  if ("IOSVZ".includes(upper)) return { en: " (the letters I, O, S, V and Z are never used)", zh: "（不使用字母 I、O、S、V、Z）" }
  const code = c.codePointAt(0)!
  if (code >= 0xff01 && code <= 0xff5e) return { en: " (a full-width character; use half-width)", zh: "（全角字符，请用半角）" }
  if (c.trim() === "") return { en: " (whitespace)", zh: "（空白字符）" }
  return { en: "", zh: "" }
}

/**
 * Checks a unified social credit code. Returns the first problem found, in this order: wrong
 * length, illegal character (named, with its position), non-digit in the administrative division
 * code (positions 3–8), wrong check character (expected vs got); `undefined` when the code is valid.
 *
 * @example
 * ```ts
 * validateCreditCode("914403001922038216") // undefined
 * validateCreditCode("914403001922038217")?.message
 * // "unified social credit code (统一社会信用代码) has a wrong check character: expected 6, got 7"
 * ```
 * @since 0.1.0
 */
export const validateCreditCode = (s: string): CreditCodeProblem | undefined => {
  const chars = [...s]
  if (chars.length !== 18) {
    return {
      kind: "wrong-length",
      length: chars.length,
      message: `unified social credit code (统一社会信用代码) must be 18 characters, got ${chars.length}`
    }
  }
  for (let i = 0; i < 18; i++) {
    const c = chars[i]!
    if (valueOf(c) < 0) {
      return {
        kind: "illegal-character",
        character: c,
        position: i + 1,
        message: `unified social credit code (统一社会信用代码) has an illegal character ${JSON.stringify(c)} at position ${
          i + 1
        }${hintOf(c).en}`
      }
    }
  }
  for (let i = 2; i < 8; i++) {
    const c = chars[i]!
    if (c < "0" || c > "9") {
      return {
        kind: "division-not-digits",
        character: c,
        position: i + 1,
        message: `unified social credit code (统一社会信用代码): characters 3–8 are the administrative division code and must be digits, got ${
          JSON.stringify(c)
        } at position ${i + 1}`
      }
    }
  }
  const expected = computeCheckCharacter(s.slice(0, 17))
  const got = chars[17]!
  if (expected !== got) {
    return {
      kind: "wrong-check-character",
      expected,
      got,
      message: `unified social credit code (统一社会信用代码) has a wrong check character: expected ${expected}, got ${got}`
    }
  }
  return undefined
}

/**
 * A credit code's problem in Chinese, from its kind and details (the character, its position, the
 * check character expected).
 *
 * @example
 * ```ts
 * creditCodeProblemZh(validateCreditCode("914403001922038217")!) // "统一社会信用代码校验码错误：应为 6，实际为 7"
 * ```
 * @since 0.2.0
 */
export const creditCodeProblemZh = (problem: CreditCodeProblem): string => {
  switch (problem.kind) {
    case "wrong-length":
      return `统一社会信用代码应为 18 位，实际为 ${problem.length} 位`
    case "illegal-character":
      return `统一社会信用代码第 ${problem.position} 位含非法字符 ${JSON.stringify(problem.character)}${hintOf(problem.character).zh}`
    case "division-not-digits":
      return `统一社会信用代码第 3–8 位为登记管理机关行政区划码，应为数字，第 ${problem.position} 位为 ${JSON.stringify(problem.character)}`
    case "wrong-check-character":
      return `统一社会信用代码校验码错误：应为 ${problem.expected}，实际为 ${problem.got}`
  }
}

/** Whether a string is a valid credit code. @since 0.1.0 */
export const isValidCreditCode = (s: string): boolean => validateCreditCode(s) === undefined

/**
 * 统一社会信用代码 — a valid unified social credit code (GB 32100-2015), the identity of an
 * enterprise. Decoding failures say exactly what is wrong (length, which character where, the
 * expected check character).
 *
 * @since 0.1.0
 */
export const UnifiedSocialCreditCode = Schema.String.pipe(
  Schema.check(Schema.makeFilter((s: string) => {
    const problem = validateCreditCode(s)
    // the problem in both languages, without the input (a code may identify a person's business)
    return problem === undefined ? undefined : new SchemaIssue.InvalidValue({ message: problem.message, messageZh: creditCodeProblemZh(problem) })
  }, {
    expected: "a unified social credit code (统一社会信用代码, GB 32100-2015)",
    toJsonSchema: () => ({ pattern: "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$" })
  })),
  Schema.brand("UnifiedSocialCreditCode")
).annotate({
  identifier: "UnifiedSocialCreditCode",
  description: "统一社会信用代码 — unified social credit code, 18 characters (GB 32100-2015)"
})
/** @since 0.1.0 */
export type UnifiedSocialCreditCode = typeof UnifiedSocialCreditCode.Type
