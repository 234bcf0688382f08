/**
 * The README's demo: evaluates a file of enterprises with every installed pack, as of a date,
 * and renders the findings as text. `main.ts` is the command; this module is what it runs.
 */
import { readFileSync } from "node:fs"
import { CalendarDate, countKeys, Engine, formatCitation, localize, sectorLabel, verdictLabels } from "@anquan/core"
import type { Locale, Pack, Report, Sector } from "@anquan/core"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"

/** Every pack this demo knows. */
export const installedPacks: ReadonlyArray<Pack.Pack<any>> = [workSafetyLaw]

export interface DemoOptions {
  readonly file: string
  readonly asOf: string
  readonly locale: Locale
}

const t = (locale: Locale, zh: string, en: string) => (locale === "en" ? en : zh)

const formatPath = (path: ReadonlyArray<string | number>): string =>
  path.length === 0 ? "(record)" : path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("")

/** Evaluates the file and returns the report and its text rendering. */
export const runDemo = (options: DemoOptions): { readonly report: Report; readonly text: string } => {
  const { locale } = options
  const input: unknown = JSON.parse(readFileSync(options.file, "utf8"))
  const engine = Engine.make({ packs: installedPacks })
  const report = engine.evaluate(input, { asOf: options.asOf })
  const documents = engine.registry.documents
  const out: Array<string> = []
  out.push(t(locale, `安全生产合规检查 — 依据 ${report.asOf} 施行的规定`, `Work-safety check — law in force on ${report.asOf}`))
  out.push(t(locale, "规则包", "packs") + ": " + report.packs.map((p) => `${p.id}@${p.version}`).join(", "))
  out.push(t(locale, "输入", "input") + `: ${options.file} (${report.totals.records} ${t(locale, "条记录", "records")})`)
  out.push("")

  const rows = [
    ...report.enterprises.map((e) => ({ index: e.index, e })),
    ...report.rejected.map((r) => ({ index: r.index, r }))
  ].sort((a, b) => a.index - b.index)
  for (const row of rows) {
    if ("e" in row) {
      const e = row.e
      const sectors = e.subject.sectors.map((s) => sectorLabel(s as Sector, locale)).join("、")
      const incomplete = e.complete ? "" : t(locale, "（部分规则因缺少事实无法判定）", " (some rules could not decide: facts missing)")
      out.push(`#${e.index + 1} ${e.subject.name} ${e.subject.creditCode} [${sectors}] — ${localize(verdictLabels[e.verdict], locale)}${incomplete}`)
      for (const f of e.findings) {
        const where = `${f.ruleId}@${f.ruleVersion}`
        if (f.outcome === "violation") {
          const sev = t(locale, f.severity === "major" ? "重大" : f.severity === "general" ? "一般" : "提示", f.severity)
          const waived = f.waiver?.status === "active" ? t(locale, "（已豁免）", " (waived)") : ""
          out.push(`   ✗ [${sev}] ${localize(f.title, locale)}${waived}  ${where}`)
          out.push(`     ${localize(f.details ?? f.message!, locale)}`)
          out.push(`     ${t(locale, "依据", "basis")}: ${formatCitation(f.citation, locale, documents)}`)
          const rule = engine.registry.versionsOf(f.ruleId).find((v) => v.version === f.ruleVersion)?.rule
          if (rule !== undefined && rule.penalties.length > 0) {
            out.push(`     ${t(locale, "罚则", "penalty")}: ${rule.penalties.map((c) => formatCitation(c, locale, documents)).join("; ")}`)
          }
        } else if (f.outcome === "indeterminate") {
          out.push(`   ? ${localize(f.title, locale)}  ${where}`)
          out.push(`     ${t(locale, "缺少事实", "missing facts")}: ${f.missing!.join(", ")}`)
        } else if (f.outcome === "error") {
          out.push(`   ! ${localize(f.title, locale)}  ${where}: ${f.error}`)
        }
      }
    } else {
      const r = row.r
      out.push(`#${r.index + 1} ${r.id ?? ""} — ${t(locale, "记录无法解码，未评估", "record rejected, not evaluated")}:`)
      for (const i of r.issues) out.push(`   × ${formatPath(i.path)}: ${i.message}`)
    }
  }
  out.push("")
  out.push(t(locale, "汇总", "summary") + ": " +
    `${report.totals.evaluated} ${t(locale, "家已评估", "evaluated")}, ${report.totals.rejected} ${t(locale, "条被拒", "rejected")}; ` +
    (["major-hazard", "general-hazard", "advisory", "no-violation"] as const)
      .map((v) => `${localize(verdictLabels[v], locale)} ${report.verdicts[v]}`).join(", "))
  out.push(t(locale, "判定结果", "outcomes") + ": " + countKeys.map((k) => `${k} ${report.byOutcome[k]}`).join(", "))
  for (const lax of report.laxerThanNational) out.push(t(locale, "注意：地方配置宽于国家标准 ", "note: local config laxer than national: ") + JSON.stringify(lax))
  return { report, text: out.join("\n") }
}

/** Today's calendar date (UTC). */
export const today = (): string => CalendarDate.format(CalendarDate.fromInstant(Date.now()))
