/**
 * 解码问题 — a Schema decoding failure as a flat list of `{ path, message }`, the shape every entry
 * point of the SDK reports bad input in (evaluation, the ledger, config).
 *
 * @since 0.1.0
 */
import { SchemaIssue } from "effect"
import type { Schema } from "effect"
import type { Locale, Localized } from "../rule/Localized.ts"

/** One problem: where in the input (keys and indexes) and what is wrong there. @since 0.1.0 */
export interface DecodeIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Every issue of a `SchemaError`, with its path (optionally under `prefix`). Symbol keys are
 * written as strings, so the result is plain JSON.
 *
 * @example
 * ```ts
 * import { decodeIssues } from "@anquan/core"
 * import { Result, Schema } from "effect"
 * const r = Schema.decodeUnknownResult(Schema.Struct({ a: Schema.Number }), { errors: "all" })({ a: "x" })
 * if (Result.isFailure(r)) decodeIssues(r.failure) // [{ path: ["a"], message: "Expected number" }]
 * ```
 * @since 0.1.0
 */
export const decodeIssues = (error: Schema.SchemaError, prefix: ReadonlyArray<string | number> = []): Array<DecodeIssue> =>
  formatIssues(error.issue).issues.map((i) => ({
    path: [
      ...prefix,
      ...(i.path ?? [])
        .map((k) => (typeof k === "object" && k !== null && "key" in k ? k.key : k))
        .map((k) => (typeof k === "number" ? k : String(k)))
    ],
    message: i.message
  }))

/** The Chinese of a JSON Schema type name as Effect's messages give it ("Expected number"). */
const TYPES_ZH: Readonly<Record<string, string>> = {
  number: "数字", string: "字符串", boolean: "布尔值（true 或 false）", array: "数组", object: "对象",
  null: "null", bigint: "整数", symbol: "符号", undefined: "不填", integer: "整数", "finite number": "有限数字",
  "a finite number": "有限数字", "an integer": "整数", "a calendar date YYYY-MM-DD": "日期 YYYY-MM-DD"
}
const HINTS_ZH: Readonly<Record<string, string>> = {
  " (letters must be upper case)": "（字母须大写）",
  " (the letters I, O, S, V and Z are never used)": "（不使用字母 I、O、S、V、Z）",
  " (a full-width character; use half-width)": "（全角字符，请用半角）",
  " (whitespace)": "（空白字符）"
}
/** The Chinese of the things a message says were expected, where the English names them with their Chinese in brackets. */
const bracketed = (what: string): string | undefined => /\(([^()]*[\u4e00-\u9fff][^()]*)\)/.exec(what)?.[1]?.split(",")[0]?.trim()

/** Each kind of message the SDK's decoding gives, in English, and its Chinese. The first that matches is used. */
const KINDS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^Missing key$/, () => "缺少必填字段"],
  [/^Expected no excess property$/, () => "不应有此字段"],
  [/^Unexpected key with value (.*)$/s, (m) => `不应有此字段（值为 ${m[1]}）`],
  [/^Forbidden operation$/, () => "不允许的操作"],
  [/^Expected a valid value$/, () => "值无效"],
  [/^Invalid data (.*)$/s, (m) => `值无效：${m[1]}`],
  [/^Expected exactly one member to match(?: the input (.*))?$/s, (m) => `应恰好符合一种形式${m[1] === undefined ? "" : `，实际为 ${m[1]}`}`],
  [/^unified social credit code \(统一社会信用代码\) must be 18 characters, got (\d+)$/, (m) => `统一社会信用代码应为 18 位，实际为 ${m[1]} 位`],
  [/^unified social credit code \(统一社会信用代码\) has an illegal character (".*?") at position (\d+)(.*)$/, (m) =>
    `统一社会信用代码第 ${m[2]} 位含非法字符 ${m[1]}${HINTS_ZH[m[3]!] ?? m[3]}`],
  [/^unified social credit code \(统一社会信用代码\): characters 3–8 are the administrative division code and must be digits, got (".*?") at position (\d+)$/, (m) =>
    `统一社会信用代码第 3–8 位为登记管理机关行政区划码，应为数字，第 ${m[2]} 位为 ${m[1]}`],
  [/^unified social credit code \(统一社会信用代码\) has a wrong check character: expected (.+), got (.+)$/, (m) =>
    `统一社会信用代码校验码错误：应为 ${m[1]}，实际为 ${m[2]}`],
  [/^Expected a jurisdiction code \(行政区划代码\): 6, 9 or 12 digits$/, () => "应为行政区划代码：6、9 或 12 位数字"],
  [/^Expected a calendar date YYYY-MM-DD(?:, got (.*))?$/s, (m) => `应为日期 YYYY-MM-DD${m[1] === undefined ? "" : `，实际为 ${m[1]}`}`],
  [/^Expected an ISO-8601 date-time with an offset, e\.g\. (.*)$/, (m) => `应为带时区偏移的 ISO-8601 日期时间，例如 ${m[1]}`],
  [/^Expected a non-negative amount of yuan \(元\)$/, () => "应为非负金额（元）"],
  [/^Expected a non-negative amount of fen \(分\)$/, () => "应为非负金额（分）"],
  [/^Expected a document id in kebab-case, e\.g\. (.*)$/, (m) => `应为短横线连接的小写文件编号，例如 ${m[1]}`],
  // "Expected a known sector (行业领域): "a" | "b"": the Chinese name, then the values as they are
  [/^Expected (?:a |an )?(known )?([^:]*?\([^)]*[\u4e00-\u9fff][^)]*\))(?:: (.*))?$/s, (m) =>
    `应为${m[1] === undefined ? "" : "已知的"}${bracketed(m[2]!)}${m[3] === undefined ? "" : `：${m[3]}`}`],
  [/^Expected ([^,]*?)(?:, got (.*))?$/s, (m) => {
    const what = TYPES_ZH[m[1]!] ?? bracketed(m[1]!) ?? m[1]!
    return `应为${what}${m[2] === undefined ? "" : `，实际为 ${m[2]}`}`
  }],
  [/^record cannot be read \((.*)\)$/s, (m) => `记录无法读取（${m[1]}）`],
  [/^cannot be decoded \((.*)\)$/s, (m) => `无法解码（${m[1]}）`],
  [/^cannot be read \((.*)\)$/s, (m) => `无法读取（${m[1]}）`]
]

/**
 * The message of a decode issue in a language: `en` is the issue's `message` as it is; `zh-CN` is
 * its Chinese, for every kind of message the SDK's decoding gives (a missing key, a wrong type —
 * "Expected number" is 应为数字 —, a value not among the known ones, each problem of a credit
 * code, dates, amounts, a record that cannot be read). A message of another kind (a pack's own
 * check, say) is returned as it is in both languages.
 *
 * @example
 * ```ts
 * import { decodeIssueMessage } from "@anquan/core"
 * decodeIssueMessage({ path: ["employees"], message: "Expected number" }, "zh-CN") // "应为数字"
 * ```
 * @since 0.1.0
 */
export const decodeIssueMessage = (issue: DecodeIssue, locale: Locale): string => {
  if (locale === "en") return issue.message
  for (const [pattern, zh] of KINDS) {
    const m = pattern.exec(issue.message)
    if (m !== null) return zh(m)
  }
  return issue.message
}

/**
 * The message of a decode issue in both languages, as the reports embed it.
 *
 * @since 0.1.0
 */
export const decodeIssueMessages = (issue: DecodeIssue): Localized => ({
  "zh-CN": decodeIssueMessage(issue, "zh-CN"),
  en: issue.message
})
