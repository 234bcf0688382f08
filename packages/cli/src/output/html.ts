/**
 * 检查报告(HTML) — one self-contained HTML file that works offline: summary, charts (Apache ECharts,
 * bundled in the file), the evaluated units with the ones with problems first (重大, then 一般, then
 * 提示, then the ones a rule could not decide, then the compliant ones), a findings table, both
 * paginated with filters and search, each unit's findings when it is opened, and the rejected
 * records. zh-CN by default with an English switch.
 *
 * It is written as it streams ({@link HtmlReport}): the summary and the charts come from the
 * report's counts over every record; each evaluated unit is written at once as one compact row
 * (its findings with the rules, titles and citations as indices into one dictionary) into
 * `<script type="application/json">` chunks of a few hundred units by rank, which the page parses
 * only when a page of the table, a search or an opened unit needs them. Memory stays bounded: a
 * chunk per rank, the dictionary, and the rejected records.
 *
 * With a ledger (`anquan check --ledger`), a 隐患治理 section: hazards by state and level, 整改率
 * and 逾期率 by month (and by child jurisdiction with the tree) from the ledger's metrics, the
 * overdue hazards, and the overall rates among the summary cards. With a campaign (`--campaign`),
 * a 专项行动 section: status and phase, unit and checklist coverage, hazards per phase, reports due
 * and late, targets. With a risk register (`--risk-register`), a 风险分级管控 section: risk points
 * by grade (重大/较大/一般/低 ↔ 红/橙/黄/蓝), a four-colour risk map of each enterprise's risk
 * points, and the points that need attention (reviews overdue, controls missing, 重大 risks without
 * a 包保责任人). With a case store (`--enforcement`), a credit store (`--credit`), investigation
 * cases (`--investigations`), a public reports register (`--reports`) and standardization records
 * (`--standardization`), the 执法, 信用, 事故调查, 举报与奖励 and 安全生产标准化 sections: static tables and figures rendered
 * in both languages by `output/sections.ts`, the language switch showing one. Without them the
 * sections are not in the page.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { CalendarDate, countKeyOf, decodeIssueMessages, formatCitation, sectorLabel, Sectors, verdictLabels, verdicts } from "@anquan/core"
import type { CitationDocument, DateWindow, EvaluatedRecord, Finding, Locale, Localized, Report } from "@anquan/core"
import type { HazardMetrics, MetricsReport } from "@anquan/hazard-ledger"
import type { CampaignSection } from "../campaign.ts"
import type { LocatedRejection } from "../check.ts"
import { formatSource } from "../input/readRecords.ts"
import type { LedgerSection } from "../ledger/section.ts"
import type { RiskSection } from "../risk/section.ts"
import type { CreditSection } from "../credit/section.ts"
import type { EnforcementSection } from "../enforcement/section.ts"
import type { InvestigationSection } from "../investigation/section.ts"
import type { ReportsSection } from "../reports/section.ts"
import type { StandardizationSection } from "../standardization/section.ts"
import { creditSectionHtml, enforcementSectionHtml, investigationSectionHtml, reportsSectionHtml, standardizationSectionHtml } from "./sections.ts"

let echartsSource: string | undefined
const echarts = (): string => {
  if (echartsSource === undefined) {
    const require = createRequire(import.meta.url)
    echartsSource = readFileSync(require.resolve("echarts/dist/echarts.min.js"), "utf8")
  }
  return echartsSource
}

/** Makes JSON safe inside a `<script>` element. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")

const both = (f: (l: Locale) => string) => ({ "zh-CN": f("zh-CN"), en: f("en") })

const day = (d: Date | undefined): string | null => (d === undefined ? null : CalendarDate.format(d))
const windowOf = (w: DateWindow | undefined) => (w === undefined ? null : { from: CalendarDate.format(w.from), to: day(w.to) })
/** A rate for the page: `null` when it has no denominator. */
const rate = (r: number | null | undefined): number | null => (r === undefined ? null : r)

const metricsView = (m: HazardMetrics) => ({
  found: m.found,
  major: m.major,
  closed: m.closed,
  open: m.open,
  overdue: m.overdue,
  rectificationRate: m.rectificationRate,
  overdueRate: m.overdueRate
})
const rowsView = (r: MetricsReport) => r.rows.map((row) => ({ key: row.key, label: row.label ?? null, metrics: metricsView(row.metrics) }))

/** The page's data of the governance section: the ledger's numbers as they are. */
const ledgerView = (l: LedgerSection) => ({
  source: l.source,
  asOf: l.asOf,
  period: l.period,
  hazards: l.hazards,
  total: metricsView(l.metrics.total),
  months: rowsView(l.metrics),
  jurisdictions: l.byJurisdiction === null ? null : rowsView(l.byJurisdiction),
  overdue: l.overdue
})

/** The page's data of the campaign section: `campaignProgress` as it is, dates as YYYY-MM-DD. */
const campaignView = (c: CampaignSection) => {
  const p = c.progress
  return {
    id: c.id,
    name: c.name,
    records: c.records,
    hazardsFrom: c.hazardsFrom,
    asOf: CalendarDate.format(p.asOf),
    status: p.status,
    window: windowOf(p.window),
    currentPhases: p.currentPhases.map((x) => x.name),
    phases: p.phases.map((x) => ({
      name: x.name,
      status: x.status,
      window: windowOf(x.window),
      hazards: { ...x.hazards, rectificationRate: rate(x.hazards.rectificationRate), overdueRate: rate(x.hazards.overdueRate) }
    })),
    units: {
      inScope: p.units.inScope,
      covered: p.units.covered,
      rate: rate(p.units.rate),
      byInspector: p.units.byInspector,
      uncovered: p.units.uncovered,
      outOfScope: p.units.outOfScope
    },
    checklist: { itemsTotal: p.checklist.itemsTotal, itemsChecked: p.checklist.itemsChecked, pairs: { ...p.checklist.pairs, rate: rate(p.checklist.pairs.rate) } },
    hazards: {
      total: { ...p.hazards.total, rectificationRate: rate(p.hazards.total.rectificationRate), overdueRate: rate(p.hazards.total.overdueRate) },
      outsidePhases: p.hazards.outsidePhases,
      excluded: p.hazards.excluded
    },
    reports: {
      summary: { ...p.reports.summary, onTimeRate: rate(p.reports.summary.onTimeRate) },
      states: p.reports.states.map((r) => ({
        kind: r.kind,
        period: r.period ?? null,
        id: r.id ?? null,
        name: r.name ?? null,
        reporter: r.reporter ?? null,
        due: day(r.due),
        status: r.status,
        submittedOn: day(r.submittedOn)
      }))
    },
    targets: p.targets.map((x) => ({
      metric: x.metric,
      comparison: x.comparison,
      value: x.value,
      numerator: x.numerator,
      denominator: x.denominator,
      actual: rate(x.actual),
      met: x.met ?? null,
      description: x.description ?? null
    }))
  }
}

/** Enterprises drawn on a risk map each (the most severe first); the others are counted. */
const RISK_MAPS = 24
/** Points listed in the attention table of the risk section (all are counted). */
const RISK_LISTED = 50

/** The page's data of the risk section: the register's figures and the first enterprises' risk maps. */
const riskView = (r: RiskSection) => {
  const m = r.metrics
  return {
    source: r.source,
    asOf: r.asOf,
    config: r.config,
    total: m.total,
    byGrade: m.byGrade,
    ungradable: m.ungradable.length,
    reviewsOverdue: { count: m.reviewsOverdue.count, points: m.reviewsOverdue.points.slice(0, RISK_LISTED) },
    reassessmentDue: { count: m.reassessmentDue.count, points: m.reassessmentDue.points.slice(0, RISK_LISTED).map((p) => ({ id: p.id, name: p.name, triggers: p.triggers })) },
    controlsMissing: { count: m.controlsMissing.count, points: m.controlsMissing.points.slice(0, RISK_LISTED) },
    majorWithoutResponsible: { count: m.majorWithoutResponsible.count, points: m.majorWithoutResponsible.points.slice(0, RISK_LISTED) },
    sites: r.sites.slice(0, RISK_MAPS),
    siteCount: r.sites.length
  }
}

/**
 * The options of an HTML report.
 *
 * @since 0.1.0
 */
export interface HtmlReportOptions {
  readonly locale: Locale
  readonly documents: ReadonlyMap<string, CitationDocument>
  readonly title?: string | undefined
  /** The governance section (隐患治理), read from a ledger. */
  readonly ledger?: LedgerSection | undefined
  /** The campaign section (专项行动). */
  readonly campaign?: CampaignSection | undefined
  /** The risk section (风险分级管控), read from a risk register. @since 0.2.0 */
  readonly risk?: RiskSection | undefined
  /** The enforcement section (执法), read from a case store. @since 0.2.0 */
  readonly enforcement?: EnforcementSection | undefined
  /** The credit section (信用与失信名单), read from a credit store. @since 0.2.0 */
  readonly credit?: CreditSection | undefined
  /** The accident investigation section (事故调查). @since 0.2.0 */
  readonly investigations?: InvestigationSection | undefined
  /** The public reports section (举报与奖励), read from a report register; no reporter in it. @since 0.2.0 */
  readonly reports?: ReportsSection | undefined
  /** The standardization section (安全生产标准化), rates per target, jurisdiction and sector. @since 0.2.0 */
  readonly standardization?: StandardizationSection | undefined
  /** The packs' names, shown in place of their ids (the by-pack chart, the pack filter); without, the ids. */
  readonly packNames?: ReadonlyMap<string, Localized> | undefined
  /** Units per embedded chunk (default 400): the page parses one chunk to show a page of the table. */
  readonly chunkSize?: number | undefined
  /** The label of a finding's missing fact (its rule's declaration): shown in place of the path, the path as a tooltip. */
  readonly factLabel?: ((ruleId: string, ruleVersion: string, path: string) => Localized | undefined) | undefined
}

/**
 * The summary an HTML report ends with: the report's counts (its `enterprises` are not read: the
 * units come from `HtmlReport.add`) and the rejected records with where they came from.
 *
 * @since 0.1.0
 */
export type HtmlSummary = Omit<Report, "enterprises" | "rejected"> & {
  readonly rejected: ReadonlyArray<LocatedRejection>
  /** How many rejected records there were beyond those listed (`--max-rejected`); the page says so. */
  readonly rejectedNotListed?: number | undefined
}

/**
 * An HTML report being written: `HtmlReport.start` writes the page's head and layout, `add`
 * each evaluated unit (written in chunks as they fill), `finish` the summary, the charts' data and
 * the page's script. Nothing is written after `finish`.
 *
 * @since 0.1.0
 */
export interface HtmlReport {
  /** Adds one evaluated unit (in any order: the page orders them by rank, then as added). */
  readonly add: (record: EvaluatedRecord) => void
  /** Writes what is left: the last chunks, the summary and the script. */
  readonly finish: (summary: HtmlSummary) => void
}

/**
 * The rank a unit is listed by: 0 major hazard, 1 general hazard, 2 advisory, 3 no violation but a
 * rule could not decide (indeterminate or error), 4 compliant.
 */
const rankOf = (r: EvaluatedRecord): number =>
  r.verdict === "major-hazard" ? 0 : r.verdict === "general-hazard" ? 1 : r.verdict === "advisory" ? 2 : r.complete ? 4 : 3
const RANKS = 5
const OUTCOME_CODES: Readonly<Record<string, number>> = { violation: 0, waived: 1, indeterminate: 2, error: 3, compliant: 4, "not-applicable": 5 }
const SEVERITY_CODES: Readonly<Record<string, number>> = { major: 0, general: 1, advisory: 2 }
const VERDICT_CODES: Readonly<Record<string, number>> = Object.fromEntries(verdicts.map((v, i) => [v, i]))
/** Distinct finding texts kept in the dictionary; beyond that a text is written in its finding. */
const MAX_TEXTS = 50_000
/** Bytes of a chunk after which it is written even when it has fewer units than `chunkSize`. */
const CHUNK_BYTES = 256 * 1024

