/**
 * `anquan checklist` and `anquan checklist fill` as plain functions: an inspection checklist made
 * from the rules in force (`InspectionChecklist` of `@anquan/core`) as JSON, CSV (UTF-8, or GB18030
 * for Excel) or a printable zh/en HTML form; and a filled checklist (CSV or JSON) back into an
 * enterprise record that `anquan check` accepts.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { Engine, formatCitation, InspectionChecklist, localize, sectorLabel, Sectors } from "@anquan/core"
import type { CitationDocument, Locale, Localized, Pack, Sector } from "@anquan/core"
import { engineFor, readJsonFile, UsageError } from "./check.ts"
import { parseCsv } from "./input/csv.ts"
import { decodeBytes } from "./input/encoding.ts"
import { encodeGb18030 } from "./output/gb18030.ts"

/** @since 0.2.0 */
export type ChecklistFormat = "json" | "csv" | "html"

/** The text encodings a CSV checklist can be written in. @since 0.2.0 */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "gb18030"

/** @since 0.2.0 */
export interface ChecklistCommandOptions {
  readonly packs: ReadonlyArray<Pack.Pack<any>>
  readonly asOf: string
  readonly sectors?: ReadonlyArray<string> | undefined
  readonly unitKinds?: ReadonlyArray<string> | undefined
  /** A JSON file of one enterprise record (or an array holding one), to pre-fill from. */
  readonly facts?: string | undefined
  readonly onlyMissing?: boolean | undefined
  readonly config?: string | undefined
  readonly format: ChecklistFormat
  readonly encoding?: CsvEncoding | undefined
  readonly locale: Locale
  readonly write: (text: string) => void
  readonly writeBytes: (bytes: Uint8Array) => void
}

const oneRecord = (path: string): unknown => {
  const value = readJsonFile(path, "record")
  if (Array.isArray(value)) {
    if (value.length !== 1) throw new UsageError(`${path} holds ${value.length} records; a checklist is made for one (give a file with one record)`)
    return value[0]
  }
  return value
}

/**
 * Makes the checklist and writes it. Returns the number of items written.
 *
 * @since 0.2.0
 */
export const checklist = (options: ChecklistCommandOptions): { readonly items: number; readonly checklist: InspectionChecklist.Checklist } => {
  const engine = engineFor(options.packs, options.config)
  if (options.onlyMissing === true && options.facts === undefined) throw new UsageError("--only-missing lists the facts a record leaves unknown: give the record with --facts")
  const record = options.facts === undefined ? undefined : oneRecord(options.facts)
  if (record === undefined && (options.sectors === undefined || options.sectors.length === 0)) throw new UsageError("give --sector (repeatable) or a record with --facts")
  let list: InspectionChecklist.Checklist
  try {
    list = InspectionChecklist.make(engine, {
      asOf: options.asOf,
      ...(options.sectors !== undefined && options.sectors.length > 0 ? { sectors: options.sectors } : {}),
      ...(options.unitKinds !== undefined && options.unitKinds.length > 0 ? { unitKinds: options.unitKinds } : {}),
      ...(record === undefined ? {} : { record }),
      ...(options.onlyMissing === true ? { onlyMissing: true } : {})
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const documents = engine.registry.documents
  if (options.format === "json") options.write(JSON.stringify(list, null, 2) + "\n")
  else if (options.format === "csv") {
    const text = toCsv(list, documents)
    const encoding = options.encoding ?? "utf-8"
    if (encoding === "gb18030") options.writeBytes(encodeGb18030(text))
    else options.write(encoding === "utf-8-bom" ? "\uFEFF" + text : text)
  } else options.write(toHtml(list, options.locale, documents))
  return { items: list.items.length, checklist: list }
}

// ---- CSV ----

/** The CSV columns, in order; `value` is the one to fill. @since 0.2.0 */
export const CSV_COLUMNS = ["path", "topic", "label_zh", "label_en", "type", "unit", "values", "rules", "value"] as const

/** A text a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`), unless it is a number: written with a leading `'`. */
const formulaLike = (s: string): boolean => /^[=+\-@\t\r]/.test(s) && !Number.isFinite(Number(s))

const cell = (s: string): string => {
  const text = formulaLike(s) ? `'${s}` : s
  return /[",\r\n]/.test(text) || text !== s ? `"${text.replaceAll('"', '""')}"` : text
}

const valueCell = (v: unknown): string => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v))

const rulesText = (item: InspectionChecklist.Item, documents: ReadonlyMap<string, CitationDocument>): string =>
  item.rules.map((r) => `${r.ruleId}@${r.version} ${formatCitation(r.citation, "zh-CN", documents)}`).join("; ")

const toCsv = (list: InspectionChecklist.Checklist, documents: ReadonlyMap<string, CitationDocument>): string => {
  const lines = [CSV_COLUMNS.join(",")]
  for (const i of list.items) {
    lines.push([
      i.path,
      i.topic.label["zh-CN"],
      i.label["zh-CN"],
      i.label.en,
      i.type,
      i.unit === undefined ? "" : i.unit["zh-CN"],
      (i.values ?? []).join("|"),
      rulesText(i, documents),
      valueCell(i.value)
    ].map(cell).join(","))
  }
  return lines.join("\r\n") + "\r\n"
}

// ---- HTML ----

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]!)
const bi = (l: Localized) => `<span lang="zh-CN">${esc(l["zh-CN"])}</span><span lang="en">${esc(l.en)}</span>`

