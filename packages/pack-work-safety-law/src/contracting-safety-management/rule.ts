/**
 * 发包、出租的安全生产管理 — 安全生产法 (2021) 第四十九条 (second paragraph).
 *
 * regulations.md §7: a unit that contracts out or leases a project or site needs a 安全生产管理协议
 * (or the duties set in the contract), unified coordination and management of the contractor's or
 * tenant's safety work, and periodic checks. Penalty 第一百零三条 (second part: no management
 * agreement, or no coordination — up to 5万). The periodic checks belong to the same duty; §7's
 * penalty line names the agreement and the coordination only.
 *
 * Reads `facts.contractsAndLeases[].safetyAgreement`, `.unifiedCoordination`, `.periodicChecks`.
 * The published case: a landlord (`kind: "lease"`) with no safety agreement and no coordination
 * with its tenant.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { contractsAndLeasesFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const ContractingManagementFacts = factSlice([], ["contractsAndLeases"])

/**
 * 第四十九条 (安全生产管理协议, 统一协调、管理, 定期检查), in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const contractingSafetyManagement = Rule.fromCondition({
  id: "work-safety-law/contracting-safety-management",
  title: { "zh-CN": "发包、出租的安全生产管理协议和统一协调、管理", en: "Safety agreements and coordination with contractors and tenants" },
  message: {
    "zh-CN": "发包或者出租生产经营项目、场所，未与承包单位、承租单位签订安全生产管理协议，或者未对其安全生产工作统一协调、管理、定期进行安全检查",
    en: "A project or site is contracted out or leased without a safety management agreement, or the contractor's or tenant's safety work is not coordinated, managed and periodically checked"
  },
  remediation: {
    "zh-CN": "与承包单位、承租单位签订专门的安全生产管理协议或者在合同中约定各自的安全生产管理职责，对其安全生产工作统一协调、管理，定期进行安全检查并督促整改。",
    en: "Sign a dedicated safety management agreement with each contractor or tenant (or set each side's duties in the contract), coordinate and manage their safety work, check it periodically and have problems fixed."
  },
  citation: { document: "work-safety-law-2021", article: 49, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 103, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: ContractingManagementFacts,
  facts: contractsAndLeasesFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.contractsAndLeases"),
  notApplicableReason: "nothing contracted out or leased",
  violationWhen: Condition.some(
    "facts.contractsAndLeases",
    Condition.because(
      Condition.any(
        Condition.because(Condition.eq("safetyAgreement", false), "未签订安全生产管理协议", "no safety management agreement"),
        Condition.because(Condition.eq("unifiedCoordination", false), "未统一协调、管理", "no unified coordination and management"),
        Condition.because(Condition.eq("periodicChecks", false), "未定期进行安全检查", "no periodic safety checks")
      ),
      "{subject|id|#}{kind:label}给{counterparty|=承包单位、承租单位}：{$reasons、}",
      "{subject|id|#} {kind:label} to {counterparty|=the contractor or tenant}: {$reasons、}"
    ),
    { heading: false }
  )
})