/** Indices of distinct values by key. */
class Dictionary<V> {
  private readonly index = new Map<string, number>()
  readonly values: Array<V> = []
  get size(): number {
    return this.values.length
  }
  of(key: string, make: () => V): number {
    let i = this.index.get(key)
    if (i === undefined) {
      i = this.values.length
      this.values.push(make())
      this.index.set(key, i)
    }
    return i
  }
  has(key: string): number | undefined {
    return this.index.get(key)
  }
}

const STYLE = `
:root { --major: #c0392b; --general: #e67e22; --advisory: #2980b9; --ok: #27ae60; --muted: #6b7280; }
* { box-sizing: border-box; }
body { font-family: -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #111827; background: #f6f7f9; }
header { background: #1f2937; color: #fff; padding: 16px 24px; display: flex; justify-content: space-between; align-items: center; }
header h1 { font-size: 20px; margin: 0; }
header .meta { font-size: 13px; color: #d1d5db; }
main { padding: 16px 24px; max-width: 1400px; margin: 0 auto; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 12px; }
.card { background: #fff; border-radius: 8px; padding: 12px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.card .n { font-size: 28px; font-weight: 600; }
.card .l { color: var(--muted); font-size: 13px; }
.card.major .n, .card.bad .n { color: var(--major); } .card.general .n { color: var(--general); } .card.ok .n, .card.status-running .n { color: var(--ok); }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; margin-top: 12px; }
.chart { background: #fff; border-radius: 8px; height: 340px; padding: 8px; min-width: 0; }
section { background: #fff; border-radius: 8px; padding: 12px 16px; margin-top: 12px; }
section h2 { font-size: 16px; margin: 4px 0 12px; }
section h3 { font-size: 14px; margin: 16px 0 8px; }
section .cards { margin-top: 8px; } section .card { background: #f9fafb; box-shadow: none; }
section .chart { border: 1px solid #e5e7eb; }
.charts.three { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.grade-major { color: #d7191c; font-weight: 600; } .grade-significant { color: #e0771a; font-weight: 600; } .grade-general { color: #a88900; } .grade-low { color: #2c7bb6; }
@media (max-width: 900px) { .charts, .charts.three { grid-template-columns: minmax(0, 1fr); } }
.card .s { color: var(--muted); font-size: 11px; margin-top: 2px; }
.note { font-size: 12px; margin: 4px 0 8px; }
.meta-line { font-size: 13px; margin: 4px 0 8px; }
.card .n.small { font-size: 20px; }
span.status-current, .met { color: var(--ok); font-weight: 600; } span.status-past { color: var(--muted); } .card.status-ended .n { color: var(--muted); }
.late, .not-met, .overdue { color: var(--major); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f9fafb; position: sticky; top: 0; }
.sev-major { color: var(--major); font-weight: 600; } .sev-general { color: var(--general); } .sev-advisory { color: var(--advisory); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 8px; align-items: center; }
.filters input, .filters select, button { font: inherit; padding: 4px 8px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; }
.filters input { min-width: 260px; }
button { cursor: pointer; }
button:disabled { cursor: default; color: #c4c8ce; }
.muted { color: var(--muted); }
code { font-size: 12px; }
.pager { display: flex; gap: 6px; align-items: center; margin: 8px 0; font-size: 13px; }
.pager .pos { color: var(--muted); margin: 0 6px; }
button.toggle { padding: 0 6px; margin-right: 6px; font-size: 12px; }
tr.unit.open td { background: #f3f4f6; }
tr.details > td { background: #fafafa; padding: 4px 8px 12px 36px; }
tr.details table { font-size: 12px; }
td.nowrap { white-space: nowrap; }
[hidden] { display: none !important; }
.regulator-section td .late, .regulator-section td .met, .regulator-section td .not-met { white-space: nowrap; }
@media print {
  body { background: #fff; }
  header { background: #fff; color: #111827; border-bottom: 2px solid #111827; }
  header .meta { color: var(--muted); }
  #lang, .filters, .pager, button.toggle { display: none; }
  main { max-width: none; padding: 0; }
  section, .card { box-shadow: none; }
  section { padding: 8px 0; }
  h2, h3 { break-after: avoid; }
  tr, .card, .chart { break-inside: avoid; }
  th { position: static; }
}
body[data-list="busy"] #units-pager .pos::after, body[data-list="busy"] #findings-pager .pos::after { content: " …"; }
`

/** The enforcement, credit, investigation, public reports and standardization sections: rendered here in both languages (output/sections.ts). */
const regulatorSections = (options: HtmlReportOptions): string =>
  (options.enforcement === undefined ? "" : enforcementSectionHtml(options.enforcement, options.locale)) +
  (options.credit === undefined ? "" : creditSectionHtml(options.credit, options.locale)) +
  (options.investigations === undefined ? "" : investigationSectionHtml(options.investigations, options.locale)) +
  (options.reports === undefined ? "" : reportsSectionHtml(options.reports, options.locale)) +
  (options.standardization === undefined ? "" : standardizationSectionHtml(options.standardization, options.locale))

