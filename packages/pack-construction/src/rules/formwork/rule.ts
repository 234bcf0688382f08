/**
 * 第六条 模板工程 (2022) / 模板工程及支撑体系 (2024).
 *
 * | rule | 2022 第六条 ([memory] in §3: `verified: false`) | 2024 第六条 |
 * |---|---|---|
 * | `formwork-support-foundation` | (一) | (一) |
 * | `formwork-support-overload` | (二) | (二) |
 * | `formwork-concrete-strength` | (三) | (三) |
 * | `formwork-pour-sequence` | — | (四) (new) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, exceeds, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, eq, fact, lt, some } = Condition
const verifiedIn = (edition: Edition) => edition === "2024"

const foundationFailing: Condition.Condition =
  because(eq("foundationMeetsDesign", false), "基础承载力和变形不满足设计要求", "foundation capacity and deformation do not meet the design")

const overloaded: Condition.Condition =
  exceeds("constructionLoad", "designLoad", "施工荷载{constructionLoad}超过设计值{designLoad}", "construction load {constructionLoad} exceeds the design value {designLoad}")

const tooWeak: Condition.Condition =
  all(
    because(eq("removedOrClimbed", true), "已拆除模板支架或滑模、爬模已爬升", "the support was struck or the slip/climbing form climbed"),
    because(
      lt("concreteStrengthMPa", fact("requiredConcreteStrengthMPa")),
      "混凝土强度{concreteStrengthMPa}MPa未达到要求的{requiredConcreteStrengthMPa}MPa",
      "concrete strength {concreteStrengthMPa} MPa below the required {requiredConcreteStrengthMPa} MPa"
    )
  )

const foundation = (edition: Edition) =>
  defineItem({
    slug: "formwork-support-foundation",
    edition,
    article: 6,
    item: 1,
    verified: verifiedIn(edition),
    title: L("模板支架基础承载力和变形不满足设计要求", "Formwork support foundation not to design"),
    message: L("模板支架的基础承载力和变形不满足设计要求", "The bearing capacity and deformation of a formwork support's foundation do not meet the design"),
    remediation: L("停止在该支架上作业，按设计对基础进行处理并经验收合格。", "Stop work on the support; treat the foundation to the design and have it accepted."),
    keys: ["formworkSupports"],
    violationWhen: some(
      "facts.formworkSupports",
      foundationFailing,
      named("facts.formworkSupports")
    )
  })

const overload = (edition: Edition) =>
  defineItem({
    slug: "formwork-support-overload",
    edition,
    article: 6,
    item: 2,
    verified: verifiedIn(edition),
    title: L("模板支架施工荷载超过设计值", "Formwork support loaded beyond its design value"),
    message: L("模板支架承受的施工荷载超过设计值", "The construction load on a formwork support exceeds the design value"),
    remediation: L("立即卸载至设计值以内，控制堆料和浇筑荷载。", "Unload to within the design value at once and control stacking and pouring loads."),
    keys: ["formworkSupports"],
    violationWhen: some(
      "facts.formworkSupports",
      overloaded,
      named("facts.formworkSupports")
    )
  })

const strength = (edition: Edition) =>
  defineItem({
    slug: "formwork-concrete-strength",
    edition,
    article: 6,
    item: 3,
    verified: verifiedIn(edition),
    title: L("混凝土强度未达要求即拆除模板支架或滑模、爬模爬升", "Support struck or form climbed before the concrete is strong enough"),
    message: L(
      "模板支架拆除及滑模、爬模爬升时，混凝土强度未达到设计或规范要求",
      "A formwork support was struck, or a slip or climbing form climbed, before the concrete reached the strength the design or code requires"
    ),
    remediation: L("停止拆除或爬升，恢复支撑，待混凝土强度达到设计或规范要求后再进行。", "Stop striking or climbing, restore the support, and wait until the concrete reaches the required strength."),
    keys: ["formworkSupports"],
    violationWhen: some(
      "facts.formworkSupports",
      tooWeak,
      named("facts.formworkSupports")
    )
  })

/** 2022 第六条(一) (`verified: false`). @since 0.1.0 */
export const formworkSupportFoundation2022 = foundation("2022")
/** 2024 第六条(一). @since 0.1.0 */
export const formworkSupportFoundation2024 = foundation("2024")
/** 2022 第六条(二) (`verified: false`). @since 0.1.0 */
export const formworkSupportOverload2022 = overload("2022")
/** 2024 第六条(二). @since 0.1.0 */
export const formworkSupportOverload2024 = overload("2024")
/** 2022 第六条(三) (`verified: false`). @since 0.1.0 */
export const formworkConcreteStrength2022 = strength("2022")
/** 2024 第六条(三). @since 0.1.0 */
export const formworkConcreteStrength2024 = strength("2024")

/**
 * 2024 第六条(四) (new): 危大工程范围的混凝土模板支撑工程未按专项施工方案要求的顺序或分层厚度浇筑混凝土.
 *
 * @since 0.1.0
 */
export const formworkPourSequence2024 = defineItem({
  slug: "formwork-pour-sequence",
  edition: "2024",
  article: 6,
  item: 4,
  verified: true,
  title: L("危大模板支撑工程未按方案顺序或分层厚度浇筑混凝土", "Concrete not poured in the plan's sequence or layers on a dangerous formwork support"),
  message: L(
    "危险性较大的混凝土模板支撑工程未按专项施工方案要求的顺序或分层厚度浇筑混凝土",
    "On a dangerous concrete formwork support, concrete is not poured in the sequence or layer thickness the special plan requires"
  ),
  remediation: L("停止浇筑，按专项施工方案规定的顺序和分层厚度组织浇筑并加强支架监测。", "Stop pouring; pour in the plan's sequence and layer thickness and monitor the support."),
  keys: ["formworkSupports"],
  violationWhen: some(
    "facts.formworkSupports",
    all(
      because(eq("dangerousWork", true), "属危大工程范围的混凝土模板支撑工程", "a dangerous concrete formwork support"),
      any(
        because(eq("pourSequencePerPlan", false), "未按专项施工方案要求的顺序浇筑", "not poured in the plan's sequence"),
        because(eq("pourLayerThicknessPerPlan", false), "未按专项施工方案要求的分层厚度浇筑", "not poured in the plan's layer thickness")
      )
    ),
    named("facts.formworkSupports")
  )
})

/** Every version of the 第六条 rules. @since 0.1.0 */
export const formworkRules = [
  formworkSupportFoundation2022,
  formworkSupportFoundation2024,
  formworkSupportOverload2022,
  formworkSupportOverload2024,
  formworkConcreteStrength2022,
  formworkConcreteStrength2024,
  formworkPourSequence2024
] as const
