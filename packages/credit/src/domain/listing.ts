/**
 * 黑名单 — the list (失信名单): entries, their window, 信用修复 and removal, and what they block.
 *
 * An entry is listed from `from` (its first day) to `expiresOn` (the first day it no longer
 * applies; `null`: until repaired or removed). A repair (信用修复) or a removal (撤销, e.g. listed in
 * error) takes effect on its own day; nothing is deleted: the entry keeps them, and the store keeps
 * every event. As of a day an entry is:
 *
 * | status | when |
 * |---|---|
 * | `pending` | the day is before `from` |
 * | `removed` | removed on or before the day |
 * | `repaired` | repaired on or before the day |
 * | `expired` | the day is on or after `expiresOn` |
 * | `active` | otherwise: it blocks the purposes it lists |
 *
 * What an entry blocks is copied from its condition when it is listed, so a later change of the
 * configuration does not rewrite what was decided.
 *
 * @since 0.2.0
 */
import { CalendarDate, JurisdictionCode, localizedIssue, UnifiedSocialCreditCode } from "@anquan/core"
import { Actor, Instant, Role } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import type { Basis } from "./basis.ts"
import type { CreditConfig, EntryCondition } from "./config.ts"

const Kebab = Schema.String.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a kebab-case id, e.g. fatal-accident" }))
const EvidenceIds = Schema.Array(Kebab)

/** 名单编号. @since 0.2.0 */
export const EntryId = Schema.String.check(
  Schema.isPattern(/^[\p{L}\p{N}][\p{L}\p{N}._:\-]{0,119}$/u, { message: "Expected an entry id: letters, digits, . _ : -, at most 120 characters" })
).pipe(Schema.brand("EntryId")).annotate({ identifier: "EntryId", description: "名单编号" })
/** @since 0.2.0 */
export type EntryId = typeof EntryId.Type

/** 信用修复 — the day, the evidence shown (kinds of the configuration), who and a note. @since 0.2.0 */
export const Repair = Schema.Struct({
  on: CalendarDate.CalendarDate,
  evidence: EvidenceIds,
  by: Actor,
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "Repair" })
/** @since 0.2.0 */
export type Repair = typeof Repair.Type

/** 移出 — a removal (撤销: listed in error, decision quashed): the day, why, who. @since 0.2.0 */
export const Removal = Schema.Struct({
  on: CalendarDate.CalendarDate,
  reason: Schema.NonEmptyString,
  by: Actor
}).annotate({ identifier: "Removal" })
/** @since 0.2.0 */
export type Removal = typeof Removal.Type

/**
 * 名单条目 — one entry as listed.
 *
 * @since 0.2.0
 */
export const ListEntry = Schema.Struct({
  id: EntryId,
  enterprise: UnifiedSocialCreditCode,
  name: Schema.optionalKey(Schema.String),
  jurisdiction: JurisdictionCode,
  /** The condition (its id in the configuration). */
  condition: Kebab,
  from: CalendarDate.CalendarDate,
  expiresOn: Schema.NullOr(CalendarDate.CalendarDate),
  /** The purposes it blocks while active. */
  blocks: Schema.Array(Kebab),
  repairable: Schema.Boolean,
  /** The facts or decision it rests on (an accident, a decision number and its wording). */
  reason: Schema.NonEmptyString,
  ref: Schema.optionalKey(Schema.NonEmptyString),
  repaired: Schema.optionalKey(Repair),
  removed: Schema.optionalKey(Removal)
}).annotate({ identifier: "ListEntry", description: "名单条目" })
/** @since 0.2.0 */
export type ListEntry = typeof ListEntry.Type
/** @since 0.2.0 */
export type ListEntryEncoded = typeof ListEntry.Encoded

/**
 * 列入申请 — what a caller gives to list an enterprise: the condition, the first day, the reason;
 * `expiresOn` defaults to `from` + the condition's `durationDays`; `id` defaults to
 * `<condition>:<enterprise>:<from>`.
 *
 * @since 0.2.0
 */
