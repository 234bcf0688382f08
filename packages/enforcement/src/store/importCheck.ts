/**
 * 检查结果立案 — a check's findings (an `@anquan/core` evaluation report) into the hazard ledger and
 * enforcement cases, one way:
 *
 * 1. the ledger's own import (`HazardLedger.importFindings`) turns the violations into hazards — it
 *    never opens a second hazard for the same rule and enterprise while one is open, and lists
 *    every violation it skipped, with why;
 * 2. per enterprise, the hazards it created and the open hazards it found already there
 *    (`already-open`) become the findings of one case (`<caseIdPrefix>-<credit code>`), each
 *    linked by hazard id and, for a rule finding, carrying the penalty articles its pack cites.
 *
 * The inspection day, the department and the prefix are checked before anything is written. The
 * ledger's import and the opening of the cases are two steps, not one transaction: should opening
 * a case fail after the hazards were created, running the import again links them (they are then
 * `already-open`).
 *
 * Running the same check again creates no hazard and no case: the existing case gets a finding for
 * each hazard it does not link yet, while it still takes findings; otherwise those hazards are
 * listed as `notLinked`, with why.
 *
 * @since 0.2.0
 */
import type { CallerInput, HazardFile, ImportResult } from "@anquan/hazard-ledger"
import { HazardLedger, InvalidInput } from "@anquan/hazard-ledger"
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, SupervisingDepartment } from "@anquan/core"
import { Effect, Layer, ManagedRuntime, Schema } from "effect"
import { decodeStrict } from "../domain/strict.ts"
import type { CaseCommandInput } from "../domain/commands.ts"
import { allowedStages } from "../domain/decide.ts"
import type { EnforcementError } from "../domain/errors.ts"
import type { LedgerHazard, PenaltyIndex } from "../domain/ledgerLink.ts"
import { findingFromHazard } from "../domain/ledgerLink.ts"
import type { CaseOrigin } from "../domain/model.ts"
import { caseHazardIds } from "../domain/model.ts"
import { EnforcementCases } from "./EnforcementCases.ts"

/**
 * Options of {@link importCheckFindings}.
 *
 * @since 0.2.0
 */
export interface ImportCheckOptions {
  /** The evaluation report (`@anquan/core` `Report`, built with `retainEnterprises: true`). */
  readonly report: unknown
  /** Case ids are `<caseIdPrefix>-<credit code>`. */
  readonly caseIdPrefix: string
  /** The department that inspected (a `SupervisingDepartment` id). */
  readonly department: string
  /** Default `inspection`. */
  readonly origin?: CaseOrigin | undefined
  /** The inspection day; default the report's as-of date. */
  readonly inspectedOn?: string | undefined
  readonly inspectionId?: string | undefined
  /** Passed to the ledger's import. */
  readonly generalDeadlineDays?: number | undefined
  readonly campaignId?: string | undefined
  /** The penalty articles of the rules (from the packs); without it rule findings carry none. */
  readonly penalties?: PenaltyIndex | undefined
}

/**
 * What {@link importCheckFindings} did: the ledger's own result, the cases opened or extended with
 * the hazards they link, and the hazards not linked with why.
 *
 * @since 0.2.0
 */
export interface ImportCheckResult {
  readonly ledger: ImportResult
  readonly cases: ReadonlyArray<{ readonly caseId: string; readonly subject: string; readonly opened: boolean; readonly hazardIds: ReadonlyArray<string> }>
  readonly notLinked: ReadonlyArray<{ readonly caseId: string; readonly hazardId: string; readonly reason: string }>
}

interface ReportShape {
  readonly asOf?: unknown
  readonly enterprises?: ReadonlyArray<{ readonly subject?: { readonly creditCode?: unknown; readonly name?: unknown; readonly jurisdiction?: unknown } }>
}

/**
 * A check's findings → the hazard ledger (its own import, no duplicates) → one enforcement case per
 * enterprise linked to the hazards. The ledger's import decodes the report (path-precise errors).
 *
 * @since 0.2.0
 */
