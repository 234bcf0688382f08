/**
 * 错误 — the register's own typed errors. Input, jurisdiction and authority errors are the hazard
 * ledger's (`InvalidInput`, `UnknownJurisdiction`, `CommandNotPermitted`, `AuthorityMismatch`):
 * the register uses the same caller, roles and jurisdiction tree.
 *
 * @since 0.2.0
 */
import type { AuthorityMismatch, CommandNotPermitted, InvalidInput, UnknownJurisdiction } from "@anquan/hazard-ledger"
import { Data } from "effect"

/** 风险点不存在 — no risk point with this id (or none the caller may see). @since 0.2.0 */
export class RiskPointNotFound extends Data.TaggedError("RiskPointNotFound")<{ readonly riskPointId: string }> {
  override get message(): string {
    return `no risk point ${this.riskPointId} in the register`
  }
}

/**
 * 版本冲突 — the write carried a version that is no longer current (for a new risk point:
 * `expected` 0, but it exists). Nothing was written; read again and retry.
 *
 * @since 0.2.0
 */
export class RiskVersionConflict extends Data.TaggedError("RiskVersionConflict")<{
  readonly riskPointId: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return `risk point ${this.riskPointId}: the write expected version ${this.expected} but the register is at version ${this.actual}; read again and retry`
  }
}

/** 超出辖区 — the risk point lies outside the caller's jurisdiction. @since 0.2.0 */
export class RiskOutOfJurisdiction extends Data.TaggedError("RiskOutOfJurisdiction")<{
  readonly riskPointId: string
  readonly jurisdiction: string
  readonly scope: string
}> {
  override get message(): string {
    return `risk point ${this.riskPointId} in ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/** 存储错误 — the storage failed; a write that fails this way did not happen. @since 0.2.0 */
export class RiskStorageError extends Data.TaggedError("RiskStorageError")<{ readonly operation: string; readonly cause: unknown }> {
  override get message(): string {
    const c = this.cause
    const text = typeof c === "object" && c !== null && "message" in c && typeof c.message === "string" ? c.message : String(c)
    return `risk register storage failed during ${this.operation}: ${text}`
  }
}

/** Every error of the register service. @since 0.2.0 */
export type RiskRegisterError =
  | RiskPointNotFound
  | RiskVersionConflict
  | RiskOutOfJurisdiction
  | RiskStorageError
  | InvalidInput
  | UnknownJurisdiction
  | CommandNotPermitted
  | AuthorityMismatch
