/**
 * 第18项 — 未按照国家标准制定动火、进入受限空间等特殊作业管理制度，或者制度未有效执行
 * (hazchem-major-hazard-2017 item 18; wording secondary only: `verified: false`).
 *
 * Breach when the 特殊作业管理制度 (per GB 30871) is not drawn up (`systemEstablished: false`) or not
 * effectively enforced (`systemEnforced: false`). The permit rules (`hazchem/permit-…`) check
 * individual permits against GB 30871-2022 as general hazards; this rule does not turn a permit
 * finding into this major hazard by itself — whether the 制度 is effectively enforced is a fact
 * the inspector records.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationManagementFacts } from "../../facts/labels.ts"
import { itemRule, sectionFacts, workSafetyLaw } from "../meta.ts"

/** The facts item 18 reads. @since 0.1.0 */
export const SpecialOperationManagementFacts = sectionFacts(["specialOperationManagement"])

/**
 * 特殊作业管理制度.
 *
 * @since 0.1.0
 */
export const specialOperationManagement: Rule.Rule<typeof SpecialOperationManagementFacts.Type> = itemRule({
  item: 18,
  slug: "special-operation-management",
  title: {
    "zh-CN": "按国家标准制定并有效执行特殊作业管理制度",
    en: "A special-operations management system per the national standard, effectively enforced"
  },
  message: {
    "zh-CN": "未按照国家标准制定动火、进入受限空间等特殊作业管理制度，或者制度未有效执行",
    en: "The unit has no management system for hot work, confined-space entry and other special operations per the national standard, or does not effectively enforce it"
  },
  remediation: {
    "zh-CN": "按GB 30871-2022制定动火、受限空间、盲板抽堵、高处、吊装、临时用电、动土、断路等特殊作业管理制度，严格执行作业审批、气体分析、监护和作业票管理。",
    en: "Draw up a management system for the eight special operations of GB 30871-2022 (hot work, confined space, blinding, work at height, lifting, temporary power, excavation, road breaking) and enforce permits, gas analysis and attendance."
  },
  legalBases: [workSafetyLaw(21, 2)],
  schema: SpecialOperationManagementFacts,
  facts: specialOperationManagementFacts,
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.specialOperationManagement.systemEstablished", false), "未制定特殊作业管理制度", "no special-operations management system"),
    // a system never drawn up cannot be enforced: then enforcement is moot
    Condition.unless(
      Condition.eq("facts.specialOperationManagement.systemEstablished", false),
      Condition.because(
        Condition.eq("facts.specialOperationManagement.systemEnforced", false),
        "特殊作业管理制度未有效执行",
        "the special-operations management system is not effectively enforced"
      )
    )
  )
})
