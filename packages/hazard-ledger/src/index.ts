/**
 * @anquan/hazard-ledger — 隐患排查治理: the hazard ledger (台账) and its closed loop (闭环),
 * event-sourced, with optimistic concurrency and idempotent writes, on memory, SQLite or PostgreSQL.
 *
 * - Domain: commands (`Commands.*`, decoded with Schema), events (`Events.*`), the state machine
 *   `decide` / `evolve` / `replay`, one typed error per guard, overdue and escalation as of a date,
 *   findings → hazards, invariants (`auditHistory`), metrics, whistle-blower redaction.
 * - Store: the `HazardLedger` effect service with `memory`, `sqlite` and `postgres` layers, and
 *   the Promise API `makeLedger`.
 *
 * @module \@anquan/hazard-ledger
 * @since 0.1.0
 */
export * as Commands from "./domain/commands.ts"
export { Command, CommandTags, WriteRequest } from "./domain/commands.ts"
export type { CommandInput, WriteRequestInput } from "./domain/commands.ts"
export * as Events from "./domain/events.ts"
export { decodeEventJson, encodeEventJson, HazardEvent } from "./domain/events.ts"
export type { EventBody, EventEnvelope, HazardEventEncoded } from "./domain/events.ts"
export { acceptanceCovers, allowedStates, decide, evolve, InvalidHistory, OpenStates, replay } from "./domain/decide.ts"
export type { DecideContext, Decision } from "./domain/decide.ts"
export * from "./domain/access.ts"
export * from "./domain/authority.ts"
export * from "./domain/role.ts"
export * from "./domain/errors.ts"
export * from "./domain/findings.ts"
export * from "./domain/invariants.ts"
export * from "./domain/metrics.ts"
export * from "./domain/model.ts"
export * from "./domain/overdue.ts"
export * from "./store/index.ts"
