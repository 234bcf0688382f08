/**
 * 第十二条 拆除工程 (2022, a single provision; 2024, 2 items).
 *
 * | rule | 2022 第十二条 | 2024 第十二条 |
 * |---|---|---|
 * | `load-bearing-structure-review` | — | (一) (new) |
 * | `demolition-sequence` | sole provision (cited as item 1; §3: verified wording truncated, completed from memory → `verified: false`) | (二) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

/**
 * 2024 第十二条(一) (new): 装饰装修工程拆除承重结构未经原设计单位或具有相应资质等级的设计单位进行结构复核.
 *
 * @since 0.1.0
 */
export const loadBearingStructureReview2024 = defineItem({
  slug: "load-bearing-structure-review",
  edition: "2024",
  article: 12,
  item: 1,
  verified: true,
  title: L("装饰装修拆除承重结构未经结构复核", "Load-bearing structure removed in fit-out works without a structural review"),
  message: L(
    "装饰装修工程拆除承重结构未经原设计单位或具有相应资质等级的设计单位进行结构复核",
    "Fit-out works remove load-bearing structure without a structural review by the original or a suitably qualified design unit"
  ),
  remediation: L("立即停止拆除，委托原设计单位或具有相应资质的设计单位进行结构复核，按复核意见施工。", "Stop removing at once; have the original or a qualified design unit review the structure, and follow its findings."),
  keys: ["structuralAlterations"],
  violationWhen: Condition.some(
    "facts.structuralAlterations",
    Condition.all(
      Condition.because(Condition.eq("removesLoadBearingStructure", true), "拆除承重结构", "removes load-bearing structure"),
      Condition.because(Condition.eq("structuralReview", false), "未经原设计单位或相应资质设计单位进行结构复核", "no structural review by a qualified design unit")
    ),
    named("facts.structuralAlterations")
  )
})

const sequence = (edition: Edition) =>
  defineItem({
    slug: "demolition-sequence",
    edition,
    article: 12,
    item: edition === "2022" ? 1 : 2,
    verified: edition === "2024",
    title: L("拆除施工作业顺序不符合规范和施工方案要求", "Demolition sequence not as the code and plan require"),
    message: L("拆除施工作业顺序不符合规范和施工方案要求", "The demolition is not carried out in the sequence the code and the construction plan require"),
    remediation: L("停止拆除，按规范和施工方案确定的顺序组织拆除作业。", "Stop demolishing; proceed only in the sequence of the code and the plan."),
    keys: ["demolitions"],
    violationWhen: Condition.some(
      "facts.demolitions",
      Condition.because(Condition.eq("sequencePerCodeAndPlan", false), "拆除施工作业顺序不符合规范和施工方案要求", "sequence not as the code and plan require"),
      named("facts.demolitions")
    )
  })

/** 2022 第十二条 (cited as item 1; `verified: false`). @since 0.1.0 */
export const demolitionSequence2022 = sequence("2022")
/** 2024 第十二条(二). @since 0.1.0 */
export const demolitionSequence2024 = sequence("2024")

/** Every version of the 第十二条 rules. @since 0.1.0 */
export const demolitionRules = [loadBearingStructureReview2024, demolitionSequence2022, demolitionSequence2024] as const
