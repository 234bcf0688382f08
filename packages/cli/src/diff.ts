/**
 * `anquan diff` as a plain async function: the same records evaluated on two sides (two as-of dates,
 * two configs, two sets of packs) and compared per enterprise and rule with `@anquan/core`'s
 * `Impact`: findings gained, lost and changed, verdicts that change, totals per rule, pack and sector.
 *
 * Every format is written as the records are compared, in bounded memory:
 * - `table`: each enterprise with a change as it comes, then the totals;
 * - `json`: `{ from, to, gained: [...], lost: [...], changed: [...], verdictChanges: [...], rejected: [...], totals }`.
 *   `gained` is written as it comes; the other lists go to a temporary file beside nothing else
 *   (the system's temp directory, removed at the end) and are copied after it;
 * - `html`: one self-contained page (zh-CN with an English switch): the totals, the verdict
 *   transitions, the changes by pack, sector and rule, and the first `maxListed` changes of each
 *   list (the rest counted).
 *
 * Exit codes: 0 nothing changed; 1 some finding or verdict changed; 3 some records rejected on
 * either side, or no record at all; usage errors throw {@link UsageError} (exit 2) before any
 * record is read.
 *
 * @since 0.2.0
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { decodeIssueMessage, Engine, formatCitation, Impact, localize, sectorLabel, verdictLabels } from "@anquan/core"
import type { ChangeCounts, CitationDocument, FindingChange, FindingState, ImpactTotals, Locale, Localized, Pack, RecordImpact, Sector, Verdict } from "@anquan/core"
import { engineFor, inputOf, UsageError } from "./check.ts"
import { ExitCode } from "./exitCode.ts"
import type { InputFormat, ReadOptions, Source } from "./input/readRecords.ts"
import { formatSource, readRecords } from "./input/readRecords.ts"
import { nested } from "./output/jsonReport.ts"
import { terminalSafe, terminalSafeInline as inline } from "./output/terminal.ts"

/** @since 0.2.0 */
export type DiffFormat = "table" | "json" | "html"

/**
 * One side of a diff: the as-of date, the packs, and an optional config file.
 *
 * @since 0.2.0
 */
export interface DiffSide {
  readonly asOf: string
  readonly packs: ReadonlyArray<Pack.Pack<any>>
  /** Path of a JSON file of config layers. */
  readonly config?: string | undefined
  /** The side's name in the output (default: its date, with the config file and packs when they differ from the other side's). */
  readonly label?: string | undefined
}

/** @since 0.2.0 */
export interface DiffOptions {
  readonly input: string
  readonly from: DiffSide
  readonly to: DiffSide
  readonly format: DiffFormat
  readonly inputFormat?: InputFormat | undefined
  readonly read?: Omit<ReadOptions, "format" | "onWarning"> | undefined
  readonly locale: Locale
  readonly write: (text: string) => void
  /** Backpressure: awaited after each record when it returns a promise. */
  readonly ready?: (() => PromiseLike<void> | undefined) | undefined
  readonly warn?: ((text: string) => void) | undefined
  /** How many changes of each list the html page lists (default 1000); the rest are counted. */
  readonly maxListed?: number | undefined
}

/** @since 0.2.0 */
export interface DiffResult {
  readonly exitCode: typeof ExitCode.noViolation | typeof ExitCode.violations | typeof ExitCode.rejected
  readonly totals: ImpactTotals
  readonly warnings: ReadonlyArray<string>
}

const t = (locale: Locale, zh: string, en: string) => (locale === "en" ? en : zh)

const packList = (packs: ReadonlyArray<Pack.Pack<any>>) => packs.map((p) => `${p.id}@${p.version}`).join(", ")

const labelOf = (side: DiffSide, other: DiffSide): string => {
  if (side.label !== undefined) return side.label
  const parts = [side.asOf]
  if (side.config !== other.config) parts.push(side.config === undefined ? "no config" : `config ${side.config}`)
  if (packList(side.packs) !== packList(other.packs)) parts.push(packList(side.packs))
  return parts.join(" · ")
}

/** A failed write (or wait for the output), carried out of the read loop unchanged: not a read error. */
class WriteFailed {
  readonly error: unknown
  constructor(error: unknown) {
    this.error = error
  }
}

