/**
 * 错误 — the register's own typed errors. Input, jurisdiction and authority errors are the hazard
 * ledger's (`InvalidInput`, `UnknownJurisdiction`, `CommandNotPermitted`): the register uses the
 * same caller, roles and jurisdiction tree. No message names the reporter.
 *
 * @since 0.2.0
 */
import type { CommandNotPermitted, InvalidInput, UnknownJurisdiction } from "@anquan/hazard-ledger"
import { Data } from "effect"
import type { ReportTransitionRefused } from "./commands.ts"

/** 举报不存在 — no report with this id (or none the caller may see). @since 0.2.0 */
export class ReportNotFound extends Data.TaggedError("ReportNotFound")<{ readonly reportId: string }> {
  override get message(): string {
    return `no report ${this.reportId} in the register`
  }
}

/**
 * 版本冲突 — the write carried a version that is no longer current. Nothing was written; read
 * again and retry.
 *
 * @since 0.2.0
 */
export class ReportVersionConflict extends Data.TaggedError("ReportVersionConflict")<{
  readonly reportId: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return `report ${this.reportId}: the write expected version ${this.expected} but the register is at version ${this.actual}; read again and retry`
  }
}

/** 超出辖区 — the report lies outside the caller's jurisdiction. @since 0.2.0 */
export class ReportOutOfJurisdiction extends Data.TaggedError("ReportOutOfJurisdiction")<{
  readonly reportId: string
  readonly jurisdiction: string
  readonly scope: string
}> {
  override get message(): string {
    return `report ${this.reportId} in ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/** 存储错误 — the storage failed; a write that fails this way did not happen. @since 0.2.0 */
export class ReportStorageError extends Data.TaggedError("ReportStorageError")<{ readonly operation: string; readonly cause: unknown }> {
  override get message(): string {
    const c = this.cause
    const text = typeof c === "object" && c !== null && "message" in c && typeof c.message === "string" ? c.message : String(c)
    return `report register storage failed during ${this.operation}: ${text}`
  }
}

/** Every error of the register service. @since 0.2.0 */
export type ReportRegisterError =
  | ReportNotFound
  | ReportVersionConflict
  | ReportOutOfJurisdiction
  | ReportStorageError
  | ReportTransitionRefused
  | InvalidInput
  | UnknownJurisdiction
  | CommandNotPermitted
