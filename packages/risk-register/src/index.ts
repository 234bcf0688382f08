/**
 * @anquan/risk-register — 安全风险分级管控: the risk register, the other half of 双重预防.
 *
 * - Domain: risk points (风险点) with their hazard sources (危险源/危害因素) and accident types
 *   (GB 6441 categories, unverified), assessment by LEC (D = L × E × C), risk matrix (R = L × S)
 *   or direct determination, grades 重大/较大/一般/低 ↔ 红/橙/黄/蓝 with the scales and bands as
 *   configuration (`defaultRiskConfig`, `verified: false`), controls, managing level, 包保责任人,
 *   review cadence and re-assessment triggers; metrics as of a date.
 * - Store: the `RiskRegister` effect service on SQLite or PostgreSQL (events kept, stale writes
 *   rejected, jurisdiction scoping and roles), and the Promise API `makeRiskRegister`.
 *
 * @module \@anquan/risk-register
 * @since 0.2.0
 */
export * from "./domain/accidentTypes.ts"
export * from "./domain/assessment.ts"
export * from "./domain/config.ts"
export * as Decimal from "./domain/decimal.ts"
export * from "./domain/grade.ts"
export * from "./domain/metrics.ts"
export * from "./domain/model.ts"
export * from "./domain/api.ts"
export * from "./domain/authority.ts"
export * from "./domain/commands.ts"
export * from "./domain/errors.ts"
export * from "./store/index.ts"
export * from "./domain/ledgerLink.ts"
export * from "./domain/workSafetyFacts.ts"
