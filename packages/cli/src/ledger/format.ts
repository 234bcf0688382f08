/**
 * The text of `anquan ledger …`: hazard tables, a hazard's file and history, metrics, import
 * summaries, and one clear line per ledger error (`FiveInPlaceIncomplete: missing measures, funds`).
 * JSON output uses the ledger's wire form (dates as `YYYY-MM-DD`, instants as ISO-8601).
 *
 * @since 0.1.0
 */
import { CalendarDate, formatChinaTime } from "@anquan/core"
import type { HazardEvent, HazardFile, HazardMetrics, MetricsReport, SkippedFinding } from "@anquan/hazard-ledger"
import { daysOverdue, HazardEvent as HazardEventSchema, HazardFile as HazardFileSchema, missingFiveInPlace } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import { terminalSafe, terminalSafeInline as inline } from "../output/terminal.ts"

/** The wire form of a file (what `--format json` prints). @since 0.1.0 */
export const encodeFile: (file: HazardFile) => typeof HazardFileSchema.Encoded = Schema.encodeSync(HazardFileSchema)
/** The wire form of an event. @since 0.1.0 */
export const encodeEvent: (event: HazardEvent) => typeof HazardEventSchema.Encoded = Schema.encodeSync(HazardEventSchema)

const day = (d: Date | undefined): string => (d === undefined ? "—" : CalendarDate.format(d))

/** Display width: CJK and full-width characters take two columns. */
const width = (s: string): number => {
  let w = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
      ? 2
      : 1
  }
  return w
}
const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - width(s)))
const clip = (s: string, max: number): string => {
  if (width(s) <= max) return s
  let out = ""
  for (const ch of s) {
    if (width(out + ch) > max - 1) break
    out += ch
  }
  return out + "…"
}

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  // cells come from the ledger (names, descriptions written by users): no control character reaches the terminal raw
  const all = [header, ...rows].map((r) => r.map(inline))
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))))
  return all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]!))).join("  ").trimEnd()).join("\n") + "\n"
}

const sourceOf = (f: HazardFile): string =>
  f.source.ruleId !== undefined ? `${f.source.kind} ${f.source.ruleId}${f.source.ruleVersion === undefined ? "" : `@${f.source.ruleVersion}`}` : f.source.kind

/**
 * `anquan ledger list`: one line per hazard. With `overdueAsOf`, a column of days overdue.
 *
 * @since 0.1.0
 */
export const renderHazards = (files: ReadonlyArray<HazardFile>, overdueAsOf?: Date): string => {
  const header = ["id", "state", "level", "v", "subject", "jurisdiction", "discovered", "deadline", ...(overdueAsOf ? ["overdue"] : []), "description"]
  const rows = files.map((f) => [
    f.id,
    f.state,
    f.level,
    String(f.version),
    f.subject,
    f.jurisdiction,
    day(f.discoveredOn),
    day(f.deadline),
    ...(overdueAsOf ? [`${daysOverdue(f, overdueAsOf)}d`] : []),
    clip(f.description, 40)
  ])
  return (files.length === 0 ? "" : table(header, rows)) + `${files.length} hazard${files.length === 1 ? "" : "s"}\n`
}

const person = (p: { readonly name: string; readonly title?: string | undefined; readonly id?: string | undefined } | undefined): string =>
  p === undefined ? "—" : `${p.name}${p.title === undefined ? "" : ` (${p.title})`}`

const actor = (a: { readonly id: string; readonly name: string }): string => `${a.name} (${a.id})`

/**
 * One event on one line: version, time, actor, event, reason.
 *
 * @since 0.1.0
 */
export const renderEvent = (e: HazardEvent): string =>
  inline(`v${e.version}  ${formatChinaTime(e.at)}  ${actor(e.actor)}  ${e._tag}${e.reason === undefined || e.reason === "" ? "" : `  ${e.reason}`}`)

/**
 * `anquan ledger show`: the file (一患一档), then its full history, one event per line.
 *
 * @since 0.1.0
 */
