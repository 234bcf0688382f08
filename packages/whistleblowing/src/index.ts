/**
 * @anquan/whistleblowing — 安全生产举报与奖励: public reports and the rewards for them.
 *
 * - Domain: a report (重大安全风险, 重大事故隐患, 事故隐患, 违法行为; by phone, letter, visit, online
 *   or an insider, the 吹哨人) and its life cycle — received → assigned → verified / not verified →
 *   reward granted (a configured level and amount) / declined → paid — with every step dated and
 *   validated; handling deadlines and reward levels as configuration (none built in: the national
 *   奖励办法 is known only from memory); overdue steps and figures as of a date; a verified report of a
 *   hazard opens a hazard in the hazard ledger (`ledgerReportOf`).
 * - The reporter: stored, and redacted from every read by the hazard ledger's own rule
 *   (`redactReporter`, permission `read-whistleblower-identity`).
 * - Store: the `ReportRegister` effect service on SQLite or PostgreSQL (events kept, stale writes
 *   rejected, jurisdiction scoping and roles), and the Promise API `openReportRegister`.
 *
 * @module \@anquan/whistleblowing
 * @since 0.2.0
 */
export * from "./domain/access.ts"
export * from "./domain/commands.ts"
export * from "./domain/config.ts"
export * from "./domain/errors.ts"
export * from "./domain/ledgerLink.ts"
export * from "./domain/metrics.ts"
export * from "./domain/model.ts"
export * from "./store/index.ts"
