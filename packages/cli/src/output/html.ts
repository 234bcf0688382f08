/**
 * 检查报告(HTML) — one self-contained HTML file that works offline: summary, charts (Apache ECharts,
 * bundled in the file), per-enterprise verdicts, a findings table with filters and search, and the
 * rejected records. zh-CN by default with an English switch.
 *
 * With a ledger (`anquan check --ledger`), a 隐患治理 section: hazards by state and level, 整改率
 * and 逾期率 by month (and by child jurisdiction with the tree) from the ledger's metrics, the
 * overdue hazards, and the overall rates among the summary cards. With a campaign (`--campaign`),
 * a 专项行动 section: status and phase, unit and checklist coverage, hazards per phase, reports due
 * and late, targets. Without them the sections are not in the page.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { CalendarDate, formatCitation, sectorLabel, Sectors, verdictLabels, verdicts } from "@anquan/core"
import type { CitationDocument, DateWindow, Locale } from "@anquan/core"
import type { HazardMetrics, MetricsReport } from "@anquan/hazard-ledger"
import type { CampaignSection } from "../campaign.ts"
import type { CheckReport } from "../check.ts"
import { formatSource } from "../input/readRecords.ts"
import type { LedgerSection } from "../ledger/section.ts"

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

/**
 * Renders a check report as a self-contained HTML page.
 *
 * @since 0.1.0
 */
