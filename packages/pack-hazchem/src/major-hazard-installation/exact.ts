/**
 * 精确计算 — exact arithmetic on the decimal numbers of GB 18218-2018.
 *
 * The identification and grading thresholds are legal boundaries: S = 1 is a 重大危险源, R = 100 is
 * 一级, R = 10 is 三级. Binary floating point cannot hold 0.1, 0.3 or 0.75, so `0.1 + 0.2 + 0.7`
 * comes out as `0.9999999999999999` or `1.0000000000000002` depending on the order. Every number
 * here (q, Q, β, α) is read as the decimal it prints as (`String(x)`), and sums, products and
 * quotients are kept as exact fractions of `bigint`s; comparisons with the thresholds are exact.
 * Only the values returned for display are converted back to `number`.
 *
 * @since 0.1.0
 */

/**
 * 分数 — a non-negative or negative fraction `n / d` in lowest terms with `d > 0`.
 *
 * @since 0.1.0
 */
export interface Fraction {
  readonly n: bigint
  readonly d: bigint
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x)

const gcd = (a: bigint, b: bigint): bigint => {
  let x = abs(a), y = abs(b)
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

const normalise = (n: bigint, d: bigint): Fraction => {
  if (d === 0n) throw new RangeError("division by zero")
  if (d < 0n) { n = -n; d = -d }
  const g = gcd(n, d)
  return g > 1n ? { n: n / g, d: d / g } : { n, d }
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/

/**
 * The exact decimal value of a finite number as JavaScript prints it: `0.1` is 1/10, `0.75` is
 * 3/4, `1e-7` is 1/10 000 000. Throws a `RangeError` on `NaN` and infinities.
 *
 * @since 0.1.0
 */
export const fromNumber = (x: number): Fraction => {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`)
  const m = DECIMAL.exec(String(x))
  if (m === null) throw new RangeError(`cannot read ${x} as a decimal`)
  const sign = m[1] === "-" ? -1n : 1n
  const fraction = m[3] ?? ""
  const exponent = Number(m[4] ?? "0") - fraction.length
  const digits = BigInt(m[2]! + fraction) * sign
  return exponent >= 0 ? normalise(digits * 10n ** BigInt(exponent), 1n) : normalise(digits, 10n ** BigInt(-exponent))
}

/** 0. @since 0.1.0 */
export const zero: Fraction = { n: 0n, d: 1n }

/** `a + b`. @since 0.1.0 */
export const add = (a: Fraction, b: Fraction): Fraction => normalise(a.n * b.d + b.n * a.d, a.d * b.d)

/** `a × b`. @since 0.1.0 */
export const multiply = (a: Fraction, b: Fraction): Fraction => normalise(a.n * b.n, a.d * b.d)

/** `a ÷ b`; throws a `RangeError` when `b` is 0. @since 0.1.0 */
export const divide = (a: Fraction, b: Fraction): Fraction => normalise(a.n * b.d, a.d * b.n)

/** `-1`, `0` or `1`. @since 0.1.0 */
export const compare = (a: Fraction, b: Fraction): -1 | 0 | 1 => {
  const x = a.n * b.d, y = b.n * a.d
  return x < y ? -1 : x > y ? 1 : 0
}

/** `a ≥ b`, exactly. @since 0.1.0 */
export const isAtLeast = (a: Fraction, b: Fraction): boolean => compare(a, b) >= 0

const SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * The nearest `number` (correctly rounded when numerator and denominator are below 2⁵³, which
 * covers every realistic inventory).
 *
 * @since 0.1.0
 */
export const toNumber = (a: Fraction): number => {
  if (abs(a.n) <= SAFE && a.d <= SAFE) return Number(a.n) / Number(a.d)
  // Scale down both sides keeping 17 significant digits of the quotient.
  const scale = 10n ** 20n
  return Number((a.n * scale) / a.d) / 1e20
}