/** A temporary file of JSON array elements, copied into the output at the end. */
class Spool {
  private readonly path = join(tmpdir(), `anquan-diff-${process.pid}-${Math.random().toString(36).slice(2)}.json`)
  private fd: number | undefined = openSync(this.path, "w")
  count = 0
  add(value: unknown): void {
    writeSync(this.fd!, `${this.count++ === 0 ? "" : ","}\n    ${nested(value, 2)}`)
  }
  /** Copies the elements to `write` in 1 MiB pieces, waiting for `ready` between them, then removes the file. */
  async copy(write: (text: string) => void, ready: () => PromiseLike<void> | undefined): Promise<void> {
    closeSync(this.fd!)
    this.fd = undefined
    const fd = openSync(this.path, "r")
    try {
      const buf = Buffer.allocUnsafe(1 << 20)
      let carry = Buffer.alloc(0)
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null)
        if (n === 0) break
        // cut on a character boundary: keep a trailing incomplete UTF-8 sequence for the next piece
        const chunk = Buffer.concat([carry, buf.subarray(0, n)])
        let end = chunk.length
        let back = 0
        while (back < 3 && end - back - 1 >= 0 && (chunk[end - back - 1]! & 0xc0) === 0x80) back++
        const lead = end - back - 1
        if (lead >= 0) {
          const b = chunk[lead]!
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
          if (need > back + 1) end = lead
        }
        write(chunk.subarray(0, end).toString("utf8"))
        carry = Buffer.from(chunk.subarray(end))
        await ready()
      }
      if (carry.length > 0) write(carry.toString("utf8"))
    } finally {
      closeSync(fd)
      this.dispose()
    }
  }
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    try {
      unlinkSync(this.path)
    } catch {
      // already gone
    }
  }
}

interface Titles {
  readonly title: (ruleId: string) => Localized | undefined
  readonly documents: ReadonlyMap<string, CitationDocument>
}

const titlesOf = (engines: ReadonlyArray<Engine.Engine>): Titles => {
  const titles = new Map<string, Localized>()
  const documents = new Map<string, CitationDocument>()
  for (const e of engines) {
    for (const r of e.registry.rules) titles.set(r.rule.id, r.rule.title)
    for (const [k, d] of e.registry.documents) documents.set(k, d)
  }
  return { title: (id) => titles.get(id), documents }
}

const stateText = (s: FindingState, locale: Locale, titles: Titles): string => {
  if (s.outcome === "none") return s.inForce ? t(locale, "无发现", "nothing found") : t(locale, "未生效或不适用", "not in force or not applicable")
  const outcome = s.outcome === "violation"
    ? (s.waived === true ? t(locale, "违规(豁免)", "violation (waived)") : t(locale, "违规", "violation"))
    : s.outcome === "indeterminate"
    ? t(locale, "无法判定", "indeterminate")
    : t(locale, "规则出错", "rule error")
  return `${outcome} [${s.severity}] @${s.ruleVersion} ${formatCitation(s.citation, locale, titles.documents)}`
}

const fieldText = (c: FindingChange, locale: Locale, titles: Titles): string => {
  const b = c.before, a = c.after
  if (b.outcome === "none" || a.outcome === "none") return ""
  return c.fields.map((f) => {
    switch (f) {
      case "ruleVersion":
        return `${t(locale, "版本", "version")} ${b.ruleVersion} → ${a.ruleVersion}`
      case "severity":
        return `${t(locale, "等级", "severity")} ${b.severity} → ${a.severity}`
      case "outcome":
        return `${t(locale, "结果", "outcome")} ${b.outcome} → ${a.outcome}`
      case "citation":
        return `${t(locale, "依据", "citation")} ${formatCitation(b.citation, locale, titles.documents)} → ${formatCitation(a.citation, locale, titles.documents)}`
      case "waived":
        return `${t(locale, "豁免", "waived")} ${b.waived === true} → ${a.waived === true}`
    }
  }).join("; ")
}

/**
 * Runs a diff. Throws {@link UsageError} (or a ConfigError/RegistryError) before reading any record
 * when the options are unusable.
 *
 * @since 0.2.0
 */
