/**
 * 存储后端 — the narrow storage interface the ledger service is written against, once for all
 * backends (in-memory, SQLite, PostgreSQL). A backend stores events (append-only) and a projection
 * of each hazard's current file, and answers filtered reads. Every rule of the ledger — decoding,
 * access, guards, idempotency, redaction — lives in the service, not here.
 *
 * @since 0.1.0
 */
import type { HazardLevel, HazardState } from "@anquan/core"
import { CalendarDate } from "@anquan/core"
import type { Effect } from "effect"
import { Data } from "effect"
import type { LedgerStorageError } from "../domain/errors.ts"
import type { HazardEvent } from "../domain/events.ts"
import type { HazardFile } from "../domain/model.ts"

/**
 * A hazard's current file and its jurisdiction path (`/320000/320500/320571/`: the codes from the
 * root down, each between slashes), by which subtree reads select.
 *
 * @since 0.1.0
 */
export interface StoredHazard {
  readonly file: HazardFile
  readonly path: string
}

/**
 * What an idempotency key recorded: who sent what (`fingerprint`), and which events it appended.
 *
 * @since 0.1.0
 */
export interface IdempotencyRecord {
  readonly key: string
  readonly fingerprint: string
  readonly hazardId: string
  readonly fromVersion: number
  readonly toVersion: number
}

/**
 * A filtered read. Dates are `YYYY-MM-DD` strings, compared as text (which orders them as dates).
 * Every condition present must hold.
 *
 * @since 0.1.0
 */
export interface StoreFilter {
  /** Only hazards whose jurisdiction path starts with this (a subtree). */
  readonly pathPrefix?: string | undefined
  readonly subject?: string | undefined
  readonly subjects?: ReadonlyArray<string> | undefined
  readonly level?: HazardLevel | undefined
  readonly states?: ReadonlyArray<HazardState> | undefined
  /** Open, with a deadline before this day. */
  readonly overdueAsOf?: string | undefined
  readonly campaignId?: string | undefined
  readonly ruleId?: string | undefined
  /** Only hazards found by a rule (rule id present). */
  readonly hasRule?: boolean | undefined
  readonly sourceKind?: string | undefined
  readonly discoveredFrom?: string | undefined
  readonly discoveredTo?: string | undefined
  readonly closedFrom?: string | undefined
  readonly closedTo?: string | undefined
  readonly limit?: number | undefined
  readonly offset?: number | undefined
}

/**
 * A write: the events to append after `expectedVersion`, the file they produce, its jurisdiction
 * path and, when the request had one, the idempotency key to record — all in one transaction.
 *
 * @since 0.1.0
 */
export interface AppendInput {
  readonly expectedVersion: number
  readonly events: ReadonlyArray<HazardEvent>
  readonly file: HazardFile
  readonly path: string
  readonly idempotency?: { readonly key: string; readonly fingerprint: string } | undefined
}

/**
 * The database refused an append because of a uniqueness constraint (the version, the open
 * rule-finding per subject, or the idempotency key): another writer got there first. The service
 * reads again to report the precise typed error.
 *
 * @since 0.1.0
 */
export class AppendRace extends Data.TaggedError("AppendRace")<{ readonly hazardId: string; readonly detail: string }> {}

/**
 * The storage interface.
 *
 * @since 0.1.0
 */
export interface Backend {
  /** Runs `effect` atomically and serialized with other writes: memory takes a lock, SQL opens a transaction. */
  readonly transaction: <A, E>(effect: Effect.Effect<A, E>) => Effect.Effect<A, E | LedgerStorageError>
  readonly load: (hazardId: string) => Effect.Effect<StoredHazard | undefined, LedgerStorageError>
  /** The open hazard found by `ruleId` on `subject`, if any. */
  readonly findOpenByRule: (subject: string, ruleId: string) => Effect.Effect<string | undefined, LedgerStorageError>
  readonly findIdempotency: (key: string) => Effect.Effect<IdempotencyRecord | undefined, LedgerStorageError>
  readonly append: (input: AppendInput) => Effect.Effect<void, AppendRace | LedgerStorageError>
  /** A hazard's events in version order, up to `toVersion` (inclusive) when given. */
  readonly events: (hazardId: string, toVersion?: number) => Effect.Effect<ReadonlyArray<HazardEvent>, LedgerStorageError>
  /** Files matching the filter, ordered by discovery date, then id. */
  readonly query: (filter: StoreFilter) => Effect.Effect<ReadonlyArray<HazardFile>, LedgerStorageError>
  /** Every event of the hazards in the subtree (all when no prefix), in append order. */
  readonly exportEvents: (pathPrefix?: string) => Effect.Effect<ReadonlyArray<HazardEvent>, LedgerStorageError>
}

/** The columns a filter and the SQL projection read, from a file. @since 0.1.0 */
export const projectionColumns = (file: HazardFile) => ({
  state: file.state,
  level: file.level,
  subject: file.subject as string,
  jurisdiction: file.jurisdiction as string,
  sector: file.sector as string,
  source_kind: file.source.kind as string,
  campaign_id: (file.campaignId ?? null) as string | null,
  rule_id: (file.source.ruleId ?? null) as string | null,
  discovered_on: CalendarDate.format(file.discoveredOn),
  deadline: file.deadline === undefined ? null : CalendarDate.format(file.deadline),
  closed_on: file.closure === undefined ? null : CalendarDate.format(file.closure.on)
})

/**
 * Whether a stored hazard matches a filter (ignores `limit` and `offset`). The in-memory backend
 * filters with it; the SQL backend translates the same conditions into a WHERE clause.
 *
 * @since 0.1.0
 */
export const matches = (stored: StoredHazard, f: StoreFilter): boolean => {
  const c = projectionColumns(stored.file)
  if (f.pathPrefix !== undefined && !stored.path.startsWith(f.pathPrefix)) return false
  if (f.subject !== undefined && c.subject !== f.subject) return false
  if (f.subjects !== undefined && !f.subjects.includes(c.subject)) return false
  if (f.level !== undefined && c.level !== f.level) return false
  if (f.states !== undefined && !f.states.includes(c.state)) return false
  if (f.overdueAsOf !== undefined && (c.state === "closed" || c.deadline === null || !(c.deadline < f.overdueAsOf))) return false
  if (f.campaignId !== undefined && c.campaign_id !== f.campaignId) return false
  if (f.ruleId !== undefined && c.rule_id !== f.ruleId) return false
  if (f.hasRule === true && c.rule_id === null) return false
  if (f.sourceKind !== undefined && c.source_kind !== f.sourceKind) return false
  if (f.discoveredFrom !== undefined && c.discovered_on < f.discoveredFrom) return false
  if (f.discoveredTo !== undefined && c.discovered_on > f.discoveredTo) return false
  if (f.closedFrom !== undefined && (c.closed_on === null || c.closed_on < f.closedFrom)) return false
  if (f.closedTo !== undefined && (c.closed_on === null || c.closed_on > f.closedTo)) return false
  return true
}

/** The order of query results: discovery date, then id (by code unit, like SQL's binary collation). @since 0.1.0 */
export const compareFiles = (a: HazardFile, b: HazardFile): number => {
  const d = a.discoveredOn.getTime() - b.discoveredOn.getTime()
  if (d !== 0) return d
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
