/**
 * 错误 — the typed errors of the hazard ledger. One class per guard, each naming what is missing
 * or wrong, so a caller can tell a user exactly what to do next; plus the errors of the store
 * (version conflicts, idempotency, access, bad input, storage).
 *
 * @since 0.1.0
 */
import type { HazardLevel, HazardState } from "@anquan/core"
import { CalendarDate } from "@anquan/core"
import { Data } from "effect"
import type { FiveInPlaceItem } from "./model.ts"

const day = (d: Date): string => CalendarDate.format(d)

const ITEM_LABELS: Readonly<Record<FiveInPlaceItem, string>> = {
  measures: "measures (整改措施)",
  funds: "funds (整改资金)",
  deadline: "deadline (整改时限)",
  responsiblePerson: "responsible person (责任人)",
  emergencyPlan: "emergency plan (应急预案)"
}

// ---------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------

/**
 * 状态不允许 — the command does not apply in the hazard's current state. `allowed` lists the
 * states in which it does.
 *
 * @since 0.1.0
 */
export class IllegalTransition extends Data.TaggedError("IllegalTransition")<{
  readonly hazardId: string
  readonly state: HazardState
  readonly command: string
  readonly allowed: ReadonlyArray<HazardState>
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: ${this.command} is not allowed in state "${this.state}"` +
      (this.allowed.length > 0 ? ` (allowed in: ${this.allowed.join(", ")})` : "")
  }
}

/**
 * 五落实未到位 — a major hazard (重大事故隐患) cannot be planned or rectified until measures,
 * funds, deadline, responsible person and emergency plan are all in place. `missing` lists the
 * items still missing.
 *
 * @since 0.1.0
 */
export class FiveInPlaceIncomplete extends Data.TaggedError("FiveInPlaceIncomplete")<{
  readonly hazardId: string
  readonly command: string
  readonly missing: ReadonlyArray<FiveInPlaceItem>
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: a major hazard needs all five in place (五落实) before ${this.command}; missing: ` +
      this.missing.map((m) => ITEM_LABELS[m]).join(", ")
  }
}

/**
 * 缺少挂牌督办验收 — a hazard under listed supervision (挂牌督办) closes only with the acceptance
 * of the level that listed it.
 *
 * @since 0.1.0
 */
export class AcceptanceMissing extends Data.TaggedError("AcceptanceMissing")<{
  readonly hazardId: string
  readonly level: "city" | "county" | "township"
  readonly by?: string | undefined
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: listed for supervision (挂牌督办) at ${this.level} level` +
      (this.by === undefined ? "" : ` by ${this.by}`) + `; it closes only with that level's acceptance (验收), which is missing`
  }
}

/**
 * 未挂牌督办 — an acceptance was recorded for a hazard that is not under listed supervision.
 *
 * @since 0.1.0
 */
export class NotUnderListedSupervision extends Data.TaggedError("NotUnderListedSupervision")<{
  readonly hazardId: string
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: not under listed supervision (挂牌督办), so there is no level to accept its closure`
  }
}

/**
 * 验收层级不符 — the acceptance comes from another level (or jurisdiction) than the one that
 * listed the hazard.
 *
 * @since 0.1.0
 */
export class AcceptanceLevelMismatch extends Data.TaggedError("AcceptanceLevelMismatch")<{
  readonly hazardId: string
  readonly listedLevel: "city" | "county" | "township"
  readonly listedBy?: string | undefined
  readonly level: "city" | "county" | "township"
  readonly jurisdiction?: string | undefined
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: listed at ${this.listedLevel} level${this.listedBy === undefined ? "" : ` by ${this.listedBy}`}, ` +
      `but the acceptance comes from ${this.level} level${this.jurisdiction === undefined ? "" : ` (${this.jurisdiction})`}`
  }
}

/**
 * 挂牌督办仅适用于重大隐患 — only a major hazard can be listed for supervision, and a listed
 * hazard cannot be re-assessed as general.
 *
 * @since 0.1.0
 */
export class ListedSupervisionRequiresMajor extends Data.TaggedError("ListedSupervisionRequiresMajor")<{
  readonly hazardId: string
  readonly level: HazardLevel
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: listed supervision (挂牌督办) applies to major hazards (重大事故隐患) only; this one would be ${this.level}`
  }
}

/**
 * 验收人与整改人相同 — the person who verifies a rectification must not be the one who carried it out.
 *
 * @since 0.1.0
 */
export class VerifierIsRectifier extends Data.TaggedError("VerifierIsRectifier")<{
  readonly hazardId: string
  readonly personId: string
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: ${this.personId} rectified it and cannot also verify it (验收人不得为整改人)`
  }
}

/**
 * 整改期限只能经批准延期变更 — a command tried to change a deadline that is already set; deadlines
 * move only through an approved extension (RequestExtension, then GrantExtension).
 *
 * @since 0.1.0
 */
