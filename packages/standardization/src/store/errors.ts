/**
 * 错误 — the register's own typed errors. Input, jurisdiction and authority errors are the hazard
 * ledger's (`InvalidInput`, `UnknownJurisdiction`, `CommandNotPermitted`, `AuthorityMismatch`).
 *
 * @since 0.2.0
 */
import type { AuthorityMismatch, CommandNotPermitted, InvalidInput, UnknownJurisdiction } from "@anquan/hazard-ledger"
import { Data } from "effect"
import type { StepRefused } from "../domain/workflow.ts"

/** 无此企业 — no record for this enterprise (or none the caller may see). @since 0.2.0 */
export class RecordNotFound extends Data.TaggedError("RecordNotFound")<{ readonly enterprise: string }> {
  override get message(): string {
    return `no standardization record of ${this.enterprise}`
  }
}

/** 版本冲突 — the write expected another version; nothing was written. @since 0.2.0 */
export class RecordVersionConflict extends Data.TaggedError("RecordVersionConflict")<{
  readonly enterprise: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return `standardization record of ${this.enterprise}: the write expected version ${this.expected} but the register is at version ${this.actual}; read again and retry`
  }
}

/** 超出辖区 — the enterprise lies outside the caller's jurisdiction. @since 0.2.0 */
export class RecordOutOfJurisdiction extends Data.TaggedError("RecordOutOfJurisdiction")<{
  readonly enterprise: string
  readonly jurisdiction: string
  readonly scope: string
}> {
  override get message(): string {
    return `enterprise ${this.enterprise} in ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/** 存储错误 — the storage failed; a write that fails this way did not happen. @since 0.2.0 */
export class StandardizationStorageError extends Data.TaggedError("StandardizationStorageError")<{ readonly operation: string; readonly cause: unknown }> {
  override get message(): string {
    const c = this.cause
    const text = typeof c === "object" && c !== null && "message" in c && typeof c.message === "string" ? c.message : String(c)
    return `standardization register storage failed during ${this.operation}: ${text}`
  }
}

/** Every error of the register service. @since 0.2.0 */
export type StandardizationRegisterError =
  | RecordNotFound
  | RecordVersionConflict
  | RecordOutOfJurisdiction
  | StandardizationStorageError
  | StepRefused
  | InvalidInput
  | UnknownJurisdiction
  | CommandNotPermitted
  | AuthorityMismatch
