/**
 * 依据 — what the standardization model rests on, and how sure each part is (regulations.md §11,
 * seeds 002 and 004).
 *
 * - Grades 一级 (highest) / 二级 / 三级 (《企业安全生产标准化建设定级办法》, 应急〔2021〕83号, issued
 *   2021-10-27, verified). Who rates each grade under it — 一级 应急管理部, 二级 the provincial
 *   应急管理部门, 三级 the 设区的市 应急管理部门 (may delegate to the county) — is `[memory, high
 *   confidence]`: `verified: false`. Before 2021-10-27 the older scheme (一级 国家安全监管总局, 二级
 *   省, 三级 市) is verified and printed in seed 004. Both come from `@anquan/campaign`'s
 *   `approvingAuthority`, not restated here.
 * - A grade lasts 3 years: `[memory, medium confidence]` (`DEFAULT_VALIDITY_YEARS` of
 *   `@anquan/campaign`, configurable).
 * - The workflow self-assessment → application → review (评审) → approval and announcement → certificate
 *   is seed 004 (四)(二) 考评程序: 企业自评和申请, 现场评审并形成评审报告, 安监部门进行审核公告, 颁发证书和牌匾.
 * - The general standard: GB/T 33000-2016 (8 first-level elements, verified) applies to days before
 *   2025-10-31; GB/T 33000-2025 (secondary; element list not stored) from 2025-10-31.
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"

/**
 * A fact the model uses, with its source and whether that source was read.
 *
 * @since 0.2.0
 */
export interface StandardizationBasis {
  readonly fact: string
  readonly document: string
  readonly verified: boolean
  readonly source: string
}

/**
 * The facts behind the package, each with its status.
 *
 * @since 0.2.0
 */
export const standardizationBasis: ReadonlyArray<StandardizationBasis> = [
  { fact: "grades 一级 (highest), 二级, 三级", document: "standardization-grading-2021", verified: true, source: "regulations.md §11 [verified]" },
  { fact: "一级 rated by 应急管理部, 二级 by the provincial 应急管理部门, 三级 by the 设区的市 应急管理部门 (may delegate to the county)", document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, high confidence]" },
  { fact: "before 2021-10-27: 一级 国家安全监管总局, 二级 省安监局, 三级 市安监局 审核公告", document: "older 评审 rules; seed 004 (四)(二)", verified: true, source: "regulations.md §11 [verified]; seed 004" },
  { fact: "a grade lasts 3 years", document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, medium confidence]" },
  { fact: "certain accidents or a 重大事故隐患 lead to 撤销 (which ones is not stated)", document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, medium confidence]" },
  { fact: "考评程序: 企业自评和申请, 现场评审并形成评审报告, 审核公告, 颁发证书和牌匾", document: "seed 004 工贸企业安全生产标准化 (四)(二)", verified: true, source: "seed 004 (read)" },
  { fact: "GB/T 33000-2016: 8 first-level elements; applies before 2025-10-31", document: "standardization-gbt33000-2016", verified: true, source: "regulations.md §11 [verified] (in-force date 2017-04-01 [memory])" },
  { fact: "GB/T 33000-2025 replaces GB/T 33000-2016 and GB/T 43500-2023 from 2025-10-31; its elements are not stored", document: "standardization-gbt33000-2025", verified: false, source: "regulations.md §11, alert F [secondary]" }
]

/**
 * The day GB/T 33000-2025 took effect (regulations.md alert F, secondary).
 *
 * @since 0.2.0
 */
export const GBT33000_2025_FROM = CalendarDate.make("2025-10-31")

/**
 * GB/T 33000-2016's 8 first-level elements (regulations.md §11, verified).
 *
 * @since 0.2.0
 */
export const GBT33000_2016_ELEMENTS: ReadonlyArray<string> = [
  "目标职责",
  "制度化管理",
  "教育培训",
  "现场管理",
  "安全风险管控及隐患排查治理",
  "应急管理",
  "事故管理",
  "持续改进"
]

/**
 * The general standard on a day.
 *
 * @since 0.2.0
 */
export interface GeneralStandard {
  readonly document: "standardization-gbt33000-2016" | "standardization-gbt33000-2025"
  readonly title: string
  /** The first-level elements; `undefined` where they are not stored (GB/T 33000-2025). */
  readonly elements: ReadonlyArray<string> | undefined
  readonly verified: boolean
}

/**
 * GB/T 33000-2016 for a day before 2025-10-31, GB/T 33000-2025 from then on.
 *
 * @since 0.2.0
 */
export const generalStandardOn = (day: Date): GeneralStandard =>
  day.getTime() < GBT33000_2025_FROM.getTime()
    ? { document: "standardization-gbt33000-2016", title: "GB/T 33000-2016 企业安全生产标准化基本规范", elements: GBT33000_2016_ELEMENTS, verified: true }
    : { document: "standardization-gbt33000-2025", title: "GB/T 33000-2025 大中型企业安全生产标准化管理体系要求", elements: undefined, verified: false }