export const renderHtml = (
  report: CheckReport,
  options: {
    readonly locale: Locale
    readonly documents: ReadonlyMap<string, CitationDocument>
    readonly title?: string
    /** The governance section (隐患治理), read from a ledger. */
    readonly ledger?: LedgerSection | undefined
    /** The campaign section (专项行动). */
    readonly campaign?: CampaignSection | undefined
  }
): string => {
  const data = {
    asOf: report.asOf,
    packs: report.packs,
    totals: report.totals,
    byOutcome: report.byOutcome,
    bySeverity: report.bySeverity,
    byPack: report.byPack,
    bySector: report.bySector,
    verdicts: report.verdicts,
    laxerThanNational: report.laxerThanNational,
    sectorLabels: Object.fromEntries(Sectors.map((s) => [s, both((l) => sectorLabel(s, l))])),
    verdictLabels: Object.fromEntries(verdicts.map((v) => [v, verdictLabels[v]])),
    enterprises: report.enterprises.map((e) => ({
      creditCode: e.subject.creditCode,
      name: e.subject.name,
      jurisdiction: e.subject.jurisdiction,
      sectors: e.subject.sectors,
      verdict: e.verdict,
      complete: e.complete,
      counts: e.counts,
      findings: e.findings.map((f) => ({
        ruleId: f.ruleId,
        version: f.ruleVersion,
        pack: f.pack,
        outcome: f.outcome === "violation" && f.waiver?.status === "active" ? "waived" : f.outcome,
        severity: f.severity,
        title: f.title,
        text: f.details ?? f.message ?? null,
        citation: both((l) => formatCitation(f.citation, l, options.documents)),
        missing: f.missing ?? null,
        error: f.error ?? null,
        waiver: f.waiver ?? null
      }))
    })),
    rejected: report.rejected.map((r) => ({ source: formatSource(r.source), id: r.id ?? null, issues: r.issues })),
    ledger: options.ledger === undefined ? null : ledgerView(options.ledger),
    campaign: options.campaign === undefined ? null : campaignView(options.campaign)
  }
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
  const title = options.title ?? "安全生产合规检查报告 · Anquan"
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/</g, "&lt;")}</title>
<style>
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
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; margin-top: 12px; }
.chart { background: #fff; border-radius: 8px; height: 320px; padding: 8px; }
section { background: #fff; border-radius: 8px; padding: 12px 16px; margin-top: 12px; }
section h2 { font-size: 16px; margin: 4px 0 12px; }
section h3 { font-size: 14px; margin: 16px 0 8px; }
section .cards { margin-top: 8px; } section .card { background: #f9fafb; box-shadow: none; }
section .chart { border: 1px solid #e5e7eb; }
.charts.three { grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); }
.meta-line { font-size: 13px; margin: 4px 0 8px; }
.card .n.small { font-size: 20px; }
span.status-current, .met { color: var(--ok); font-weight: 600; } span.status-past { color: var(--muted); } .card.status-ended .n { color: var(--muted); }
.late, .not-met, .overdue { color: var(--major); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f9fafb; position: sticky; top: 0; }
.sev-major { color: var(--major); font-weight: 600; } .sev-general { color: var(--general); } .sev-advisory { color: var(--advisory); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 8px; }
.filters input, .filters select, button { font: inherit; padding: 4px 8px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; }
button { cursor: pointer; }
.muted { color: var(--muted); }
code { font-size: 12px; }
</style>
</head>
<body>
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
  </div>${governanceSection}${campaignSection}
  <section><h2 id="h-verdicts"></h2><table id="verdict-table"></table></section>
  <section>
    <h2 id="h-findings"></h2>
    <div class="filters">
      <input id="q" type="search">
      <select id="f-severity"></select>
      <select id="f-outcome"></select>
      <select id="f-pack"></select>
      <span class="muted" id="shown"></span>
    </div>
    <table id="findings"></table>
  </section>
  <section id="rejected-section"><h2 id="h-rejected"></h2><table id="rejected"></table></section>
  <section id="lax-section"><h2 id="h-lax"></h2><ul id="lax"></ul></section>
</main>
<script>${echarts()}</script>
<script id="anquan-data" type="application/json">${scriptJson(data)}</script>
<script>
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("anquan-data").textContent);
  var lang = ${JSON.stringify(options.locale)};
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
      "rec-inspections": "检查记录 --campaign-inspections", "rec-reports": "报送记录 --campaign-reports", hazardsFromLedger: "隐患取自台账 --ledger" },
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
      "rec-inspections": "inspections --campaign-inspections", "rec-reports": "reports --campaign-reports", hazardsFromLedger: "hazards from the ledger --ledger" }
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
  var NAMES = {};
  D.enterprises.forEach(function (e) { NAMES[e.creditCode] = e.name; });
  function pct(r) { return r == null ? "—" : (r * 100).toFixed(1) + "%"; }
  function pctValue(r) { return r == null ? null : r * 100; }
  function pctLabel(p) { return p.value == null ? "" : Number(p.value).toFixed(1) + "%"; }
  function card(c) {
    var n = String(c[1]);
    // figures (17, 23.5%, 6/7) large; words (a status, a phase name) smaller
    return '<div class="card ' + c[0] + '" data-card="' + c[2] + '"><div class="n' + (/^[0-9.\/%—-]*$/.test(n) ? "" : " small") + '">' + esc(n) +
      '</div><div class="l">' + esc(c[3]) + "</div></div>";
  }
  function tableHtml(head, body) { return "<tr><th>" + head.join("</th><th>") + "</th></tr>" + body.join(""); }
  function row(cells, attrs) { return "<tr" + (attrs || "") + "><td>" + cells.join("</td><td>") + "</td></tr>"; }
  function unitName(code) { return NAMES[code] ? esc(NAMES[code]) + "<br><code>" + esc(code) + "</code>" : "<code>" + esc(code) + "</code>"; }
  function windowText(w) { return w ? w.from + " – " + (w.to || "") : "—"; }
  var rows = [];
  D.enterprises.forEach(function (e) { e.findings.forEach(function (f) { rows.push({ e: e, f: f }); }); });

  var charts = {}, pending = 0;
  function chart(id, option) {
    var c = charts[id] || (charts[id] = echarts.init(el(id), null, { renderer: "svg" }));
    pending++;
    c.off("finished");
    c.on("finished", function () { c.off("finished"); pending--; if (pending === 0) document.body.setAttribute("data-ready", "1"); });
    c.setOption(Object.assign({ animation: false, tooltip: { trigger: "item" } }, option), true);
  }
  function stacked(id, title, table) {
    var keys = Object.keys(table);
    chart(id, {
      title: { text: title, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" }, legend: { bottom: 0 }, grid: { left: 40, right: 24, top: 40, bottom: 70, containLabel: true },
      xAxis: { type: "category", axisLabel: { interval: 0, rotate: keys.length > 3 ? 20 : 0 }, data: keys.map(function (k) { return D.sectorLabels[k] ? loc(D.sectorLabels[k]) : k; }) },
      yAxis: { type: "value" },
      series: OUTCOMES.filter(function (o) { return o !== "compliant" && o !== "not-applicable"; }).map(function (o) {
        return { name: t(o), type: "bar", stack: "all", itemStyle: { color: COLORS[o] }, data: keys.map(function (k) { return table[k][o]; }) };
      })
    });
  }
  function renderCharts() {
    document.body.removeAttribute("data-ready");
    chart("chart-verdicts", {
      title: { text: t("verdictChart"), left: "center", textStyle: { fontSize: 14 } }, legend: { bottom: 0 },
      series: [{ type: "pie", radius: ["35%", "65%"], data: Object.keys(D.verdicts).map(function (v) {
        return { name: loc(D.verdictLabels[v]), value: D.verdicts[v], itemStyle: { color: COLORS[v] } }; }) }]
    });
    chart("chart-severity", {
      title: { text: t("bySeverity"), left: "center", textStyle: { fontSize: 14 } }, grid: { left: 40, right: 16, top: 40, bottom: 30 },
      xAxis: { type: "category", data: SEV.map(t) }, yAxis: { type: "value" },
      series: [{ type: "bar", data: SEV.map(function (s) { return { value: D.bySeverity[s], itemStyle: { color: COLORS[s] } }; }) }]
    });
    stacked("chart-pack", t("byPack"), D.byPack);
    stacked("chart-sector", t("bySector"), D.bySector);
    if (D.ledger) governanceCharts(D.ledger);
    if (D.campaign) campaignCharts(D.campaign);
  }
  function heading(text) { return { text: text, left: "center", textStyle: { fontSize: 14 } }; }
  function rates(id, title, labels, list) {
    chart(id, {
      title: heading(title), tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : Number(v).toFixed(1) + "%"; } },
      legend: { bottom: 0 }, grid: { left: 40, right: 16, top: 40, bottom: 60, containLabel: true },
      xAxis: { type: "category", axisLabel: { interval: 0, rotate: labels.length > 4 ? 20 : 0 }, data: labels },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { name: t("rectification-rate"), type: "bar", itemStyle: { color: COLORS.compliant }, label: { show: true, position: "top", formatter: pctLabel },
          data: list.map(function (r) { return pctValue(r.metrics.rectificationRate); }) },
        { name: t("overdue-rate"), type: "bar", itemStyle: { color: COLORS.violation }, label: { show: true, position: "top", formatter: pctLabel },
          data: list.map(function (r) { return pctValue(r.metrics.overdueRate); }) }
      ]
    });
  }
  function rowLabel(r) { return r.key === "self" ? t("ownLevel") + (r.label ? " " + r.label : "") : r.label ? r.label : r.key; }
  function governanceCharts(L) {
    chart("chart-hazard-state", {
      title: heading(t("hazardsByState")), tooltip: { trigger: "axis" }, legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 60, containLabel: true },
      xAxis: { type: "category", axisLabel: { interval: 0, rotate: 25 }, data: STATES.map(function (s) { return t("st-" + s); }) },
      yAxis: { type: "value", minInterval: 1 },
      series: LEVELS.map(function (l) {
        return { name: t("lvl-" + l), type: "bar", stack: "level", itemStyle: { color: COLORS[l] }, data: STATES.map(function (s) { return L.hazards.byState[s][l]; }) };
      })
    });
    chart("chart-hazard-level", {
      title: heading(t("hazardsByLevel")), legend: { bottom: 0 },
      // no hazards: no slices (ECharts would draw equal halves of nothing), and say so
      graphic: L.hazards.total === 0 ? [{ type: "text", left: "center", top: "middle", style: { text: t("noHazards"), fontSize: 14, fill: "#6b7280" } }] : [],
      series: [{ type: "pie", radius: ["35%", "65%"], stillShowZeroSum: false, label: { formatter: "{b}: {c}" }, data: LEVELS.map(function (l) {
        return { name: t("lvl-" + l), value: L.hazards.byLevel[l], itemStyle: { color: COLORS[l] } }; }) }]
    });
    rates("chart-rates-month", t("ratesByMonth"), L.months.map(function (r) { return r.key; }), L.months);
    // the root's own row only when hazards sit at its own level
    var children = (L.jurisdictions || []).filter(function (r) { return r.key !== "self" || r.metrics.found > 0; });
    if (L.jurisdictions) rates("chart-rates-jurisdiction", t("ratesByJurisdiction"), children.map(rowLabel), children);
  }
  function campaignCharts(C) {
    chart("chart-campaign-phases", {
      title: heading(t("hazardsPerPhase")), tooltip: { trigger: "axis" }, legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 60, containLabel: true },
      xAxis: { type: "category", axisLabel: { interval: 0 }, data: C.phases.map(function (p) { return p.name; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: ["found", "fixed", "open", "overdue"].map(function (k) {
        return { name: t("ph-" + k), type: "bar", itemStyle: { color: PHASE_COLORS[k] }, data: C.phases.map(function (p) { return p.hazards[k]; }) };
      })
    });
    chart("chart-campaign-coverage", {
      title: heading(t("coverageChart")), tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : Number(v).toFixed(1) + "%"; } },
      grid: { left: 40, right: 48, top: 40, bottom: 20, containLabel: true },
      yAxis: { type: "category", inverse: true, data: [t("unitCoverage"), t("checklistCoverage"), t("onTimeRate")] },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [{ type: "bar", label: { show: true, position: "right", formatter: pctLabel }, data: [
        { value: pctValue(C.units.rate), itemStyle: { color: "#2980b9" } },
        { value: pctValue(C.checklist.pairs.rate), itemStyle: { color: "#16a085" } },
        { value: pctValue(C.reports.summary.onTimeRate), itemStyle: { color: "#8e44ad" } }] }]
    });
    chart("chart-campaign-reports", {
      title: heading(t("reportsChart")), grid: { left: 40, right: 16, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: "category", axisLabel: { interval: 0 }, data: REPORT_STATUSES.map(function (s) { return t("r-" + s); }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", label: { show: true, position: "top" }, data: REPORT_STATUSES.map(function (s) {
        return { value: C.reports.summary[REPORT_KEYS[s]], itemStyle: { color: REPORT_COLORS[s] } }; }) }]
    });
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
    el("campaign-cards").innerHTML = [
      ["status-" + C.status, t("c-" + C.status), "campaign-status", t("campaignStatus")],
      ["", C.currentPhases.join("、") || "—", "campaign-phase", t("currentPhase")],
      ["", C.units.covered + "/" + C.units.inScope, "campaign-coverage", t("unitCoverage") + " " + pct(C.units.rate)],
      ["", C.checklist.pairs.checked + "/" + C.checklist.pairs.applicable, "campaign-checklist", t("checklistCoverage") + " " + pct(C.checklist.pairs.rate)],
      ["", C.hazards.total.found, "campaign-hazards", t("campaignHazards") + " · " + t("rectification-rate") + " " + pct(C.hazards.total.rectificationRate)],
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
      tableHtml([t("report"), t("reporter"), t("due"), t("status"), t("submittedOn")], C.reports.states.map(function (r) {
        var what = t("k-" + r.kind) + (r.period ? " " + r.period : "") + (r.name ? " · " + r.name : r.id ? " · " + r.id : "");
        return row([esc(what), esc(r.reporter || "—"), esc(r.due || "—"), '<span class="' + (r.status === "late" || r.status === "overdue" ? "late" : "") + '">' + t("r-" + r.status) + "</span>",
          esc(r.submittedOn || "—")], ' data-report-status="' + r.status + '"');
      }));
  }
  function renderText() {
    document.documentElement.lang = lang;
    el("title").textContent = t("title");
    el("meta").textContent = t("asOf") + " " + D.asOf + " · " + t("packs") + ": " + D.packs.map(function (p) { return p.id + "@" + p.version; }).join(", ");
    el("lang").textContent = t("switchTo");
    var cards = [["", D.totals.records, "records"], ["", D.totals.evaluated, "evaluated"], ["major", D.verdicts["major-hazard"], "major"],
      ["general", D.bySeverity.general, "general"], ["", D.byOutcome.indeterminate, "indeterminate"], ["", D.totals.rejected, "rejected"]];
    if (D.ledger) cards.push(["ok", pct(D.ledger.total.rectificationRate), "rectification-rate"], ["bad", pct(D.ledger.total.overdueRate), "overdue-rate"]);
    el("cards").innerHTML = cards.map(function (c) {
      var label = c[2] === "major" ? loc(D.verdictLabels["major-hazard"]) : c[2] === "general" ? t("general") + " " + t("violations") : t(c[2]);
      return '<div class="card ' + c[0] + '" data-card="' + c[2] + '"><div class="n">' + c[1] + '</div><div class="l">' + esc(label) + "</div></div>";
    }).join("");
    if (D.ledger) renderGovernance(D.ledger);
    if (D.campaign) renderCampaign(D.campaign);
    el("h-verdicts").textContent = t("verdicts");
    el("verdict-table").innerHTML = "<tr><th>" + [t("enterprise"), t("code"), t("sectors"), t("verdict"), t("violations"), t("indeterminate")].join("</th><th>") + "</th></tr>" +
      D.enterprises.map(function (e) {
        return "<tr data-verdict=\\"" + e.verdict + "\\"><td>" + esc(e.name) + "</td><td><code>" + e.creditCode + "</code></td><td>" +
          esc(e.sectors.map(function (s) { return D.sectorLabels[s] ? loc(D.sectorLabels[s]) : s; }).join("、")) + "</td><td class=\\"" +
          (e.verdict === "major-hazard" ? "sev-major" : e.verdict === "general-hazard" ? "sev-general" : "") + "\\">" + esc(loc(D.verdictLabels[e.verdict])) +
          (e.complete ? "" : " <span class=\\"muted\\">(" + t("incomplete") + ")</span>") + "</td><td>" + e.counts.violation + "</td><td>" + e.counts.indeterminate + "</td></tr>";
      }).join("");
    el("h-findings").textContent = t("findings");
    el("q").placeholder = t("search");
    fillSelect("f-severity", SEV, t);
    fillSelect("f-outcome", OUTCOMES.filter(function (o) { return o !== "compliant" && o !== "not-applicable"; }), t);
    fillSelect("f-pack", D.packs.map(function (p) { return p.id; }), function (x) { return x; });
    el("h-rejected").textContent = t("rejected");
    el("rejected-section").style.display = D.rejected.length ? "" : "none";
    el("rejected").innerHTML = "<tr><th>" + t("source") + "</th><th>" + t("code") + "</th><th>" + t("issues") + "</th></tr>" + D.rejected.map(function (r) {
      return "<tr><td><code>" + esc(r.source) + "</code></td><td><code>" + esc(r.id || "") + "</code></td><td>" + r.issues.map(function (i) {
        return "<div><code>" + esc(i.path.join(".") || "(record)") + "</code>: " + esc(i.message) + "</div>"; }).join("") + "</td></tr>";
    }).join("");
    el("h-lax").textContent = t("lax");
    el("lax-section").style.display = D.laxerThanNational.length ? "" : "none";
    el("lax").innerHTML = D.laxerThanNational.map(function (x) { return "<li><code>" + esc(JSON.stringify(x)) + "</code></li>"; }).join("");
    renderFindings();
  }
  function fillSelect(id, values, label) {
    var s = el(id), v = s.value;
    s.innerHTML = '<option value="">' + t("all") + "</option>" + values.map(function (x) { return '<option value="' + x + '">' + esc(label(x)) + "</option>"; }).join("");
    s.value = v;
  }
  function renderFindings() {
    var q = el("q").value.trim().toLowerCase(), sev = el("f-severity").value, out = el("f-outcome").value, pack = el("f-pack").value;
    var shown = rows.filter(function (r) {
      if (sev && r.f.severity !== sev) return false;
      if (out && r.f.outcome !== out) return false;
      if (pack && r.f.pack !== pack) return false;
      if (q) {
        var hay = [r.e.name, r.e.creditCode, r.f.ruleId, loc(r.f.title), loc(r.f.text), loc(r.f.citation)].join(" ").toLowerCase();
        if (hay.indexOf(q) < 0) return false;
      }
      return true;
    });
    el("shown").textContent = t("shown") + " " + shown.length + " / " + t("of") + " " + rows.length;
    el("findings").innerHTML = "<tr><th>" + [t("enterprise"), t("rule"), t("severity"), t("outcome"), t("detail"), t("citation")].join("</th><th>") + "</th></tr>" +
      shown.map(function (r) {
        var f = r.f, detail = f.outcome === "indeterminate" ? t("missing") + ": " + (f.missing || []).join(", ") : f.outcome === "error" ? f.error : loc(f.text);
        return '<tr class="finding" data-outcome="' + f.outcome + '" data-severity="' + f.severity + '"><td>' + esc(r.e.name) + "<br><code>" + r.e.creditCode + "</code></td><td>" +
          esc(loc(f.title)) + "<br><code>" + esc(f.ruleId + "@" + f.version) + '</code></td><td class="sev-' + f.severity + '">' + t(f.severity) + "</td><td>" + t(f.outcome) +
          "</td><td>" + esc(detail || "") + "</td><td>" + esc(loc(f.citation)) + "</td></tr>";
      }).join("");
  }
  ["q", "f-severity", "f-outcome", "f-pack"].forEach(function (id) { el(id).addEventListener("input", renderFindings); el(id).addEventListener("change", renderFindings); });
  el("lang").addEventListener("click", function () { lang = lang === "en" ? "zh-CN" : "en"; renderText(); renderCharts(); });
  window.addEventListener("resize", function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  renderText();
  renderCharts();
})();
</script>
</body>
</html>
`
}