export const NewEntry = Schema.Struct({
  id: Schema.optionalKey(EntryId),
  enterprise: UnifiedSocialCreditCode,
  name: Schema.optionalKey(Schema.String),
  jurisdiction: JurisdictionCode,
  condition: Kebab,
  from: CalendarDate.CalendarDate,
  expiresOn: Schema.optionalKey(Schema.NullOr(CalendarDate.CalendarDate)),
  reason: Schema.NonEmptyString,
  ref: Schema.optionalKey(Schema.NonEmptyString)
}).check(Schema.makeFilter((e) =>
  e.expiresOn !== undefined && e.expiresOn !== null && e.expiresOn.getTime() <= e.from.getTime()
    ? { path: ["expiresOn"], issue: localizedIssue("an entry must end after its first day (expiresOn > from)", "移出日期应晚于列入日期") }
    : undefined
)).annotate({ identifier: "NewEntry" })
/** @since 0.2.0 */
export type NewEntry = typeof NewEntry.Type
/** @since 0.2.0 */
export type NewEntryInput = typeof NewEntry.Encoded

/** @since 0.2.0 */
export const AddEntry = Schema.TaggedStruct("AddEntry", { entry: NewEntry })
/** @since 0.2.0 */
export const RepairEntry = Schema.TaggedStruct("RepairEntry", {
  entryId: EntryId,
  on: CalendarDate.CalendarDate,
  evidence: EvidenceIds,
  note: Schema.optionalKey(Schema.String)
})
/** @since 0.2.0 */
export const RemoveEntry = Schema.TaggedStruct("RemoveEntry", { entryId: EntryId, on: CalendarDate.CalendarDate, reason: Schema.NonEmptyString })

/**
 * 指令 — list (`AddEntry`, expected version 0), repair (`RepairEntry`), remove (`RemoveEntry`).
 *
 * @since 0.2.0
 */
export const ListCommand = Schema.Union([AddEntry, RepairEntry, RemoveEntry]).annotate({ identifier: "ListCommand" })
/** @since 0.2.0 */
export type ListCommand = typeof ListCommand.Type

/** 写请求 — a command with the version the caller saw (0 for a new entry). @since 0.2.0 */
export const ListWriteRequest = Schema.Struct({
  command: ListCommand,
  expectedVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a version ≥ 0" }))
}).annotate({ identifier: "ListWriteRequest" })
/** @since 0.2.0 */
export type ListWriteRequestInput = typeof ListWriteRequest.Encoded

const envelope = {
  entryId: EntryId,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  at: Instant,
  actor: Actor,
  role: Schema.optionalKey(Role)
} as const

/** @since 0.2.0 */
export const EntryAdded = Schema.TaggedStruct("EntryAdded", { ...envelope, entry: ListEntry })
/** @since 0.2.0 */
export const EntryRepaired = Schema.TaggedStruct("EntryRepaired", { ...envelope, repair: Repair })
/** @since 0.2.0 */
export const EntryRemoved = Schema.TaggedStruct("EntryRemoved", { ...envelope, removal: Removal })

/** 事件 — every event of the list, never updated or deleted. @since 0.2.0 */
export const ListEvent = Schema.Union([EntryAdded, EntryRepaired, EntryRemoved]).annotate({ identifier: "ListEvent" })
/** @since 0.2.0 */
export type ListEvent = typeof ListEvent.Type

/** 条目档案 — an entry as its events leave it, with its version. @since 0.2.0 */
export const EntryFile = Schema.Struct({ entry: ListEntry, version: Schema.Int, updatedAt: Instant }).annotate({ identifier: "EntryFile" })
/** @since 0.2.0 */
export type EntryFile = typeof EntryFile.Type

/** Applies an event to a file (`undefined` before the first). @since 0.2.0 */
export const evolveEntry = (file: EntryFile | undefined, e: ListEvent): EntryFile => {
  const base = { version: e.version, updatedAt: e.at }
  switch (e._tag) {
    case "EntryAdded":
      return { entry: e.entry, ...base }
    case "EntryRepaired":
      return { entry: { ...file!.entry, repaired: e.repair }, ...base }
    case "EntryRemoved":
      return { entry: { ...file!.entry, removed: e.removal }, ...base }
  }
}

