/**
 * 第17项 — 未制定操作规程和工艺控制指标 (hazchem-major-hazard-2017 item 17; wording secondary only:
 * `verified: false`).
 *
 * The unit must have both: lacking either the 操作规程 or the 工艺控制指标 is a breach ("未制定
 * 操作规程和工艺控制指标" is read as "has not drawn up procedures and control limits", as item 1's
 * "主要负责人和安全生产管理人员" is read "either one").
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { operatingProceduresFacts } from "../../facts/labels.ts"
import { itemRule, sectionFacts, workSafetyLaw } from "../meta.ts"

/** The facts item 17 reads. @since 0.1.0 */
export const OperatingProceduresAndControlLimitsFacts = sectionFacts(["operatingProceduresEstablished", "processControlLimitsEstablished"])

/**
 * 操作规程和工艺控制指标.
 *
 * @since 0.1.0
 */
export const operatingProceduresAndControlLimits: Rule.Rule<typeof OperatingProceduresAndControlLimitsFacts.Type> = itemRule({
  item: 17,
  slug: "operating-procedures-and-control-limits",
  title: { "zh-CN": "制定操作规程和工艺控制指标", en: "Operating procedures and process control limits are drawn up" },
  message: { "zh-CN": "未制定操作规程和工艺控制指标", en: "The unit has not drawn up operating procedures and process control limits" },
  remediation: {
    "zh-CN": "为各岗位、各装置制定操作规程和工艺控制指标，并组织培训、严格执行。",
    en: "Draw up operating procedures and process control limits for every post and unit; train the staff and enforce them."
  },
  legalBases: [workSafetyLaw(21, 2)],
  schema: OperatingProceduresAndControlLimitsFacts,
  facts: operatingProceduresFacts,
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.operatingProceduresEstablished", false), "未制定操作规程", "no operating procedures"),
    Condition.because(Condition.eq("facts.processControlLimitsEstablished", false), "未制定工艺控制指标", "no process control limits")
  )
})
