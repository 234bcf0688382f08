/**
 * 第8项 — 光气、氯气等剧毒气体及硫化氢气体管道穿越除厂区(包括化工园区、工业园区)外的公共区域
 * (hazchem-major-hazard-2017 item 8).
 *
 * Chemical parks and industrial parks count as inside the plant for this item, so only
 * `public-area` in `areasCrossedOutsidePlant` is a breach. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, hasAny, includesAny, label, sectionFacts } from "../support.ts"

/** The facts item 8 reads. @since 0.1.0 */
export const ToxicGasPipelinePublicAreaFacts = sectionFacts(["toxicGasPipelines"])

const PIPELINES = "facts.toxicGasPipelines"
const PUBLIC_AREA = ["public-area"] as const

const mediumZh = { phosgene: "光气", chlorine: "氯气", "other-highly-toxic-gas": "剧毒气体", "hydrogen-sulfide": "硫化氢" } as const

/**
 * 剧毒气体、硫化氢管道不穿越公共区域.
 *
 * @since 0.1.0
 */
export const toxicGasPipelinePublicArea: Rule.Rule<typeof ToxicGasPipelinePublicAreaFacts.Type> = defineItemRule({
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
  facts: ToxicGasPipelinePublicAreaFacts,
  reads: ["facts.toxicGasPipelines[].medium", "facts.toxicGasPipelines[].areasCrossedOutsidePlant"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const pipelines = a.list(PIPELINES, facts?.toxicGasPipelines)
    for (let i = 0; i < pipelines.length && !a.done; i++) {
      const p = pipelines[i]!
      if (!a.entry(true, hasAny(p.areasCrossedOutsidePlant, PUBLIC_AREA))) continue
      const { path, at } = entryAt(PIPELINES, i)
      a.check({
        breach: includesAny(at("areasCrossedOutsidePlant"), p.areasCrossedOutsidePlant, PUBLIC_AREA),
        context: [
          ...(p.id === undefined ? [] : [{ path: at("id"), value: p.id }]),
          ...(p.medium === undefined ? [] : [{ path: at("medium"), value: p.medium }])
        ],
        zh: `${p.medium === undefined ? "剧毒气体" : mediumZh[p.medium]}管道${label(p.id, path)}穿越厂区外公共区域`,
        en: `${p.medium ?? "toxic gas"} pipeline ${label(p.id, path)} crosses a public area outside the plant`
      })
    }
    return a.outcome("no pipeline of highly toxic gas or hydrogen sulfide")
  }
})