/** @since 0.2.0 */
export const EntryStatuses = ["pending", "active", "expired", "repaired", "removed"] as const
/** 状态 as of a day (see the module doc). @since 0.2.0 */
export type EntryStatus = (typeof EntryStatuses)[number]

/**
 * An entry's status as of a day.
 *
 * @since 0.2.0
 */
export const statusOf = (entry: ListEntry, asOf: Date): EntryStatus => {
  const t = asOf.getTime()
  if (t < entry.from.getTime()) return "pending"
  if (entry.removed !== undefined && entry.removed.on.getTime() <= t) return "removed"
  if (entry.repaired !== undefined && entry.repaired.on.getTime() <= t) return "repaired"
  if (entry.expiresOn !== null && t >= entry.expiresOn.getTime()) return "expired"
  return "active"
}

/** `<condition>:<enterprise>:<from>`, the default id of an entry. @since 0.2.0 */
export const defaultEntryId = (e: Pick<NewEntry, "condition" | "enterprise" | "from">): EntryId =>
  `${e.condition}:${e.enterprise}:${CalendarDate.format(e.from)}` as EntryId

/**
 * The entry a `NewEntry` makes under a configuration; `undefined` when the condition is not one of
 * the configuration's.
 *
 * @since 0.2.0
 */
export const entryOf = (input: NewEntry, config: CreditConfig): ListEntry | undefined => {
  const condition = config.conditions.find((c) => c.id === input.condition)
  if (condition === undefined) return undefined
  const expiresOn = input.expiresOn !== undefined
    ? input.expiresOn
    : condition.durationDays === null
    ? null
    : CalendarDate.addDays(input.from, condition.durationDays)
  return {
    id: input.id ?? defaultEntryId(input),
    enterprise: input.enterprise,
    ...(input.name === undefined ? {} : { name: input.name }),
    jurisdiction: input.jurisdiction,
    condition: condition.id,
    from: input.from,
    expiresOn,
    blocks: condition.blocks,
    repairable: condition.repairable,
    reason: input.reason,
    ...(input.ref === undefined ? {} : { ref: input.ref })
  }
}

/**
 * Why a repair cannot be recorded (empty: it can): the entry is not repairable, already repaired,
 * removed, expired or not yet in force on the day, listed for fewer than `minimumDaysListed` days,
 * or evidence is missing or unknown.
 *
 * @since 0.2.0
 */
export const repairRefusals = (entry: ListEntry, on: Date, evidence: ReadonlyArray<string>, config: CreditConfig): ReadonlyArray<string> => {
  const reasons: Array<string> = []
  const day = CalendarDate.format(on)
  if (!entry.repairable) reasons.push(`the condition ${entry.condition} does not allow 信用修复`)
  if (entry.repaired !== undefined) reasons.push(`already repaired on ${CalendarDate.format(entry.repaired.on)}`)
  if (entry.removed !== undefined) reasons.push(`removed on ${CalendarDate.format(entry.removed.on)}`)
  if (on.getTime() < entry.from.getTime()) reasons.push(`${day} is before the entry's first day ${CalendarDate.format(entry.from)}`)
  else if (entry.expiresOn !== null && on.getTime() >= entry.expiresOn.getTime()) reasons.push(`the entry expired on ${CalendarDate.format(entry.expiresOn)}: nothing to repair`)
  const earliest = CalendarDate.addDays(entry.from, config.repair.minimumDaysListed)
  if (on.getTime() >= entry.from.getTime() && on.getTime() < earliest.getTime()) {
    reasons.push(`信用修复 is allowed ${config.repair.minimumDaysListed} days after the first day, from ${CalendarDate.format(earliest)}; ${day} is ${CalendarDate.daysBetween(entry.from, on)} days after it`)
  }
  const known = new Set(config.repair.requires.map((r) => r.id))
  const unknown = evidence.filter((e) => !known.has(e))
  if (unknown.length > 0) reasons.push(`unknown evidence ${unknown.join(", ")} (the configuration knows ${[...known].join(", ") || "none"})`)
  const missing = config.repair.requires.filter((r) => !evidence.includes(r.id))
  if (missing.length > 0) reasons.push(`evidence missing: ${missing.map((m) => `${m.id} (${m.label})`).join(", ")}`)
  return reasons
}

