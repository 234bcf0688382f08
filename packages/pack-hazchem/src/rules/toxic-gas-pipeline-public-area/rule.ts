/**
 * 第8项 — 光气、氯气等剧毒气体及硫化氢气体管道穿越除厂区(包括化工园区、工业园区)外的公共区域
 * (hazchem-major-hazard-2017 item 8).
 *
 * Chemical parks and industrial parks count as inside the plant for this item, so only
 * `public-area` in `areasCrossedOutsidePlant` is a breach. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { toxicGasPipelinesFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 8 reads. @since 0.1.0 */
export const ToxicGasPipelinePublicAreaFacts = sectionFacts(["toxicGasPipelines"])

const PIPELINES = "facts.toxicGasPipelines"

/**
 * 剧毒气体、硫化氢管道不穿越公共区域.
 *
 * @since 0.1.0
 */
export const toxicGasPipelinePublicArea: Rule.Rule<typeof ToxicGasPipelinePublicAreaFacts.Type> = itemRule({
  item: 8,
  slug: "toxic-gas-pipeline-public-area",
  title: {
    "zh-CN": "剧毒气体及硫化氢管道不穿越厂区外公共区域",
    en: "Pipelines of highly toxic gases and hydrogen sulfide do not cross public areas outside the plant"
  },
  message: {
    "zh-CN": "光气、氯气等剧毒气体及硫化氢气体管道穿越除厂区（包括化工园区、工业园区）外的公共区域",
    en: "A pipeline carrying phosgene, chlorine or another highly toxic gas, or hydrogen sulfide, crosses a public area outside the plant (chemical and industrial parks count as inside)"
  },
  remediation: {
    "zh-CN": "改线使剧毒气体、硫化氢管道不穿越厂区（含化工园区、工业园区）外的公共区域；改造完成前停止输送或者采取严格的监控和应急措施。",
    en: "Re-route the pipeline so that it stays inside the plant, chemical park or industrial park; stop the transfer, or apply strict monitoring and emergency measures, until then."
  },
  schema: ToxicGasPipelinePublicAreaFacts,
  facts: toxicGasPipelinesFact,
  notApplicableWhen: Condition.eq({ count: PIPELINES }, 0),
  notApplicableReason: "no pipeline of highly toxic gas or hydrogen sulfide",
  violationWhen: Condition.some(
    PIPELINES,
    Condition.because(
      Condition.all(Condition.show("id"), Condition.show("medium"), Condition.oneOf("areasCrossedOutsidePlant", ["public-area"])),
      "{medium:label|=剧毒气体}管道{$entry}穿越厂区外公共区域",
      "{medium|=toxic gas} pipeline {$entry} crosses a public area outside the plant"
    ),
    { label: "id", heading: false }
  )
})
