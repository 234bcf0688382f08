/**
 * 金额 — money as whole integers, never floats.
 *
 * `Yuan` (元) and `Fen` (分) are safe integers branded with their unit, so 1.5 yuan has no
 * representation as `Yuan` (use `Fen`: 150) and a fen amount can never be added to a yuan amount
 * by mistake. Amounts may be negative (a difference, a refund); the `NonNegative…` schemas are for
 * fields that can only be ≥ 0 (直接经济损失, 整改资金). 万元 (ten thousand yuan), the unit of most
 * official thresholds, is handled by exact decimal conversion (`fromWanYuan`, `formatWanYuan`).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * 元 — an amount of whole yuan (CNY), a safe integer (may be negative).
 *
 * @since 0.1.0
 */
export const Yuan = Schema.Int.pipe(Schema.brand("Yuan")).annotate({
  identifier: "Yuan",
  description: "元 — whole yuan (CNY), a safe integer"
})
/** @since 0.1.0 */
export type Yuan = typeof Yuan.Type

/**
 * 分 — an amount of fen (1/100 yuan), a safe integer (may be negative).
 *
 * @since 0.1.0
 */
export const Fen = Schema.Int.pipe(Schema.brand("Fen")).annotate({
  identifier: "Fen",
  description: "分 — fen (1/100 yuan), a safe integer"
})
/** @since 0.1.0 */
export type Fen = typeof Fen.Type

/**
 * 元 (非负) — a `Yuan` amount that must be ≥ 0 (losses, funds, fines).
 *
 * @since 0.1.0
 */
export const NonNegativeYuan = Yuan.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "Expected a non-negative amount of yuan (元)", messageZh: "应为非负金额（元）" })
)

/**
 * 分 (非负) — a `Fen` amount that must be ≥ 0.
 *
 * @since 0.1.0
 */
export const NonNegativeFen = Fen.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "Expected a non-negative amount of fen (分)", messageZh: "应为非负金额（分）" })
)

const safe = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} is not a safe integer: ${n}`)
  return n
}

/**
 * 元 → 分, exact. Throws a `RangeError` if the result leaves the safe-integer range.
 *
 * @since 0.1.0
 */
export const yuanToFen = (yuan: Yuan): Fen => safe(yuan * 100, `${yuan} yuan in fen`) as Fen

/**
 * Whether a fen amount is a whole number of yuan (a multiple of 100 fen).
 *
 * @since 0.1.0
 */
export const isWholeYuan = (fen: Fen): boolean => fen % 100 === 0

/**
 * 分 → 元, exact. Throws a `RangeError` when the amount is not a whole number of yuan
 * (e.g. 150 fen): money is never rounded silently. Check with `isWholeYuan` first when the
 * input may carry jiao/fen.
 *
 * @since 0.1.0
 */
export const fenToYuan = (fen: Fen): Yuan => {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a safe integer amount of fen: ${fen}`)
  if (!isWholeYuan(fen)) throw new RangeError(`${fen} fen is not a whole number of yuan`)
  return (fen / 100 + 0) as Yuan // `+ 0` turns -0 into 0
}

const WAN = /^(-?)(\d+)(?:\.(\d{1,4}))?$/

/**
 * 万元 → 元, exact: `fromWanYuan(1234.56)` is 12 345 600 yuan, `fromWanYuan("0.0001")` is 1 yuan.
 * Accepts a number or a decimal string with at most 4 decimals (finer amounts are not whole
 * yuan); throws a `RangeError` otherwise or when the result is not a safe integer. Numbers are
 * read through their shortest decimal form, so `1234.56` means exactly 1234.56.
 *
 * @since 0.1.0
 */
export const fromWanYuan = (wan: number | string): Yuan => {
  const text = typeof wan === "number" ? String(wan) : wan
  const m = WAN.exec(text)
  if (m === null) {
    throw new RangeError(`not an amount of 万元 with at most 4 decimals: ${JSON.stringify(text)}`)
  }
  const whole = Number(m[2]) * 10_000 + Number((m[3] ?? "").padEnd(4, "0"))
  const yuan = safe(m[1] === "-" ? -whole : whole, `${text} 万元 in yuan`)
  return (yuan + 0) as Yuan
}

/**
 * 元 → 万元 as an exact decimal string without trailing zeros: 12 345 600 → `"1234.56"`,
 * 10 000 000 → `"1000"`, 1 → `"0.0001"`.
 *
 * @since 0.1.0
 */
export const formatWanYuan = (yuan: Yuan): string => {
  const abs = Math.abs(yuan)
  const whole = Math.floor(abs / 10_000)
  const frac = String(abs % 10_000).padStart(4, "0").replace(/0+$/, "")
  return `${yuan < 0 ? "-" : ""}${whole}${frac === "" ? "" : `.${frac}`}`
}
