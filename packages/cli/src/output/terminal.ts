/**
 * 终端安全 — text for a terminal: control characters that come from input (a name ending in
 * `ESC[8m` hides everything after it; a carriage return overwrites the line; a bidirectional
 * override reorders it) are shown escaped as `\u001b`, `\r`, …, never sent raw.
 *
 * @since 0.1.0
 */

// C0 controls but tab and line feed, DEL, C1 controls (U+0085 and CSI U+009B among them), the
// line and paragraph separators, and the bidirectional embeddings, overrides and isolates
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

const NAMED: Readonly<Record<string, string>> = { "\r": "\\r", "\n": "\\n", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\v": "\\v" }

const escape = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`

/**
 * `text` with every control character escaped but line feeds and tabs: for whole lines of
 * terminal output. Text without control characters is returned as it is (the same string).
 * JSON stays valid JSON with the same value (its strings never hold raw controls but C1 ones, and
 * `\u0085` is their escape in JSON too).
 *
 * @since 0.1.0
 */
export const terminalSafe = (text: string): string => {
  CONTROL.lastIndex = 0
  return CONTROL.test(text) ? text.replace(CONTROL, escape) : text
}

/**
 * `text` with every control character escaped, line feeds and tabs too: for one cell or one
 * value inside a line (a name, an id, an issue's message).
 *
 * @since 0.1.0
 */
export const terminalSafeInline = (text: string): string => {
  CONTROL_OR_NEWLINE.lastIndex = 0
  return CONTROL_OR_NEWLINE.test(text) ? text.replace(CONTROL_OR_NEWLINE, escape) : text
}
