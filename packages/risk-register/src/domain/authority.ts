/**
 * 职权 — who may issue which register command. The roles and the caller are the hazard ledger's
 * (`Role`, `Caller`): one identity model for both halves of 双重预防.
 *
 * | command | enterprise 企业人员 | department 监管部门 | inspector 检查员/专家 | system 系统导入 |
 * |---|---|---|---|---|
 * | `Register`, `Update` | own enterprise | — | — | ✓ (imports) |
 * | `Assess` | own enterprise | — | ✓ | — |
 * | `RecordReview` | own enterprise | — | — | — |
 * | `FlagForReview` | own enterprise | ✓ | ✓ | ✓ (a hazard found there) |
 *
 * Scoping (the caller's jurisdiction subtree) is checked by the service, before this table.
 *
 * @since 0.2.0
 */
import type { RoleKind } from "@anquan/hazard-ledger"
import { AuthorityMismatch, CommandNotPermitted, describeRole, RoleKinds } from "@anquan/hazard-ledger"
import type { Role } from "@anquan/hazard-ledger"
import { Result } from "effect"
import type { RiskCommand } from "./commands.ts"

/** `own`: the risk point's enterprise must be the enterprise role's. @since 0.2.0 */
export type RiskBinding = "own"

/** The decision table. @since 0.2.0 */
export const riskAuthority: { readonly [K in RiskCommand["_tag"]]: Readonly<Partial<Record<RoleKind, ReadonlyArray<RiskBinding>>>> } = {
  Register: { enterprise: ["own"], system: [] },
  Update: { enterprise: ["own"], system: [] },
  Assess: { enterprise: ["own"], inspector: [] },
  RecordReview: { enterprise: ["own"] },
  FlagForReview: { enterprise: ["own"], department: [], inspector: [], system: [] }
}

/**
 * Checks a command against the caller's role: `enterprises` are the risk point's enterprise
 * before and after the write. Pure.
 *
 * @since 0.2.0
 */
export const authorizeRisk = (
  role: Role | undefined,
  command: RiskCommand,
  enterprises: ReadonlyArray<string>
): Result.Result<void, CommandNotPermitted | AuthorityMismatch> => {
  const bindings = role === undefined ? undefined : riskAuthority[command._tag][role.kind]
  if (role === undefined || bindings === undefined) {
    const allowed = RoleKinds.filter((k) => riskAuthority[command._tag][k] !== undefined)
    return Result.fail(new CommandNotPermitted({ role: describeRole(role), command: command._tag, allowed }))
  }
  if (bindings.includes("own") && role.kind === "enterprise") {
    const other = enterprises.find((e) => e !== role.creditCode)
    if (other !== undefined) {
      return Result.fail(new AuthorityMismatch({ role: describeRole(role), command: command._tag, field: "enterprise", expected: role.creditCode, actual: other }))
    }
  }
  return Result.succeed(undefined)
}