/** Why a removal cannot be recorded (empty: it can). @since 0.2.0 */
export const removalRefusals = (entry: ListEntry, on: Date): ReadonlyArray<string> => {
  const reasons: Array<string> = []
  if (entry.removed !== undefined) reasons.push(`already removed on ${CalendarDate.format(entry.removed.on)}`)
  if (on.getTime() < entry.from.getTime()) reasons.push(`${CalendarDate.format(on)} is before the entry's first day ${CalendarDate.format(entry.from)}`)
  return reasons
}

/**
 * One entry's part in a check: its id, condition, window, status on the day, and the bases of the
 * condition and of what it blocks.
 *
 * @since 0.2.0
 */
export interface EntryOnDay {
  readonly entryId: string
  readonly condition: string
  readonly conditionLabel: string | null
  readonly from: string
  readonly expiresOn: string | null
  readonly status: EntryStatus
  readonly blocks: ReadonlyArray<string>
  readonly reason: string
  readonly ref: string | null
  readonly basis: Basis | null
  readonly blocksBasis: Basis | null
}

/**
 * The answer to "may this enterprise have this on that day?": `blocked` when an active entry
 * blocks the purpose; `by` the entries that block it, `notBlocking` the enterprise's other entries
 * with why (their status, or another purpose).
 *
 * @since 0.2.0
 */
export interface CheckResult {
  readonly enterprise: string
  readonly asOf: string
  readonly purpose: string
  readonly purposeLabel: string
  readonly blocked: boolean
  readonly by: ReadonlyArray<EntryOnDay>
  readonly notBlocking: ReadonlyArray<EntryOnDay & { readonly why: string }>
  /** The configuration answered with: its source and whether it was verified against official texts. */
  readonly config: { readonly source: string; readonly verified: boolean }
}

const onDay = (entry: ListEntry, asOf: Date, condition: EntryCondition | undefined): EntryOnDay => ({
  entryId: entry.id,
  condition: entry.condition,
  conditionLabel: condition?.label ?? null,
  from: CalendarDate.format(entry.from),
  expiresOn: entry.expiresOn === null ? null : CalendarDate.format(entry.expiresOn),
  status: statusOf(entry, asOf),
  blocks: entry.blocks,
  reason: entry.reason,
  ref: entry.ref ?? null,
  basis: condition?.basis ?? null,
  blocksBasis: condition?.blocksBasis ?? null
})

/**
 * Checks a purpose against an enterprise's entries as of a day (pure). The purpose must be one of
 * the configuration's (the caller decodes it first).
 *
 * @since 0.2.0
 */
export const checkEntries = (
  entries: ReadonlyArray<ListEntry>,
  query: { readonly enterprise: string; readonly asOf: Date; readonly purpose: string },
  config: CreditConfig
): CheckResult => {
  const by: Array<EntryOnDay> = []
  const notBlocking: Array<EntryOnDay & { why: string }> = []
  for (const entry of entries) {
    if (entry.enterprise !== query.enterprise) continue
    const d = onDay(entry, query.asOf, config.conditions.find((c) => c.id === entry.condition))
    if (d.status !== "active") notBlocking.push({ ...d, why: d.status })
    else if (!entry.blocks.includes(query.purpose)) notBlocking.push({ ...d, why: `does not block ${query.purpose}` })
    else by.push(d)
  }
  return {
    enterprise: query.enterprise,
    asOf: CalendarDate.format(query.asOf),
    purpose: query.purpose,
    purposeLabel: config.purposes.find((p) => p.id === query.purpose)?.label ?? query.purpose,
    blocked: by.length > 0,
    by,
    notBlocking,
    config: { source: config.source, verified: config.verified }
  }
}