export const renderFile = (f: HazardFile, history: ReadonlyArray<HazardEvent>): string => {
  const missing = missingFiveInPlace(f)
  const lines: Array<[string, string]> = [
    ["state", `${f.state} (version ${f.version})`],
    ["level", f.level],
    ["subject", f.subject],
    ["jurisdiction", f.jurisdiction],
    ["sector", f.sector],
    ["source", sourceOf(f)],
    ["description", f.description],
    ["discovered", day(f.discoveredOn)],
    ["deadline", day(f.deadline)],
    ["responsible", person(f.responsiblePerson)],
    ["five in place", missing.length === 0 ? "all five (五落实)" : `missing ${missing.join(", ")}`]
  ]
  if (f.fiveInPlace.measures !== undefined) lines.push(["measures", f.fiveInPlace.measures])
  if (f.fiveInPlace.funds !== undefined) lines.push(["funds", `${f.fiveInPlace.funds} 元`])
  if (f.fiveInPlace.emergencyPlan !== undefined) lines.push(["emergency plan", f.fiveInPlace.emergencyPlan])
  if (f.listedSupervision !== undefined) {
    const l = f.listedSupervision
    lines.push(["listed (挂牌督办)", `${l.level}${l.by === undefined ? "" : ` by ${l.by}`}${l.listedOn === undefined ? "" : ` on ${day(l.listedOn)}`}`])
  }
  if (f.acceptance !== undefined) lines.push(["accepted", `${f.acceptance.level} level by ${actor(f.acceptance.acceptedBy)}`])
  if (f.pendingExtension !== undefined) lines.push(["extension asked", `${day(f.pendingExtension.from)} → ${day(f.pendingExtension.to)} by ${actor(f.pendingExtension.requestedBy)}`])
  for (const x of f.extensions) lines.push(["extended", `${day(x.from)} → ${day(x.to)}, granted by ${actor(x.grantedBy)}`])
  if (f.rectification !== undefined) lines.push(["rectified by", actor(f.rectification.completedBy)])
  if (f.closure !== undefined) lines.push(["closed", `${day(f.closure.on)}, ${f.closure.how} by ${actor(f.closure.by)}`])
  if (f.evidence.length > 0) lines.push(["evidence", f.evidence.map((e) => e.uri).join(", ")])
  const keyWidth = Math.max(...lines.map(([k]) => width(k)))
  return `hazard ${inline(f.id)}\n` +
    lines.map(([k, v]) => `  ${pad(k, keyWidth)}  ${inline(v)}`).join("\n") + "\n" +
    `history (${history.length} event${history.length === 1 ? "" : "s"}):\n` +
    history.map((e) => `  ${renderEvent(e)}`).join("\n") + "\n"
}

const percent = (r: number | null): string => (r === null ? "—" : `${(r * 100).toFixed(1)}%`)

const metricCells = (m: HazardMetrics): Array<string> => [
  String(m.found),
  String(m.major),
  String(m.closed),
  String(m.open),
  String(m.overdue),
  percent(m.rectificationRate),
  percent(m.overdueRate),
  percent(m.selfInspectRate),
  percent(m.selfFixRate),
  percent(m.selfReportRate)
]

/**
 * `anquan ledger metrics`: the totals, then one row per child jurisdiction or month.
 *
 * @since 0.1.0
 */
export const renderMetrics = (m: MetricsReport): string => {
  const header = ["", "found", "major", "closed", "open", "overdue", "整改率", "逾期率", "自查率", "自改率", "自报率"]
  const rows = [
    ["total", ...metricCells(m.total)],
    ...m.rows.map((r) => [r.label === undefined ? r.key : `${r.key} ${r.label}`, ...metricCells(r.metrics)])
  ]
  return `metrics as of ${m.asOf} of the hazards discovered ${m.period.from}..${m.period.to} in ${m.jurisdiction ?? "the whole tree"}\n` +
    table(header, rows)
}

/**
 * `anquan ledger import`: how many hazards were opened and how many findings were skipped, and why.
 *
 * @since 0.1.0
 */
