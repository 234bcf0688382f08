/**
 * 错误 — the credit store's own typed errors. Input, jurisdiction and authority errors are the
 * hazard ledger's (`InvalidInput`, `UnknownJurisdiction`, `CommandNotPermitted`): the same caller,
 * roles and jurisdiction tree.
 *
 * @since 0.2.0
 */
import type { CommandNotPermitted, InvalidInput, UnknownJurisdiction } from "@anquan/hazard-ledger"
import { Data } from "effect"

/** 条目不存在 — no entry with this id. @since 0.2.0 */
export class EntryNotFound extends Data.TaggedError("EntryNotFound")<{ readonly entryId: string }> {
  override get message(): string {
    return `no entry ${this.entryId} on the list`
  }
}

/** 版本冲突 — the write carried a version that is no longer current; nothing was written. @since 0.2.0 */
export class EntryVersionConflict extends Data.TaggedError("EntryVersionConflict")<{
  readonly entryId: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return `entry ${this.entryId}: the write expected version ${this.expected} but the list is at version ${this.actual}; read again and retry`
  }
}

/** 不予修复 — a 信用修复 the configuration does not allow (yet), with every reason. @since 0.2.0 */
export class RepairRefused extends Data.TaggedError("RepairRefused")<{ readonly entryId: string; readonly reasons: ReadonlyArray<string> }> {
  override get message(): string {
    return `信用修复 of ${this.entryId} refused:\n${this.reasons.map((r) => `  - ${r}`).join("\n")}`
  }
}

/** 不予移出 — a removal that cannot be recorded, with every reason. @since 0.2.0 */
export class RemovalRefused extends Data.TaggedError("RemovalRefused")<{ readonly entryId: string; readonly reasons: ReadonlyArray<string> }> {
  override get message(): string {
    return `removal of ${this.entryId} refused:\n${this.reasons.map((r) => `  - ${r}`).join("\n")}`
  }
}

/** 超出辖区 — the entry lies outside the caller's jurisdiction. @since 0.2.0 */
export class EntryOutOfJurisdiction extends Data.TaggedError("EntryOutOfJurisdiction")<{
  readonly entryId: string
  readonly jurisdiction: string
  readonly scope: string
}> {
  override get message(): string {
    return `entry ${this.entryId} in ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/** 存储错误 — the storage failed; a write that fails this way did not happen. @since 0.2.0 */
export class CreditStorageError extends Data.TaggedError("CreditStorageError")<{ readonly operation: string; readonly cause: unknown }> {
  override get message(): string {
    const c = this.cause
    const text = typeof c === "object" && c !== null && "message" in c && typeof c.message === "string" ? c.message : String(c)
    return `credit store failed during ${this.operation}: ${text}`
  }
}

/** Every error of the credit store. @since 0.2.0 */
export type CreditStoreError =
  | EntryNotFound
  | EntryVersionConflict
  | RepairRefused
  | RemovalRefused
  | EntryOutOfJurisdiction
  | CreditStorageError
  | InvalidInput
  | UnknownJurisdiction
  | CommandNotPermitted
