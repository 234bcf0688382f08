/**
 * @anquan/standardization — 安全生产标准化 rollout.
 *
 * - Workflow: an enterprise's record, self-assessment (自评) → application (申请) → review (评审) →
 *   grade certificate (审核公告、发证) with its validity → expiry or 撤销, every step dated and
 *   checked (seed 004 考评程序); who should approve each grade and the default validity come from
 *   `@anquan/campaign` (regulations.md §11: the current allocation and the 3 years are `[memory]`).
 * - Rollout: rates per jurisdiction and sector against targets as of a day (expired and revoked
 *   certificates do not count); the seeds' targets (seed 002: 三级 ≥ 98 % of 工矿商贸 above-scale
 *   enterprises, 新增小微企业达标 ≥ 1000; seed 004: the 工贸 schedule 2012/2013/2015) as data.
 * - 撤销 candidates: certificates in force that meet configured triggers (accident grade or deaths, a
 *   重大事故隐患) since their approval — proposed, never revoked (§11 does not say which accidents:
 *   `verified: false`); the triggers are `@anquan/campaign`'s `revocationTriggers`.
 * - The general standard by date: GB/T 33000-2016's 8 elements before 2025-10-31, GB/T 33000-2025 after.
 *
 * @module \@anquan/standardization
 * @since 0.2.0
 */
export * from "./api.ts"
export * from "./domain/revocation.ts"
export * from "./domain/standards.ts"
export * from "./domain/targets.ts"
export * from "./domain/workflow.ts"
export * from "./store/index.ts"