export const renderImport = (
  r: { readonly created: ReadonlyArray<HazardFile>; readonly skipped: ReadonlyArray<SkippedFinding> },
  counts: { readonly opened: number; readonly duplicates: number; readonly rejectedRecords: number }
): string => {
  const others = r.skipped.filter((s) => s.reason !== "already-open" && s.reason !== "duplicate-in-report")
  let out = `opened ${counts.opened} hazard${counts.opened === 1 ? "" : "s"}, skipped ${counts.duplicates} as duplicate${counts.duplicates === 1 ? "" : "s"}` +
    (others.length === 0 ? "" : `, skipped ${others.length} other finding${others.length === 1 ? "" : "s"}`) + "\n"
  if (r.created.length > 0) {
    out += table(
      ["id", "level", "subject", "jurisdiction", "deadline", "rule"],
      r.created.map((f) => [f.id, f.level, f.subject, f.jurisdiction, day(f.deadline), f.source.ruleId ?? "—"])
    )
  }
  if (r.skipped.length > 0) {
    out += "skipped:\n" + table(
      ["subject", "rule", "reason", "detail"],
      r.skipped.map((s) => [s.subject, s.ruleId, s.reason, s.existing ?? s.detail ?? ""])
    )
  }
  if (counts.rejectedRecords > 0) out += `note: ${counts.rejectedRecords} record(s) of the report were rejected by anquan check and are not in it\n`
  return out
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/**
 * An error as the CLI reports it: its tag, a one-line summary (`missing measures, funds`), the
 * full message, and its fields as JSON.
 *
 * @since 0.1.0
 */
export interface ErrorReport {
  readonly _tag: string
  readonly summary: string
  readonly message: string
  readonly fields: Readonly<Record<string, unknown>>
}

const jsonValue = (v: unknown): unknown => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().endsWith("T00:00:00.000Z") ? CalendarDate.format(v) : v.toISOString()
  if (Array.isArray(v)) return v.map(jsonValue)
  if (v instanceof Error) return v.message
  if (typeof v === "object" && v !== null) {
    const proto = Object.getPrototypeOf(v)
    if (proto !== Object.prototype && proto !== null) return "message" in v && typeof v.message === "string" ? v.message : String(v)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValue(x)]))
  }
  return v
}

const summaries: Record<string, (e: any) => string> = {
  FiveInPlaceIncomplete: (e) => `missing ${e.missing.join(", ")}`,
  IllegalTransition: (e) => `${e.command} is not allowed in state ${e.state}${e.allowed.length > 0 ? ` (only in ${e.allowed.join(", ")})` : ""}`,
  VersionConflict: (e) => `expected version ${e.expected}, the hazard is at version ${e.actual}`,
  VerifierIsRectifier: (e) => `${e.personId} rectified the hazard and cannot verify it`,
  AcceptanceMissing: (e) => `listed at ${e.level} level${e.by === undefined ? "" : ` by ${e.by}`}; needs that level's AcceptClosure first`,
  CommandNotPermitted: (e) => `role ${e.role} may not issue ${e.command}${e.allowed.length === 0 ? "" : ` (only ${e.allowed.join(", ")})`}`,
  AuthorityMismatch: (e) => `role ${e.role} may issue ${e.command} only with ${e.field} ${e.expected}, got ${e.actual}`,
  HazardNotFound: (e) => `no hazard ${e.hazardId}`,
  InvalidInput: (e) => e.issues.map((i: { path: ReadonlyArray<unknown>; message: string }) => `${i.path.length === 0 ? "" : `${i.path.join(".")}: `}${i.message}`).join("; ")
}

/**
 * Describes any failure: a typed ledger error by its tag, anything else as `Error`.
 *
 * @since 0.1.0
 */
export const describeError = (e: unknown): ErrorReport => {
  const tag = typeof e === "object" && e !== null && "_tag" in e && typeof e._tag === "string" ? e._tag : e instanceof Error ? e.name : "Error"
  const message = e instanceof Error ? e.message : String(e)
  // no prototype: a field named __proto__ (from input quoted by an error) stays a field
  const fields: Record<string, unknown> = Object.create(null)
  if (typeof e === "object" && e !== null) {
    for (const [k, v] of Object.entries(e)) if (k !== "_tag" && k !== "stack" && k !== "name") fields[k] = jsonValue(v)
  }
  let summary = message
  const make = summaries[tag]
  if (make !== undefined) {
    try {
      summary = make(e)
    } catch {
      summary = message
    }
  }
  return { _tag: tag, summary, message, fields }
}

/**
 * The error as printed on stderr: `anquan: Tag: summary`, then the full message when it says more.
 *
 * @since 0.1.0
 */
export const renderError = (r: ErrorReport): string =>
  terminalSafe(
    r._tag === "UsageError"
      ? `anquan: ${r.message}\n`
      : `anquan: ${r._tag}: ${r.summary}\n` + (r.message === r.summary ? "" : r.message.split("\n").map((l) => `  ${l}`).join("\n") + "\n")
  )
