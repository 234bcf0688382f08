/**
 * 第7项 — 液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统
 * (hazchem-major-hazard-2017 item 7).
 *
 * Every `liquefiedGasLoading[]` entry is such a loading (the list holds only the media the item
 * names), so each needs `method: "universal-loading-arm"`. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { liquefiedGasLoadingFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 7 reads. @since 0.1.0 */
export const LiquefiedGasLoadingArmFacts = sectionFacts(["liquefiedGasLoading"])

const LOADING = "facts.liquefiedGasLoading"

/**
 * 液化气体万向管道充装系统.
 *
 * @since 0.1.0
 */
export const liquefiedGasLoadingArm: Rule.Rule<typeof LiquefiedGasLoadingArmFacts.Type> = itemRule({
  item: 7,
  slug: "liquefied-gas-loading-arm",
  title: {
    "zh-CN": "液化烃、液氨、液氯等液化气体充装使用万向管道充装系统",
    en: "Liquefied hydrocarbon, ammonia, chlorine and similar gases are loaded through universal loading arms"
  },
  message: {
    "zh-CN": "液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统",
    en: "Liquefied hydrocarbon, liquid ammonia, liquid chlorine or another flammable or toxic liquefied gas is loaded without a universal loading arm"
  },
  remediation: {
    "zh-CN": "将软管等充装方式改为万向管道充装系统；改造完成前停止该充装作业。",
    en: "Replace hoses and other loading methods with a universal loading arm system; stop that loading until it is in place."
  },
  schema: LiquefiedGasLoadingArmFacts,
  facts: liquefiedGasLoadingFact,
  notApplicableWhen: Condition.eq({ count: LOADING }, 0),
  notApplicableReason: "no loading of liquefied hydrocarbon, ammonia, chlorine or similar gases",
  violationWhen: Condition.some(
    LOADING,
    Condition.because(
      Condition.all(Condition.show("id"), Condition.show("medium"), Condition.eq("method", "other")),
      "{medium:label|=液化气体}充装点{$entry}未使用万向管道充装系统",
      "loading point {$entry} ({medium|=liquefied gas}) does not use a universal loading arm"
    ),
    { label: "id", heading: false }
  )
})