export const diff = async (options: DiffOptions): Promise<DiffResult> => {
  const fromEngine = engineFor(options.from.packs, options.from.config), toEngine = engineFor(options.to.packs, options.to.config)
  const sides = {
    from: { engine: fromEngine, asOf: options.from.asOf, label: labelOf(options.from, options.to) },
    to: { engine: toEngine, asOf: options.to.asOf, label: labelOf(options.to, options.from) }
  }
  const comparer = Impact.make(sides)
  const titles = titlesOf([fromEngine, toEngine])
  const maxListed = options.maxListed ?? 1000
  if (!(Number.isInteger(maxListed) && maxListed >= 0)) throw new UsageError(`--max-listed must be a whole number ≥ 0, got ${maxListed}`)
  const { warnings, warn, readOptions } = inputOf(options)
  const { locale } = options
  const safe = options.format === "html" ? (text: string) => text : terminalSafe
  const write = (text: string): void => {
    try {
      options.write(safe(text))
    } catch (e) {
      throw new WriteFailed(e)
    }
  }
  const ready = (): PromiseLike<void> | undefined => {
    const wait = options.ready?.()
    return wait === undefined ? undefined : wait.then(undefined, (e: unknown) => {
      throw new WriteFailed(e)
    })
  }
  const totals = new Impact.TotalsBuilder()
  const head = {
    from: { ...comparer.from, packs: options.from.packs.map((p) => ({ id: p.id, version: p.version })) },
    to: { ...comparer.to, packs: options.to.packs.map((p) => ({ id: p.id, version: p.version })) }
  }

  // json: gained streamed, the rest spooled
  const spools = options.format === "json" ? { lost: new Spool(), changed: new Spool(), verdictChanges: new Spool(), rejected: new Spool() } : undefined
  let gainedCount = 0
  // html: the first maxListed of each list
  const listed = { gained: [] as Array<FindingChange>, lost: [] as Array<FindingChange>, changed: [] as Array<FindingChange>, verdictChanges: [] as Array<RecordImpact & { source: Source }> }
  const rejectedListed: Array<{ source: Source; impact: RecordImpact }> = []

  if (options.format === "json") write(`{\n  "from": ${nested(head.from, 1)},\n  "to": ${nested(head.to, 1)},\n  "gained": [`)
  else if (options.format === "table") {
    write(`${t(locale, "比较", "comparing")} ${comparer.from.label} → ${comparer.to.label}\n`)
  }

  const renderTable = (r: RecordImpact, source: Source) => {
    if (r.rejected !== undefined) {
      write(`✗ ${inline(formatSource(source))} — ${t(locale, "记录被拒", "record rejected")} (${[r.rejected.before === undefined ? "" : comparer.from.label, r.rejected.after === undefined ? "" : comparer.to.label].filter((x) => x !== "").join(", ")})\n`)
      const issues = r.rejected.before?.issues ?? r.rejected.after?.issues ?? []
      for (const i of issues) write(`    ${i.path.join(".") || "(record)"}: ${decodeIssueMessage(i, locale)}\n`)
      return
    }
    if (!r.verdictChanged && r.gained.length + r.lost.length + r.changed.length === 0) return
    const s = r.subject!
    const sectors = s.sectors.map((x) => sectorLabel(x as Sector, locale)).join("、")
    const verdict = r.verdictChanged
      ? `${localize(verdictLabels[r.before as Verdict], locale)} → ${localize(verdictLabels[r.after as Verdict], locale)}`
      : localize(verdictLabels[r.after as Verdict], locale)
    write(`${r.verdictChanged ? "△" : "·"} ${inline(s.name)} ${inline(s.creditCode)} [${sectors}] ${verdict}  (${inline(formatSource(source))})\n`)
    const title = (c: FindingChange) => {
      const l = titles.title(c.ruleId)
      return l === undefined ? "" : ` ${localize(l, locale)}`
    }
    for (const c of r.gained) write(`    + ${c.ruleId}${title(c)}\n        ${t(locale, "之前", "before")}: ${stateText(c.before, locale, titles)}\n        ${t(locale, "之后", "after")}: ${stateText(c.after, locale, titles)}\n`)
    for (const c of r.lost) write(`    − ${c.ruleId}${title(c)}\n        ${t(locale, "之前", "before")}: ${stateText(c.before, locale, titles)}\n        ${t(locale, "之后", "after")}: ${stateText(c.after, locale, titles)}\n`)
    for (const c of r.changed) write(`    ~ ${c.ruleId}${title(c)}\n        ${fieldText(c, locale, titles)}\n`)
  }

  let records = 0
  try {
    try {
      for await (const item of readRecords(options.input, readOptions)) {
        const index = records++
        const r: RecordImpact = item._tag === "unparseable"
          ? {
            index, subject: undefined, before: "rejected", after: "rejected", verdictChanged: false, gained: [], lost: [], changed: [],
            rejected: { before: { _tag: "rejected", index, id: undefined, issues: [{ path: [], message: item.message }] } }
          }
          : comparer.record(item.value, index)
        totals.add(r)
        if (options.format === "table") renderTable(r, item.source)
        else if (spools !== undefined) {
          for (const c of r.gained) write(`${gainedCount++ === 0 ? "" : ","}\n    ${nested(c, 2)}`)
          for (const c of r.lost) spools.lost.add(c)
          for (const c of r.changed) spools.changed.add(c)
          if (r.rejected !== undefined) spools.rejected.add({ index, source: item.source, ...r.rejected })
          else if (r.verdictChanged) spools.verdictChanges.add({ index, creditCode: r.subject!.creditCode, name: r.subject!.name, before: r.before, after: r.after })
        } else {
          for (const k of ["gained", "lost", "changed"] as const) for (const c of r[k]) if (listed[k].length < maxListed) listed[k].push(c)
          if (r.rejected !== undefined) {
            if (rejectedListed.length < maxListed) rejectedListed.push({ source: item.source, impact: r })
          } else if (r.verdictChanged && listed.verdictChanges.length < maxListed) listed.verdictChanges.push({ ...r, source: item.source })
        }
        await ready()
      }
    } catch (e) {
      if (e instanceof WriteFailed) throw e
      throw new UsageError(`cannot read ${options.input}: ${(e as Error).message}`)
    }
    const result = totals.build()
    if (result.records === 0) warn(`${options.input}: no record to compare`)
    if (spools !== undefined) {
      write(gainedCount === 0 ? "]" : "\n  ]")
      for (const key of ["lost", "changed", "verdictChanges", "rejected"] as const) {
        write(`,\n  ${JSON.stringify(key)}: [`)
        const n = spools[key].count
        await spools[key].copy(write, ready)
        write(n === 0 ? "]" : "\n  ]")
      }
      write(`,\n  "totals": ${nested(result, 1)}\n}\n`)
    } else if (options.format === "table") writeTotals(write, result, locale, titles)
    else write(renderDiffHtml({ head, totals: result, listed, rejected: rejectedListed, locale, titles }))
    const changes = result.findings.gained + result.findings.lost + result.findings.changed + result.verdictChanges
    const exitCode = result.rejected > 0 || result.records === 0 ? ExitCode.rejected : changes > 0 ? ExitCode.violations : ExitCode.noViolation
    return { exitCode, totals: result, warnings }
  } catch (e) {
    throw e instanceof WriteFailed ? e.error : e
  } finally {
    if (spools !== undefined) for (const s of Object.values(spools)) s.dispose()
  }
}