export class DeadlineChangeRequiresExtension extends Data.TaggedError("DeadlineChangeRequiresExtension")<{
  readonly hazardId: string
  readonly current: Date
  readonly requested: Date
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: the deadline is ${day(this.current)}; moving it to ${day(this.requested)} needs an approved extension (延期审批)`
  }
}

/**
 * 整改期限早于发现日期 — a deadline cannot precede the day the hazard was discovered.
 *
 * @since 0.1.0
 */
export class DeadlineBeforeDiscovery extends Data.TaggedError("DeadlineBeforeDiscovery")<{
  readonly hazardId: string
  readonly discoveredOn: Date
  readonly deadline: Date
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: the deadline ${day(this.deadline)} precedes the discovery on ${day(this.discoveredOn)}`
  }
}

/**
 * 重大隐患不得随查随治 — only a general hazard may be fixed on discovery in one step.
 *
 * @since 0.1.0
 */
export class MajorHazardNotFixableOnDiscovery extends Data.TaggedError("MajorHazardNotFixableOnDiscovery")<{
  readonly hazardId: string
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: a major hazard (重大事故隐患) cannot be fixed on discovery (随查随治); it needs five in place, rectification and verification`
  }
}

/**
 * 无整改期限可延 — an extension was requested for a hazard that has no deadline yet; set one first.
 *
 * @since 0.1.0
 */
export class NoDeadlineToExtend extends Data.TaggedError("NoDeadlineToExtend")<{
  readonly hazardId: string
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: has no deadline (整改时限) to extend; set one first`
  }
}

/**
 * 延期日期须晚于原期限 — the requested deadline is not after the current one.
 *
 * @since 0.1.0
 */
export class ExtensionNotLater extends Data.TaggedError("ExtensionNotLater")<{
  readonly hazardId: string
  readonly current: Date
  readonly requested: Date
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: an extension must move the deadline later than ${day(this.current)}, got ${day(this.requested)}`
  }
}

/**
 * 已有待审批的延期申请 — one extension request at a time.
 *
 * @since 0.1.0
 */
export class ExtensionAlreadyPending extends Data.TaggedError("ExtensionAlreadyPending")<{
  readonly hazardId: string
  readonly requested: Date
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: an extension to ${day(this.requested)} is already awaiting a decision`
  }
}

/**
 * 无待审批的延期申请 — there is no extension request to grant or reject.
 *
 * @since 0.1.0
 */
export class NoPendingExtension extends Data.TaggedError("NoPendingExtension")<{
  readonly hazardId: string
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: no extension request is awaiting a decision`
  }
}

/**
 * 不得自批延期 — the person who asked for an extension cannot grant it.
 *
 * @since 0.1.0
 */
export class ExtensionSelfApproval extends Data.TaggedError("ExtensionSelfApproval")<{
  readonly hazardId: string
  readonly personId: string
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: ${this.personId} requested the extension and cannot also grant it`
  }
}

/**
 * 隐患不存在 — no hazard has this id.
 *
 * @since 0.1.0
 */
export class HazardNotFound extends Data.TaggedError("HazardNotFound")<{
  readonly hazardId: string
}> {
  override get message(): string {
    return `no hazard ${this.hazardId} in the ledger (台账)`
  }
}

/**
 * Every error `decide` returns.
 *
 * @since 0.1.0
 */
export type DecideError =
  | IllegalTransition
  | FiveInPlaceIncomplete
  | AcceptanceMissing
  | NotUnderListedSupervision
  | AcceptanceLevelMismatch
  | ListedSupervisionRequiresMajor
  | VerifierIsRectifier
  | DeadlineChangeRequiresExtension
  | DeadlineBeforeDiscovery
  | MajorHazardNotFixableOnDiscovery
  | NoDeadlineToExtend
  | ExtensionNotLater
  | ExtensionAlreadyPending
  | NoPendingExtension
  | ExtensionSelfApproval
  | HazardNotFound

// ---------------------------------------------------------------------------------------------
// Authority
// ---------------------------------------------------------------------------------------------

/**
 * 无权发出此指令 — the caller's role may not issue this command at all (a caller without a role may
 * issue none). `role` is the caller's role (`enterprise 91…`, `department 330106`, `inspector`,
 * `system` or `none`); `allowed` lists the role kinds that may.
 *
 * @since 0.1.0
 */
export class CommandNotPermitted extends Data.TaggedError("CommandNotPermitted")<{
  readonly role: string
  readonly command: string
  readonly allowed: ReadonlyArray<string>
  readonly hazardId?: string | undefined
}> {
  override get message(): string {
    return `${this.hazardId === undefined ? "" : `hazard ${this.hazardId}: `}a caller with role ${this.role} may not issue ${this.command} (无权操作)` +
      (this.allowed.length === 0 ? "" : `; allowed: ${this.allowed.join(", ")}`)
  }
}

/**
 * 越权 — the caller's role may issue the command, but one of its fields (or of the hazard) names
 * someone other than the caller: another enterprise, another level or another jurisdiction than the
 * department's own, a source the role does not record. `field` is the path of the field that
 * disagreed, `expected` what the caller's binding allows and `actual` what was given.
 *
 * @since 0.1.0
 */
