/**
 * 第三条 — 管理类: the three items that bind every 工贸 enterprise.
 *
 * "工贸企业有下列情形之一的，应当判定为重大事故隐患：（一）未对承包单位、承租单位的安全生产工作统一协调、
 * 管理，或者未定期进行安全检查的；（二）特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗
 * 作业的；（三）金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的。"
 *
 * [verified: GM10-text, regulations.md §5; also anzhuopai 2023-06-01]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { flag } from "../facts/applicability.ts"
import { item, no, text, without, yes } from "./item.ts"

const M = "facts.management"

/**
 * 第三条(一) 承包单位、承租单位的统一协调、管理和定期安全检查.
 *
 * "未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的" — either part alone is
 * a breach. Not applicable to an enterprise with no 承包单位 or 承租单位.
 *
 * @since 0.2.0
 */
export const contractorsAndTenants = item({
  slug: "contractors-and-tenants",
  article: 3,
  item: 1,
  scope: "every",
  title: text("承包单位、承租单位统一协调管理和定期安全检查", "Coordination and inspection of contractors and tenants"),
  message: text(
    "未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的",
    "The safety work of contractors and tenants is not coordinated and managed as a whole, or they are not inspected regularly"
  ),
  remediation: text(
    "对承包单位、承租单位的安全生产工作统一协调、管理，并定期进行安全检查。",
    "Coordinate and manage the safety work of contractors and tenants as a whole and inspect them regularly."
  ),
  facts: {
    [`${M}.hasContractorsOrTenants`]: flag("有承包单位、承租单位", "has contractors or tenants"),
    [`${M}.contractorsCoordinated`]: flag("对承包单位、承租单位的安全生产工作统一协调、管理", "safety work of contractors and tenants coordinated and managed"),
    [`${M}.contractorsInspectedRegularly`]: flag("定期对承包单位、承租单位进行安全检查", "contractors and tenants inspected regularly")
  },
  absentWhen: without(`${M}.hasContractorsOrTenants`, "无承包单位、承租单位", "no contractors or tenants"),
  violationWhen: Condition.any(
    no(`${M}.contractorsCoordinated`, "未对承包单位、承租单位的安全生产工作统一协调、管理", "the safety work of contractors and tenants is not coordinated and managed"),
    no(`${M}.contractorsInspectedRegularly`, "未定期对承包单位、承租单位进行安全检查", "contractors and tenants are not inspected regularly")
  )
})

/**
 * 第三条(二) 特种作业人员持证上岗.
 *
 * "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的".
 *
 * @since 0.2.0
 */
export const specialOperatorQualification = item({
  slug: "special-operator-qualification",
  article: 3,
  item: 2,
  scope: "every",
  title: text("特种作业人员经培训取得相应资格上岗", "Special-operation workers trained and qualified"),
  message: text(
    "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的",
    "A special-operation worker works without the required specialised safety training and qualification"
  ),
  remediation: text(
    "特种作业人员按照规定经专门的安全作业培训并取得相应资格后方可上岗作业。",
    "Let special-operation workers work only after the required specialised safety training and qualification."
  ),
  facts: {
    [`${M}.unqualifiedSpecialOperatorsAtWork`]: flag(
      "有特种作业人员未经专门的安全作业培训并取得相应资格上岗作业",
      "special-operation workers at work without the required training and qualification"
    )
  },
  violationWhen: yes(
    `${M}.unqualifiedSpecialOperatorsAtWork`,
    "特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业",
    "special-operation workers work without the required training and qualification"
  )
})

/**
 * 第三条(三) 金属冶炼企业主要负责人、安全生产管理人员考核合格.
 *
 * "金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的". Not applicable to an enterprise
 * that is not a 金属冶炼 enterprise (recorded as a fact: not every 冶金 or 有色 enterprise smelts).
 *
 * @since 0.2.0
 */
export const metalSmeltingManagersAssessed = item({
  slug: "metal-smelting-managers-assessed",
  article: 3,
  item: 3,
  scope: "every",
  title: text("金属冶炼企业主要负责人、安全生产管理人员考核合格", "Metal-smelting managers assessed"),
  message: text(
    "金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的",
    "The principal or safety managers of a metal-smelting enterprise have not passed the required assessment"
  ),
  remediation: text(
    "金属冶炼企业主要负责人、安全生产管理人员按照规定参加考核并取得合格。",
    "Have the principal and safety managers of the metal-smelting enterprise pass the required assessment."
  ),
  facts: {
    [`${M}.metalSmelting`]: flag("属于金属冶炼企业", "metal-smelting enterprise"),
    [`${M}.principalAssessed`]: flag("主要负责人按照规定经考核合格", "principal passed the required assessment"),
    [`${M}.safetyManagersAssessed`]: flag("安全生产管理人员均按照规定经考核合格", "every safety manager passed the required assessment")
  },
  absentWhen: without(`${M}.metalSmelting`, "非金属冶炼企业", "not a metal-smelting enterprise"),
  violationWhen: Condition.any(
    no(`${M}.principalAssessed`, "金属冶炼企业主要负责人未按照规定经考核合格", "the principal has not passed the required assessment"),
    no(`${M}.safetyManagersAssessed`, "金属冶炼企业安全生产管理人员未按照规定经考核合格", "a safety manager has not passed the required assessment")
  )
})

/** The items of 第三条, in order. @since 0.2.0 */
export const generalItems = [contractorsAndTenants, specialOperatorQualification, metalSmeltingManagersAssessed]
