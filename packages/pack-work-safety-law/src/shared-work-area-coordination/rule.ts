/**
 * 同一作业区域的安全生产管理协议和协调 — 安全生产法 (2021) 第四十八条.
 *
 * regulations.md §7: two or more units in one work area need a 安全生产管理协议 and a designated
 * 专职 safety person for coordination. Penalty 第一百零四条 (shared work area without an agreement or
 * coordinator: up to 5万).
 *
 * Reads `facts.sharedWorkAreas[].safetyAgreement` and `.coordinatorDesignated`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { sharedWorkAreaFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const SharedWorkAreaRuleFacts = factSlice([], ["sharedWorkAreas"])

/**
 * 第四十八条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const sharedWorkAreaCoordination = Rule.fromCondition({
  id: "work-safety-law/shared-work-area-coordination",
  title: { "zh-CN": "同一作业区域内的安全生产管理协议和专人协调", en: "Agreement and coordinator in a shared work area" },
  message: {
    "zh-CN": "两个以上生产经营单位在同一作业区域内进行生产经营活动，未签订安全生产管理协议或者未指定专职安全生产管理人员进行安全检查与协调",
    en: "Units working in the same area have no safety management agreement, or no full-time safety officer designated to check and coordinate"
  },
  remediation: {
    "zh-CN": "与同一作业区域内的其他生产经营单位签订安全生产管理协议，明确各自的安全生产管理职责和应当采取的安全措施，并指定专职安全生产管理人员进行安全检查与协调。",
    en: "Sign a safety management agreement with the other units in the area, setting each one's duties and measures, and designate a full-time safety officer to check and coordinate."
  },
  citation: { document: "work-safety-law-2021", article: 48, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 104, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SharedWorkAreaRuleFacts,
  facts: sharedWorkAreaFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.sharedWorkAreas"),
  notApplicableReason: "no work area shared with another unit",
  violationWhen: Condition.some(
    "facts.sharedWorkAreas",
    Condition.any(
      Condition.because(Condition.eq("safetyAgreement", false), "未签订安全生产管理协议", "no safety management agreement"),
      Condition.because(Condition.eq("coordinatorDesignated", false), "未指定专职安全生产管理人员进行安全检查与协调", "no full-time safety officer designated to check and coordinate")
    ),
    { label: ["name", "id"], entry: { "zh-CN": "作业区域", en: "work area" } }
  )
})
