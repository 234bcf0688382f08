/**
 * 检查报告(HTML) — one self-contained HTML file that works offline: summary, charts (Apache ECharts,
 * bundled in the file), per-enterprise verdicts, a findings table with filters and search, and the
 * rejected records. zh-CN by default with an English switch.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { formatCitation, sectorLabel, Sectors, verdictLabels, verdicts } from "@anquan/core"
import type { CitationDocument, Locale } from "@anquan/core"
import type { CheckReport } from "../check.ts"
import { formatSource } from "../input/readRecords.ts"

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

/**
 * Renders a check report as a self-contained HTML page.
 *
 * @since 0.1.0
 */
export const renderHtml = (
  report: CheckReport,
  options: { readonly locale: Locale; readonly documents: ReadonlyMap<string, CitationDocument>; readonly title?: string }
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
    rejected: report.rejected.map((r) => ({ source: formatSource(r.source), id: r.id ?? null, issues: r.issues }))
  }
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
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; }
.card { background: #fff; border-radius: 8px; padding: 12px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.card .n { font-size: 28px; font-weight: 600; }
.card .l { color: var(--muted); font-size: 13px; }
.card.major .n { color: var(--major); } .card.general .n { color: var(--general); } .card.ok .n { color: var(--ok); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; margin-top: 12px; }
.chart { background: #fff; border-radius: 8px; height: 320px; padding: 8px; }
section { background: #fff; border-radius: 8px; padding: 12px 16px; margin-top: 12px; }
section h2 { font-size: 16px; margin: 4px 0 12px; }
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
  </div>
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
      source: "位置", issues: "问题", lax: "宽于国家标准的地方配置", missing: "缺少事实", complete: "完整", incomplete: "部分无法判定", packs: "规则包" },
    "en": { title: "Work-safety compliance report", asOf: "as of", records: "records", evaluated: "evaluated", rejected: "rejected records",
      violations: "violations", major: "major", general: "general", advisory: "advisory", waived: "waived", indeterminate: "indeterminate", error: "rule errors",
      compliant: "compliant", "not-applicable": "not applicable", violation: "violation", verdicts: "Verdict per unit", findings: "Findings",
      bySeverity: "Violations by severity", byPack: "Outcomes by pack", bySector: "Outcomes by sector", verdictChart: "Verdicts",
      enterprise: "Unit", code: "Credit code", sectors: "Sectors", verdict: "Verdict", rule: "Rule", severity: "Severity", outcome: "Outcome",
      detail: "Details", citation: "Basis", all: "all", search: "Search unit, rule or text…", shown: "showing", of: "of", switchTo: "中文",
      source: "Location", issues: "Problems", lax: "Local config laxer than national", missing: "missing facts", complete: "complete", incomplete: "partly undecided", packs: "packs" }
  };
  var OUTCOMES = ["violation", "waived", "indeterminate", "error", "compliant", "not-applicable"];
  var SEV = ["major", "general", "advisory"];
  var COLORS = { violation: "#c0392b", waived: "#8e44ad", indeterminate: "#f1c40f", error: "#7f8c8d", compliant: "#27ae60", "not-applicable": "#bdc3c7",
    major: "#c0392b", general: "#e67e22", advisory: "#2980b9", "major-hazard": "#c0392b", "general-hazard": "#e67e22", "no-violation": "#27ae60" };
  function t(k) { return T[lang][k] || k; }
  function loc(x) { return x == null ? "" : (typeof x === "string" ? x : (x[lang] || x["zh-CN"])); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\\"": "&quot;" }[c]; }); }
  function el(id) { return document.getElementById(id); }
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
  }
  function renderText() {
    document.documentElement.lang = lang;
    el("title").textContent = t("title");
    el("meta").textContent = t("asOf") + " " + D.asOf + " · " + t("packs") + ": " + D.packs.map(function (p) { return p.id + "@" + p.version; }).join(", ");
    el("lang").textContent = t("switchTo");
    var cards = [["", D.totals.records, "records"], ["", D.totals.evaluated, "evaluated"], ["major", D.verdicts["major-hazard"], "major"],
      ["general", D.bySeverity.general, "general"], ["", D.byOutcome.indeterminate, "indeterminate"], ["", D.totals.rejected, "rejected"]];
    el("cards").innerHTML = cards.map(function (c) {
      var label = c[2] === "major" ? loc(D.verdictLabels["major-hazard"]) : c[2] === "general" ? t("general") + " " + t("violations") : t(c[2]);
      return '<div class="card ' + c[0] + '" data-card="' + c[2] + '"><div class="n">' + c[1] + '</div><div class="l">' + esc(label) + "</div></div>";
    }).join("");
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