export const importCheckFindings = (
  caller: CallerInput,
  options: ImportCheckOptions
): Effect.Effect<ImportCheckResult, EnforcementError | import("@anquan/hazard-ledger").LedgerError, HazardLedger | EnforcementCases> =>
  Effect.gen(function*() {
    const ledger = yield* HazardLedger
    const store = yield* EnforcementCases
    const inspectedOn = options.inspectedOn
    // the inspection day first: nothing is written to the ledger for a case that cannot be opened
    const report = options.report as ReportShape
    const day = inspectedOn ?? (report.asOf instanceof Date ? CalendarDate.format(report.asOf) : String(report.asOf))
    const parsed = CalendarDate.parse(day)
    if (parsed === undefined) {
      return yield* new InvalidInput({ entryPoint: "importCheckFindings", issues: [{ path: [inspectedOn === undefined ? "report" : "inspectedOn", ...(inspectedOn === undefined ? ["asOf"] : [])], message: `Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(day)}` }] })
    }
    const inspection = parsed
    const department = yield* decodeStrict(SupervisingDepartment, "importCheckFindings: department")(options.department)
    yield* decodeStrict(Schema.NonEmptyString, "importCheckFindings: caseIdPrefix")(options.caseIdPrefix)
    const imported = yield* ledger.importFindings(caller, {
      report: options.report as never,
      ...(inspectedOn === undefined ? {} : { discoveredOn: inspectedOn }),
      ...(options.generalDeadlineDays === undefined ? {} : { generalDeadlineDays: options.generalDeadlineDays }),
      ...(options.campaignId === undefined ? {} : { campaignId: options.campaignId })
    })
    const bySubject = new Map<string, Array<HazardFile>>()
    const add = (h: HazardFile) => {
      const list = bySubject.get(h.subject) ?? []
      if (!list.some((x) => x.id === h.id)) list.push(h)
      bySubject.set(h.subject, list)
    }
    for (const h of imported.created) add(h)
    for (const s of imported.skipped) if (s.reason === "already-open" && s.existing !== undefined) add(yield* ledger.get(caller, s.existing))
    const cases: Array<ImportCheckResult["cases"][number]> = []
    const notLinked: Array<ImportCheckResult["notLinked"][number]> = []
    // the hazards as findings of this inspection: found on the inspection day at the earliest
    const finding = (h: HazardFile) => {
      const f = findingFromHazard(h as unknown as LedgerHazard, options.penalties)
      return h.discoveredOn.getTime() < inspection.getTime() ? { ...f, on: day } : f
    }
    for (const e of report.enterprises ?? []) {
      const subject = String(e.subject?.creditCode ?? "")
      const hazards = bySubject.get(subject)
      if (hazards === undefined || hazards.length === 0) continue
      const caseId = `${options.caseIdPrefix}-${subject}`
      const existing = yield* Effect.option(store.get(caller, caseId))
      if (existing._tag === "None") {
        const open: CaseCommandInput = {
          _tag: "OpenCase",
          case: {
            id: caseId,
            subject,
            ...(typeof e.subject?.name === "string" ? { subjectName: e.subject.name } : {}),
            jurisdiction: hazards[0]!.jurisdiction,
            sector: hazards[0]!.sector,
            department,
            origin: options.origin ?? "inspection",
            ...(options.campaignId === undefined ? {} : { campaignId: options.campaignId })
          },
          inspection: { on: day, ...(options.inspectionId === undefined ? {} : { id: options.inspectionId }) }
        }
        const commands = [open, ...hazards.map((h): CaseCommandInput => ({ _tag: "RecordFinding", caseId, finding: finding(h) }))]
        yield* store.executeAll(caller, commands, 0)
        cases.push({ caseId, subject, opened: true, hazardIds: hazards.map((h) => h.id) })
        continue
      }
      const file = existing.value
      const linked = new Set(caseHazardIds(file.case))
      const fresh = hazards.filter((h) => !linked.has(h.id))
      if (fresh.length === 0) continue
      if (!allowedStages.RecordFinding.includes(file.case.stage)) {
        for (const h of fresh) notLinked.push({ caseId, hazardId: h.id, reason: `case ${caseId} is at stage ${file.case.stage} and takes no new finding: open another case for it` })
        continue
      }
      yield* store.executeAll(caller, fresh.map((h): CaseCommandInput => ({ _tag: "RecordFinding", caseId, finding: finding(h) })), file.version)
      cases.push({ caseId, subject, opened: false, hazardIds: fresh.map((h) => h.id) })
    }
    return { ledger: imported, cases, notLinked }
  })

/**
 * Where {@link importCheck} opens the hazard ledger and the case store: one SQLite file or one
 * PostgreSQL database for both (their tables have their own prefixes).
 *
 * @since 0.2.0
 */
export type ImportCheckStore =
  | { readonly store: "sqlite"; readonly filename: string; readonly jurisdictions: ReadonlyArray<JurisdictionInput> }
  | { readonly store: "postgres"; readonly url: string; readonly maxConnections?: number | undefined; readonly jurisdictions: ReadonlyArray<JurisdictionInput> }

/**
 * {@link importCheckFindings} as a Promise: opens the ledger and the case store, imports, closes
 * them; rejects with the same typed errors.
 *
 * @since 0.2.0
 */
export const importCheck = async (store: ImportCheckStore, caller: CallerInput, options: ImportCheckOptions): Promise<ImportCheckResult> => {
  const common = { jurisdictions: store.jurisdictions }
  const layer = store.store === "postgres"
    ? Layer.mergeAll(
      HazardLedger.postgres({ url: store.url, maxConnections: store.maxConnections ?? 2, ...common }),
      EnforcementCases.postgres({ url: store.url, maxConnections: store.maxConnections ?? 2, ...common })
    )
    : Layer.mergeAll(HazardLedger.sqlite({ filename: store.filename, ...common }), EnforcementCases.sqlite({ filename: store.filename, ...common }))
  const runtime = ManagedRuntime.make(layer)
  try {
    return await runtime.runPromise(importCheckFindings(caller, options))
  } finally {
    await runtime.dispose()
  }
}
