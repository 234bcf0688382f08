/**
 * 第十三条 — 存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业 (2 items).
 *
 * "存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业有下列情形之一的，应当判定为重大事故隐患：（一）未对有限空间
 * 进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的；（二）未落实有限空间作业审批，或者未执行“先通风、再检测、
 * 后作业”要求，或者作业现场未设置监护人员的。"
 *
 * [verified: GM10-text `C_PDDB_13.json`, regulations.md §5] Facts under `facts.confinedSpace`.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { flag } from "../facts/applicability.ts"
import { item, no, text } from "./item.ts"

const F = "facts.confinedSpace"
const scope = { field: "toxic-confined-space" } as const

/**
 * 第十三条(一) — conjunctive ("并且"): the confined spaces are not identified with a 安全管理台账
 * **and** there are no clear warning signs. Either part alone is not this item. "对有限空间进行辨识、
 * 建立安全管理台账" is recorded as the one act the text names.
 *
 * @since 0.2.0
 */
export const identificationAndSigns = item({
  slug: "confined-space-identification-and-signs",
  article: 13,
  item: 1,
  scope,
  title: text("有限空间辨识、台账和安全警示标志", "Confined spaces identified, in a ledger and signed"),
  message: text(
    "未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的",
    "The confined spaces have not been identified and entered in a safety-management ledger, and no clear safety warning signs are posted"
  ),
  remediation: text("对有限空间进行辨识、建立安全管理台账，并设置明显的安全警示标志。", "Identify the confined spaces, keep a safety-management ledger of them and post clear warning signs."),
  facts: {
    [`${F}.identifiedWithLedger`]: flag("对有限空间进行辨识、建立安全管理台账", "confined spaces identified and entered in a safety-management ledger"),
    [`${F}.warningSigns`]: flag("有限空间设置明显的安全警示标志", "clear safety warning signs posted")
  },
  violationWhen: Condition.all(
    no(`${F}.identifiedWithLedger`, "未对有限空间进行辨识、建立安全管理台账", "confined spaces not identified and entered in a ledger"),
    no(`${F}.warningSigns`, "未设置明显的安全警示标志", "no clear warning signs")
  )
})

/**
 * 第十三条(二) "未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的" — any
 * one of the three.
 *
 * @since 0.2.0
 */
export const workControls = item({
  slug: "confined-space-work-controls",
  article: 13,
  item: 2,
  scope,
  title: text("有限空间作业审批、先通风再检测后作业、现场监护", "Confined-space permits, ventilate-test-enter and attendants"),
  message: text(
    "未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的",
    "Confined-space work is not approved, or \"ventilate first, then test, then work\" is not followed, or there is no attendant at the work site"
  ),
  remediation: text(
    "落实有限空间作业审批，严格执行“先通风、再检测、后作业”，作业现场设置监护人员。",
    "Approve every confined-space job, ventilate, test and only then enter, and post an attendant at the site."
  ),
  facts: {
    [`${F}.workApproval`]: flag("落实有限空间作业审批", "confined-space work approved"),
    [`${F}.ventilateTestThenWork`]: flag("执行“先通风、再检测、后作业”要求", "\"ventilate first, then test, then work\" followed"),
    [`${F}.attendantOnSite`]: flag("作业现场设置监护人员", "attendant posted at the work site")
  },
  violationWhen: Condition.any(
    no(`${F}.workApproval`, "未落实有限空间作业审批", "work not approved"),
    no(`${F}.ventilateTestThenWork`, "未执行“先通风、再检测、后作业”要求", "\"ventilate, test, then work\" not followed"),
    no(`${F}.attendantOnSite`, "作业现场未设置监护人员", "no attendant at the work site")
  )
})

/** The items of 第十三条, in order. @since 0.2.0 */
export const confinedSpaceItems = [identificationAndSigns, workControls]