const countsText = (c: ChangeCounts) => `+${c.gained} −${c.lost} ~${c.changed}`

const writeTotals = (write: (text: string) => void, totals: ImpactTotals, locale: Locale, titles: Titles) => {
  write("\n")
  write(`${totals.records} ${t(locale, "条记录", "records")}, ${totals.compared} ${t(locale, "家两侧均已评估", "evaluated on both sides")}, ${totals.rejected} ${t(locale, "条被拒", "rejected")}\n`)
  write(`${t(locale, "新增", "gained")} ${totals.findings.gained} · ${t(locale, "消失", "lost")} ${totals.findings.lost} · ${t(locale, "变化", "changed")} ${totals.findings.changed} · ${t(locale, "结论变化的企业", "verdicts changed")} ${totals.verdictChanges}\n`)
  for (const [k, n] of Object.entries(totals.verdictTransitions)) {
    const [b, a] = k.split(" → ") as [Verdict, Verdict]
    write(`    ${localize(verdictLabels[b], locale)} → ${localize(verdictLabels[a], locale)}: ${n}\n`)
  }
  if (Object.keys(totals.byPack).length > 0) {
    write(`${t(locale, "按规则包", "by pack")}:\n`)
    for (const [k, c] of Object.entries(totals.byPack)) write(`    ${k}  ${countsText(c)}\n`)
    write(`${t(locale, "按行业", "by sector")}:\n`)
    for (const [k, c] of Object.entries(totals.bySector)) write(`    ${sectorLabel(k as Sector, locale)}  ${countsText(c)}\n`)
    write(`${t(locale, "按规则", "by rule")}:\n`)
    for (const [k, c] of Object.entries(totals.byRule)) {
      const title = titles.title(k)
      write(`    ${k}${title === undefined ? "" : ` ${localize(title, locale)}`}  ${countsText(c)}\n`)
    }
  }
}

