/**
 * 访问控制 — who is calling, what they may see.
 *
 * A caller is an actor, optionally bound to a jurisdiction: a bound caller reads and writes only
 * hazards in that jurisdiction's subtree. A caller acts in a role (`role.ts`): a department is
 * bound to its own jurisdiction (its subtree is its scope), enterprise personnel see and touch only
 * their enterprise's hazards; what each role may write is the decision table in `authority.ts`. A
 * caller without a role may read (within its scope) and write nothing. The identity of a whistle-blower (举报人) is stored with
 * the hazard and redacted from every result — files, histories, exports — unless the caller holds
 * the explicit permission `read-whistleblower-identity` (001 第十三条: 依法保护举报人，不得私自泄露有关个人信息).
 *
 * @since 0.1.0
 */
import { JurisdictionCode } from "@anquan/core"
import { Schema } from "effect"
import type { HazardEvent } from "./events.ts"
import type { HazardFile, RedactedReporter, Source } from "./model.ts"
import { Actor } from "./model.ts"
import { Role } from "./role.ts"

/**
 * 权限 — `read-whistleblower-identity`: see the identity of whistle-blowers (举报人信息).
 *
 * @since 0.1.0
 */
export const Permission = Schema.Literals(["read-whistleblower-identity"]).annotate({ identifier: "Permission" })
/** @since 0.1.0 */
export type Permission = typeof Permission.Type

/**
 * 调用方 — the actor, the role they act in (absent: they may read, not write), the jurisdiction
 * they are bound to (absent: the whole tree; a department's is its own, and may be left out) and
 * their permissions.
 *
 * @since 0.1.0
 */
export const Caller = Schema.Struct({
  actor: Actor,
  role: Schema.optionalKey(Role),
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  permissions: Schema.optionalKey(Schema.Array(Permission))
}).check(Schema.makeFilter((c) =>
  c.role?.kind === "department" && c.jurisdiction !== undefined && c.jurisdiction !== c.role.jurisdiction
    ? { path: ["jurisdiction"], issue: `a department acts in its own jurisdiction ${c.role.jurisdiction}; got ${c.jurisdiction}` }
    : undefined
)).annotate({ identifier: "Caller" })
/** @since 0.1.0 */
export type Caller = typeof Caller.Type
/** The wire form of a caller. @since 0.1.0 */
export type CallerInput = typeof Caller.Encoded

/**
 * The enterprise whose hazards alone the caller sees (enterprise personnel), else `undefined`.
 *
 * @since 0.1.0
 */
export const ownSubjectOf = (caller: Pick<Caller, "role">): string | undefined =>
  caller.role?.kind === "enterprise" ? caller.role.creditCode : undefined

/** Whether the caller may see whistle-blower identities. @since 0.1.0 */
export const canSeeWhistleblower = (caller: Pick<Caller, "permissions">): boolean =>
  caller.permissions?.includes("read-whistleblower-identity") ?? false

/**
 * The whistle-blower (举报人) as the caller may see them: `{ redacted: true }` unless the caller
 * holds `read-whistleblower-identity`. The one redaction of a reporter: the ledger's files and
 * events use it, and so does every other store that keeps a reporter (`@anquan/whistleblowing`).
 *
 * @since 0.2.0
 */
export const redactReporter = <R>(reporter: R | RedactedReporter, caller: Pick<Caller, "permissions">): R | RedactedReporter =>
  canSeeWhistleblower(caller) ? reporter : { redacted: true }

const redactSource = (source: Source): Source =>
  source.reporter === undefined ? source : { ...source, reporter: redactReporter(source.reporter, {}) }

/**
 * The file as the caller may see it: the whistle-blower's identity replaced by `{ redacted: true }`
 * unless the caller holds the permission.
 *
 * @since 0.1.0
 */
export const redactFile = (file: HazardFile, caller: Pick<Caller, "permissions">): HazardFile =>
  canSeeWhistleblower(caller) || file.source.reporter === undefined ? file : { ...file, source: redactSource(file.source) }

/**
 * The event as the caller may see it (see {@link redactFile}).
 *
 * @since 0.1.0
 */
export const redactEvent = (event: HazardEvent, caller: Pick<Caller, "permissions">): HazardEvent =>
  event._tag !== "HazardReported" || canSeeWhistleblower(caller) || event.source.reporter === undefined
    ? event
    : { ...event, source: redactSource(event.source) }
