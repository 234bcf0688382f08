/**
 * 错误 — the enforcement package's own typed errors. Input, jurisdiction and authority errors are
 * the hazard ledger's (`InvalidInput`, `UnknownJurisdiction`, `CommandNotPermitted`,
 * `AuthorityMismatch`): the case store uses the same caller, roles and jurisdiction tree.
 *
 * @since 0.2.0
 */
import type { AuthorityMismatch, CommandNotPermitted, InvalidInput, UnknownJurisdiction } from "@anquan/hazard-ledger"
import { Data } from "effect"

/**
 * 不允许的流转 — the command does not apply at the case's stage; `allowed` lists the stages where it
 * does (`[]` with stage `none`: the case does not exist yet, or already exists for `OpenCase`).
 *
 * @since 0.2.0
 */
export class IllegalCaseTransition extends Data.TaggedError("IllegalCaseTransition")<{
  readonly caseId: string
  readonly command: string
  readonly stage: string
  readonly allowed: ReadonlyArray<string>
}> {
  override get message(): string {
    return `case ${this.caseId}: ${this.command} is not allowed at stage ${this.stage}` +
      (this.allowed.length === 0 ? "" : ` (allowed at: ${this.allowed.join(", ")})`)
  }
}

/**
 * 日期顺序错误 — a date of the command comes before a date it must follow (a finding before the
 * inspection, a penalty before the finding it punishes, a deadline not after the order, …).
 *
 * @since 0.2.0
 */
export class CaseDateOutOfOrder extends Data.TaggedError("CaseDateOutOfOrder")<{
  readonly caseId: string
  readonly command: string
  /** The path of the date in the command, e.g. `order.deadline`. */
  readonly field: string
  readonly date: string
  /** The day it must not precede (or, with `strictly`, must follow). */
  readonly earliest: string
  /** What `earliest` is, e.g. `the inspection`. */
  readonly of: string
  readonly strictly: boolean
}> {
  override get message(): string {
    return `case ${this.caseId}: ${this.command} ${this.field} ${this.date} must be ${this.strictly ? "after" : "on or after"} ${this.earliest} (${this.of})`
  }
}

/**
 * Why a command was refused when the stage allows it.
 *
 * @since 0.2.0
 */
export type CaseRefusalReason =
  | "duplicate-finding"
  | "unknown-finding"
  | "no-penalty-basis"
  | "penalty-basis-not-cited"
  | "penalty-already-decided"
  | "no-penalty-decision"
  | "already-published"
  | "no-order"
  | "not-rectified"
  | "no-review"
  | "no-penalty-or-order"

/**
 * 拒绝 — the command is refused for the reason given (`detail` says exactly what).
 *
 * @since 0.2.0
 */
export class CaseRefused extends Data.TaggedError("CaseRefused")<{
  readonly caseId: string
  readonly command: string
  readonly reason: CaseRefusalReason
  readonly detail: string
}> {
  override get message(): string {
    return `case ${this.caseId}: ${this.command} refused (${this.reason}): ${this.detail}`
  }
}

/** Every error of the pure state machine. @since 0.2.0 */
export type CaseDecisionError = IllegalCaseTransition | CaseDateOutOfOrder | CaseRefused

/** 案件不存在 — no case with this id (or none the caller may see). @since 0.2.0 */
export class CaseNotFound extends Data.TaggedError("CaseNotFound")<{ readonly caseId: string }> {
  override get message(): string {
    return `no enforcement case ${this.caseId}`
  }
}

/**
 * 版本冲突 — the write carried a version that is no longer current. Nothing was written; read
 * again and retry.
 *
 * @since 0.2.0
 */
export class CaseVersionConflict extends Data.TaggedError("CaseVersionConflict")<{
  readonly caseId: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return `case ${this.caseId}: the write expected version ${this.expected} but the case is at version ${this.actual}; read again and retry`
  }
}

/** 超出辖区 — the case lies outside the caller's jurisdiction. @since 0.2.0 */
export class CaseOutOfJurisdiction extends Data.TaggedError("CaseOutOfJurisdiction")<{
  readonly caseId: string
  readonly jurisdiction: string
  readonly scope: string
}> {
  override get message(): string {
    return `case ${this.caseId} in ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/** 存储错误 — the storage failed; a write that fails this way did not happen. @since 0.2.0 */
export class CaseStorageError extends Data.TaggedError("CaseStorageError")<{ readonly operation: string; readonly cause: unknown }> {
  override get message(): string {
    const c = this.cause
    const text = typeof c === "object" && c !== null && "message" in c && typeof c.message === "string" ? c.message : String(c)
    return `enforcement case storage failed during ${this.operation}: ${text}`
  }
}

/** Every error of the case store. @since 0.2.0 */
export type EnforcementError =
  | CaseDecisionError
  | CaseNotFound
  | CaseVersionConflict
  | CaseOutOfJurisdiction
  | CaseStorageError
  | InvalidInput
  | UnknownJurisdiction
  | CommandNotPermitted
  | AuthorityMismatch
