/**
 * GB18030 encoding, for CSV files that Excel on a Chinese Windows opens without a wrong guess.
 * Node's `TextDecoder` reads GB18030 but there is no encoder: the reverse table is built once, on
 * first use, by decoding every two-byte sequence and every four-byte sequence of the BMP with the
 * platform's own decoder (so both directions agree by construction); characters beyond the BMP are
 * encoded by the standard's formula.
 *
 * @since 0.2.0
 */

let table: Map<number, number> | undefined

/** BMP code point → its bytes packed in a number (two bytes: 0xB1B2; four bytes: 0xB1B2B3B4 as an unsigned). */
const build = (): Map<number, number> => {
  // not fatal: an invalid sequence decodes to U+FFFD (and a code point of its own, skipped), much
  // faster than a thrown error per invalid sequence; U+FFFD itself is 0x8431A437
  const decoder = new TextDecoder("gb18030")
  const map = new Map<number, number>()
  const two = new Uint8Array(2)
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) {
      if (b2 === 0x7f) continue
      two[0] = b1
      two[1] = b2
      const s = decoder.decode(two)
      if (s.length === 1 && s !== "\uFFFD" && !map.has(s.charCodeAt(0))) map.set(s.charCodeAt(0), (b1 << 8) | b2)
    }
  }
  const four = new Uint8Array(4)
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          four[0] = b1
          four[1] = b2
          four[2] = b3
          four[3] = b4
          const s = decoder.decode(four)
          if (s.length === 1 && s !== "\uFFFD" && !map.has(s.charCodeAt(0))) map.set(s.charCodeAt(0), ((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0)
        }
      }
    }
  }
  map.set(0xfffd, 0x8431a437)
  return map
}

/**
 * The GB18030 bytes of a text. A lone surrogate (not a character) throws a `RangeError` naming its
 * position: nothing is replaced in silence.
 *
 * @since 0.2.0
 */
export const encodeGb18030 = (text: string): Uint8Array => {
  const map = (table ??= build())
  const out = new Uint8Array(text.length * 4)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      out[n++] = c
      continue
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = text.charCodeAt(i + 1)
      if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) throw new RangeError(`a lone surrogate at position ${i} cannot be encoded`)
      let idx = ((c - 0xd800) << 10) + (d - 0xdc00)
      i++
      const b4 = 0x30 + (idx % 10)
      idx = Math.floor(idx / 10)
      const b3 = 0x81 + (idx % 126)
      idx = Math.floor(idx / 126)
      const b2 = 0x30 + (idx % 10)
      const b1 = 0x90 + Math.floor(idx / 10)
      out[n++] = b1
      out[n++] = b2
      out[n++] = b3
      out[n++] = b4
      continue
    }
    const bytes = map.get(c)
    if (bytes === undefined) throw new RangeError(`U+${c.toString(16).toUpperCase().padStart(4, "0")} at position ${i} has no GB18030 encoding here`)
    if (bytes <= 0xffff) {
      out[n++] = bytes >>> 8
      out[n++] = bytes & 0xff
    } else {
      out[n++] = bytes >>> 24
      out[n++] = (bytes >>> 16) & 0xff
      out[n++] = (bytes >>> 8) & 0xff
      out[n++] = bytes & 0xff
    }
  }
  return out.subarray(0, n)
}
