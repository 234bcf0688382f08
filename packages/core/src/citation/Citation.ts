/**
 * 法规依据 — citations: which official text makes a situation a violation.
 *
 * A citation is data: `{ document, article?, item?, subitem?, verified }`, where `document` is a
 * citation id from the catalogue of official texts and `article`, `item`, `subitem` are integers in
 * the official numbering. 第五条(四)3 is `{ article: 5, item: 4, subitem: 3 }`; item 7 of a
 * 判定标准 that has no articles is `{ item: 7 }`. A national standard (GB) is numbered by clauses and
 * lettered items: GB 45067-2024 4.2 c) is `{ clause: "4.2", letter: "c" }` (since 0.2.0). Other tools
 * match findings to their sources by this shape, so it is stable: the new keys are optional and
 * `item` stays an integer.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CalendarDate } from "../calendar/CalendarDate.ts"

const PositiveInt = Schema.Int.check(Schema.isGreaterThan(0))

/**
 * 条 — a clause number of a standard, dotted: `4`, `4.2`, `5.3.1`.
 *
 * @since 0.2.0
 */
export const ClauseNumber = Schema.String.check(
  Schema.isPattern(/^[1-9][0-9]*(?:\.[0-9]+)*$/, { message: "Expected a clause number such as 4.2" })
).annotate({ identifier: "ClauseNumber" })

/**
 * 项 — the letter of a lettered item of a standard's clause: `a` for 4.2 a).
 *
 * @since 0.2.0
 */
export const ItemLetter = Schema.String.check(
  Schema.isPattern(/^[a-z]$/, { message: "Expected one lowercase letter, e.g. a for item a)" })
).annotate({ identifier: "ItemLetter" })

/**
 * 文件标识 — the id of an official document, e.g. `work-safety-law-2021`.
 *
 * @since 0.1.0
 */
export const DocumentId = Schema.String.check(
  Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a document id in kebab-case, e.g. work-safety-law-2021", messageZh: "应为短横线连接的小写文件编号，例如 work-safety-law-2021" })
).annotate({ identifier: "DocumentId" })

/** @since 0.1.0 */
export type DocumentId = typeof DocumentId.Type

/**
 * 引用 — one citation of an official text.
 * `verified: false` marks a citation whose article or wording is not confirmed from an official full text.
 *
 * @since 0.1.0
 */
export const Citation = Schema.Struct({
  document: DocumentId,
  article: Schema.optionalKey(PositiveInt),
  item: Schema.optionalKey(PositiveInt),
  subitem: Schema.optionalKey(PositiveInt),
  /** A standard's clause, `"4.2"` (since 0.2.0). */
  clause: Schema.optionalKey(ClauseNumber),
  /** The lettered item of the clause, `"a"` for 4.2 a) (since 0.2.0). */
  letter: Schema.optionalKey(ItemLetter),
  verified: Schema.Boolean
}).annotate({ identifier: "Citation", description: "法规依据 — { document, article?, item?, subitem?, clause?, letter?, verified }" })

/** @since 0.1.0 */
export type Citation = typeof Citation.Type

/**
 * 法规文件 — a document that citations may name, with the window it is in force.
 *
 * @since 0.1.0
 */
export const CitationDocument = Schema.Struct({
  id: DocumentId,
  title: Schema.String,
  titleEn: Schema.String,
  issuedAs: Schema.optionalKey(Schema.String),
  inForceFrom: Schema.optionalKey(CalendarDate),
  inForceTo: Schema.optionalKey(CalendarDate),
  /**
   * How the text is numbered: `articles` (第N条, the default) or `parts` — numbered parts (一、二、三、) of numbered
   * items and no articles, as 金属非金属矿山重大事故隐患判定标准; a citation's `article` is then the part, and it prints
   * `一、(二十)`. Since 0.2.0.
   */
  numbering: Schema.optionalKey(Schema.Literals(["articles", "parts"])),
  /** `false` where even the document's dates or numbering are only secondary. */
  verified: Schema.Boolean
}).annotate({ identifier: "CitationDocument" })

/** @since 0.1.0 */
export type CitationDocument = typeof CitationDocument.Type

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const

/**
 * Writes 1–999 in Chinese numerals as used in article numbers: 24 → 二十四, 10 → 十, 113 → 一百一十三.
 *
 * @since 0.1.0
 */
export const chineseNumeral = (n: number): string => {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n)
  if (n < 10) return CN_DIGITS[n]!
  if (n < 20) return "十" + (n % 10 === 0 ? "" : CN_DIGITS[n % 10]!)
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)]! + "十" + (n % 10 === 0 ? "" : CN_DIGITS[n % 10]!)
  const h = Math.floor(n / 100), rest = n % 100
  if (rest === 0) return CN_DIGITS[h]! + "百"
  if (rest < 10) return CN_DIGITS[h]! + "百零" + CN_DIGITS[rest]!
  return CN_DIGITS[h]! + "百" + (rest < 20 ? "一" : "") + chineseNumeral(rest)
}

/**
 * Formats a citation for people: `安全生产法(2021修正) 第二十四条`, `… 第五条(四)3`, `… 第7项`,
 * a standard's clause `… 4.2 c)`, or in English `Work Safety Law (2021) art. 24`, `… clause 4.2 c)`. A document
 * numbered by parts (`numbering: "parts"`) prints the part instead of an article: `… 一、(二十)`, in English
 * `… part 1 item 20`.
 * Unknown documents print their id. Unverified citations get a trailing `[未核实]` / `[unverified]`.
 *
 * @since 0.1.0
 */
export const formatCitation = (
  citation: Citation,
  locale: "zh-CN" | "en" = "zh-CN",
  documents?: ReadonlyMap<string, CitationDocument>
): string => {
  const doc = documents?.get(citation.document)
  const byParts = doc?.numbering === "parts"
  if (locale === "en") {
    const parts = [doc?.titleEn ?? citation.document]
    if (citation.article !== undefined) parts.push(byParts ? `part ${citation.article}` : `art. ${citation.article}`)
    if (citation.item !== undefined) parts.push(`item ${citation.item}`)
    if (citation.subitem !== undefined) parts.push(`(${citation.subitem})`)
    if (citation.clause !== undefined) parts.push(`clause ${citation.clause}${citation.letter !== undefined ? ` ${citation.letter})` : ""}`)
    else if (citation.letter !== undefined) parts.push(`${citation.letter})`)
    return parts.join(" ") + (citation.verified ? "" : " [unverified]")
  }
  let s = `《${doc?.title ?? citation.document}》`
  if (citation.article !== undefined) {
    s += byParts ? ` ${chineseNumeral(citation.article)}、` : ` 第${chineseNumeral(citation.article)}条`
    if (citation.item !== undefined) s += `(${chineseNumeral(citation.item)})`
    if (citation.subitem !== undefined) s += String(citation.subitem)
  } else if (citation.item !== undefined) {
    s += ` 第${citation.item}项`
    if (citation.subitem !== undefined) s += `(${citation.subitem})`
  }
  if (citation.clause !== undefined) s += ` ${citation.clause}${citation.letter !== undefined ? ` ${citation.letter})` : ""}`
  else if (citation.letter !== undefined) s += ` ${citation.letter})`
  return s + (citation.verified ? "" : " [未核实]")
}
