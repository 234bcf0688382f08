/**
 * 第7项 — 液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统
 * (hazchem-major-hazard-2017 item 7).
 *
 * Every `liquefiedGasLoading[]` entry is such a loading (the list holds only the media the item
 * names), so each needs `method: "universal-loading-arm"`. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, eq, is, label, sectionFacts } from "../support.ts"

/** The facts item 7 reads. @since 0.1.0 */
export const LiquefiedGasLoadingArmFacts = sectionFacts(["liquefiedGasLoading"])

const LOADING = "facts.liquefiedGasLoading"

const mediumZh = {
  "liquefied-hydrocarbon": "液化烃",
  "liquid-ammonia": "液氨",
  "liquid-chlorine": "液氯",
  "other-flammable-or-toxic-liquefied-gas": "易燃易爆、有毒有害液化气体"
} as const

/**
 * 液化气体万向管道充装系统.
 *
 * @since 0.1.0
 */
export const liquefiedGasLoadingArm: Rule.Rule<typeof LiquefiedGasLoadingArmFacts.Type> = defineItemRule({
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
  facts: LiquefiedGasLoadingArmFacts,
  reads: ["facts.liquefiedGasLoading[].medium", "facts.liquefiedGasLoading[].method"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const points = a.list(LOADING, facts?.liquefiedGasLoading)
    for (let i = 0; i < points.length && !a.done; i++) {
      const l = points[i]!
      if (!a.entry(true, eq(l.method, "other"))) continue
      const { path, at } = entryAt(LOADING, i)
      const medium = l.medium === undefined ? "液化气体" : mediumZh[l.medium]
      a.check({
        breach: is(at("method"), l.method, "other"),
        context: [
          ...(l.id === undefined ? [] : [{ path: at("id"), value: l.id }]),
          ...(l.medium === undefined ? [] : [{ path: at("medium"), value: l.medium }])
        ],
        zh: `${medium}充装点${label(l.id, path)}未使用万向管道充装系统`,
        en: `loading point ${label(l.id, path)}${l.medium === undefined ? "" : ` (${l.medium})`} does not use a universal loading arm`
      })
    }
    return a.outcome("no loading of liquefied hydrocarbon, ammonia, chlorine or similar gases")
  }
})
