/**
 * @anquan/credit — 安全生产信用与失信惩戒: the 黑名单 (失信名单) and 联合惩戒, credit classes, and the
 * rating rate.
 *
 * - Domain: the list's entries with their window (as-of dates), what an active entry blocks
 *   (项目核准, 用地审批, 证券融资, 银行贷款, 评先奖励, …), 信用修复 and removal (history kept); the
 *   entries a record calls for (`creditCandidates`); a credit class per enterprise from its record
 *   (accidents by grade, major hazards, penalties, standardization) with every fact that made it;
 *   the rating rate per jurisdiction against seed 002's 90 %. Everything seeds only name is
 *   configuration (`defaultCreditConfig`, `verified: false`, each item with its basis); 安全生产法
 *   第七十八条 is cited where it applies.
 * - Store: the `CreditStore` effect service on SQLite or PostgreSQL (events kept, stale writes
 *   rejected, jurisdiction scoping and roles), and the Promise API `openCreditStore`.
 *
 * @module \@anquan/credit
 * @since 0.2.0
 */
export * from "./domain/basis.ts"
export * from "./domain/config.ts"
export * from "./domain/record.ts"
export * from "./domain/listing.ts"
export * from "./domain/classes.ts"
export * from "./domain/candidates.ts"
export * from "./domain/rate.ts"
export * from "./domain/api.ts"
export * from "./domain/errors.ts"
export * from "./store/index.ts"
