/**
 * The investigation store's errors, each with its own tag and a message naming the case.
 *
 * @since 0.2.0
 */
import type { AuthorityMismatch, CommandNotPermitted, InvalidInput, UnknownJurisdiction } from "@anquan/hazard-ledger"
import { Data } from "effect"
import type { InvestigationStepRefused } from "../InvestigationSteps.ts"

/** No investigation of this accident in the store. @since 0.2.0 */
export class InvestigationNotFound extends Data.TaggedError("InvestigationNotFound")<{ readonly accidentId: string }> {
  override get message(): string {
    return `no investigation of accident ${this.accidentId}`
  }
}

/** A stale write (or a second open of the same accident): nothing was written. @since 0.2.0 */
export class InvestigationVersionConflict extends Data.TaggedError("InvestigationVersionConflict")<{
  readonly accidentId: string
  readonly expected: number
  readonly actual: number
}> {
  override get message(): string {
    return this.expected === 0
      ? `investigation ${this.accidentId} is already open (version ${this.actual}): record its steps instead`
      : `investigation ${this.accidentId}: the write expected version ${this.expected} but the case is at version ${this.actual}; read again and retry`
  }
}

/** The accident lies outside the caller's jurisdiction. @since 0.2.0 */
export class InvestigationOutOfJurisdiction extends Data.TaggedError("InvestigationOutOfJurisdiction")<{
  readonly accidentId: string
  readonly jurisdiction: string
  readonly scope: string
}> {
  override get message(): string {
    return `investigation ${this.accidentId} in ${this.jurisdiction} lies outside the caller's jurisdiction ${this.scope} (超出辖区)`
  }
}

/** The database failed (or a stored row does not decode). @since 0.2.0 */
export class InvestigationStorageError extends Data.TaggedError("InvestigationStorageError")<{ readonly operation: string; readonly cause: unknown }> {
  override get message(): string {
    const c = this.cause
    const text = typeof c === "object" && c !== null && "message" in c && typeof c.message === "string" ? c.message : String(c)
    return `investigation storage failed during ${this.operation}: ${text}`
  }
}

/** Every error of the store. @since 0.2.0 */
export type InvestigationStoreError =
  | InvestigationStepRefused
  | InvestigationNotFound
  | InvestigationVersionConflict
  | InvestigationOutOfJurisdiction
  | InvestigationStorageError
  | InvalidInput
  | UnknownJurisdiction
  | CommandNotPermitted
  | AuthorityMismatch
