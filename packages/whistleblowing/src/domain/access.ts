/**
 * 访问控制 — who may do what with a report, and what they see of the reporter.
 *
 * The caller, its roles, its jurisdiction scope and the permission `read-whistleblower-identity`
 * are the hazard ledger's (`Caller`, `Role`, `Permission`), and so is the redaction: every report
 * and every `ReportReceived` event leaves the register through {@link redactReportFile} /
 * {@link redactReportEvent}, which call the ledger's `redactReporter` — one rule for every
 * whistle-blower the SDK keeps (seed 001 (十三): 依法保护举报人，不得私自泄露有关个人信息).
 *
 * | command | department 监管部门 | inspector 检查员 | system 系统导入 | enterprise 企业人员 |
 * |---|---|---|---|---|
 * | `Receive` | ✓ | — | ✓ (a hotline or platform feed) | — |
 * | `Assign` | ✓ | — | — | — |
 * | `RecordFinding`, `LinkHazard` | ✓ | ✓ | — | — |
 * | `DecideReward`, `PayReward` | ✓ | — | — | — |
 * | read | ✓ | ✓ | ✓ | — (the party reported on never reads the reports) |
 *
 * A caller without a role may read (within its scope). Scoping (the caller's jurisdiction subtree)
 * is checked by the service.
 *
 * @since 0.2.0
 */
import type { Caller, Role, RoleKind } from "@anquan/hazard-ledger"
import { CommandNotPermitted, describeRole, redactReporter, RoleKinds } from "@anquan/hazard-ledger"
import { Result } from "effect"
import type { ReportCommand, ReportEvent, ReportFile } from "./commands.ts"

/** The decision table: the roles that may issue each command, and read. @since 0.2.0 */
export const reportAuthority: { readonly [K in ReportCommand["_tag"] | "read"]: ReadonlyArray<RoleKind> } = {
  Receive: ["department", "system"],
  Assign: ["department"],
  RecordFinding: ["department", "inspector"],
  LinkHazard: ["department", "inspector"],
  DecideReward: ["department"],
  PayReward: ["department"],
  read: ["department", "inspector", "system"]
}

/**
 * Checks a command (or `read`) against the caller's role. A read needs no role; enterprise
 * personnel may not read. Pure.
 *
 * @since 0.2.0
 */
export const authorizeReport = (role: Role | undefined, command: ReportCommand["_tag"] | "read"): Result.Result<void, CommandNotPermitted> => {
  const allowed = reportAuthority[command]
  if (command === "read" && role === undefined) return Result.succeed(undefined)
  return role !== undefined && allowed.includes(role.kind)
    ? Result.succeed(undefined)
    : Result.fail(new CommandNotPermitted({ role: describeRole(role), command, allowed: RoleKinds.filter((k) => allowed.includes(k)) }))
}

/**
 * The file as the caller may see it: the reporter replaced by `{ redacted: true }` unless the
 * caller holds `read-whistleblower-identity` (the ledger's `redactReporter`).
 *
 * @since 0.2.0
 */
export const redactReportFile = (file: ReportFile, caller: Pick<Caller, "permissions">): ReportFile => ({
  ...file,
  report: { ...file.report, reporter: redactReporter(file.report.reporter, caller) }
})

/**
 * The event as the caller may see it (see {@link redactReportFile}).
 *
 * @since 0.2.0
 */
export const redactReportEvent = (event: ReportEvent, caller: Pick<Caller, "permissions">): ReportEvent =>
  event._tag === "ReportReceived" ? { ...event, report: { ...event.report, reporter: redactReporter(event.report.reporter, caller) } } : event
