/**
 * 精确小数 — exact decimal arithmetic for the scores: LEC factors such as 0.1, 0.2 and 0.5 have no
 * exact binary form (`0.1 * 3 * 7` is `2.1000000000000005` in floating point), so scores are
 * products of scaled integers (`bigint`) and compared with the band thresholds exactly.
 *
 * @since 0.2.0
 */

/** A decimal `n / 10^scale`. @since 0.2.0 */
export interface Decimal {
  readonly n: bigint
  readonly scale: number
}

const PLAIN = /^-?\d+(\.\d+)?$/u

/**
 * The exact decimal a number is written as (`0.1` → 1 / 10), or `undefined` for a number that is
 * not finite or only written with an exponent (`1e-7`).
 *
 * @since 0.2.0
 */
export const fromNumber = (x: number): Decimal | undefined => {
  if (!Number.isFinite(x)) return undefined
  const text = String(x)
  if (!PLAIN.test(text)) return undefined
  const [whole, fraction = ""] = text.split(".") as [string, string?]
  return { n: BigInt(whole + fraction), scale: fraction.length }
}

/** The product, exact. @since 0.2.0 */
export const multiply = (a: Decimal, b: Decimal): Decimal => ({ n: a.n * b.n, scale: a.scale + b.scale })

const pow10 = (k: number): bigint => 10n ** BigInt(k)

/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b`, exactly. @since 0.2.0 */
export const compare = (a: Decimal, b: Decimal): -1 | 0 | 1 => {
  const s = Math.max(a.scale, b.scale)
  const x = a.n * pow10(s - a.scale)
  const y = b.n * pow10(s - b.scale)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The decimal as plain text without trailing zeros (`2.1`, `320`). @since 0.2.0 */
export const format = (d: Decimal): string => {
  const negative = d.n < 0n
  const digits = (negative ? -d.n : d.n).toString().padStart(d.scale + 1, "0")
  const whole = digits.slice(0, digits.length - d.scale)
  const fraction = digits.slice(digits.length - d.scale).replace(/0+$/u, "")
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`
}
