/**
 * 职权 — who may issue which command, and as whom. One decision table, `authority`, maps every
 * command to the roles that may issue it and, per role, the fields that must equal the caller's
 * binding; `authorize` reads it. Scoping (the caller's jurisdiction subtree) is checked before, by
 * the service; the state machine (`decide`) after.
 *
 * | command | enterprise 企业人员 | department 监管部门 | inspector 检查员/专家 | system 系统导入 |
 * |---|---|---|---|---|
 * | `Report` | own subject; 自查 or 专项行动 | 检查执法, 举报, 专项行动 | 检查执法, 专家查隐患, 专项行动 | rule findings only, never `fixedOnDiscovery` |
 * | `Assess`, `Verify`, `Reopen` | — | ✓ | ✓ | — |
 * | `RecordFiveInPlace`, `PlanRectification`, `StartRectification`, `CompleteRectification`, `RequestExtension` | own subject | — | — | — |
 * | `FixOnDiscovery`, `AttachEvidence` | own subject | ✓ | ✓ | — |
 * | `ListForSupervision` | — | `level` = its level, `by` = its jurisdiction | — | — |
 * | `AcceptClosure` | — | `level` = its level, `jurisdiction` = its own | — | — |
 * | `GrantExtension`, `RejectExtension` | — | a listed hazard: the listing level and jurisdiction | — | — |
 *
 * A department's `by` / `jurisdiction` may be left out: it is filled in with the department's own
 * jurisdiction. `AcceptClosure` is then checked against the listing by `decide`
 * (`AcceptanceLevelMismatch`), so a listed hazard closes only with the acceptance of the department
 * at the listing level and jurisdiction.
 *
 * @since 0.1.0
 */
import type { HazardSourceKind, JurisdictionLevel } from "@anquan/core"
import { Result } from "effect"
import type { Command } from "./commands.ts"
import type { AuthorityError } from "./errors.ts"
import { AuthorityMismatch, CommandNotPermitted } from "./errors.ts"
import type { HazardFile } from "./model.ts"
import type { DepartmentRole, Role, RoleKind } from "./role.ts"
import { describeRole, RoleKinds } from "./role.ts"

/**
 * What a command's fields (or its hazard) must agree with, for a role:
 *
 * - `subject` — the hazard's enterprise (a `Report`'s `subject`) is the enterprise's own;
 * - `source` — a `Report`'s `source.kind` is one the role records (`reportSources`);
 * - `level` — the command's `level` is the department's level;
 * - `by` — `ListForSupervision.by` is the department's jurisdiction (filled in when absent);
 * - `jurisdiction` — `AcceptClosure.jurisdiction` is the department's (filled in when absent);
 * - `listing` — when the hazard is listed (挂牌督办), its listing level and jurisdiction are the department's.
 *
 * @since 0.1.0
 */
export type Binding = "subject" | "source" | "level" | "by" | "jurisdiction" | "listing"

/**
 * The decision table: per command, the roles that may issue it, each with the bindings it must
 * satisfy. A role that is not listed may not issue the command.
 *
 * @since 0.1.0
 */
export const authority: {
  readonly [K in Command["_tag"]]: Readonly<Partial<Record<RoleKind, ReadonlyArray<Binding>>>>
} = {
  Report: { enterprise: ["subject", "source"], department: ["source"], inspector: ["source"], system: ["source"] },
  Assess: { department: [], inspector: [] },
  RecordFiveInPlace: { enterprise: ["subject"] },
  PlanRectification: { enterprise: ["subject"] },
  StartRectification: { enterprise: ["subject"] },
  CompleteRectification: { enterprise: ["subject"] },
  AcceptClosure: { department: ["level", "jurisdiction"] },
  Verify: { department: [], inspector: [] },
  FixOnDiscovery: { enterprise: ["subject"], department: [], inspector: [] },
  ListForSupervision: { department: ["level", "by"] },
  Reopen: { department: [], inspector: [] },
  RequestExtension: { enterprise: ["subject"] },
  GrantExtension: { department: ["listing"] },
  RejectExtension: { department: ["listing"] },
  AttachEvidence: { enterprise: ["subject"], department: [], inspector: [] }
}

/**
 * The sources (隐患来源) each role may report a hazard from: an enterprise its self-inspection
 * (自查) and campaign self-checks; a department its inspections (检查执法), public reports (举报) it
 * received and campaigns; an inspector or expert inspections, expert checks and campaigns; the
 * system rule findings only.
 *
 * @since 0.1.0
 */