// ---- the html page ----

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]!)
/** Both languages of a text; the page shows one by its `lang` switch. */
const bi = (zh: string, en: string) => `<span lang="zh-CN">${esc(zh)}</span><span lang="en">${esc(en)}</span>`
const biL = (l: Localized) => bi(l["zh-CN"], l.en)
const biF = (f: (locale: Locale) => string) => bi(f("zh-CN"), f("en"))

interface HtmlInput {
  readonly head: { readonly from: { readonly label: string; readonly asOf: string; readonly packs: ReadonlyArray<{ id: string; version: string }> }; readonly to: { readonly label: string; readonly asOf: string; readonly packs: ReadonlyArray<{ id: string; version: string }> } }
  readonly totals: ImpactTotals
  readonly listed: { readonly gained: ReadonlyArray<FindingChange>; readonly lost: ReadonlyArray<FindingChange>; readonly changed: ReadonlyArray<FindingChange>; readonly verdictChanges: ReadonlyArray<RecordImpact & { source: Source }> }
  readonly rejected: ReadonlyArray<{ source: Source; impact: RecordImpact }>
  readonly locale: Locale
  readonly titles: Titles
}

const renderDiffHtml = (input: HtmlInput): string => {
  const { head, totals, listed, titles } = input
  const card = (n: number, label: string) => `<div class="card"><b>${n}</b>${label}</div>`
  const countsRows = (m: Readonly<Record<string, ChangeCounts>>, name: (k: string) => string) =>
    Object.entries(m).map(([k, c]) => `<tr><td>${name(k)}</td><td class="n">${c.gained}</td><td class="n">${c.lost}</td><td class="n">${c.changed}</td></tr>`).join("")
  const countsTable = (caption: string, m: Readonly<Record<string, ChangeCounts>>, name: (k: string) => string) =>
    `<h2>${caption}</h2><table><thead><tr><th></th><th>${bi("新增", "gained")}</th><th>${bi("消失", "lost")}</th><th>${bi("变化", "changed")}</th></tr></thead><tbody>${countsRows(m, name)}</tbody></table>`
  const ruleName = (id: string) => {
    const title = titles.title(id)
    return `<code>${esc(id)}</code>${title === undefined ? "" : ` ${biL(title)}`}`
  }
  const state = (s: FindingState) => biF((l) => stateText(s, l, titles))
  const changeTable = (caption: string, list: ReadonlyArray<FindingChange>, total: number, detail: (c: FindingChange) => string) =>
    `<h2>${caption} (${total})</h2>${list.length === 0 ? `<p>${bi("无", "none")}</p>` : `<table><thead><tr><th>${bi("企业", "enterprise")}</th><th>${bi("规则", "rule")}</th><th>${bi("说明", "what")}</th></tr></thead><tbody>${
      list.map((c) => `<tr><td>${esc(c.name)}<br><small>${esc(c.creditCode)}</small></td><td>${ruleName(c.ruleId)}</td><td>${detail(c)}</td></tr>`).join("")
    }</tbody></table>`}${total > list.length ? `<p class="more">${biF((l) => t(l, `另有 ${total - list.length} 条未列出`, `and ${total - list.length} more, not listed`))}</p>` : ""}`
  const sidesText = (l: Locale) => `${t(l, "比较", "Comparing")} ${head.from.label} → ${head.to.label}`
  const packs = (p: ReadonlyArray<{ id: string; version: string }>) => esc(p.map((x) => `${x.id}@${x.version}`).join(", "))
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(sidesText(input.locale))}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2937}
html[lang="zh-CN"] [lang="en"],html[lang="en"] [lang="zh-CN"]{display:none}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #d1d5db;border-radius:8px;padding:10px 14px;min-width:120px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}td.n{text-align:right;font-variant-numeric:tabular-nums}
.switch{float:right}.more{color:#6b7280}small{color:#6b7280}
</style>
</head>
<body>
<div class="switch"><button onclick="document.documentElement.lang='zh-CN'">中文</button> <button onclick="document.documentElement.lang='en'">English</button></div>
<h1>${bi("法规变化影响", "Regulatory-change impact")}</h1>
<p>${biF(sidesText)}<br><small>${bi("之前", "before")}: ${packs(head.from.packs)} · ${bi("之后", "after")}: ${packs(head.to.packs)}</small></p>
<div class="cards">${card(totals.records, bi("条记录", "records"))}${card(totals.compared, bi("两侧均已评估", "evaluated on both sides"))}${card(totals.rejected, bi("条被拒", "rejected"))}${card(totals.findings.gained, bi("新增问题", "findings gained"))}${card(totals.findings.lost, bi("消失问题", "findings lost"))}${card(totals.findings.changed, bi("变化问题", "findings changed"))}${card(totals.verdictChanges, bi("结论变化的企业", "enterprises whose verdict changed"))}</div>
<h2>${bi("结论变化", "Verdict transitions")}</h2>
${Object.keys(totals.verdictTransitions).length === 0 ? `<p>${bi("无", "none")}</p>` : `<table><tbody>${Object.entries(totals.verdictTransitions).map(([k, n]) => {
    const [b, a] = k.split(" → ") as [Verdict, Verdict]
    return `<tr><td>${biL(verdictLabels[b])} → ${biL(verdictLabels[a])}</td><td class="n">${n}</td></tr>`
  }).join("")}</tbody></table>`}
${countsTable(bi("按规则包", "By pack"), totals.byPack, (k) => `<code>${esc(k)}</code>`)}
${countsTable(bi("按行业", "By sector"), totals.bySector, (k) => biF((l) => sectorLabel(k as Sector, l)))}
${countsTable(bi("按规则", "By rule"), totals.byRule, ruleName)}
${changeTable(bi("新增问题", "Findings gained"), listed.gained, totals.findings.gained, (c) => `${bi("之前", "before")}: ${state(c.before)}<br>${bi("之后", "after")}: ${state(c.after)}`)}
${changeTable(bi("消失问题", "Findings lost"), listed.lost, totals.findings.lost, (c) => `${bi("之前", "before")}: ${state(c.before)}<br>${bi("之后", "after")}: ${state(c.after)}`)}
${changeTable(bi("变化问题", "Findings changed"), listed.changed, totals.findings.changed, (c) => biF((l) => fieldText(c, l, titles)))}
<h2>${bi("结论变化的企业", "Enterprises whose verdict changed")} (${totals.verdictChanges})</h2>
${listed.verdictChanges.length === 0 ? `<p>${bi("无", "none")}</p>` : `<table><tbody>${listed.verdictChanges.map((r) => `<tr><td>${esc(r.subject!.name)}<br><small>${esc(r.subject!.creditCode)} · ${esc(formatSource(r.source))}</small></td><td>${biL(verdictLabels[r.before as Verdict])} → ${biL(verdictLabels[r.after as Verdict])}</td></tr>`).join("")}</tbody></table>`}
${totals.verdictChanges > listed.verdictChanges.length ? `<p class="more">${biF((l) => t(l, `另有 ${totals.verdictChanges - listed.verdictChanges.length} 家未列出`, `and ${totals.verdictChanges - listed.verdictChanges.length} more, not listed`))}</p>` : ""}
${input.rejected.length === 0 ? "" : `<h2>${bi("被拒记录", "Rejected records")} (${totals.rejected})</h2><table><tbody>${input.rejected.map(({ source, impact }) => {
    const issues = impact.rejected?.before?.issues ?? impact.rejected?.after?.issues ?? []
    return `<tr><td>${esc(formatSource(source))}</td><td>${issues.map((i) => biF((l) => `${i.path.join(".") || "(record)"}: ${decodeIssueMessage(i, l)}`)).join("<br>")}</td></tr>`
  }).join("")}</tbody></table>`}
</body>
</html>
`
}