export class AuthorityMismatch extends Data.TaggedError("AuthorityMismatch")<{
  readonly role: string
  readonly command: string
  readonly field: string
  readonly expected: string
  readonly actual: string
  readonly hazardId?: string | undefined
}> {
  override get message(): string {
    return `${this.hazardId === undefined ? "" : `hazard ${this.hazardId}: `}a caller with role ${this.role} may issue ${this.command} ` +
      `only with ${this.field} ${this.expected}, got ${this.actual} (越权)`
  }
}

/**
 * Every error of the authority check.
 *
 * @since 0.1.0
 */
export type AuthorityError = CommandNotPermitted | AuthorityMismatch

// ---------------------------------------------------------------------------------------------
// Store
// ---------------------------------------------------------------------------------------------

/**
 * 版本冲突 — the write carried a version that is no longer current: someone else changed the
 * hazard since the caller read it. Nothing was written; read again and decide again.
 *
 * @since 0.1.0
 */
export class VersionConflict extends Data.TaggedError("VersionConflict")<{
  readonly hazardId: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return `hazard ${this.hazardId}: the write expected version ${this.expected} but the ledger is at version ${this.actual}; read again and retry`
  }
}

/**
 * 幂等键重复使用 — the idempotency key was already used for a different request (another command
 * or another actor). A retry must send the very same request.
 *
 * @since 0.1.0
 */
export class IdempotencyKeyReused extends Data.TaggedError("IdempotencyKeyReused")<{
  readonly key: string
}> {
  override get message(): string {
    return `idempotency key ${JSON.stringify(this.key)} was already used for a different request`
  }
}

/**
 * 重复隐患 — the same rule on the same subject already has an open hazard; a second one is not
 * opened while the first is open.
 *
 * @since 0.1.0
 */
export class DuplicateOpenHazard extends Data.TaggedError("DuplicateOpenHazard")<{
  readonly subject: string
  readonly ruleId: string
  readonly existing: string
}> {
  override get message(): string {
    return `${this.subject} already has open hazard ${this.existing} for rule ${this.ruleId}`
  }
}

/**
 * 超出辖区 — the caller is bound to a jurisdiction and the hazard lies outside its subtree.
 *
 * @since 0.1.0
 */
export class OutOfJurisdiction extends Data.TaggedError("OutOfJurisdiction")<{
  readonly jurisdiction: string
  readonly scope: string
  readonly hazardId?: string | undefined
}> {
  override get message(): string {
    return `${this.hazardId === undefined ? "jurisdiction" : `hazard ${this.hazardId} in`} ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/**
 * 未知行政区划 — a jurisdiction code that is not in the ledger's jurisdiction tree.
 *
 * @since 0.1.0
 */
export class UnknownJurisdiction extends Data.TaggedError("UnknownJurisdiction")<{
  readonly code: string
}> {
  override get message(): string {
    return `jurisdiction ${this.code} is not in the ledger's jurisdiction tree (行政区划树)`
  }
}

/**
 * One problem in an input: where (a path into the input) and what.
 *
 * @since 0.1.0
 */
export interface InputIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/**
 * 输入无效 — input to an entry point failed to decode. Nothing was changed. `issues` lists every
 * problem with its path.
 *
 * @since 0.1.0
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  readonly entryPoint: string
  readonly issues: ReadonlyArray<InputIssue>
}> {
  override get message(): string {
    return `invalid input to ${this.entryPoint}:\n` +
      this.issues.map((i) => `  - ${i.message}${i.path.length === 0 ? "" : ` at ${i.path.map((k) => `[${JSON.stringify(k)}]`).join("")}`}`).join("\n")
  }
}

const messageOf = (u: unknown): string | undefined =>
  typeof u === "object" && u !== null && "message" in u && typeof u.message === "string" ? u.message : undefined

/** A cause's message, with the driver's own message when a SQL error wraps one (e.g. PostgreSQL's). */
const describeCause = (cause: unknown): string => {
  const outer = messageOf(cause) ?? String(cause)
  const reason = typeof cause === "object" && cause !== null && "reason" in cause ? cause.reason : undefined
  const inner = typeof reason === "object" && reason !== null && "cause" in reason ? messageOf(reason.cause) : undefined
  return inner === undefined || outer.includes(inner) ? outer : `${outer}: ${inner}`
}

/**
 * 存储错误 — the storage failed (I/O, connection, a corrupt row). The write, if any, did not happen
 * unless the failure came after the commit was acknowledged by the database.
 *
 * @since 0.1.0
 */
export class LedgerStorageError extends Data.TaggedError("LedgerStorageError")<{
  readonly operation: string
  readonly cause: unknown
}> {
  override get message(): string {
    return `hazard ledger storage failed during ${this.operation}: ${describeCause(this.cause)}`
  }
}

/**
 * Every error the ledger service returns.
 *
 * @since 0.1.0
 */
export type LedgerError =
  | DecideError
  | AuthorityError
  | VersionConflict
  | IdempotencyKeyReused
  | DuplicateOpenHazard
  | OutOfJurisdiction
  | UnknownJurisdiction
  | InvalidInput
  | LedgerStorageError
