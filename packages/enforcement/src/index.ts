/**
 * @anquan/enforcement — 执法: the regulator's enforcement cases after an inspection (seed 002: penalty
 * cases +15 % a year; seed 001 第十条: 打非治违).
 *
 * - Domain: the case life cycle inspection → findings → order to rectify (责令限期改正) → penalty
 *   decision (the penalty articles the packs cite) → review (复查) → closed, as a pure state machine
 *   (`decide`, `evolve`, `replay`) with one typed refusal per guard; overdue orders as of a day;
 *   安全生产法 第七十八条 (penalty decisions published within 7 working days, with a working-day
 *   calendar as input); statistics by department, sector or jurisdiction against a target
 *   (`seed002PenaltyCaseTarget`); cases opened from the hazard ledger's hazards.
 * - Store: the `EnforcementCases` effect service on SQLite or PostgreSQL (events kept, stale writes
 *   rejected, jurisdiction scoping and the hazard ledger's roles), the Promise API
 *   `openEnforcementCases`, and `importCheckFindings` (a check's findings → the ledger's own import →
 *   one case per enterprise, linked to the hazards, never a duplicate hazard).
 *
 * @module \@anquan/enforcement
 * @since 0.2.0
 */
export * from "./domain/model.ts"
export * from "./domain/commands.ts"
export * from "./domain/decide.ts"
export * from "./domain/errors.ts"
export * from "./domain/overdue.ts"
export * from "./domain/publication.ts"
export * from "./domain/statistics.ts"
export * from "./domain/records.ts"
export * from "./domain/ledgerLink.ts"
export * from "./domain/strict.ts"
export * from "./store/index.ts"