/** The page's layout; the script fills it in. */
const layout = (options: HtmlReportOptions): string => {
  const governanceSection = options.ledger === undefined ? "" : `
  <section id="governance">
    <h2 id="h-governance"></h2>
    <div class="muted meta-line" id="governance-meta"></div>
    <div class="cards" id="governance-cards"></div>
    <div class="charts">
      <div class="chart" id="chart-hazard-state"></div>
      <div class="chart" id="chart-hazard-level"></div>
      <div class="chart" id="chart-rates-month"></div>${options.ledger.byJurisdiction === null ? "" : `
      <div class="chart" id="chart-rates-jurisdiction"></div>`}
    </div>
    <h3 id="h-ledger-metrics"></h3>
    <table id="ledger-metrics"></table>
    <h3 id="h-ledger-overdue"></h3>
    <table id="ledger-overdue"></table>
  </section>`
  const campaignSection = options.campaign === undefined ? "" : `
  <section id="campaign">
    <h2 id="h-campaign"></h2>
    <div class="meta-line" id="campaign-meta"></div>
    <div class="muted note" id="campaign-rates-note"></div>
    <div class="cards" id="campaign-cards"></div>
    <div class="muted meta-line" id="campaign-uncovered"></div>
    <div class="charts three">
      <div class="chart" id="chart-campaign-phases"></div>
      <div class="chart" id="chart-campaign-coverage"></div>
      <div class="chart" id="chart-campaign-reports"></div>
    </div>
    <h3 id="h-campaign-phases"></h3>
    <table id="campaign-phases"></table>
    <h3 id="h-campaign-targets"></h3>
    <table id="campaign-targets"></table>
    <h3 id="h-campaign-reports"></h3>
    <table id="campaign-reports"></table>
  </section>`
  const riskSection = options.risk === undefined ? "" : `
  <section id="risk">
    <h2 id="h-risk"></h2>
    <div class="muted meta-line" id="risk-meta"></div>
    <div class="cards" id="risk-cards"></div>
    <div class="charts">
      <div class="chart" id="chart-risk-grades"></div>
      <div class="chart" id="chart-risk-enterprises"></div>
    </div>
    <h3 id="h-risk-maps"></h3>
    <div class="muted note" id="risk-maps-note"></div>
    <div class="charts risk-maps">${options.risk.sites.slice(0, RISK_MAPS).map((_, i) => `
      <div class="chart risk-map" id="chart-risk-map-${i}" data-site="${i}"></div>`).join("")}
    </div>
    <h3 id="h-risk-attention"></h3>
    <table id="risk-attention"></table>
  </section>`
  const title = options.title ?? "安全生产合规检查报告 · Anquan"
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>
<style>${STYLE}</style>
</head>
<body data-list="busy">
<header>
  <div><h1 id="title"></h1><div class="meta" id="meta"></div></div>
  <button id="lang" type="button"></button>
</header>
<main>
  <div class="cards" id="cards"></div>
  <div class="charts">
    <div class="chart" id="chart-verdicts"></div>
    <div class="chart" id="chart-severity"></div>
    <div class="chart" id="chart-pack"></div>
    <div class="chart" id="chart-sector"></div>
  </div>${governanceSection}${campaignSection}${riskSection}${regulatorSections(options)}
  <section id="list">
    <div class="filters">
      <input id="q" type="search">
      <select id="f-rank"></select>
      <select id="f-severity"></select>
      <select id="f-outcome"></select>
      <select id="f-pack"></select>
    </div>
    <h2 id="h-verdicts"></h2>
    <div class="pager" id="units-pager"></div>
    <table id="verdict-table"></table>
    <h2 id="h-findings"></h2>
    <div class="pager" id="findings-pager"></div>
    <table id="findings"></table>
  </section>
  <section id="rejected-section"><h2 id="h-rejected"></h2><div class="pager" id="rejected-pager"></div><table id="rejected"></table></section>
  <section id="lax-section"><h2 id="h-lax"></h2><ul id="lax"></ul></section>
</main>
`
}

/**
 * Starts an HTML report: writes the page's head and layout through `write`, then the units as
 * they are added, in chunks, and the rest at `finish`.
 *
 * @since 0.1.0
 */
const start = (write: (text: string) => void, options: HtmlReportOptions): HtmlReport => {
  const chunkSize = Math.max(1, options.chunkSize ?? 400)
  const rules = new Dictionary<readonly [string, string, string, number | Localized]>()
  const texts = new Dictionary<Localized>()
  const citations = new Dictionary<Localized>()
  // the names of the units the governance section lists (its overdue hazards name units by credit code)
  // and the risk section's maps name the enterprises whose risk points they draw
  const wanted = new Set([...options.ledger?.overdue.hazards.map((h) => h.subject) ?? [], ...options.risk?.sites.slice(0, RISK_MAPS).map((s) => s.enterprise) ?? []])
  const names: Record<string, string> = {}
  const chunks = Array.from({ length: RANKS }, () => ({ parts: [] as Array<string>, bytes: 0, findings: 0 }))
  let finished = false

  const textRef = (text: Localized): number | Localized => {
    const key = text["zh-CN"] + "\u0000" + text.en
    const known = texts.has(key)
    if (known !== undefined) return known
    return texts.size < MAX_TEXTS ? texts.of(key, () => ({ "zh-CN": text["zh-CN"], en: text.en })) : text
  }
  const findingRow = (f: Finding): Array<unknown> => {
    const rule = rules.of(`${f.ruleId}@${f.ruleVersion}\u0000${f.pack}`, () => [f.ruleId, f.ruleVersion, f.pack, textRef(f.title)] as const)
    const citation = citations.of(JSON.stringify(f.citation), () => both((l) => formatCitation(f.citation, l, options.documents)))
    const text = f.details ?? f.message
    // a missing fact with a declared label: [path, its label]; without one: the path
    const missing = f.missing?.map((p) => {
      const label = options.factLabel?.(f.ruleId, f.ruleVersion, p)
      return label === undefined ? p : [p, textRef(label)]
    })
    const row: Array<unknown> = [rule, OUTCOME_CODES[countKeyOf(f)], SEVERITY_CODES[f.severity], citation,
      text === undefined ? null : textRef(text), missing ?? null, f.error ?? null, f.waiver ?? null]
    while (row.length > 5 && row[row.length - 1] === null) row.pop()
    return row
  }
  const flush = (rank: number): void => {
    const c = chunks[rank]!
    if (c.parts.length === 0) return
    write(`<script type="application/json" class="aq-units" data-rank="${rank}" data-n="${c.parts.length}" data-f="${c.findings}">[${c.parts.join(",")}]</script>\n`)
    c.parts = []
    c.bytes = 0
    c.findings = 0
  }

  write(layout(options))
  return {
    add: (r) => {
      if (finished) throw new Error("HtmlReport: add after finish")
      const s = r.subject
      if (wanted.has(s.creditCode)) names[s.creditCode] = s.name
      const unit: Array<unknown> = [s.creditCode, s.name, s.jurisdiction, s.sectors, VERDICT_CODES[r.verdict], r.complete ? 1 : 0,
        [r.counts.violation, r.counts.waived, r.counts.indeterminate, r.counts.error]]
      // the kept findings (by default all but compliant and not applicable); a unit without any is one short row
      if (r.findings.length > 0) unit.push(r.findings.map(findingRow))
      const json = scriptJson(unit)
      const c = chunks[rankOf(r)]!
      c.parts.push(json)
      c.bytes += json.length
      c.findings += r.findings.length
      if (c.parts.length >= chunkSize || c.bytes >= CHUNK_BYTES) flush(rankOf(r))
    },
    finish: (summary) => {
      if (finished) throw new Error("HtmlReport: finish called twice")
      finished = true
      for (let rank = 0; rank < RANKS; rank++) flush(rank)
      const data = {
        locale: options.locale,
        asOf: summary.asOf,
        packs: summary.packs,
        totals: summary.totals,
        byOutcome: summary.byOutcome,
        bySeverity: summary.bySeverity,
        byPack: summary.byPack,
        bySector: summary.bySector,
        verdicts: summary.verdicts,
        laxerThanNational: summary.laxerThanNational,
        sectorLabels: Object.fromEntries(Sectors.map((s) => [s, both((l) => sectorLabel(s, l))])),
        verdictLabels: Object.fromEntries(verdicts.map((v) => [v, verdictLabels[v]])),
        packNames: Object.fromEntries(summary.packs.map((p) => [p.id, options.packNames?.get(p.id) ?? null])),
        rejected: summary.rejected.map((r) => ({ source: formatSource(r.source), id: r.id ?? null, issues: r.issues.map((i) => ({ ...i, messages: decodeIssueMessages(i) })) })),
        rejectedNotListed: summary.rejectedNotListed ?? 0,
        names,
        ledger: options.ledger === undefined ? null : ledgerView(options.ledger),
        campaign: options.campaign === undefined ? null : campaignView(options.campaign),
        risk: options.risk === undefined ? null : riskView(options.risk)
      }
      write(`<script id="anquan-data" type="application/json">${scriptJson(data)}</script>\n`)
      write(`<script id="anquan-dictionary" type="application/json">${scriptJson({ rules: rules.values, texts: texts.values, citations: citations.values })}</script>\n`)
      write(`<script>${echarts()}</script>\n`)
      write(`<script>${APP}</script>\n</body>\n</html>\n`)
    }
  }
}

/**
 * Writing an HTML report as it streams.
 *
 * @example
 * ```ts
 * const html = HtmlReport.start(write, { locale: "zh-CN", documents: engine.registry.documents })
 * for (const record of evaluated) html.add(record)
 * html.finish({ ...builder.build(), rejected })
 * ```
 *
 * @since 0.1.0
 */
export const HtmlReport = { start }

/**
 * Renders a check report, with its retained `enterprises`, as one self-contained HTML page in one
 * string. For a report of any size write it with {@link HtmlReport} instead, which holds no page.
 *
 * @since 0.1.0
 */
export const renderHtml = (
  report: Omit<Report, "rejected"> & { readonly rejected: ReadonlyArray<LocatedRejection> },
  options: HtmlReportOptions
): string => {
  const parts: Array<string> = []
  const html = start((s) => void parts.push(s), options)
  for (const e of report.enterprises) html.add(e)
  html.finish(report)
  return parts.join("")
}

/** The page's script: reads the summary and the dictionary, draws the charts, lists the units a page at a time. */
const APP = `
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("anquan-data").textContent);
  var lang = D.locale;
  var T = {
    "zh-CN": { title: "安全生产合规检查报告", asOf: "依据日期", records: "记录", evaluated: "已评估", rejected: "被拒记录",
      violations: "违规", major: "重大", general: "一般", advisory: "提示", waived: "已豁免", indeterminate: "无法判定", error: "规则错误",
      compliant: "合规", "not-applicable": "不适用", violation: "违规", verdicts: "各单位判定结论", findings: "检查发现",
      bySeverity: "违规按严重程度", byPack: "判定结果按规则包", bySector: "判定结果按行业", verdictChart: "判定结论",
      enterprise: "单位", code: "统一社会信用代码", sectors: "行业", verdict: "结论", rule: "规则", severity: "严重程度", outcome: "结果",
      detail: "说明", citation: "依据", all: "全部", search: "搜索单位、规则或说明…", shown: "显示", of: "共", switchTo: "English",
      source: "位置", issues: "问题", lax: "宽于国家标准的地方配置", missing: "缺少事实", complete: "完整", incomplete: "部分无法判定", packs: "规则包",
      governance: "隐患治理", campaign: "专项行动", "rectification-rate": "整改率", "overdue-rate": "逾期率",
      ledgerSource: "台账", period: "隐患发现日期", ratesAsOf: "统计截至", discoveredLater: "依据日期后发现的隐患（未计入）",
      stateNote: "状态为读取台账时的记录；整改率、逾期率按台账的统计口径计算", hazardsFound: "隐患总数", "lvl-major": "重大隐患", "lvl-general": "一般隐患",
      notClosed: "未销号", overdueCount: "逾期", closedCol: "已销号", found: "发现", hazardsByState: "隐患按状态和等级", hazardsByLevel: "隐患按等级",
      ratesByMonth: "整改率、逾期率（按发现月份）", ratesByJurisdiction: "整改率、逾期率（按下级行政区）", ledgerMetrics: "台账统计", group: "范围",
      total: "合计", month: "月份", ownLevel: "本级", overdueList: "逾期隐患", hazardId: "隐患编号", level: "等级", state: "状态", deadline: "整改期限",
      daysOverdue: "逾期天数", escalation: "升级督办", jurisdiction: "行政区划", none: "无", shownFirst: "仅列出",
      "st-reported": "已上报", "st-assessed": "已评估定级", "st-rectification-planned": "已制定整改方案", "st-rectifying": "整改中",
      "st-awaiting-verification": "待验收", "st-closed": "已销号", "st-reopened": "重新打开",
      campaignAsOf: "进展截至", campaignStatus: "行动状态", "c-not-started": "未开始", "c-running": "进行中", "c-ended": "已结束", currentPhase: "当前阶段",
      unitCoverage: "单位检查覆盖", checklistCoverage: "检查项覆盖", campaignHazards: "行动发现隐患", reportsDue: "应报送（已到期）", reportsLate: "迟报",
      reportsOverdue: "逾期未报", uncovered: "尚未检查的单位", window: "时间", hazardsPerPhase: "各阶段隐患", "ph-found": "发现", "ph-fixed": "已整改",
      "ph-open": "未整改", "ph-overdue": "逾期", closedDuring: "本阶段销号", "p-upcoming": "未开始", "p-current": "进行中", "p-past": "已结束",
      coverageChart: "覆盖率与按时报送率", onTimeRate: "按时报送率", reportsChart: "报送情况", "r-on-time": "按时报送", "r-late": "迟报", "r-submitted": "已报送",
      "r-overdue": "逾期未报", "r-pending": "待报送", "r-outstanding": "未报送", "k-monthly": "月报", "k-quarterly": "季报", "k-final": "总结报告", "k-once": "专项报送",
      phase: "阶段", targets: "目标", target: "目标值", actual: "实际", met: "达成情况", "m-yes": "达成", "m-no": "未达成", "m-na": "无法计算", reports: "报送",
      report: "报送事项", reporter: "报送单位", due: "截止日期", submittedOn: "报送日期", status: "状态",
      "t-inspection-coverage": "检查覆盖率", "t-self-inspection-coverage": "自查覆盖率", "t-rectification-rate": "整改率", "t-overdue-rate": "逾期率",
      "t-checklist-coverage": "检查项覆盖率", "t-reports-on-time": "按时报送率", noHazards: "台账中没有隐患",
      notGiven: "未提供（按无记录计算）", "rec-roster": "单位名册 --campaign-roster", "rec-hazards": "隐患 --campaign-hazards",
      "rec-inspections": "检查记录 --campaign-inspections", "rec-reports": "报送记录 --campaign-reports", hazardsFromLedger: "隐患取自台账 --ledger",
      "rank-undecided": "未发现违规，部分规则无法判定", "rank-compliant": "未发现违规", allUnits: "全部单位", allSeverities: "全部严重程度", allOutcomes: "全部结果", allPacks: "全部规则包", page: "第", unitsLabel: "家单位", notListed: "另有 {n} 条被拒记录未列出（--max-rejected）",
      findingsLabel: "条发现", noFindings: "没有需要列出的发现", waiver: "豁免", wholeRecord: "（整条记录）",
      "card-records": "记录（条）", "card-evaluated": "已评估单位（家）", "card-major": "存在重大事故隐患的单位（家）", "card-general": "一般违规（条）",
      "card-indeterminate": "无法判定的检查项（条）", "card-rejected": "被拒记录（条）", factPaths: "数据路径",
      fromLedger: "隐患台账", discovered: "发现于", fromCampaign: "专项行动隐患记录", campaignWindow: "行动期",
      campaignRectificationRate: "行动隐患整改率", ratesNoteFile: "本节的隐患数、整改率、逾期率按专项行动的隐患记录（--campaign-hazards）统计，统计期为行动期 {from} – {to}，截至 {asOf}；与“隐患治理”一节按隐患台账统计的数字来源和期间不同。",
      ratesNoteLedger: "本节的隐患数、整改率、逾期率按隐患台账（--ledger）中行动期 {from} – {to} 内发现的隐患统计，截至 {asOf}；“隐患治理”一节按台账中 {lfrom} – {lto} 发现的隐患统计。",
      ratesNoteNone: "未提供隐患记录，本节的隐患数按零计算。",
      risk: "风险分级管控", riskSource: "风险台账", riskConfig: "分级标准", unverified: "未经官方文本核实", riskAsOf: "统计截至",
      "g-major": "重大风险（红）", "g-significant": "较大风险（橙）", "g-general": "一般风险（黄）", "g-low": "低风险（蓝）", "g-unassessed": "未评价",
      "gs-major": "重大", "gs-significant": "较大", "gs-general": "一般", "gs-low": "低", "gs-unassessed": "未评价",
      "card-risk-points": "风险点（个）", "card-risk-major": "重大风险（个）", "card-risk-significant": "较大风险（个）", "card-risk-general": "一般风险（个）",
      "card-risk-low": "低风险（个）", "card-risk-unassessed": "未评价风险点（个）", "card-reviews-overdue": "复评逾期（个）", "card-controls-missing": "管控措施缺失（个）",
      "card-major-no-responsible": "重大风险无包保责任人（个）", "card-reassessment-due": "待重新评价（个）",
      riskGrades: "风险点按等级", riskByEnterprise: "各单位风险点按等级", riskMaps: "风险四色分布图", riskMapTitle: "{name} 风险四色分布图",
      riskMapsNote: "每格为一个风险点，按风险等级着色（红、橙、黄、蓝；灰色为未评价），等级高的在前。", riskMapsMore: "仅绘出风险最高的 {n} 家单位，共 {m} 家。",
      ungradable: "评价无法按分级标准定级的风险点", riskAttention: "需关注的风险点", riskPoint: "风险点", grade: "等级", problem: "问题",
      reviewOverdue: "复评逾期：应于 {due} 复评，已逾期 {days} 天", controlsNone: "没有管控措施", controlsLack: "缺少管控措施：{kinds}",
      noResponsible: "重大风险未明确包保责任人", reassessDue: "待重新评价：{what}", "tr-accident": "发生事故", "tr-process-change": "工艺、设备或物料变更", "tr-hazard-found": "发现隐患",
      "ck-engineering": "工程技术", "ck-management": "管理", "ck-training": "培训教育", "ck-ppe": "个体防护", "ck-emergency": "应急处置",
      "rk-site": "场所", "rk-installation": "设备设施", "rk-activity": "作业活动", "rk-post": "岗位", score: "风险值", location: "位置", noRiskPoints: "风险台账中没有风险点" },
    "en": { title: "Work-safety compliance report", asOf: "as of", records: "records", evaluated: "evaluated", rejected: "rejected records",
      violations: "violations", major: "major", general: "general", advisory: "advisory", waived: "waived", indeterminate: "indeterminate", error: "rule errors",
      compliant: "compliant", "not-applicable": "not applicable", violation: "violation", verdicts: "Verdict per unit", findings: "Findings",
      bySeverity: "Violations by severity", byPack: "Outcomes by pack", bySector: "Outcomes by sector", verdictChart: "Verdicts",
      enterprise: "Unit", code: "Credit code", sectors: "Sectors", verdict: "Verdict", rule: "Rule", severity: "Severity", outcome: "Outcome",
      detail: "Details", citation: "Basis", all: "all", search: "Search unit, rule or text…", shown: "showing", of: "of", switchTo: "中文",
      source: "Location", issues: "Problems", lax: "Local config laxer than national", missing: "missing facts", complete: "complete", incomplete: "partly undecided", packs: "packs",
      governance: "Hazard governance", campaign: "Campaign", "rectification-rate": "rectification rate", "overdue-rate": "overdue rate",
      ledgerSource: "ledger", period: "hazards discovered", ratesAsOf: "measured as of", discoveredLater: "discovered after the date (not counted)",
      stateNote: "states as recorded in the ledger when read; rates by the ledger's metrics", hazardsFound: "hazards", "lvl-major": "major hazards", "lvl-general": "general hazards",
      notClosed: "not closed", overdueCount: "overdue", closedCol: "closed", found: "found", hazardsByState: "Hazards by state and level", hazardsByLevel: "Hazards by level",
      ratesByMonth: "Rectification and overdue rates by month of discovery", ratesByJurisdiction: "Rectification and overdue rates by jurisdiction", ledgerMetrics: "Ledger metrics", group: "Group",
      total: "total", month: "month", ownLevel: "own level", overdueList: "Overdue hazards", hazardId: "Hazard", level: "Level", state: "State", deadline: "Deadline",
      daysOverdue: "Days overdue", escalation: "Escalation", jurisdiction: "Jurisdiction", none: "none", shownFirst: "showing",
      "st-reported": "reported", "st-assessed": "assessed", "st-rectification-planned": "rectification planned", "st-rectifying": "rectifying",
      "st-awaiting-verification": "awaiting verification", "st-closed": "closed", "st-reopened": "reopened",
      campaignAsOf: "progress as of", campaignStatus: "status", "c-not-started": "not started", "c-running": "running", "c-ended": "ended", currentPhase: "current phase",
      unitCoverage: "units inspected", checklistCoverage: "checklist checked", campaignHazards: "campaign hazards", reportsDue: "reports due", reportsLate: "reports late",
      reportsOverdue: "reports overdue", uncovered: "Units not yet inspected", window: "Window", hazardsPerPhase: "Hazards per phase", "ph-found": "found", "ph-fixed": "fixed",
      "ph-open": "open", "ph-overdue": "overdue", closedDuring: "closed in phase", "p-upcoming": "upcoming", "p-current": "current", "p-past": "past",
      coverageChart: "Coverage and reports on time", onTimeRate: "reports on time", reportsChart: "Reports", "r-on-time": "on time", "r-late": "late", "r-submitted": "submitted",
      "r-overdue": "overdue", "r-pending": "pending", "r-outstanding": "outstanding", "k-monthly": "monthly report", "k-quarterly": "quarterly report", "k-final": "final report", "k-once": "report",
      phase: "Phase", targets: "Targets", target: "Target", actual: "Actual", met: "Attained", "m-yes": "met", "m-no": "not met", "m-na": "n/a", reports: "Reports",
      report: "Report", reporter: "Reporter", due: "Due", submittedOn: "Submitted", status: "Status",
      "t-inspection-coverage": "inspection coverage", "t-self-inspection-coverage": "self-inspection coverage", "t-rectification-rate": "rectification rate", "t-overdue-rate": "overdue rate",
      "t-checklist-coverage": "checklist coverage", "t-reports-on-time": "reports on time", noHazards: "no hazards in the ledger",
      notGiven: "not given (counted as none)", "rec-roster": "roster --campaign-roster", "rec-hazards": "hazards --campaign-hazards",
      "rec-inspections": "inspections --campaign-inspections", "rec-reports": "reports --campaign-reports", hazardsFromLedger: "hazards from the ledger --ledger",
      "rank-undecided": "No violation found, some rules undecided", "rank-compliant": "No violation found", allUnits: "all units", allSeverities: "all severities", allOutcomes: "all outcomes", allPacks: "all packs", page: "page", unitsLabel: "units", notListed: "and {n} more rejected records not listed (--max-rejected)",
      findingsLabel: "findings", noFindings: "no findings to list", waiver: "waiver", wholeRecord: "(record)",
      "card-records": "records", "card-evaluated": "units evaluated", "card-major": "units with a major accident hazard", "card-general": "general violations (findings)",
      "card-indeterminate": "indeterminate findings", "card-rejected": "rejected records", factPaths: "data paths",
      fromLedger: "hazard ledger", discovered: "discovered", fromCampaign: "campaign hazard records", campaignWindow: "campaign",
      campaignRectificationRate: "campaign rectification rate", ratesNoteFile: "The hazards, rectification and overdue rates of this section count the campaign's hazard records (--campaign-hazards) over the campaign, {from} – {to}, as of {asOf}; the hazard governance section counts the hazard ledger: other source, other period.",
      ratesNoteLedger: "The hazards, rectification and overdue rates of this section count the hazards of the ledger (--ledger) discovered in the campaign, {from} – {to}, as of {asOf}; the hazard governance section counts those discovered {lfrom} – {lto}.",
      ratesNoteNone: "No hazard records given: the section counts none.",
      risk: "Risk grading and control", riskSource: "risk register", riskConfig: "grading", unverified: "not checked against an official text", riskAsOf: "as of",
      "g-major": "major (red)", "g-significant": "significant (orange)", "g-general": "general (yellow)", "g-low": "low (blue)", "g-unassessed": "not assessed",
      "gs-major": "major", "gs-significant": "significant", "gs-general": "general", "gs-low": "low", "gs-unassessed": "not assessed",
      "card-risk-points": "risk points", "card-risk-major": "major risks", "card-risk-significant": "significant risks", "card-risk-general": "general risks",
      "card-risk-low": "low risks", "card-risk-unassessed": "risk points not assessed", "card-reviews-overdue": "reviews overdue", "card-controls-missing": "controls missing",
      "card-major-no-responsible": "major risks without a responsible person", "card-reassessment-due": "re-assessments due",
      riskGrades: "Risk points by grade", riskByEnterprise: "Risk points by unit and grade", riskMaps: "Four-colour risk maps", riskMapTitle: "Risk map: {name}",
      riskMapsNote: "Each cell is a risk point, coloured by its grade (red, orange, yellow, blue; grey: not assessed), the most severe first.", riskMapsMore: "Only the {n} units with the most severe risks are drawn, of {m}.",
      ungradable: "risk points whose assessment the grading cannot grade", riskAttention: "Risk points needing attention", riskPoint: "Risk point", grade: "Grade", problem: "Problem",
      reviewOverdue: "review overdue: due {due}, {days} days overdue", controlsNone: "no control", controlsLack: "controls missing: {kinds}",
      noResponsible: "major risk without a responsible person", reassessDue: "re-assessment due: {what}", "tr-accident": "accident", "tr-process-change": "change of process, equipment or materials", "tr-hazard-found": "hazard found",
      "ck-engineering": "engineering", "ck-management": "management", "ck-training": "training", "ck-ppe": "protective equipment", "ck-emergency": "emergency",
      "rk-site": "site", "rk-installation": "installation", "rk-activity": "activity", "rk-post": "post", score: "score", location: "location", noRiskPoints: "no risk points in the register" }
  };
  var OUTCOMES = ["violation", "waived", "indeterminate", "error", "compliant", "not-applicable"];
  var SEV = ["major", "general", "advisory"];
  var COLORS = { violation: "#c0392b", waived: "#8e44ad", indeterminate: "#f1c40f", error: "#7f8c8d", compliant: "#27ae60", "not-applicable": "#bdc3c7",
    major: "#c0392b", general: "#e67e22", advisory: "#2980b9", "major-hazard": "#c0392b", "general-hazard": "#e67e22", "no-violation": "#27ae60" };
  function t(k) { return T[lang][k] || k; }
  function loc(x) { return x == null ? "" : (typeof x === "string" ? x : (x[lang] || x["zh-CN"])); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\\"": "&quot;" }[c]; }); }
  function el(id) { return document.getElementById(id); }
  var STATES = ["reported", "assessed", "rectification-planned", "rectifying", "awaiting-verification", "closed", "reopened"];
  var LEVELS = ["major", "general"];
  var REPORT_STATUSES = ["on-time", "late", "overdue", "pending", "outstanding", "submitted"];
  var REPORT_KEYS = { "on-time": "onTime", late: "late", overdue: "overdue", pending: "pending", outstanding: "outstanding", submitted: "submitted" };
  var REPORT_COLORS = { "on-time": "#27ae60", late: "#e67e22", overdue: "#c0392b", pending: "#2980b9", outstanding: "#7f8c8d", submitted: "#16a085" };
  var PHASE_COLORS = { found: "#2980b9", fixed: "#27ae60", open: "#e67e22", overdue: "#c0392b" };
  var NAMES = D.names;
  function pct(r) { return r == null ? "—" : (r * 100).toFixed(1) + "%"; }
  function pctValue(r) { return r == null ? null : r * 100; }
  function pctLabel(p) { return p.value == null ? "" : Number(p.value).toFixed(1) + "%"; }
  // a card: [class, figure, key, label, source?]; the source (where a rate comes from, its period) under the label
  function card(c) {
    var n = String(c[1]);
    // figures (17, 23.5%, 6/7) large; words (a status, a phase name) smaller
    return '<div class="card ' + c[0] + '" data-card="' + c[2] + '"><div class="n' + (/^[0-9.\/%—-]*$/.test(n) ? "" : " small") + '">' + esc(n) +
      '</div><div class="l">' + esc(c[3]) + "</div>" + (c[4] ? '<div class="s">' + esc(c[4]) + "</div>" : "") + "</div>";
  }
  function ledgerSourceText(L) { return t("fromLedger") + " · " + t("discovered") + " " + L.period.from + " – " + L.period.to; }
  function campaignSourceText(C) {
    return (C.hazardsFrom === "ledger" ? t("fromLedger") : t("fromCampaign")) + " · " + t("campaignWindow") + " " + windowText(C.window);
  }
  function tableHtml(head, body) { return "<tr><th>" + head.join("</th><th>") + "</th></tr>" + body.join(""); }
  function row(cells, attrs) { return "<tr" + (attrs || "") + "><td>" + cells.join("</td><td>") + "</td></tr>"; }
  function unitName(code) { return NAMES[code] ? esc(NAMES[code]) + "<br><code>" + esc(code) + "</code>" : "<code>" + esc(code) + "</code>"; }
  function windowText(w) { return w ? w.from + " – " + (w.to || "") : "—"; }
  // The evaluated units: chunks of compact rows by rank (0 major hazard, 1 general, 2 advisory, 3 undecided, 4 compliant),
  // each parsed only when a page, a search or an opened unit needs it. A unit:
  // [creditCode, name, jurisdiction, sectors, verdict, complete, [violation, waived, indeterminate, error], findings?];
  // a finding: [rule, outcome, severity, citation, text?, missing?, error?, waiver?], rule/citation/text as indices into R.
  var R = JSON.parse(document.getElementById("anquan-dictionary").textContent);
  var RANKS = ["major-hazard", "general-hazard", "advisory", "undecided", "compliant"];
  var VERDICTS = ["major-hazard", "general-hazard", "advisory", "no-violation"];
  var CHUNKS = Array.prototype.slice.call(document.querySelectorAll("script.aq-units")).map(function (s, i) {
    return { el: s, rank: +s.getAttribute("data-rank"), n: +s.getAttribute("data-n"), f: +s.getAttribute("data-f"), seq: i };
  }).sort(function (a, b) { return a.rank - b.rank || a.seq - b.seq; });
  var TOTAL = 0, FTOTAL = 0;
  CHUNKS.forEach(function (c) { c.start = TOTAL; c.fstart = FTOTAL; TOTAL += c.n; FTOTAL += c.f; });
  var parsed = {}, recent = [];
  function chunk(i) {
    if (parsed[i]) return parsed[i];
    parsed[i] = JSON.parse(CHUNKS[i].el.textContent);
    recent.push(i);
    if (recent.length > 16) delete parsed[recent.shift()];
    return parsed[i];
  }
  // the last chunk whose first unit (key "start") or finding ("fstart") is at or before pos
  function chunkAt(pos, key) {
    var lo = 0, hi = CHUNKS.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (CHUNKS[mid][key] <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function unitAt(pos) { var i = chunkAt(pos, "start"); return chunk(i)[pos - CHUNKS[i].start]; }
  function findingAt(fpos) {
    var i = chunkAt(fpos, "fstart"), d = chunk(i), k = fpos - CHUNKS[i].fstart;
    for (var u = 0; u < d.length; u++) { var fs = d[u][7] || []; if (k < fs.length) return [d[u], fs[k]]; k -= fs.length; }
    return null;
  }
  function text(ref) { return ref == null ? null : typeof ref === "number" ? R.texts[ref] : ref; }
  function rule(f) { return R.rules[f[0]]; }
  var hayCache = {};
  function hayOf(kind, i, value) {
    var key = kind + i;
    if (!(key in hayCache)) hayCache[key] = (value ? value["zh-CN"] + " " + value.en : "").toLowerCase();
    return hayCache[key];
  }
  // the text a search looks in: rule id, title, text, citation and missing facts, in both languages
  function findingHay(f) {
    var r = rule(f), t4 = f[4];
    return r[0].toLowerCase() + " " + hayOf("t", r[3], text(r[3])) + " " + hayOf("c", f[3], R.citations[f[3]]) + " " +
      (typeof t4 === "number" ? hayOf("t", t4, R.texts[t4]) : t4 ? (t4["zh-CN"] + " " + t4.en).toLowerCase() : "") + " " + (f[5] ? f[5].map(function (p) {
        var l = typeof p === "string" ? null : text(p[1]);
        return typeof p === "string" ? p : p[0] + " " + (l ? l["zh-CN"] + " " + l.en : "");
      }).join(" ").toLowerCase() : "");
  }

  var charts = {}, pending = 0, drawing = false, drawn = false;
  // ready: every chart of this rendering has finished (a chart may finish while setOption runs: not before the last is set)
  function settled() {
    if (drawing || pending > 0) return;
    document.body.setAttribute("data-ready", "1");
    // the first time (the benchmark reads it: navigation start → ready)
    if (!drawn) { drawn = true; if (window.performance && performance.mark) performance.mark("anquan-ready"); }
  }
  function chart(id, option) {
    var c = charts[id] || (charts[id] = echarts.init(el(id), null, { renderer: "svg" }));
    pending++;
    c.off("finished");
    c.on("finished", function () {
      c.off("finished"); pending--;
      settled();
    });
    c.setOption(Object.assign({ animation: false, tooltip: { trigger: "item" } }, option), true);
  }
  // --- layout: every label inside its chart and clear of the others, at any width and in both languages ---
  // The title on top (TOP px), the legend at the bottom (its rows measured), axis labels kept inside the grid
  // (outerBoundsMode "same"); category labels straight when they fit their category, wrapped when each word (a CJK
  // character) fits, rotated otherwise; value labels hidden where they would overlap (labelLayout.hideOverlap).
  var TOP = 52, MEASURE = document.createElement("canvas").getContext("2d");
  function textWidth(s, size) { MEASURE.font = (size || 12) + "px sans-serif"; return MEASURE.measureText(String(s)).width; }
  function widthOf(id) { return Math.max(200, el(id).clientWidth - 16); }
  function heightOf(id) { return Math.max(200, el(id).clientHeight - 16); }
  function legendRows(id, names) {
    var avail = widthOf(id) - 20, rows = 1, x = 0;
    names.forEach(function (n) {
      var w = 25 + 5 + textWidth(n) + 10;
      if (x > 0 && x + w > avail) { rows++; x = 0; }
      x += w;
    });
    return rows;
  }
  function legend(id, names, formatter) {
    var rows = legendRows(id, names.map(formatter || function (n) { return n; }));
    return { option: Object.assign({ bottom: 4, left: "center", itemGap: 10, data: names }, formatter ? { formatter: formatter } : {}), height: rows * 22 + 8 };
  }
  function categoryLabels(id, labels, slots) {
    var cw = (widthOf(id) - 70) / Math.max(1, labels.length) - 8;
    var widest = Math.max.apply(null, [0].concat(labels.map(function (l) { return textWidth(l); })));
    if (widest <= cw) return { interval: 0 };
    var words = [].concat.apply([], labels.map(function (l) { return String(l).split(/\\s+|(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])/); }));
    var word = Math.max.apply(null, [0].concat(words.map(function (w) { return textWidth(w); })));
    // wrapped: up to three lines; beyond, or a word wider than its category: null, the bars lie (see bars)
    if (word <= cw && widest <= cw * 3) return { interval: 0, width: Math.floor(cw), overflow: "break", lineHeight: 16 };
    return null;
  }
  // how many lines a label breaks into at a width, word by word (CJK characters one by one), as ECharts breaks it
  function wrappedLines(label, width) {
    var words = String(label).split(/(\\s+)|(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])/).filter(function (w) { return w; });
    var lines = 1, x = 0;
    words.forEach(function (w) {
      var ww = textWidth(w);
      if (x > 0 && x + ww > width) { lines++; x = /^\\s+$/.test(w) ? 0 : ww; } else x += ww;
    });
    return lines;
  }
  // Bars by category: upright while the categories' labels fit under them (straight or wrapped), else lying, the
  // labels then on the left, one per row. spec: { title, labels, series, legend (names), value (axis options), label (value labels),
  // graphic (e.g. a note that there is nothing to draw) }
  function bars(id, spec) {
    var lg = spec.legend ? legend(id, spec.legend) : null, upright = categoryLabels(id, spec.labels);
    var category = { type: "category", data: spec.labels }, value = Object.assign({ type: "value" }, spec.value || {});
    var valueLabel = spec.label ? Object.assign({ show: true, fontSize: 11 }, spec.label, { position: upright ? "top" : "right" }) : null;
    var widest = Math.max.apply(null, [0].concat(spec.labels.map(function (l) { return textWidth(l); })));
    if (upright) category.axisLabel = upright;
    else {
      category.inverse = true;
      var labelWidth = Math.floor(Math.min(widest + 4, widthOf(id) * 0.35));
      category.axisLabel = { interval: 0, width: labelWidth, overflow: "break", lineHeight: 16 };
      value.axisLabel = Object.assign({ hideOverlap: true }, value.axisLabel || {});
      // lying bars: every row as tall as the most wrapped label needs (many packs with long names), never below the
      // stylesheet's height; the rows are equal, so the longest label decides
      var box = el(id), lines = Math.max.apply(null, [1].concat(spec.labels.map(function (l) { return wrappedLines(l, labelWidth); })));
      box.style.height = "";
      var need = TOP + (lg ? lg.height : 8) + 28 + spec.labels.length * (lines * 16 + 12);
      if (need > box.clientHeight) box.style.height = need + "px";
      if (charts[id]) charts[id].resize();
    }
    chart(id, {
      title: heading(spec.title), tooltip: spec.tooltip || { trigger: "axis" }, legend: lg ? lg.option : { show: false },
      grid: grid((lg ? lg.height : 8) + 4, upright || !valueLabel ? 16 : 12 + textWidth("100.0%", 11)),
      xAxis: upright ? category : value, yAxis: upright ? value : category,
      series: spec.series.map(function (x) { return Object.assign({ type: "bar" }, valueLabel ? { label: valueLabel, labelLayout: { hideOverlap: true } } : {}, x); }),
      graphic: spec.graphic || []
    });
  }
  function grid(bottom, right) { return { left: 8, right: right || 16, top: TOP, bottom: bottom, outerBoundsMode: "same", outerBoundsContain: "all" }; }
  function heading(text) { return { text: text, left: "center", top: 6, textStyle: { fontSize: 14 } }; }
  // a donut: counts inside the slices, names and counts in the legend (nothing outside the ring to collide)
  function donut(id, title, items, extra) {
    var counts = {};
    items.forEach(function (d) { counts[d.name] = d.value; });
    var lg = legend(id, items.map(function (d) { return d.name; }), function (n) { return n + " " + counts[n]; });
    var avail = heightOf(id) - TOP - lg.height, r = Math.max(30, Math.min(widthOf(id) / 2 - 12, avail / 2 - 4));
    chart(id, Object.assign({
      title: heading(title), legend: lg.option,
      series: [{ type: "pie", radius: [Math.round(r * 0.5), Math.round(r)], center: ["50%", TOP + avail / 2], avoidLabelOverlap: true, stillShowZeroSum: false,
        label: { position: "inside", color: "#fff", fontWeight: 600, formatter: function (p) { return p.value ? String(p.value) : ""; } },
        labelLine: { show: false }, labelLayout: { hideOverlap: true }, data: items }]
    }, extra || {}));
  }
  function stacked(id, title, table, label) {
    var keys = Object.keys(table), shown = OUTCOMES.filter(function (o) { return o !== "compliant" && o !== "not-applicable"; });
    bars(id, { title: title, labels: keys.map(label), legend: shown.map(t), value: { minInterval: 1 },
      series: shown.map(function (o) {
        return { name: t(o), stack: "all", itemStyle: { color: COLORS[o] }, data: keys.map(function (k) { return table[k][o]; }) };
      }) });
  }
  function sectorName(k) { return D.sectorLabels[k] ? loc(D.sectorLabels[k]) : k; }
  function renderCharts() {
    document.body.removeAttribute("data-ready");
    drawing = true;
    donut("chart-verdicts", t("verdictChart"), Object.keys(D.verdicts).map(function (v) {
      return { name: loc(D.verdictLabels[v]), value: D.verdicts[v], itemStyle: { color: COLORS[v] } }; }));
    bars("chart-severity", { title: t("bySeverity"), labels: SEV.map(t), value: { minInterval: 1 }, label: {}, tooltip: { trigger: "item" },
      series: [{ data: SEV.map(function (s) { return { value: D.bySeverity[s], itemStyle: { color: COLORS[s] } }; }) }] });
    stacked("chart-pack", t("byPack"), D.byPack, packLabel);
    stacked("chart-sector", t("bySector"), D.bySector, sectorName);
    if (D.ledger) governanceCharts(D.ledger);
    if (D.campaign) campaignCharts(D.campaign);
    if (D.risk) riskCharts(D.risk);
    drawing = false;
    settled();
  }
  function rates(id, title, labels, list) {
    var names = [t("rectification-rate"), t("overdue-rate")];
    bars(id, { title: title, labels: labels, legend: names, label: { formatter: pctLabel },
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : Number(v).toFixed(1) + "%"; } },
      value: { min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { name: names[0], itemStyle: { color: COLORS.compliant }, data: list.map(function (r) { return pctValue(r.metrics.rectificationRate); }) },
        { name: names[1], itemStyle: { color: COLORS.violation }, data: list.map(function (r) { return pctValue(r.metrics.overdueRate); }) }
      ] });
  }
  function rowLabel(r) { return r.key === "self" ? t("ownLevel") + (r.label ? " " + r.label : "") : r.label ? r.label : r.key; }
  function governanceCharts(L) {
    bars("chart-hazard-state", { title: t("hazardsByState"), labels: STATES.map(function (s) { return t("st-" + s); }),
      legend: LEVELS.map(function (l) { return t("lvl-" + l); }), value: { minInterval: 1 },
      series: LEVELS.map(function (l) {
        return { name: t("lvl-" + l), stack: "level", itemStyle: { color: COLORS[l] }, data: STATES.map(function (s) { return L.hazards.byState[s][l]; }) };
      }) });
    // no hazards: no slices (ECharts would draw equal halves of nothing), and say so
    donut("chart-hazard-level", t("hazardsByLevel"), LEVELS.map(function (l) {
      return { name: t("lvl-" + l), value: L.hazards.byLevel[l], itemStyle: { color: COLORS[l] } }; }),
      { graphic: L.hazards.total === 0 ? [{ type: "text", left: "center", top: "middle", style: { text: t("noHazards"), fontSize: 14, fill: "#6b7280" } }] : [] });
    rates("chart-rates-month", t("ratesByMonth"), L.months.map(function (r) { return r.key; }), L.months);
    // the root's own row only when hazards sit at its own level
    var children = (L.jurisdictions || []).filter(function (r) { return r.key !== "self" || r.metrics.found > 0; });
    if (L.jurisdictions) rates("chart-rates-jurisdiction", t("ratesByJurisdiction"), children.map(rowLabel), children);
  }
  function campaignCharts(C) {
    var kinds = ["found", "fixed", "open", "overdue"];
    bars("chart-campaign-phases", { title: t("hazardsPerPhase"), labels: C.phases.map(function (p) { return p.name; }),
      legend: kinds.map(function (k) { return t("ph-" + k); }), value: { minInterval: 1 },
      series: kinds.map(function (k) {
        return { name: t("ph-" + k), itemStyle: { color: PHASE_COLORS[k] }, data: C.phases.map(function (p) { return p.hazards[k]; }) };
      }) });
    var measures = [t("unitCoverage"), t("checklistCoverage"), t("onTimeRate")];
    chart("chart-campaign-coverage", {
      title: heading(t("coverageChart")), tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : Number(v).toFixed(1) + "%"; } },
      grid: grid(12, 8 + textWidth("100.0%", 12)),
      yAxis: { type: "category", inverse: true, axisLabel: { width: Math.floor(widthOf("chart-campaign-coverage") * 0.3), overflow: "break", lineHeight: 16 }, data: measures },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%", hideOverlap: true } },
      series: [{ type: "bar", label: { show: true, position: "right", formatter: pctLabel }, data: [
        { value: pctValue(C.units.rate), itemStyle: { color: "#2980b9" } },
        { value: pctValue(C.checklist.pairs.rate), itemStyle: { color: "#16a085" } },
        { value: pctValue(C.reports.summary.onTimeRate), itemStyle: { color: "#8e44ad" } }] }]
    });
    bars("chart-campaign-reports", { title: t("reportsChart"), labels: REPORT_STATUSES.map(function (s) { return t("r-" + s); }), value: { minInterval: 1 },
      label: {}, tooltip: { trigger: "item" },
      series: [{ data: REPORT_STATUSES.map(function (s) { return { value: C.reports.summary[REPORT_KEYS[s]], itemStyle: { color: REPORT_COLORS[s] } }; }) }] });
  }

  // --- the risk section: grades (四色), each enterprise's risk map, the points that need attention ---
  var GRADES = ["major", "significant", "general", "low"];
  var GRADE_COLORS = { major: "#d7191c", significant: "#f28e2b", general: "#f2c500", low: "#2c7bb6", unassessed: "#b8bec6" };
  // dark text on yellow and grey, white on the others
  var GRADE_TEXT = { major: "#fff", significant: "#fff", general: "#111827", low: "#fff", unassessed: "#111827" };
  function siteName(s) { return NAMES[s.enterprise] || s.enterprise; }
  function riskCharts(K) {
    var keys = GRADES.concat(K.byGrade.unassessed ? ["unassessed"] : []);
    donut("chart-risk-grades", t("riskGrades"), keys.map(function (g) {
      return { name: t("g-" + g), value: K.byGrade[g], itemStyle: { color: GRADE_COLORS[g] } }; }),
      { graphic: K.total === 0 ? [{ type: "text", left: "center", top: "middle", style: { text: t("noRiskPoints"), fontSize: 14, fill: "#6b7280" } }] : [] });
    var sites = K.sites.slice(0, 10);
    bars("chart-risk-enterprises", { title: t("riskByEnterprise"), labels: sites.map(siteName), legend: keys.map(function (g) { return t("gs-" + g); }),
      value: { minInterval: 1 },
      graphic: sites.length === 0 ? [{ type: "text", left: "center", top: "middle", style: { text: t("noRiskPoints"), fontSize: 14, fill: "#6b7280" } }] : [],
      series: keys.map(function (g) {
        return { name: t("gs-" + g), stack: "grade", itemStyle: { color: GRADE_COLORS[g] }, data: sites.map(function (s) { return s.byGrade[g]; }) };
      }) });
    K.sites.forEach(function (s, i) { riskMap("chart-risk-map-" + i, s); });
  }
  // One enterprise's four-colour map: a grid of cells, one per risk point, coloured by grade, the most severe first; each
  // cell names its point (wrapped, never cut: the cells are as tall as the longest name needs), the legend is the key.
  function riskMap(id, site) {
    var box = el(id), w = widthOf(id) - 16, n = site.points.length;
    var cols = Math.max(1, Math.min(n, Math.floor(w / 128))), cellW = w / cols, rows = Math.ceil(n / cols);
    var labelW = Math.max(40, Math.floor(cellW - 14));
    var lines = Math.max.apply(null, [1].concat(site.points.map(function (p) { return wrappedLines(p.name, labelW); })));
    var cellH = lines * 16 + 18;
    var title = t("riskMapTitle").replace("{name}", siteName(site)), titleW = widthOf(id) - 8;
    var titleLines = wrappedLines(title, titleW / 14 * 12), top = 10 + titleLines * 20 + 14;
    var keys = GRADES.concat(site.byGrade.unassessed ? ["unassessed"] : []);
    var lg = legend(id, keys.map(function (g) { return t("g-" + g); }));
    box.style.height = (top + rows * cellH + lg.height + 16 + 16) + "px";
    if (charts[id]) charts[id].resize();
    var cells = {};
    site.points.forEach(function (p, i) { (cells[p.grade || "unassessed"] = cells[p.grade || "unassessed"] || []).push([i % cols, Math.floor(i / cols), i]); });
    chart(id, {
      title: { text: title, left: "center", top: 6, textStyle: { fontSize: 14, width: Math.floor(titleW), overflow: "break", lineHeight: 20 } },
      legend: lg.option,
      tooltip: { trigger: "item", formatter: function (q) {
        var p = site.points[q.value[2]];
        return esc(p.name) + "<br>" + esc(p.id) + " · " + esc(t("rk-" + p.kind)) + "<br>" + esc(t("g-" + (p.grade || "unassessed"))) +
          (p.score ? " · " + esc(t("score")) + " " + esc(p.score) : "") + (p.location ? "<br>" + esc(t("location")) + " " + esc(p.location) : "");
      } },
      grid: { left: 8, right: 8, top: top, bottom: lg.height + 8 },
      xAxis: { type: "category", show: false, data: Array.apply(null, Array(cols)).map(function (_, i) { return i; }) },
      yAxis: { type: "category", show: false, inverse: true, data: Array.apply(null, Array(rows)).map(function (_, i) { return i; }) },
      series: keys.map(function (g) {
        return { type: "heatmap", name: t("g-" + g), data: cells[g] || [], itemStyle: { color: GRADE_COLORS[g], borderColor: "#fff", borderWidth: 3 },
          label: { show: true, color: GRADE_TEXT[g], fontSize: 12, width: labelW, overflow: "break", lineHeight: 16,
            formatter: function (q) { return site.points[q.value[2]].name; } },
          emphasis: { disabled: true } };
      })
    });
  }
  function renderRisk(K) {
    el("h-risk").textContent = t("risk");
    el("risk-meta").textContent = t("riskSource") + ": " + K.source + " · " + t("riskAsOf") + " " + K.asOf + " · " + t("riskConfig") + ": " + K.config.source +
      (K.config.verified ? "" : lang === "en" ? " (" + t("unverified") + ")" : "（" + t("unverified") + "）") +
      (K.ungradable ? " · " + t("ungradable") + ": " + K.ungradable : "");
    el("risk-cards").innerHTML = [
      ["", K.total, "risk-points", t("card-risk-points")], ["major", K.byGrade.major, "risk-major", t("card-risk-major")],
      ["general", K.byGrade.significant, "risk-significant", t("card-risk-significant")], ["", K.byGrade.general, "risk-general", t("card-risk-general")],
      ["", K.byGrade.low, "risk-low", t("card-risk-low")], ["", K.byGrade.unassessed, "risk-unassessed", t("card-risk-unassessed")],
      ["bad", K.reviewsOverdue.count, "reviews-overdue", t("card-reviews-overdue")], ["", K.reassessmentDue.count, "reassessment-due", t("card-reassessment-due")],
      ["bad", K.controlsMissing.count, "controls-missing", t("card-controls-missing")],
      ["bad", K.majorWithoutResponsible.count, "major-no-responsible", t("card-major-no-responsible")]
    ].map(card).join("");
    el("h-risk-maps").textContent = t("riskMaps");
    el("risk-maps-note").textContent = t("riskMapsNote") + (K.siteCount > K.sites.length ? " " + t("riskMapsMore").replace("{n}", K.sites.length).replace("{m}", K.siteCount) : "");
    el("h-risk-attention").textContent = t("riskAttention");
    var sep = lang === "en" ? ", " : "、", rows = [];
    function point(id, name, grade, problem, kind) {
      rows.push(row([esc(name) + "<br><code>" + esc(id) + "</code>", grade ? '<span class="grade-' + grade + '">' + esc(t("g-" + grade)) + "</span>" : grade === null ? esc(t("g-unassessed")) : "—", esc(problem)],
        ' data-attention="' + kind + '"'));
    }
    K.majorWithoutResponsible.points.forEach(function (p) { point(p.id, p.name, "major", t("noResponsible"), "no-responsible"); });
    K.reviewsOverdue.points.forEach(function (p) { point(p.id, p.name, p.grade, t("reviewOverdue").replace("{due}", p.dueOn).replace("{days}", p.daysOverdue), "review-overdue"); });
    K.controlsMissing.points.forEach(function (p) {
      point(p.id, p.name, p.grade, p.none ? t("controlsNone") : t("controlsLack").replace("{kinds}", p.missingKinds.map(function (k) { return t("ck-" + k); }).join(sep)), "controls-missing");
    });
    K.reassessmentDue.points.forEach(function (p) {
      point(p.id, p.name, undefined, t("reassessDue").replace("{what}", p.triggers.map(function (x) { return t("tr-" + x.kind) + " " + x.on + (x.ref ? " (" + x.ref + ")" : ""); }).join(sep)), "reassessment-due");
    });
    el("risk-attention").innerHTML = rows.length === 0 ? row(['<span class="muted">' + t("none") + "</span>"]) : tableHtml([t("riskPoint"), t("grade"), t("problem")], rows);
  }
  function metricsRow(label, m, kind) {
    return row([esc(label), m.found, m.major, m.closed, m.open, m.overdue, pct(m.rectificationRate), pct(m.overdueRate)], ' data-row="' + kind + '"');
  }
  function renderGovernance(L) {
    el("h-governance").textContent = t("governance");
    el("governance-meta").textContent = t("ledgerSource") + ": " + L.source + " · " + t("period") + " " + L.period.from + " – " + L.period.to + " · " +
      t("ratesAsOf") + " " + L.asOf + (L.hazards.discoveredLater ? " · " + t("discoveredLater") + ": " + L.hazards.discoveredLater : "") + " · " + t("stateNote");
    el("governance-cards").innerHTML = [
      ["", L.hazards.total, "hazards-total", t("hazardsFound")], ["major", L.hazards.byLevel.major, "hazards-major", t("lvl-major")],
      ["general", L.hazards.byLevel.general, "hazards-general", t("lvl-general")], ["", L.total.open, "hazards-open", t("notClosed")],
      ["bad", L.total.overdue, "hazards-overdue", t("overdueCount")], ["ok", pct(L.total.rectificationRate), "ledger-rectification-rate", t("rectification-rate")],
      ["bad", pct(L.total.overdueRate), "ledger-overdue-rate", t("overdue-rate")]
    ].map(card).join("");
    el("h-ledger-metrics").textContent = t("ledgerMetrics");
    el("ledger-metrics").innerHTML = tableHtml([t("group"), t("found"), t("major"), t("closedCol"), t("notClosed"), t("overdueCount"), t("rectification-rate"), t("overdue-rate")],
      [metricsRow(t("total"), L.total, "total")]
        .concat(L.months.map(function (r) { return metricsRow(t("month") + " " + r.key, r.metrics, "month"); }))
        .concat((L.jurisdictions || []).map(function (r) { return metricsRow(rowLabel(r) + (r.key === "self" ? "" : " (" + r.key + ")"), r.metrics, "jurisdiction"); })));
    el("h-ledger-overdue").textContent = t("overdueList") + " (" + L.overdue.count + ")";
    el("ledger-overdue").innerHTML = L.overdue.count === 0 ? row(['<span class="muted">' + t("none") + "</span>"]) :
      tableHtml([t("hazardId"), t("enterprise"), t("level"), t("state"), t("deadline"), t("daysOverdue"), t("escalation")],
        L.overdue.hazards.map(function (h) {
          return row(["<code>" + esc(h.id) + "</code>", unitName(h.subject), '<span class="sev-' + h.level + '">' + t(h.level) + "</span>", esc(t("st-" + h.state)), esc(h.deadline || "—"),
            '<span class="overdue">' + h.daysOverdue + "</span>", esc(h.escalation.label ? loc(h.escalation.label) : h.escalation.name || "—")], ' class="overdue-hazard"');
        }).concat(L.overdue.count > L.overdue.hazards.length ? [row(['<span class="muted">' + t("shownFirst") + " " + L.overdue.hazards.length + " / " + L.overdue.count + "</span>"])] : []));
  }
  function renderCampaign(C) {
    el("h-campaign").textContent = t("campaign");
    el("campaign-meta").innerHTML = "<strong>" + esc(C.name) + "</strong> <code>" + esc(C.id) + "</code> · " + t("window") + " " + esc(windowText(C.window)) + " · " +
      t("campaignAsOf") + " " + esc(C.asOf);
    var L = D.ledger;
    el("campaign-rates-note").textContent = (C.hazardsFrom === "none" ? t("ratesNoteNone") : t(C.hazardsFrom === "ledger" ? "ratesNoteLedger" : "ratesNoteFile")
      .replace("{from}", C.window ? C.window.from : "—").replace("{to}", C.window && C.window.to ? C.window.to : "—").replace("{asOf}", C.asOf)
      .replace("{lfrom}", L ? L.period.from : "—").replace("{lto}", L ? L.period.to : "—"));
    el("campaign-cards").innerHTML = [
      ["status-" + C.status, t("c-" + C.status), "campaign-status", t("campaignStatus")],
      ["", C.currentPhases.join("、") || "—", "campaign-phase", t("currentPhase")],
      ["", C.units.covered + "/" + C.units.inScope, "campaign-coverage", t("unitCoverage") + " " + pct(C.units.rate)],
      ["", C.checklist.pairs.checked + "/" + C.checklist.pairs.applicable, "campaign-checklist", t("checklistCoverage") + " " + pct(C.checklist.pairs.rate)],
      ["", C.hazards.total.found, "campaign-hazards", t("campaignHazards")],
      ["ok", pct(C.hazards.total.rectificationRate), "campaign-rectification-rate", t("campaignRectificationRate"), campaignSourceText(C)],
      ["", C.reports.summary.decided, "reports-due", t("reportsDue")],
      ["bad", C.reports.summary.late, "reports-late", t("reportsLate")],
      ["bad", C.reports.summary.overdue, "reports-overdue", t("reportsOverdue")]
    ].map(card).join("");
    var missing = ["roster", "hazards", "inspections", "reports"].filter(function (k) { return !C.records[k]; });
    el("campaign-uncovered").textContent = [
      C.units.uncovered.length ? t("uncovered") + ": " + C.units.uncovered.map(function (u) { return u.name; }).join("、") : "",
      missing.length ? t("notGiven") + ": " + missing.map(function (k) { return t("rec-" + k); }).join("、") : "",
      C.hazardsFrom === "ledger" ? t("hazardsFromLedger") : ""
    ].filter(Boolean).join(" · ");
    el("h-campaign-phases").textContent = t("hazardsPerPhase");
    el("campaign-phases").innerHTML = tableHtml([t("phase"), t("window"), t("status"), t("ph-found"), t("ph-fixed"), t("ph-open"), t("ph-overdue"), t("closedDuring"), t("rectification-rate")],
      C.phases.map(function (p) {
        var h = p.hazards;
        return row([esc(p.name), esc(windowText(p.window)), '<span class="status-' + p.status + '">' + t("p-" + p.status) + "</span>", h.found, h.fixed, h.open, h.overdue, h.closedDuring,
          pct(h.rectificationRate)], ' data-phase-status="' + p.status + '"');
      }));
    el("h-campaign-targets").textContent = t("targets");
    el("campaign-targets").innerHTML = C.targets.length === 0 ? row(['<span class="muted">' + t("none") + "</span>"]) :
      tableHtml([t("targets"), t("target"), t("actual"), t("met")], C.targets.map(function (x) {
        var met = x.met === null ? "m-na" : x.met ? "m-yes" : "m-no";
        return row([esc(t("t-" + x.metric)) + (x.description ? '<br><span class="muted">' + esc(x.description) + "</span>" : ""),
          (x.comparison === "at-most" ? "≤ " : "≥ ") + pct(x.value), x.numerator + "/" + x.denominator + " = " + pct(x.actual),
          '<span class="' + (met === "m-yes" ? "met" : met === "m-no" ? "not-met" : "muted") + '">' + t(met) + "</span>"]);
      }));
    el("h-campaign-reports").textContent = t("reports");
    el("campaign-reports").innerHTML = C.reports.states.length === 0 ? row(['<span class="muted">' + t("none") + "</span>"]) :
      // the reporter column only when some report names who reported it (the campaign's reports often do not)
      (function (withReporter) {
        return tableHtml([t("report")].concat(withReporter ? [t("reporter")] : [], [t("due"), t("status"), t("submittedOn")]), C.reports.states.map(function (r) {
          var what = t("k-" + r.kind) + (r.period ? " " + r.period : "") + (r.name ? " · " + r.name : r.id ? " · " + r.id : "");
          return row([esc(what)].concat(withReporter ? [esc(r.reporter || "—")] : [], [esc(r.due || "—"),
            '<span class="' + (r.status === "late" || r.status === "overdue" ? "late" : "") + '">' + t("r-" + r.status) + "</span>", esc(r.submittedOn || "—")]),
            ' data-report-status="' + r.status + '"');
        }));
      })(C.reports.states.some(function (r) { return r.reporter; }));
  }
  function renderText() {
    document.documentElement.lang = lang;
    // the sections rendered in both languages (enforcement, credit, investigations): the page's language shown
    Array.prototype.forEach.call(document.querySelectorAll("[data-lang-block]"), function (b) { b.hidden = b.getAttribute("lang") !== lang; });
    el("title").textContent = t("title");
    el("meta").textContent = t("asOf") + " " + D.asOf + " · " + t("packs") + ": " + D.packs.map(function (p) { return p.id + "@" + p.version; }).join(", ");
    el("lang").textContent = t("switchTo");
    // each card says what it counts: records, units (家) or findings (条)
    var cards = [["", D.totals.records, "records", t("card-records")], ["", D.totals.evaluated, "evaluated", t("card-evaluated")],
      ["major", D.verdicts["major-hazard"], "major", t("card-major")], ["general", D.bySeverity.general, "general", t("card-general")],
      ["", D.byOutcome.indeterminate, "indeterminate", t("card-indeterminate")], ["", D.totals.rejected, "rejected", t("card-rejected")]];
    // the ledger's rates, with where they come from and the period they count
    if (D.ledger) cards.push(["ok", pct(D.ledger.total.rectificationRate), "rectification-rate", t("rectification-rate"), ledgerSourceText(D.ledger)],
      ["bad", pct(D.ledger.total.overdueRate), "overdue-rate", t("overdue-rate"), ledgerSourceText(D.ledger)]);
    el("cards").innerHTML = cards.map(card).join("");
    if (D.ledger) renderGovernance(D.ledger);
    if (D.campaign) renderCampaign(D.campaign);
    if (D.risk) renderRisk(D.risk);
    el("h-verdicts").textContent = t("verdicts");
    el("h-findings").textContent = t("findings");
    el("q").placeholder = t("search");
    fillSelect("f-rank", RANKS, rankLabel);
    fillSelect("f-severity", SEV, t);
    fillSelect("f-outcome", OUTCOMES.filter(function (o) { return o !== "compliant" && o !== "not-applicable"; }), t);
    fillSelect("f-pack", D.packs.map(function (p) { return p.id; }), packLabel);
    el("h-rejected").textContent = t("rejected");
    el("rejected-section").style.display = D.rejected.length || D.rejectedNotListed ? "" : "none";
    el("h-lax").textContent = t("lax");
    el("lax-section").style.display = D.laxerThanNational.length ? "" : "none";
    el("lax").innerHTML = D.laxerThanNational.map(function (x) { return "<li><code>" + esc(JSON.stringify(x)) + "</code></li>"; }).join("");
    renderLists();
  }
  function packLabel(id) { return D.packNames && D.packNames[id] ? loc(D.packNames[id]) : id; }
  function rankLabel(r) { return r === "undecided" ? t("rank-undecided") : r === "compliant" ? t("rank-compliant") : loc(D.verdictLabels[r]); }
  function fillSelect(id, values, label) {
    var s = el(id), v = s.value;
    s.innerHTML = '<option value="">' + t({ "f-rank": "allUnits", "f-severity": "allSeverities", "f-outcome": "allOutcomes", "f-pack": "allPacks" }[id]) + "</option>" +
      values.map(function (x) { return '<option value="' + esc(x) + '">' + esc(label(x)) + "</option>"; }).join("");
    s.value = v;
  }

  // --- the lists: units, findings and rejected records, a page at a time ---
  var PAGE = 50, pages = { units: 0, findings: 0, rejected: 0 }, OPEN = {}, M = null, generation = 0, timer = 0;
  function sectorsText(list) { return list.map(function (s) { return D.sectorLabels[s] ? loc(D.sectorLabels[s]) : s; }).join("、"); }
  function verdictCell(u) {
    var v = VERDICTS[u[4]];
    return '<td class="' + (v === "major-hazard" ? "sev-major" : v === "general-hazard" ? "sev-general" : v === "advisory" ? "sev-advisory" : "") + '">' +
      esc(loc(D.verdictLabels[v])) + (u[5] ? "" : ' <span class="muted">(' + t("incomplete") + ")</span>") + "</td>";
  }
  // a finding's details as HTML: an indeterminate finding's missing facts are data paths (the input's keys), shown as code
  function detailHtml(f) {
    var o = OUTCOMES[f[1]];
    // "data paths" only when no missing fact has a declared label
    var labelled = (f[5] || []).some(function (p) { return typeof p !== "string"; });
    return o === "indeterminate" ? '<span class="missing">' + esc(t("missing")) + (labelled ? (lang === "en" ? ": " : "：") : lang === "en" ? " (" + esc(t("factPaths")) + "): " : "（" + esc(t("factPaths")) + "）：") +
      (f[5] || []).map(function (p) {
        // a declared fact by its label, the path as its tooltip; an undeclared one by its path
        return typeof p === "string" ? '<code class="fact-path">' + esc(p) + "</code>"
          : '<span class="fact-label" title="' + esc(p[0]) + '">' + esc(loc(text(p[1]))) + "</span>";
      }).join(lang === "en" ? ", " : "、") + "</span>"
      : esc(o === "error" ? f[6] || "" : loc(text(f[4])));
  }
  function waiverText(w) { return w ? " · " + t("waiver") + " " + w.status + " → " + w.expires + (w.reason ? " (" + w.reason + ")" : "") : ""; }
  function findingCells(f) {
    var r = rule(f), o = OUTCOMES[f[1]], s = SEV[f[2]];
    return "<td>" + esc(loc(text(r[3]))) + "<br><code>" + esc(r[0] + "@" + r[1]) + '</code></td><td class="nowrap sev-' + s + '">' + t(s) + '</td><td class="nowrap">' + t(o) +
      "</td><td>" + detailHtml(f) + esc(waiverText(f[7])) + "</td><td>" + esc(loc(R.citations[f[3]])) + "</td>";
  }
  function unitRows(u, pos) {
    var open = !!OPEN[pos], fs = u[7] || [];
    var html = '<tr class="unit' + (open ? " open" : "") + '" data-verdict="' + VERDICTS[u[4]] + '" data-pos="' + pos + '"><td><button type="button" class="toggle" data-pos="' + pos +
      '" aria-expanded="' + open + '">' + (open ? "−" : "+") + "</button>" + esc(u[1]) + "</td><td><code>" + esc(u[0]) + "</code></td><td>" + esc(sectorsText(u[3])) + "</td>" +
      verdictCell(u) + "<td>" + u[6][0] + "</td><td>" + u[6][2] + "</td></tr>";
    if (!open) return html;
    // a unit's details, rendered only when it is opened
    return html + '<tr class="details" data-details="' + pos + '"><td colspan="6"><div class="muted">' + t("jurisdiction") + " <code>" + esc(u[2]) + "</code> · " +
      t("violations") + " " + u[6][0] + " · " + t("waived") + " " + u[6][1] + " · " + t("indeterminate") + " " + u[6][2] + " · " + t("error") + " " + u[6][3] + "</div>" +
      (fs.length === 0 ? '<div class="muted">' + t("noFindings") + "</div>" :
        "<table><tr><th>" + [t("rule"), t("severity"), t("outcome"), t("detail"), t("citation")].join("</th><th>") + "</th></tr>" +
        fs.map(function (f) { return '<tr class="unit-finding" data-outcome="' + OUTCOMES[f[1]] + '">' + findingCells(f) + "</tr>"; }).join("") + "</table>") + "</td></tr>";
  }
  function pager(id, n, total, label) {
    var last = Math.max(0, Math.ceil(n / PAGE) - 1);
    if (pages[id] > last) pages[id] = last;
    var p = pages[id], from = n === 0 ? 0 : p * PAGE + 1, to = Math.min(n, (p + 1) * PAGE);
    var box = el(id + "-pager");
    box.setAttribute("data-matched", n);
    box.setAttribute("data-total", total);
    box.setAttribute("data-page", p + 1);
    box.innerHTML = '<button type="button" data-go="first"' + (p === 0 ? " disabled" : "") + ">«</button>" +
      '<button type="button" data-go="prev"' + (p === 0 ? " disabled" : "") + ">‹</button>" +
      '<span class="pos">' + t("page") + " " + (p + 1) + " / " + (last + 1) + " · " + from + "–" + to + " / " + n +
      (n === total ? "" : " (" + t("of") + " " + total + ")") + " " + label + "</span>" +
      '<button type="button" data-go="next"' + (p === last ? " disabled" : "") + ">›</button>" +
      '<button type="button" data-go="last"' + (p === last ? " disabled" : "") + ">»</button>";
    return [from === 0 ? 0 : from - 1, to];
  }
  function renderUnits() {
    var n = M ? M.units.length : TOTAL, range = pager("units", n, TOTAL, t("unitsLabel")), rows = [];
    for (var i = range[0]; i < range[1]; i++) { var pos = M ? M.units[i] : i; rows.push(unitRows(unitAt(pos), pos)); }
    el("verdict-table").innerHTML = "<tr><th>" + [t("enterprise"), t("code"), t("sectors"), t("verdict"), t("violations"), t("indeterminate")].join("</th><th>") + "</th></tr>" +
      (n === 0 ? '<tr><td colspan="6" class="muted">' + t("none") + "</td></tr>" : rows.join(""));
  }
  function renderFindings() {
    var n = M ? M.findings.length : FTOTAL, range = pager("findings", n, FTOTAL, t("findingsLabel")), rows = [];
    for (var i = range[0]; i < range[1]; i++) {
      var x = findingAt(M ? M.findings[i] : i), u = x[0], f = x[1];
      rows.push('<tr class="finding" data-outcome="' + OUTCOMES[f[1]] + '" data-severity="' + SEV[f[2]] + '"><td>' + esc(u[1]) + "<br><code>" + esc(u[0]) + "</code></td>" + findingCells(f) + "</tr>");
    }
    el("findings").innerHTML = "<tr><th>" + [t("enterprise"), t("rule"), t("severity"), t("outcome"), t("detail"), t("citation")].join("</th><th>") + "</th></tr>" + rows.join("");
  }
  function renderRejected() {
    var range = pager("rejected", D.rejected.length, D.rejected.length,
      D.rejectedNotListed ? t("notListed").replace("{n}", String(D.rejectedNotListed)) : "");
    el("rejected").innerHTML = "<tr><th>" + t("source") + "</th><th>" + t("code") + "</th><th>" + t("issues") + "</th></tr>" + D.rejected.slice(range[0], range[1]).map(function (r) {
      return "<tr><td><code>" + esc(r.source) + "</code></td><td><code>" + esc(r.id || "") + "</code></td><td>" + r.issues.map(function (i) {
        return "<div><code>" + esc(i.path.join(".") || t("wholeRecord")) + "</code>: " + esc(loc(i.messages)) + "</div>"; }).join("") + "</td></tr>";
    }).join("");
  }
  function renderLists() {
    renderUnits();
    renderFindings();
    renderRejected();
  }
  // The filters: with none, the lists are the chunks in rank order and nothing is parsed beyond the shown page;
  // with any, every chunk (of the chosen rank) is scanned, a slice at a time, and the matching positions kept.
  function applyFilters() {
    var my = ++generation;
    var q = el("q").value.trim().toLowerCase(), rank = RANKS.indexOf(el("f-rank").value), sev = el("f-severity").value, out = el("f-outcome").value, pack = el("f-pack").value;
    var byFinding = !!(sev || out || pack);
    pages.units = 0; pages.findings = 0;
    if (!q && rank < 0 && !byFinding) { M = null; renderUnits(); renderFindings(); document.body.setAttribute("data-list", "ready"); return; }
    var m = { units: [], findings: [] }, i = 0;
    (function slice() {
      if (my !== generation) return;
      var began = Date.now();
      for (; i < CHUNKS.length && Date.now() - began < 40; i++) {
        var c = CHUNKS[i], k, j;
        if (rank >= 0 && c.rank !== rank) continue;
        if (!q && !byFinding) {
          for (k = 0; k < c.n; k++) m.units.push(c.start + k);
          for (k = 0; k < c.f; k++) m.findings.push(c.fstart + k);
          continue;
        }
        var d = parsed[i] || JSON.parse(c.el.textContent), fp = c.fstart;
        for (k = 0; k < d.length; k++) {
          var u = d[k], fs = u[7] || [], byName = !q || (u[1] + " " + u[0]).toLowerCase().indexOf(q) >= 0, any = false;
          for (j = 0; j < fs.length; j++, fp++) {
            var f = fs[j];
            if (sev && SEV[f[2]] !== sev) continue;
            if (out && OUTCOMES[f[1]] !== out) continue;
            if (pack && rule(f)[2] !== pack) continue;
            if (!byName && findingHay(f).indexOf(q) < 0) continue;
            any = true;
            m.findings.push(fp);
          }
          if (any || (!byFinding && byName)) m.units.push(c.start + k);
        }
      }
      if (i < CHUNKS.length) { setTimeout(slice, 0); return; }
      M = m;
      renderUnits();
      renderFindings();
      document.body.setAttribute("data-list", "ready");
    })();
  }
  function filtersChanged() {
    document.body.setAttribute("data-list", "busy");
    clearTimeout(timer);
    timer = setTimeout(applyFilters, 60);
  }
  ["q", "f-rank", "f-severity", "f-outcome", "f-pack"].forEach(function (id) { el(id).addEventListener("input", filtersChanged); el(id).addEventListener("change", filtersChanged); });
  [["units", renderUnits], ["findings", renderFindings], ["rejected", renderRejected]].forEach(function (p) {
    el(p[0] + "-pager").addEventListener("click", function (ev) {
      var b = ev.target.closest("button[data-go]");
      if (!b || b.disabled) return;
      var go = b.getAttribute("data-go"), n = +el(p[0] + "-pager").getAttribute("data-matched"), last = Math.max(0, Math.ceil(n / PAGE) - 1);
      pages[p[0]] = go === "first" ? 0 : go === "prev" ? Math.max(0, pages[p[0]] - 1) : go === "next" ? Math.min(last, pages[p[0]] + 1) : last;
      p[1]();
    });
  });
  el("verdict-table").addEventListener("click", function (ev) {
    var b = ev.target.closest("button.toggle");
    if (!b) return;
    var pos = +b.getAttribute("data-pos");
    OPEN[pos] = !OPEN[pos];
    renderUnits();
  });
  el("lang").addEventListener("click", function () { lang = lang === "en" ? "zh-CN" : "en"; renderText(); renderCharts(); });
  // a new width lays the charts out again (labels straight, wrapped or rotated for the room there is)
  var resizing = 0;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); renderCharts(); }, 100);
  });
  renderText();
  renderCharts();
  // a reload may keep the filters' values: apply them (with none, this only marks the lists ready)
  applyFilters();
})();

`
