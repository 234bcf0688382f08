/**
 * 指令、事件与职权 — what the register is asked to do, what it records, and who may ask.
 *
 * | command | event | enterprise 企业人员 (own) | department 监管部门 | inspector 评审 | system 导入 |
 * |---|---|---|---|---|---|
 * | `Enrol` (expected version 0) | `Enrolled` | ✓ | ✓ | — | ✓ |
 * | `RecordStep` `SelfAssess`, `Apply` | `StepRecorded` | ✓ | — | — | ✓ |
 * | `RecordStep` `Review` | `StepRecorded` | — | ✓ | ✓ | ✓ |
 * | `RecordStep` `Certify`, `Revoke` | `StepRecorded` | — | ✓ | — | ✓ |
 *
 * Every caller may read within its scope; enterprise personnel read their own record only.
 *
 * @since 0.2.0
 */
import { UnifiedSocialCreditCode } from "@anquan/core"
import type { Role, RoleKind } from "@anquan/hazard-ledger"
import { Actor, AuthorityMismatch, CommandNotPermitted, describeRole, Instant, Role as RoleSchema, RoleKinds } from "@anquan/hazard-ledger"
import { Result, Schema } from "effect"
import { Enrolment, Step } from "../domain/workflow.ts"

/** 登记 — a new record. @since 0.2.0 */
export const Enrol = Schema.TaggedStruct("Enrol", { enrolment: Enrolment })
/** 记录步骤 — one workflow step of an enterprise. @since 0.2.0 */
export const RecordStep = Schema.TaggedStruct("RecordStep", { enterprise: UnifiedSocialCreditCode, step: Step })

/** @since 0.2.0 */
export const StandardizationCommand = Schema.Union([Enrol, RecordStep]).annotate({ identifier: "StandardizationCommand" })
/** @since 0.2.0 */
export type StandardizationCommand = typeof StandardizationCommand.Type

/** 写请求 — a command with the version the caller saw (0 for `Enrol`). @since 0.2.0 */
export const StandardizationWriteRequest = Schema.Struct({
  command: StandardizationCommand,
  expectedVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a version ≥ 0" }))
}).annotate({ identifier: "StandardizationWriteRequest" })
/** @since 0.2.0 */
export type StandardizationWriteRequestInput = typeof StandardizationWriteRequest.Encoded

const envelope = { enterprise: UnifiedSocialCreditCode, version: Schema.Int, at: Instant, actor: Actor, role: Schema.optionalKey(RoleSchema) } as const

/** @since 0.2.0 */
export const Enrolled = Schema.TaggedStruct("Enrolled", { ...envelope, enrolment: Enrolment })
/** @since 0.2.0 */
export const StepRecorded = Schema.TaggedStruct("StepRecorded", { ...envelope, step: Step })
/** @since 0.2.0 */
export const StandardizationEvent = Schema.Union([Enrolled, StepRecorded]).annotate({ identifier: "StandardizationEvent" })
/** @since 0.2.0 */
export type StandardizationEvent = typeof StandardizationEvent.Type

/** What a write does: `Enrol`, or the tag of the step it records. @since 0.2.0 */
export type StandardizationAction = "Enrol" | Step["_tag"]

/** The decision table (`own`: enterprise personnel act for their own enterprise only). @since 0.2.0 */
export const standardizationAuthority: { readonly [K in StandardizationAction]: ReadonlyArray<RoleKind> } = {
  Enrol: ["enterprise", "department", "system"],
  SelfAssess: ["enterprise", "system"],
  Apply: ["enterprise", "system"],
  Review: ["department", "inspector", "system"],
  Certify: ["department", "system"],
  Revoke: ["department", "system"]
}

/**
 * Checks a command against the caller's role. Pure.
 *
 * @since 0.2.0
 */
export const authorizeStandardization = (role: Role | undefined, command: StandardizationCommand): Result.Result<void, CommandNotPermitted | AuthorityMismatch> => {
  const action: StandardizationAction = command._tag === "Enrol" ? "Enrol" : command.step._tag
  const allowed = standardizationAuthority[action]
  if (role === undefined || !allowed.includes(role.kind)) {
    return Result.fail(new CommandNotPermitted({ role: describeRole(role), command: action, allowed: RoleKinds.filter((k) => allowed.includes(k)) }))
  }
  const enterprise = command._tag === "Enrol" ? command.enrolment.enterprise : command.enterprise
  if (role.kind === "enterprise" && role.creditCode !== enterprise) {
    return Result.fail(new AuthorityMismatch({ role: describeRole(role), command: action, field: "enterprise", expected: role.creditCode, actual: enterprise }))
  }
  return Result.succeed(undefined)
}
