/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the generator needs. Never
 * `Math.random`: the same seed gives the same records on every machine and Node version.
 */

const splitmix32 = (state: number): () => number => {
  let s = state >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * A uniform draw in [0, 1) from splitmix32 alone: cheap and enough where a stream only picks what to mutate
 * (the equivalence harness and the explain benchmark), so its draws depend only on the seed.
 */
export const splitmix32Unit = (state: number): () => number => {
  const next = splitmix32(state)
  return () => next() / 4294967296
}

/** Mixes a seed and a record index into one 32-bit seed, so record `i` is the same whatever N is. */
export const mixSeed = (seed: number, index: number): number => {
  const sm = splitmix32((seed >>> 0) ^ Math.imul(index >>> 0, 0x27d4eb2d))
  sm()
  return sm() ^ (Math.floor(index / 0x100000000) >>> 0)
}

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    const sm = splitmix32(seed)
    this.a = sm()
    this.b = sm()
    this.c = sm()
    this.d = sm()
    for (let i = 0; i < 12; i++) this.u32()
  }

  /** A uniform 32-bit unsigned integer (sfc32). */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** Uniform number in [min, max) rounded to `dp` decimals. */
  float(min: number, max: number, dp = 1): number {
    const f = 10 ** dp
    return Math.round((min + this.next() * (max - min)) * f) / f
  }

  chance(p: number): boolean {
    return p > 0 && this.next() < p
  }

  pick<A>(items: ReadonlyArray<A>): A {
    return items[Math.floor(this.next() * items.length)]!
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<A>(items: ReadonlyArray<readonly [A, number]>): A {
    let total = 0
    for (const [, w] of items) total += w
    let r = this.next() * total
    for (const [v, w] of items) {
      r -= w
      if (r < 0) return v
    }
    return items[items.length - 1]![0]
  }

  /** `k` distinct items, in their original order. */
  sample<A>(items: ReadonlyArray<A>, k: number): Array<A> {
    const idx = items.map((_, i) => i)
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const t = idx[i]!
      idx[i] = idx[j]!
      idx[j] = t
    }
    return idx.slice(0, Math.min(k, items.length)).sort((x, y) => x - y).map((i) => items[i]!)
  }

  /** A count with a geometric-like tail: mostly small, occasionally large, within [min, max]. */
  count(min: number, typical: number, max: number): number {
    const u = this.next()
    const n = Math.round(min + (typical - min) * (-Math.log(1 - u * 0.999)))
    return Math.max(min, Math.min(max, n))
  }
}
