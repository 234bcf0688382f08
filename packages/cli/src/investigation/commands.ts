/**
 * `anquan investigation open|record|list|show|overdue` as plain async functions (testable without
 * spawning): the investigation store of `@anquan/accident`. Each writes the chosen format and returns
 * the exit code — 0 on success, 2 for a refused step or bad input (as `anquan enforcement`) — with
 * the value or error.
 *
 * @since 0.2.0
 */
import type { InvestigationCheck, InvestigationFile, InvestigationWriteResult } from "@anquan/accident"
import { gradeLabel, InvestigationEvent, InvestigationFile as InvestigationFileSchema } from "@anquan/accident"
import { accidentGradeOf, CalendarDate, calendarDayOf } from "@anquan/core"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import { table } from "../ledger/format.ts"
import { dateFlag, readJson } from "../ledger/run.ts"
import { workingDays } from "../investigation.ts"
import { terminalSafe } from "../output/terminal.ts"
import type { InvestigationOutcome, InvestigationStoreOptions } from "./run.ts"
import { withInvestigations } from "./run.ts"

const json = (o: InvestigationStoreOptions, value: unknown): void => o.write(JSON.stringify(value, null, 2) + "\n")
const encodeFile = Schema.encodeSync(InvestigationFileSchema)
const encodeEvent = Schema.encodeSync(InvestigationEvent)
const today = (): string => CalendarDate.format(calendarDayOf(new Date()))
const day = (d: Date | undefined): string => (d === undefined ? "—" : CalendarDate.format(d))

/** JSON with calendar days (every `Date` of a check is one) as `YYYY-MM-DD`. */
const checkJson = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, function(this: Record<string, unknown>, key, v) {
    const raw = this[key]
    return raw instanceof Date ? CalendarDate.format(raw) : v
  }))

/** The investigations as a table. @since 0.2.0 */
export const renderInvestigations = (files: ReadonlyArray<InvestigationFile>): string =>
  files.length === 0
    ? "no investigations\n"
    : terminalSafe(table(
      ["accident 事故", "grade 等级", "jurisdiction", "investigated by", "report 报告", "approved 批复", "filed 结案备案", "v"],
      files.map(({ case: c, version }) => [
        c.accident.id,
        gradeLabel(accidentGradeOf(c.accident), "zh-CN"),
        c.accident.jurisdiction,
        c.investigatedBy ?? "—",
        day(c.reportSubmittedOn),
        day(c.approvedOn),
        day(c.closure?.filedOn),
        String(version)
      ])
    ))

/** Options of `anquan investigation open <file>`. @since 0.2.0 */
export interface InvestigationOpenOptions extends InvestigationStoreOptions {
  /** A JSON file: one investigation case, or an array of them (`-` for stdin). */
  readonly file: string
}

/**
 * `anquan investigation open <file>`: opens the investigation of each case of the file (one case, or
 * an array: all or nothing); without `--actor-*` as the system import.
 *
 * @since 0.2.0
 */
export const investigationOpen = (o: InvestigationOpenOptions): Promise<InvestigationOutcome<ReadonlyArray<InvestigationWriteResult>>> =>
  withInvestigations(o, "import", async (store, caller) => {
    const input = await readJson(o, o.file, "investigation cases")
    const results = Array.isArray(input) ? await store.openAll(caller, input) : [await store.open(caller, input)]
    if (o.format === "json") json(o, { opened: results.map((r) => encodeFile(r.file)) })
    else o.write(terminalSafe(`事故调查 investigations opened: ${results.map((r) => `${r.file.case.accident.id} v${r.file.version}`).join(", ")}\n`))
    return results
  })

/** Options of `anquan investigation record`. @since 0.2.0 */
export interface InvestigationRecordOptions extends InvestigationStoreOptions {
  readonly accidentId: string
  /** The step: JSON, `@file.json` or `@-`. */
  readonly step: string
  readonly expectedVersion: number
}

/**
 * `anquan investigation record <accident-id> --step <json> --expected-version <n>`: one step
 * (`StartInvestigation`, `ExtendReport`, `RecordAppraisal`, `SubmitReport`, `ExtendApproval`,
 * `ApproveReport`, `DetermineResponsibility`, `RecordClosure`); a refused one writes nothing.
 *
 * @since 0.2.0
 */