const toHtml = (list: InspectionChecklist.Checklist, locale: Locale, documents: ReadonlyMap<string, CitationDocument>): string => {
  const title: Localized = { "zh-CN": "安全生产检查表", en: "Work-safety inspection checklist" }
  const topics: Array<{ label: Localized; items: Array<InspectionChecklist.Item> }> = []
  for (const i of list.items) {
    const last = topics[topics.length - 1]
    if (last !== undefined && last.label === i.topic.label) last.items.push(i)
    else if (last !== undefined && last.label["zh-CN"] === i.topic.label["zh-CN"] && last.label.en === i.topic.label.en) last.items.push(i)
    else topics.push({ label: i.topic.label, items: [i] })
  }
  const answer = (i: InspectionChecklist.Item) => {
    if (i.value !== undefined) return `<b>${esc(valueCell(i.value))}</b>`
    if (i.type === "boolean") return `<span class="box">□</span> ${bi({ "zh-CN": "是", en: "yes" })} &nbsp; <span class="box">□</span> ${bi({ "zh-CN": "否", en: "no" })}`
    if (i.values !== undefined && i.values.length > 0 && i.values.length <= 8) return i.values.map((v) => `<span class="box">□</span> ${esc(v)}`).join(" &nbsp; ")
    return `<span class="blank"></span>${i.unit === undefined ? "" : ` ${bi(i.unit)}`}`
  }
  const rows = topics.map((t) => `<h2>${bi(t.label)}</h2>
<table><thead><tr><th class="no">#</th><th>${bi({ "zh-CN": "检查事项", en: "Fact" })}</th><th class="answer">${bi({ "zh-CN": "检查结果", en: "Finding" })}</th><th>${bi({ "zh-CN": "依据", en: "Rules" })}</th></tr></thead><tbody>
${t.items.map((i, n) => `<tr><td class="no">${n + 1}</td><td>${bi(i.label)}<br><code>${esc(i.path)}</code></td><td class="answer">${answer(i)}</td><td class="rules">${
    i.rules.map((r) => `${bi({ "zh-CN": formatCitation(r.citation, "zh-CN", documents), en: formatCitation(r.citation, "en", documents) })} <small>${esc(r.ruleId)}</small>`).join("<br>")
  }</td></tr>`).join("\n")}
</tbody></table>`).join("\n")
  const sector = (s: string, l: Locale) => ((Sectors as ReadonlyArray<string>).includes(s) ? sectorLabel(s as Sector, l) : s)
  const subtitle: Localized = {
    "zh-CN": `依据 ${list.asOf} 施行的规定 · 行业：${list.sectors.map((s) => sector(s, "zh-CN")).join("、")}${list.unitKinds === undefined ? "" : ` · 单位类型：${list.unitKinds.join("、")}`} · ${list.items.length} 项`,
    en: `Law in force on ${list.asOf} · sectors: ${list.sectors.map((s) => sector(s, "en")).join(", ")}${list.unitKinds === undefined ? "" : ` · unit kinds: ${list.unitKinds.join(", ")}`} · ${list.items.length} items`
  }
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(localize(title, locale))}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#111827}
html[lang="zh-CN"] [lang="en"],html[lang="en"] [lang="zh-CN"]{display:none}
h1{font-size:22px}h2{font-size:16px;margin:22px 0 6px;break-after:avoid}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #9ca3af;padding:5px 7px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
tr{break-inside:avoid}td.no{width:2.5em;text-align:right}td.answer{width:30%}td.rules{width:30%}code,small{color:#6b7280;font-size:11px}
.blank{display:inline-block;min-width:8em;border-bottom:1px solid #111827}.box{font-size:15px}
.switch{float:right}.sign{margin-top:28px;display:flex;gap:48px}
@media print{.switch{display:none}body{padding:0}}
</style>
</head>
<body>
<div class="switch"><button onclick="document.documentElement.lang='zh-CN'">中文</button> <button onclick="document.documentElement.lang='en'">English</button></div>
<h1>${bi(title)}</h1>
<p>${bi(subtitle)}</p>
<p>${bi({ "zh-CN": "被检查单位：", en: "Unit inspected: " })}<span class="blank"></span> &nbsp; ${bi({ "zh-CN": "检查日期：", en: "Date: " })}<span class="blank"></span></p>
${rows}
<div class="sign"><span>${bi({ "zh-CN": "检查人员（签字）：", en: "Inspectors (signature): " })}<span class="blank"></span></span><span>${bi({ "zh-CN": "被检查单位负责人（签字）：", en: "Unit representative (signature): " })}<span class="blank"></span></span></div>
</body>
</html>
`
}

// ---- fill ----

/** @since 0.2.0 */
export interface FillOptions {
  /** A filled checklist: CSV (columns `path`, `value`, optionally `type`) or JSON (an array of `{ path, value, type? }`, or `{ items: [...] }`). */
  readonly answers: string
  /** A JSON record to fill in (default: an empty record). */
  readonly base?: string | undefined
  readonly encoding?: string | undefined
}

const answersFromCsv = async (text: string, file: string): Promise<Array<InspectionChecklist.Answer>> => {
  async function* one() {
    yield text
  }
  const out: Array<InspectionChecklist.Answer> = []
  let header: ReadonlyArray<string> | undefined
  let pathAt = -1, valueAt = -1, typeAt = -1
  for await (const row of parseCsv(one())) {
    if (header === undefined) {
      header = row.fields.map((f) => f.trim())
      pathAt = header.indexOf("path")
      valueAt = header.indexOf("value")
      typeAt = header.indexOf("type")
      if (pathAt < 0 || valueAt < 0) throw new UsageError(`${file}: the header needs the columns path and value (got ${header.join(",")})`)
      continue
    }
    if (row.fields.every((f) => f.trim() === "")) continue
    const path = row.fields[pathAt] ?? ""
    // the leading ' that the CSV writer puts before a formula-like text is not part of the value
    const value = (row.fields[valueAt] ?? "").replace(/^'(?=[=+\-@\t\r])/, "")
    const type = typeAt < 0 ? undefined : row.fields[typeAt]
    out.push({ path, value, ...(type === undefined || type === "" ? {} : { type }) })
  }
  return out
}

const answersFromJson = (value: unknown, file: string): Array<InspectionChecklist.Answer> => {
  const list = Array.isArray(value) ? value : (value as { items?: unknown } | null)?.items
  if (!Array.isArray(list)) throw new UsageError(`${file}: expected an array of { path, value } or a checklist { items: [...] }`)
  return list.map((x, i) => {
    if (x === null || typeof x !== "object" || typeof (x as { path?: unknown }).path !== "string") throw new UsageError(`${file}: entry ${i} has no path`)
    const { path, value: v, type } = x as { path: string; value?: unknown; type?: unknown }
    return { path, value: v, ...(typeof type === "string" ? { type } : {}) }
  })
}

/**
 * Reads a filled checklist and returns the record it makes. Throws {@link UsageError} with every
 * path that cannot be set.
 *
 * @since 0.2.0
 */
export const fillChecklist = async (options: FillOptions): Promise<Record<string, unknown>> => {
  let text: string
  try {
    text = decodeBytes(readFileSync(options.answers), { encoding: options.encoding })
  } catch (e) {
    throw new UsageError(`cannot read ${options.answers}: ${(e as Error).message}`)
  }
  const answers = options.answers.toLowerCase().endsWith(".csv")
    ? await answersFromCsv(text, options.answers)
    : (() => {
      try {
        return answersFromJson(JSON.parse(text), options.answers)
      } catch (e) {
        if (e instanceof UsageError) throw e
        throw new UsageError(`cannot read ${options.answers}: ${(e as Error).message}`)
      }
    })()
  const base = options.base === undefined ? {} : oneRecord(options.base)
  try {
    return InspectionChecklist.fill(answers, base)
  } catch (e) {
    if (e instanceof InspectionChecklist.FillError) throw new UsageError(`${options.answers}: ${e.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`)
    throw e
  }
}
