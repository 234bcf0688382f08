/**
 * 角色 — in what capacity a caller acts on the ledger. Scoping (a caller's jurisdiction) decides
 * which hazards a caller may touch; the role decides what the caller may do to them and as whom:
 *
 * | role | bound to | may |
 * |---|---|---|
 * | `enterprise` 企业人员 | one enterprise (统一社会信用代码) | the enterprise's own steps on its own hazards: self-report (自查自报), 五落实 and the plan, rectification progress, completion (applying for acceptance), extension requests, evidence |
 * | `department` 负有安全生产监管职责的部门 | one jurisdiction (its level follows from the code) | assess, verify, reopen, list for supervision (挂牌督办) and accept closure (验收) at its own level and jurisdiction, grant or reject extensions |
 * | `inspector` 检查员/专家 | — (the caller's jurisdiction scopes them) | record inspections and expert checks, assessments, verification opinions, 回头看; never list or accept closure |
 * | `system` 系统导入 | — | create hazards from rule findings (`importFindings`), nothing else |
 *
 * The role is recorded on every event the caller writes. The decision table that says which role
 * may issue which command, and which fields must equal its binding, is `authority` in
 * `authority.ts`.
 *
 * @since 0.1.0
 */
import { JurisdictionCode, UnifiedSocialCreditCode } from "@anquan/core"
import { Schema } from "effect"

/**
 * 企业人员 — personnel of one production and business unit (生产经营单位), bound to its unified
 * social credit code: they act on that enterprise's hazards only.
 *
 * @since 0.1.0
 */
export const EnterpriseRole = Schema.Struct({
  kind: Schema.Literal("enterprise"),
  creditCode: UnifiedSocialCreditCode
}).annotate({ identifier: "EnterpriseRole", description: "企业人员 — bound to one enterprise (统一社会信用代码)" })
/** @since 0.1.0 */
export type EnterpriseRole = typeof EnterpriseRole.Type

/**
 * 监管部门 — a supervising department (负有安全生产监督管理职责的部门) of one jurisdiction. Its
 * level (city, county, township, …) is the level of that jurisdiction in the ledger's tree, and it
 * acts on the hazards of that jurisdiction's subtree only.
 *
 * @since 0.1.0
 */
export const DepartmentRole = Schema.Struct({
  kind: Schema.Literal("department"),
  jurisdiction: JurisdictionCode
}).annotate({ identifier: "DepartmentRole", description: "监管部门 — bound to one jurisdiction (its level follows from it)" })
/** @since 0.1.0 */
export type DepartmentRole = typeof DepartmentRole.Type

/**
 * 检查员/专家 — a government inspector or an engaged expert (专家查隐患): records findings,
 * assessments and verification opinions; never lists a hazard for supervision nor accepts a closure.
 *
 * @since 0.1.0
 */
export const InspectorRole = Schema.Struct({ kind: Schema.Literal("inspector") }).annotate({
  identifier: "InspectorRole",
  description: "检查员/专家 — inspections, assessments, verification opinions"
})
/** @since 0.1.0 */
export type InspectorRole = typeof InspectorRole.Type

/**
 * 系统导入 — an automated import: creates hazards from rule findings, nothing else.
 *
 * @since 0.1.0
 */
export const SystemRole = Schema.Struct({ kind: Schema.Literal("system") }).annotate({
  identifier: "SystemRole",
  description: "系统导入 — creates hazards from rule findings, nothing else"
})
/** @since 0.1.0 */
export type SystemRole = typeof SystemRole.Type

/**
 * 角色 — every role, discriminated by `kind`.
 *
 * @since 0.1.0
 */
export const Role = Schema.Union([EnterpriseRole, DepartmentRole, InspectorRole, SystemRole]).annotate({ identifier: "Role" })
/** @since 0.1.0 */
export type Role = typeof Role.Type
/** The wire form of a role. @since 0.1.0 */
export type RoleInput = typeof Role.Encoded

/** Every role kind. @since 0.1.0 */
export const RoleKinds = ["enterprise", "department", "inspector", "system"] as const satisfies ReadonlyArray<Role["kind"]>
/** @since 0.1.0 */
export type RoleKind = Role["kind"]

/**
 * A role as one short text: `enterprise 91…`, `department 330100`, `inspector`, `system`, or
 * `none` for a caller without a role.
 *
 * @since 0.1.0
 */
export const describeRole = (role: Role | undefined): string =>
  role === undefined
    ? "none"
    : role.kind === "enterprise"
    ? `enterprise ${role.creditCode}`
    : role.kind === "department"
    ? `department ${role.jurisdiction}`
    : role.kind
