/**
 * 台账服务 — the ledger's rules, written once over a {@link Backend}: decode every input, check
 * the caller's jurisdiction, run `decide`, append with the expected version and the idempotency
 * key in one transaction, and redact whistle-blower identities from every answer.
 *
 * @since 0.1.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, decodeIssues, JurisdictionTree } from "@anquan/core"
import { Clock, Effect, Result, Schema } from "effect"
import { createHash, randomUUID } from "node:crypto"
import type { Caller, CallerInput } from "../domain/access.ts"
import { Caller as CallerSchema, ownSubjectOf, redactEvent, redactFile } from "../domain/access.ts"
import { authorize, reportSources, rolesFor } from "../domain/authority.ts"
import type { WriteRequestInput } from "../domain/commands.ts"
import { Command, WriteRequest } from "../domain/commands.ts"
import { decide, evolve, replay } from "../domain/decide.ts"
import type { InputIssue, LedgerError } from "../domain/errors.ts"
import {
  AuthorityMismatch,
  CommandNotPermitted,
  DuplicateOpenHazard,
  HazardNotFound,
  IdempotencyKeyReused,
  InvalidInput,
  LedgerStorageError,
  OutOfJurisdiction,
  UnknownJurisdiction,
  VersionConflict
} from "../domain/errors.ts"
import type { HazardEvent } from "../domain/events.ts"
import { findingsToCommands, type SkippedFinding } from "../domain/findings.ts"
import { computeMetrics } from "../domain/metrics.ts"
import type { HazardFile } from "../domain/model.ts"
import type { EscalationPolicyInput } from "../domain/overdue.ts"
import { defaultEscalationPolicy, EscalationPolicy, escalationOf } from "../domain/overdue.ts"
import type { Backend, IdempotencyRecord, StoreFilter } from "./Backend.ts"
import type {
  ExportQueryInput,
  HazardQueryInput,
  ImportFindingsInput,
  ImportResult,
  MetricsQueryInput,
  MetricsReport,
  MetricsRow,
  OverdueEntry,
  OverdueQueryInput
} from "./queries.ts"
import { ExportQuery, HazardQuery, ImportFindings, MetricsQuery, OverdueQuery } from "./queries.ts"
import { describeRole } from "../domain/role.ts"

/**
 * The result of a write: the hazard's file after it, the events appended and whether this was an
 * idempotent replay of an earlier write with the same key (nothing appended this time).
 *
 * @since 0.1.0
 */
export interface WriteResult {
  readonly hazard: HazardFile
  readonly events: ReadonlyArray<HazardEvent>
  readonly replayed: boolean
}

/**
 * 隐患台账 — the ledger's operations. Every method takes the caller first and decodes all its
 * input; bad input fails with `InvalidInput` and changes nothing.
 *
 * @since 0.1.0
 */
export interface HazardLedgerService {
  /** Applies a command, if the hazard is still at `expectedVersion`. */
  readonly execute: (caller: CallerInput, request: WriteRequestInput) => Effect.Effect<WriteResult, LedgerError>
  /** A hazard's current file (一患一档). */
  readonly get: (caller: CallerInput, hazardId: string) => Effect.Effect<HazardFile, LedgerError>
  /** A hazard's events, version 1 first. */
  readonly history: (caller: CallerInput, hazardId: string) => Effect.Effect<ReadonlyArray<HazardEvent>, LedgerError>
  /** Hazards matching a query, in the caller's subtree, by discovery date then id. */
  readonly query: (caller: CallerInput, query?: HazardQueryInput) => Effect.Effect<ReadonlyArray<HazardFile>, LedgerError>
  /** Hazards overdue on `asOf`, most overdue first, with their escalation. */
  readonly overdue: (caller: CallerInput, query: OverdueQueryInput) => Effect.Effect<ReadonlyArray<OverdueEntry>, LedgerError>
  /** Rectification, overdue and self-inspect/self-fix/self-report rates. */
  readonly metrics: (caller: CallerInput, query: MetricsQueryInput) => Effect.Effect<MetricsReport, LedgerError>
  /** Turns an evaluation report into hazards, one write per hazard, never a duplicate open one. */
  readonly importFindings: (caller: CallerInput, input: ImportFindingsInput) => Effect.Effect<ImportResult, LedgerError>
  /** Every event in the caller's subtree (or a part of it), in append order. */
  readonly exportEvents: (caller: CallerInput, query?: ExportQueryInput) => Effect.Effect<ReadonlyArray<HazardEvent>, LedgerError>
}