export const investigationRecord = (o: InvestigationRecordOptions): Promise<InvestigationOutcome<InvestigationWriteResult>> =>
  withInvestigations(o, "write", async (store, caller) => {
    let step: unknown
    if (o.step.startsWith("@")) step = await readJson(o, o.step.slice(1), "step")
    else {
      try {
        step = JSON.parse(o.step)
      } catch (e) {
        throw new UsageError(`--step is not valid JSON: ${(e as Error).message}`)
      }
    }
    const result = await store.record(caller, { accidentId: o.accidentId, step: step as never, expectedVersion: o.expectedVersion })
    if (o.format === "json") json(o, encodeFile(result.file))
    else o.write(terminalSafe(`${result.file.case.accident.id} v${result.file.version}: ${result.event._tag === "StepRecorded" ? result.event.step._tag : result.event._tag}\n`))
    return result
  })

/** Options of `anquan investigation list`. @since 0.2.0 */
export interface InvestigationListOptions extends InvestigationStoreOptions {
  readonly grade?: string | undefined
}

/**
 * `anquan investigation list [--grade]`: the investigations in the caller's view, by accident id.
 *
 * @since 0.2.0
 */
export const investigationList = (o: InvestigationListOptions): Promise<InvestigationOutcome<ReadonlyArray<InvestigationFile>>> =>
  withInvestigations(o, "read", async (store, caller) => {
    const files = await store.list(caller, { grade: o.grade })
    if (o.format === "json") json(o, files.map((f) => encodeFile(f)))
    else o.write(renderInvestigations(files))
    return files
  })

/** Options of `anquan investigation show <accident-id>`. @since 0.2.0 */
export interface InvestigationShowOptions extends InvestigationStoreOptions {
  readonly accidentId: string
}

/**
 * `anquan investigation show <accident-id>`: the investigation and its events.
 *
 * @since 0.2.0
 */
export const investigationShow = (o: InvestigationShowOptions): Promise<InvestigationOutcome<InvestigationFile>> =>
  withInvestigations(o, "read", async (store, caller) => {
    const file = await store.get(caller, o.accidentId)
    const events = await store.history(caller, o.accidentId)
    if (o.format === "json") json(o, { ...encodeFile(file), history: events.map((e) => encodeEvent(e)) })
    else {
      o.write(renderInvestigations([file]))
      for (const e of events) o.write(terminalSafe(`  v${e.version} ${e._tag === "StepRecorded" ? e.step._tag : e._tag} ${e.at.toISOString()} ${e.actor.name}\n`))
    }
    return file
  })

/** Options of `anquan investigation overdue`. @since 0.2.0 */
export interface InvestigationOverdueOptions extends InvestigationStoreOptions {
  /** Default today (Beijing time). */
  readonly asOf?: string | undefined
  readonly reportClockFrom?: "accident-day" | "investigation-start" | undefined
  readonly firstDay?: "excluded" | "included" | undefined
  /** `calendar` (default) or `working` days; `working` needs `calendar`. */
  readonly dayKind?: "calendar" | "working" | undefined
  /** A JSON working-day calendar `{ holidays, workdays? }`. */
  readonly calendar?: string | undefined
}

const late = (s: string) => s === "late" || s === "overdue"

/**
 * `anquan investigation overdue [--as-of]`: the stored investigations whose report or approval is
 * past its deadline as of the day (done late, or not done), with their findings.
 *
 * @since 0.2.0
 */
export const investigationOverdue = (o: InvestigationOverdueOptions): Promise<InvestigationOutcome<ReadonlyArray<InvestigationCheck>>> =>
  withInvestigations(o, "read", async (store, caller) => {
    const asOf = o.asOf ?? today()
    const checks = (await store.check(caller, { asOf, counting: { reportClockFrom: o.reportClockFrom, firstDay: o.firstDay, ...workingDays(o) } }))
      .filter((c) => late(c.report.status) || late(c.approval.status))
    if (o.format === "json") json(o, { asOf, overdue: checkJson(checks) })
    else {
      o.write(`事故调查超期 investigations past a deadline as of ${asOf}: ${checks.length}\n`)
      if (checks.length > 0) {
        o.write(terminalSafe(table(
          ["accident 事故", "grade 等级", "report due 报告期限", "report", "approval due 批复期限", "approval"],
          checks.map((c) => [c.accidentId, gradeLabel(c.grade, "zh-CN"), day(c.report.deadline), c.report.status, day(c.approval.deadline), c.approval.status])
        )))
      }
    }
    return checks
  }, () => void (o.asOf === undefined || dateFlag("--as-of", o.asOf)))
