/**
 * 配置 — the handling deadlines and the reward levels. Both are configuration, never law: the
 * national detail rules on rewards are 《安全生产领域举报奖励办法》 (安监总财〔2018〕19号), which the
 * project's regulation facts know only from memory (regulations.md §7 第七十六条, `[memory]`), so
 * the SDK ships no amounts and no deadlines of its own. A jurisdiction enters the values of the
 * rules it applies (its local 举报奖励办法) and names them in `basis`.
 *
 * What the SDK does know, and cites (see {@link reportsBasis}):
 * - seed 001 (十三) 重奖激励安全生产隐患举报: reports of 重大风险、事故隐患和违法行为 by phone, letter
 *   and visit; the 吹哨人 system for employees; departments 及时处理举报, 依法保护举报人, 不得私自泄露
 *   有关个人信息; rewards by the degree of risk, 重奖 for reports of 重大安全风险, 重大事故隐患 or
 *   违法行为;
 * - 安全生产法 (2021) 第七十三条 (departments run a 举报制度) and 第七十六条 (governments at county
 *   level and above reward reports of 重大事故隐患 and violations; the detail rules come from the
 *   应急管理部 and 财政部).
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { ReportCategory } from "./model.ts"

/**
 * 依据 — where a part of the model comes from, and whether that text was read (`verified`).
 *
 * @since 0.2.0
 */
export interface Basis {
  readonly document: string
  readonly provision?: string
  readonly says: string
  readonly verified: boolean
  readonly source: string
}

/**
 * The texts behind the report life cycle and the rewards.
 *
 * @since 0.2.0
 */
export const reportsBasis: ReadonlyArray<Basis> = [
  {
    document: "seed 001 紫照镇安全生产“十五条”硬措施工作实施方案",
    provision: "(十三) 重奖激励安全生产隐患举报",
    says: "举报电话、来信来访等渠道; 吹哨人制度; 及时处理举报, 依法保护举报人, 不得私自泄露有关个人信息; 根据风险程度落实举报奖励, 重奖有功人员",
    verified: true,
    source: "/work/shared/seeds/001 (read in full)"
  },
  {
    document: "work-safety-law-2021",
    provision: "第七十三条",
    says: "负有安全生产监督管理职责的部门建立举报制度; 任何单位或者个人有权举报事故隐患或者安全生产违法行为",
    verified: true,
    source: "regulations.md §7"
  },
  {
    document: "work-safety-law-2021",
    provision: "第七十六条",
    says: "县级以上人民政府及其有关部门对报告重大事故隐患或者举报安全生产违法行为的有功人员给予奖励; 具体办法由应急管理部会同财政部制定",
    verified: true,
    source: "regulations.md §7"
  },
  {
    document: "安全生产领域举报奖励办法 (安监总财〔2018〕19号)",
    says: "the national detail rules on rewards (amounts, levels, deadlines): not stored, so none are encoded",
    verified: false,
    source: "regulations.md §7 第七十六条 [memory]"
  }
]

const Days = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 3650 }, { message: "Expected a whole number of days from 1 to 3650" }))
const Yuan = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected an amount in yuan ≥ 0" }))

/**
 * 办理时限 — days allowed for each step, counted from the step before (absent: no deadline, and
 * that step is never overdue): `assign` from receipt, `finding` (核查) from receipt, `rewardDecision`
 * from a verified finding, `payment` from the reward decision.
 *
 * @since 0.2.0
 */
export const HandlingDeadlines = Schema.Struct({
  assignWithinDays: Schema.optionalKey(Days),
  findingWithinDays: Schema.optionalKey(Days),
  rewardDecisionWithinDays: Schema.optionalKey(Days),
  paymentWithinDays: Schema.optionalKey(Days)
}).annotate({ identifier: "HandlingDeadlines" })
/** @since 0.2.0 */
export type HandlingDeadlines = typeof HandlingDeadlines.Type

/**
 * 奖励档次 — one reward level: its id, the amount range in yuan (both ends inclusive) and the
 * categories it applies to (absent: every category).
 *
 * @since 0.2.0
 */
export const RewardLevel = Schema.Struct({
  id: Schema.NonEmptyString,
  label: Schema.optionalKey(Schema.NonEmptyString),
  minYuan: Yuan,
  maxYuan: Yuan,
  categories: Schema.optionalKey(Schema.Array(ReportCategory))
}).check(Schema.makeFilter((l) => (l.minYuan <= l.maxYuan ? undefined : { path: ["maxYuan"], issue: "Expected maxYuan ≥ minYuan" })))
  .annotate({ identifier: "RewardLevel" })
/** @since 0.2.0 */
export type RewardLevel = typeof RewardLevel.Type

/**
 * 举报办理配置 — the deadlines, the reward levels (absent or empty: no reward can be granted until
 * they are configured) and `basis`, the local rules the values come from.
 *
 * @since 0.2.0
 */
export const ReportsConfig = Schema.Struct({
  deadlines: Schema.optionalKey(HandlingDeadlines),
  rewardLevels: Schema.optionalKey(Schema.Array(RewardLevel)),
  basis: Schema.optionalKey(Schema.NonEmptyString)
}).check(Schema.makeFilter((c) => {
  const seen = new Set<string>()
  const issues: Array<Schema.FilterIssue> = []
  c.rewardLevels?.forEach((l, i) => {
    if (seen.has(l.id)) issues.push({ path: ["rewardLevels", i, "id"], issue: `duplicate reward level ${l.id}` })
    seen.add(l.id)
  })
  return issues
})).annotate({ identifier: "ReportsConfig" })
/** @since 0.2.0 */
export type ReportsConfig = typeof ReportsConfig.Type
/** @since 0.2.0 */
export type ReportsConfigInput = typeof ReportsConfig.Encoded

/**
 * The default: no deadlines, no reward levels — nothing invented. Configure both from the rules
 * in force where the reports are handled.
 *
 * @since 0.2.0
 */
export const defaultReportsConfig: ReportsConfig = {}