/**
 * Options every backend takes.
 *
 * @since 0.1.0
 */
export interface LedgerOptions {
  /** The jurisdiction tree (行政区划树): a built tree or its nodes. Hazards and callers must be in it. */
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Escalation steps for `overdue`; default `defaultEscalationPolicy`. */
  readonly escalation?: EscalationPolicyInput | undefined
  /** Ids for reports without one; default `YH-` + a random UUID. */
  readonly newHazardId?: (() => string) | undefined
}

/**
 * Decodes unknown input with a schema, failing with `InvalidInput` listing every problem.
 *
 * @since 0.1.0
 */
export const decodeInput = <S extends Schema.Decoder<unknown>>(schema: S, entryPoint: string) => {
  const decode = Schema.decodeUnknownResult(schema as Schema.Decoder<S["Type"]>, { errors: "all" })
  return (input: unknown): Effect.Effect<S["Type"], InvalidInput> => {
    const r = decode(input)
    if (Result.isSuccess(r)) return Effect.succeed(r.success)
    const issues: Array<InputIssue> = decodeIssues(r.failure)
    return Effect.fail(new InvalidInput({ entryPoint, issues }))
  }
}

/**
 * Builds the jurisdiction tree from the options (a tree is used as is).
 *
 * @since 0.1.0
 */
export const resolveTree = (
  jurisdictions: LedgerOptions["jurisdictions"]
): Result.Result<JurisdictionTree.JurisdictionTree, InvalidInput> => {
  if (!Array.isArray(jurisdictions)) return Result.succeed(jurisdictions as JurisdictionTree.JurisdictionTree)
  const r = JurisdictionTree.validate(jurisdictions as ReadonlyArray<JurisdictionInput>)
  return Result.isSuccess(r)
    ? Result.succeed(r.success)
    : Result.fail(new InvalidInput({ entryPoint: "ledger options: jurisdictions", issues: r.failure.problems.map((p) => ({ path: [], message: p.message })) }))
}

const encodeCommand = Schema.encodeSync(Command)

/**
 * Builds the service over a backend.
 *
 * @since 0.1.0
 */
