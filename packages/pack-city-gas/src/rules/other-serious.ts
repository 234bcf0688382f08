/**
 * 第十条 — the catch-all: "其他严重违反城镇燃气经营法律法规及标准规范，且存在危害程度较大、可能导致群死群伤或造成
 * 重大经济损失的现实危险，判定为重大隐患。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * No fact a checklist records can say by itself that a violation is "serious" or that a danger is
 * "real and grave": that is a judgement, made under 第三条 by the 城镇燃气管理部门 (or the inspector
 * acting for it). The rule therefore does not try to find such hazards; it holds the judgement as
 * recorded, one entry of `facts.otherSeriousHazards` per situation the inspector weighed, and applies
 * the article's two conjoined conditions to it: a serious violation of the laws or standards **and**
 * a real danger of mass casualties or major loss. Either one alone is no 第十条 hazard. `[]` records
 * that the inspector found none.
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import { flag, name, text } from "../facts/facts.ts"
import { item, yes } from "./item.ts"

/** `facts.otherSeriousHazards`: situations an inspector weighed under 第十条. @since 0.2.0 */
export const OTHER_SERIOUS_HAZARDS = "facts.otherSeriousHazards"

/** 第十条 其他严重违反城镇燃气经营法律法规及标准规范且存在现实危险的情形. @since 0.2.0 */
export const otherSeriousHazards = item({
  slug: "other-serious-hazards",
  article: 10,
  title: text("其他严重违法违规且存在现实危险的情形（认定）", "Other serious breaches with a real danger (as determined)"),
  message: text(
    "其他严重违反城镇燃气经营法律法规及标准规范，且存在危害程度较大、可能导致群死群伤或造成重大经济损失的现实危险",
    "Another serious breach of the town-gas laws, regulations or standards that poses a real danger of great harm, mass casualties or major economic loss"
  ),
  remediation: text(
    "按认定的违法违规情形立即整改，消除现实危险。",
    "Remedy the breach as determined at once and remove the real danger."
  ),
  facts: {
    [OTHER_SERIOUS_HAZARDS]: {
      type: "list",
      label: text("第十条认定情形", "situation weighed under Article 10"),
      items: {
        description: name("情形", "situation"),
        basis: name("违反的法律法规或标准规范条款", "provision breached"),
        seriousBreach: flag("认定严重违反城镇燃气经营法律法规及标准规范", "determined a serious breach of the town-gas laws or standards"),
        realDanger: flag(
          "认定存在危害程度较大、可能导致群死群伤或造成重大经济损失的现实危险",
          "determined a real danger of great harm, mass casualties or major economic loss"
        )
      }
    }
  },
  violationWhen: C.some(
    OTHER_SERIOUS_HAZARDS,
    C.all(
      C.show("basis"),
      yes("seriousBreach", "严重违反城镇燃气经营法律法规及标准规范", "a serious breach of the town-gas laws or standards"),
      yes("realDanger", "存在危害程度较大、可能导致群死群伤或造成重大经济损失的现实危险", "a real danger of great harm, mass casualties or major loss")
    ),
    { label: "description", entry: text("情形", "situation") }
  )
})