export const reportSources: Readonly<Record<RoleKind, ReadonlyArray<HazardSourceKind>>> = {
  enterprise: ["self-inspection", "campaign"],
  department: ["government-inspection", "public-report", "campaign"],
  inspector: ["government-inspection", "expert-check", "campaign"],
  system: ["rule-finding"]
}

/**
 * What `authorize` needs besides the caller and the command: the level of a jurisdiction in the
 * ledger's tree (a department's level follows from its code).
 *
 * @since 0.1.0
 */
export interface AuthorityContext {
  readonly levelOf: (code: string) => JurisdictionLevel | undefined
}

/** The role kinds that may issue a command. @since 0.1.0 */
export const rolesFor = (tag: Command["_tag"]): ReadonlyArray<RoleKind> => RoleKinds.filter((k) => authority[tag][k] !== undefined)

/**
 * Checks a command against the caller's role and binding (see {@link authority}). Returns the
 * command to decide — with a department's `by` / `jurisdiction` filled in when they were left
 * out — or the typed refusal: `CommandNotPermitted` (the role may not issue it; a caller without a
 * role may issue nothing) or `AuthorityMismatch` (naming the field that disagreed). `file` is the
 * hazard's file (`undefined` for a `Report`). Pure.
 *
 * @since 0.1.0
 */
export const authorize = (
  caller: { readonly role?: Role | undefined },
  command: Command,
  file: Pick<HazardFile, "id" | "subject" | "listedSupervision"> | undefined,
  ctx: AuthorityContext
): Result.Result<Command, AuthorityError> => {
  const role = caller.role
  const roleText = describeRole(role)
  const hazardId = command.hazardId
  const bindings = role === undefined ? undefined : authority[command._tag][role.kind]
  if (role === undefined || bindings === undefined) {
    return Result.fail(new CommandNotPermitted({ role: roleText, command: command._tag, allowed: rolesFor(command._tag), hazardId }))
  }
  const mismatch = (field: string, expected: string, actual: string | undefined) =>
    Result.fail(new AuthorityMismatch({ role: roleText, command: command._tag, field, expected, actual: actual ?? "(none)", hazardId }))
  let bound: Command = command
  for (const binding of bindings) {
    switch (binding) {
      case "subject": {
        if (role.kind !== "enterprise") break
        const subject = command._tag === "Report" ? command.subject : file?.subject
        if (subject !== role.creditCode) return mismatch("subject", role.creditCode, subject)
        break
      }
      case "source": {
        if (command._tag !== "Report") break
        const allowed = reportSources[role.kind]
        if (!allowed.includes(command.source.kind)) return mismatch("source.kind", `one of ${allowed.join(", ")}`, command.source.kind)
        // reported and closed in one write (随查随治): the role must be one that fixes on discovery
        if (command.fixedOnDiscovery !== undefined && authority.FixOnDiscovery[role.kind] === undefined) {
          return mismatch("fixedOnDiscovery", "absent (this role does not fix on discovery)", "present")
        }
        break
      }
      case "level": {
        if (role.kind !== "department" || (bound._tag !== "AcceptClosure" && bound._tag !== "ListForSupervision")) break
        const own = departmentLevel(role, ctx)
        if (bound.level !== own) return mismatch("level", own ?? "(not in the tree)", bound.level)
        break
      }
      case "by": {
        if (role.kind !== "department" || bound._tag !== "ListForSupervision") break
        if (bound.by === undefined) bound = { ...bound, by: role.jurisdiction }
        else if (bound.by !== role.jurisdiction) return mismatch("by", role.jurisdiction, bound.by)
        break
      }
      case "jurisdiction": {
        if (role.kind !== "department" || bound._tag !== "AcceptClosure") break
        if (bound.jurisdiction === undefined) bound = { ...bound, jurisdiction: role.jurisdiction }
        else if (bound.jurisdiction !== role.jurisdiction) return mismatch("jurisdiction", role.jurisdiction, bound.jurisdiction)
        break
      }
      case "listing": {
        const listed = file?.listedSupervision
        if (role.kind !== "department" || listed === undefined) break
        const own = departmentLevel(role, ctx)
        if (listed.level !== own) return mismatch("listedSupervision.level", own ?? "(not in the tree)", listed.level)
        if (listed.by !== undefined && listed.by !== role.jurisdiction) return mismatch("listedSupervision.by", role.jurisdiction, listed.by)
        break
      }
    }
  }
  return Result.succeed(bound)
}

const departmentLevel = (role: DepartmentRole, ctx: AuthorityContext): JurisdictionLevel | undefined => ctx.levelOf(role.jurisdiction)
