/**
 * 发包、出租给具备条件的单位 — 安全生产法 (2021) 第四十九条 (first paragraph).
 *
 * regulations.md §7: projects, sites and equipment are not to be contracted out or leased to
 * parties without the safety conditions or the qualification (不得发包或者出租给不具备安全生产条件或者
 * 相应资质的单位或者个人). Penalty 第一百零三条 (first part: illegal income confiscated and a fine).
 *
 * Reads `facts.contractsAndLeases[].counterpartyQualified`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { contractsAndLeasesFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const QualifiedPartiesFacts = factSlice([], ["contractsAndLeases"])

/**
 * 第四十九条 (不具备安全生产条件或者相应资质), in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const contractingQualifiedParties = Rule.fromCondition({
  id: "work-safety-law/contracting-qualified-parties",
  title: { "zh-CN": "发包、出租给具备安全生产条件或者相应资质的单位", en: "Contracting and leasing only to qualified parties" },
  message: {
    "zh-CN": "将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人",
    en: "A project, site or equipment is contracted out or leased to a party without the safety conditions or the qualification required"
  },
  remediation: {
    "zh-CN": "只将生产经营项目、场所、设备发包或者出租给具备安全生产条件或者相应资质的单位或者个人，解除或者纠正不符合条件的发包、出租。",
    en: "Contract out or lease projects, sites and equipment only to parties with the safety conditions or qualification required; end or correct any contract or lease that falls short."
  },
  citation: { document: "work-safety-law-2021", article: 49, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 103, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: QualifiedPartiesFacts,
  facts: contractsAndLeasesFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.contractsAndLeases"),
  notApplicableReason: "nothing contracted out or leased",
  violationWhen: Condition.some(
    "facts.contractsAndLeases",
    Condition.because(
      Condition.eq("counterpartyQualified", false),
      "{subject|id|#}{kind:label}给不具备安全生产条件或者相应资质的{counterparty|=单位或者个人}",
      "{subject|id|#} {kind:label} to {counterparty|=a party}, which lacks the safety conditions or qualification"
    ),
    { heading: false }
  )
})