export const makeService = (backend: Backend, options: LedgerOptions): Effect.Effect<HazardLedgerService, InvalidInput> =>
  Effect.gen(function*() {
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    const policy = options.escalation === undefined
      ? defaultEscalationPolicy
      : yield* decodeInput(EscalationPolicy, "ledger options: escalation")(options.escalation)
    const newId = options.newHazardId ?? (() => `YH-${randomUUID()}`)

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeWrite = decodeInput(WriteRequest, "execute")
    const decodeQuery = decodeInput(HazardQuery, "query")
    const decodeOverdue = decodeInput(OverdueQuery, "overdue")
    const decodeMetrics = decodeInput(MetricsQuery, "metrics")
    const decodeImport = decodeInput(ImportFindings, "importFindings")
    const decodeExport = decodeInput(ExportQuery, "exportEvents")
    const decodeHazardId = decodeInput(Schema.NonEmptyString, "hazard id")

    const pathOf = (code: string): string => `/${JurisdictionTree.path(tree, code).map((j) => j.code).join("/")}/`

    const known = (code: string): Effect.Effect<string, UnknownJurisdiction> =>
      JurisdictionTree.has(tree, code) ? Effect.succeed(code) : Effect.fail(new UnknownJurisdiction({ code }))

    /** The decoded caller; a department is bound to its own jurisdiction (its scope). */
    const callerOf = (input: CallerInput): Effect.Effect<Caller, InvalidInput | UnknownJurisdiction> =>
      Effect.flatMap(decodeCaller(input), (decoded) => {
        const c: Caller = decoded.role?.kind === "department" ? { ...decoded, jurisdiction: decoded.role.jurisdiction } : decoded
        return c.jurisdiction === undefined ? Effect.succeed(c) : Effect.as(known(c.jurisdiction), c)
      })

    const authorityContext = { levelOf: (code: string) => JurisdictionTree.get(tree, code)?.level }

    /** Enterprise personnel see their own enterprise's hazards only. */
    const guardSubject = (caller: Caller, file: HazardFile, operation: string): Effect.Effect<void, AuthorityMismatch> => {
      const own = ownSubjectOf(caller)
      return own === undefined || own === file.subject
        ? Effect.void
        : Effect.fail(new AuthorityMismatch({ role: describeRole(caller.role), command: operation, field: "subject", expected: own, actual: file.subject, hazardId: file.id }))
    }

    /** Whether `code` lies in the caller's subtree. */
    const inScope = (caller: Caller, code: string): boolean =>
      caller.jurisdiction === undefined || JurisdictionTree.isWithin(tree, code, caller.jurisdiction)

    const guardScope = (caller: Caller, code: string, hazardId?: string): Effect.Effect<void, OutOfJurisdiction> =>
      inScope(caller, code) ? Effect.void : Effect.fail(new OutOfJurisdiction({ jurisdiction: code, scope: caller.jurisdiction ?? "", hazardId }))

    /**
     * The path prefix of the intersection of the caller's subtree and the query's; `null` when they
     * do not meet; `undefined` for the whole tree.
     */
    const prefixFor = (caller: Caller, jurisdiction: string | undefined): Effect.Effect<string | null | undefined, UnknownJurisdiction> =>
      Effect.gen(function*() {
        if (jurisdiction !== undefined) yield* known(jurisdiction)
        const c = caller.jurisdiction
        if (c === undefined) return jurisdiction === undefined ? undefined : pathOf(jurisdiction)
        if (jurisdiction === undefined) return pathOf(c)
        if (JurisdictionTree.isWithin(tree, jurisdiction, c)) return pathOf(jurisdiction)
        if (JurisdictionTree.isWithin(tree, c, jurisdiction)) return pathOf(c)
        return null
      })

    const fingerprint = (caller: Caller, request: { readonly command: Command; readonly expectedVersion: number }): string =>
      createHash("sha256")
        .update(JSON.stringify({ actor: caller.actor.id, ...(caller.role === undefined ? {} : { role: caller.role }), expectedVersion: request.expectedVersion, command: encodeCommand(request.command) }))
        .digest("hex")

    const replayed = (record: IdempotencyRecord) =>
      Effect.gen(function*() {
        const events = yield* backend.events(record.hazardId, record.toVersion)
        const hazard = replay(events)
        if (hazard === undefined) {
          return yield* new LedgerStorageError({ operation: "idempotent replay", cause: `no events for ${record.hazardId}` })
        }
        return { hazard, events: events.filter((e) => e.version >= record.fromVersion), replayed: true } satisfies WriteResult
      })

    const checkKey = (key: string | undefined, fp: string) =>
      Effect.gen(function*() {
        if (key === undefined) return undefined
        const record = yield* backend.findIdempotency(key)
        if (record === undefined) return undefined
        if (record.fingerprint !== fp) return yield* new IdempotencyKeyReused({ key })
        return yield* replayed(record)
      })

    const redactResult = (caller: Caller, r: WriteResult): WriteResult => ({
      hazard: redactFile(r.hazard, caller),
      events: r.events.map((e) => redactEvent(e, caller)),
      replayed: r.replayed
    })

    const execute: HazardLedgerService["execute"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeWrite(requestInput)
        const command = request.command
        const key = request.idempotencyKey
        const fp = fingerprint(caller, request)
        const hazardId = command._tag === "Report" ? (command.hazardId ?? newId()) : command.hazardId
        const at = new Date(yield* Clock.currentTimeMillis)

        const write = backend.transaction(Effect.gen(function*() {
          const again = yield* checkKey(key, fp)
          if (again !== undefined) return again
          const stored = yield* backend.load(hazardId)
          const current = stored?.file
          let path: string
          if (command._tag === "Report") {
            yield* known(command.jurisdiction)
            yield* guardScope(caller, command.jurisdiction)
            path = pathOf(command.jurisdiction)
          } else {
            if (current === undefined || stored === undefined) return yield* new HazardNotFound({ hazardId })
            yield* guardScope(caller, current.jurisdiction, hazardId)
            path = stored.path
          }
          // the role: may it issue this command, with these fields, on this hazard?
          const authorized = authorize(caller, command, current, authorityContext)
          if (Result.isFailure(authorized)) return yield* Effect.fail(authorized.failure)
          const actual = current?.version ?? 0
          if (actual !== request.expectedVersion) {
            return yield* new VersionConflict({ hazardId, expected: request.expectedVersion, actual })
          }
          const decided = decide(current, authorized.success, { at, actor: caller.actor, role: caller.role, newHazardId: hazardId as HazardFile["id"] })
          if (Result.isFailure(decided)) return yield* Effect.fail(decided.failure)
          const events = decided.success
          let next = current
          for (const e of events) next = evolve(next, e)
          const file = next as HazardFile
          const ruleId = file.source.ruleId
          if (ruleId !== undefined && file.state !== "closed" && (current === undefined || current.state === "closed")) {
            const existing = yield* backend.findOpenByRule(file.subject, ruleId)
            if (existing !== undefined && existing !== hazardId) {
              return yield* new DuplicateOpenHazard({ subject: file.subject, ruleId, existing })
            }
          }
          yield* backend.append({
            expectedVersion: request.expectedVersion,
            events,
            file,
            path,
            idempotency: key === undefined ? undefined : { key, fingerprint: fp }
          })
          return { hazard: file, events, replayed: false } satisfies WriteResult
        }))

        /** After losing a race, a concurrent retry with the same key may have written this very request. */
        const orReplay = <E extends LedgerError>(error: E): Effect.Effect<WriteResult, E | LedgerError> =>
          Effect.flatMap(checkKey(key, fp), (again) => (again === undefined ? Effect.fail(error) : Effect.succeed(again)))

        const result = yield* write.pipe(
          Effect.catchTag("VersionConflict", (e) => orReplay(e)),
          Effect.catchTag("DuplicateOpenHazard", (e) => orReplay(e)),
          Effect.catchTag("AppendRace", () =>
            // another writer committed first: report what it changed, precisely
            Effect.gen(function*() {
              const again = yield* checkKey(key, fp)
              if (again !== undefined) return again
              const stored = yield* backend.load(hazardId)
              const actual = stored?.file.version ?? 0
              if (actual !== request.expectedVersion) {
                return yield* new VersionConflict({ hazardId, expected: request.expectedVersion, actual })
              }
              const ruleId = command._tag === "Report" ? command.source.ruleId : stored?.file.source.ruleId
              const subject = command._tag === "Report" ? command.subject : stored?.file.subject
              if (ruleId !== undefined && subject !== undefined) {
                const existing = yield* backend.findOpenByRule(subject, ruleId)
                if (existing !== undefined && existing !== hazardId) return yield* new DuplicateOpenHazard({ subject, ruleId, existing })
              }
              return yield* new VersionConflict({ hazardId, expected: request.expectedVersion, actual })
            })
          )
        )
        return redactResult(caller, result)
      })

    const loadVisible = (caller: Caller, hazardIdInput: string, operation: string) =>
      Effect.gen(function*() {
        const hazardId = yield* decodeHazardId(hazardIdInput)
        const stored = yield* backend.load(hazardId)
        if (stored === undefined) return yield* new HazardNotFound({ hazardId })
        yield* guardScope(caller, stored.file.jurisdiction, hazardId)
        yield* guardSubject(caller, stored.file, operation)
        return stored
      })

    const get: HazardLedgerService["get"] = (callerInput, hazardId) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const stored = yield* loadVisible(caller, hazardId, "get")
        return redactFile(stored.file, caller)
      })

    const history: HazardLedgerService["history"] = (callerInput, hazardId) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const stored = yield* loadVisible(caller, hazardId, "history")
        const events = yield* backend.events(stored.file.id)
        return events.map((e) => redactEvent(e, caller))
      })

    const day = (d: Date | undefined) => (d === undefined ? undefined : CalendarDate.format(d))

    /** The store filter for a decoded query; `null` when the caller's and the query's subtrees do not meet. */
    const filterFor = (caller: Caller, q: typeof HazardQuery.Type | typeof OverdueQuery.Type, overdueAsOf: Date | undefined) =>
      Effect.gen(function*() {
        const pathPrefix = yield* prefixFor(caller, q.jurisdiction)
        if (pathPrefix === null) return null
        const own = ownSubjectOf(caller)
        if (own !== undefined && q.subject !== undefined && q.subject !== own) return null
        const byClosed = q.period?.by === "closed"
        const filter: StoreFilter = {
          pathPrefix,
          subject: own ?? q.subject,
          level: q.level,
          states: q.states,
          overdueAsOf: day(overdueAsOf),
          campaignId: q.campaignId,
          ruleId: q.ruleId,
          sourceKind: q.sourceKind,
          discoveredFrom: byClosed ? undefined : day(q.period?.from),
          discoveredTo: byClosed ? undefined : day(q.period?.to),
          closedFrom: byClosed ? day(q.period?.from) : undefined,
          closedTo: byClosed ? day(q.period?.to) : undefined,
          limit: q.limit,
          offset: q.offset
        }
        return filter
      })

    const query: HazardLedgerService["query"] = (callerInput, queryInput = {}) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const q = yield* decodeQuery(queryInput)
        const filter = yield* filterFor(caller, q, q.overdueAsOf)
        if (filter === null) return []
        const files = yield* backend.query(filter)
        return files.map((f) => redactFile(f, caller))
      })

    const overdue: HazardLedgerService["overdue"] = (callerInput, queryInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const q = yield* decodeOverdue(queryInput)
        const filter = yield* filterFor(caller, q, q.asOf)
        if (filter === null) return []
        const files = yield* backend.query({ ...filter, limit: undefined, offset: undefined })
        const entries = files.map((f): OverdueEntry => ({ hazard: redactFile(f, caller), ...escalationOf(f, q.asOf, policy) }))
        entries.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.hazard.id < b.hazard.id ? -1 : a.hazard.id > b.hazard.id ? 1 : 0))
        const from = q.offset ?? 0
        return q.limit === undefined ? entries.slice(from) : entries.slice(from, from + q.limit)
      })

    const metrics: HazardLedgerService["metrics"] = (callerInput, queryInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const q = yield* decodeMetrics(queryInput)
        const pathPrefix = yield* prefixFor(caller, q.jurisdiction)
        const root = q.jurisdiction !== undefined && caller.jurisdiction !== undefined
          ? (JurisdictionTree.isWithin(tree, q.jurisdiction, caller.jurisdiction) ? q.jurisdiction : caller.jurisdiction)
          : q.jurisdiction ?? caller.jurisdiction
        const own = ownSubjectOf(caller)
        const files = pathPrefix === null ? [] : yield* backend.query({
          pathPrefix,
          ...(own === undefined ? {} : { subject: own }),
          discoveredFrom: CalendarDate.format(q.period.from),
          discoveredTo: CalendarDate.format(q.period.to)
        })
        const opts = { asOf: q.asOf, selfReportWithinDays: q.selfReportWithinDays }
        const rows: Array<MetricsRow> = []
        if (q.breakdown === "month") {
          const byMonth = new Map<string, Array<HazardFile>>()
          for (const f of files) {
            const k = CalendarDate.format(f.discoveredOn).slice(0, 7)
            byMonth.set(k, [...(byMonth.get(k) ?? []), f])
          }
          for (const k of [...byMonth.keys()].sort()) rows.push({ key: k, metrics: computeMetrics(byMonth.get(k)!, opts) })
        } else if (q.breakdown === "children") {
          const children = root === undefined ? tree.roots : JurisdictionTree.children(tree, root)
          const own = root === undefined ? [] : files.filter((f) => f.jurisdiction === root)
          if (root !== undefined) rows.push({ key: "self", label: JurisdictionTree.get(tree, root)?.name, metrics: computeMetrics(own, opts) })
          for (const child of children) {
            const inChild = files.filter((f) => JurisdictionTree.isWithin(tree, f.jurisdiction, child))
            rows.push({ key: child, label: JurisdictionTree.get(tree, child)?.name, metrics: computeMetrics(inChild, opts) })
          }
        }
        return {
          asOf: CalendarDate.format(q.asOf),
          period: { from: CalendarDate.format(q.period.from), to: CalendarDate.format(q.period.to) },
          ...(root === undefined ? {} : { jurisdiction: root }),
          total: computeMetrics(files, opts),
          rows
        } satisfies MetricsReport
      })

    const importFindings: HazardLedgerService["importFindings"] = (callerInput, input) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const imp = yield* decodeImport(input)
        // the hazards are rule findings: only a role that reports rule findings imports them (nothing written otherwise)
        const importers = rolesFor("Report").filter((k) => reportSources[k].includes("rule-finding"))
        if (caller.role === undefined || !importers.includes(caller.role.kind)) {
          return yield* new CommandNotPermitted({ role: describeRole(caller.role), command: "importFindings", allowed: importers })
        }
        const skipped: Array<SkippedFinding> = []
        // enterprises outside the caller's subtree (or the tree) are reported, not imported
        const enterprises = imp.report.enterprises.filter((e) => {
          const code = e.subject.jurisdiction
          const ok = JurisdictionTree.has(tree, code) && inScope(caller, code)
          if (!ok) {
            for (const f of e.findings) {
              if (f.outcome === "violation") {
                skipped.push({
                  subject: e.subject.creditCode,
                  ruleId: f.ruleId,
                  reason: "out-of-jurisdiction",
                  detail: JurisdictionTree.has(tree, code) ? `${code} is outside ${caller.jurisdiction}` : `${code} is not in the jurisdiction tree`
                })
              }
            }
          }
          return ok
        })
        const subjects = [...new Set(enterprises.map((e) => e.subject.creditCode))]
        const open = subjects.length === 0 ? [] : yield* backend.query({ subjects, hasRule: true, states: ["reported", "assessed", "rectification-planned", "rectifying", "awaiting-verification", "reopened"] })
        const openMap = new Map(open.map((f) => [`${f.subject}\u0000${f.source.ruleId}`, f.id as string]))
        const { commands, skipped: more } = findingsToCommands({ ...imp.report, enterprises }, {
          discoveredOn: imp.discoveredOn,
          generalDeadlineDays: imp.generalDeadlineDays,
          campaignId: imp.campaignId,
          openHazard: (s, r) => openMap.get(`${s}\u0000${r}`)
        })
        skipped.push(...more)
        const created: Array<HazardFile> = []
        for (const command of commands) {
          const ruleId = command.source.ruleId ?? ""
          const key = imp.idempotencyKeyPrefix === undefined ? undefined : `${imp.idempotencyKeyPrefix}:${command.subject}:${ruleId}`
          const r = yield* execute(callerInput, { command, expectedVersion: 0, ...(key === undefined ? {} : { idempotencyKey: key }) }).pipe(
            Effect.map((w) => w.hazard),
            Effect.catchTags({
              DuplicateOpenHazard: (e) => Effect.sync(() => void skipped.push({ subject: e.subject, ruleId: e.ruleId, reason: "already-open", existing: e.existing })),
              InvalidInput: (e) => Effect.sync(() => void skipped.push({ subject: command.subject, ruleId, reason: "invalid", detail: e.message }))
            })
          )
          if (r !== undefined) created.push(r)
        }
        return { created, skipped } satisfies ImportResult
      })

    const exportEvents: HazardLedgerService["exportEvents"] = (callerInput, queryInput = {}) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const q = yield* decodeExport(queryInput)
        const prefix = yield* prefixFor(caller, q.jurisdiction)
        if (prefix === null) return []
        const events = yield* backend.exportEvents(prefix)
        const own = ownSubjectOf(caller)
        const visible = own === undefined
          ? events
          : yield* Effect.map(backend.query({ ...(prefix === undefined ? {} : { pathPrefix: prefix }), subject: own }), (files) => {
            const ids = new Set<string>(files.map((f) => f.id))
            return events.filter((e) => ids.has(e.hazardId))
          })
        return visible.map((e) => redactEvent(e, caller))
      })

    return { execute, get, history, query, overdue, metrics, importFindings, exportEvents } satisfies HazardLedgerService
  })
