/**
 * 第4项 — 工(库)房实际作业人员数量超过核定人数.
 *
 * For every 工房 and 库房: `actualHeadCount > approvedHeadCount` is a violation. "超过" excludes the
 * number itself: as many people as approved is compliant, one more is not. A unit known to have no
 * 工(库)房 is not concerned.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { buildings, citation, collector, effective, everyFireworksUnit, factsSlice, noBuildings, penalty102 } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const HeadCountFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/**
 * @since 0.1.0
 */
export const buildingHeadCount = Rule.define({
  id: "fireworks/building-head-count",
  title: { "zh-CN": "工(库)房作业人员不超过核定人数", en: "Workshop and store head-count within the approved number" },
  message: {
    "zh-CN": "工(库)房实际作业人员数量超过核定人数",
    en: "More people are working in a workshop or store than its approved head-count"
  },
  remediation: {
    "zh-CN": "立即将超员人员撤离，按核定人数安排作业，加强现场监督检查。",
    en: "Withdraw the excess people at once, schedule work within the approved head-count and supervise on site."
  },
  citation: citation(4),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  facts: HeadCountFacts,
  reads: [
    "facts.workshops[].approvedHeadCount",
    "facts.workshops[].actualHeadCount",
    "facts.stores[].approvedHeadCount",
    "facts.stores[].actualHeadCount"
  ],
  evaluate: ({ facts }) => {
    const c = collector()
    const { list, known } = buildings(c, facts)
    if (known && list.length === 0) return noBuildings()
    for (const b of list) {
      const approved = b.building.approvedHeadCount
      const actual = b.building.actualHeadCount
      if (approved === undefined) c.missing(`${b.path}.approvedHeadCount`)
      if (actual === undefined) c.missing(`${b.path}.actualHeadCount`)
      if (approved === undefined || actual === undefined) continue
      const evidence = [{ path: `${b.path}.approvedHeadCount`, value: approved }, { path: `${b.path}.actualHeadCount`, value: actual }]
      if (actual > approved) {
        c.violation(
          evidence,
          `${b.zh}实际作业人员${actual}人，超过核定人数${approved}人（超出${actual - approved}人）`,
          `${b.en}: ${actual} people working, more than the approved ${approved} (${actual - approved} over)`
        )
      } else c.seen(...evidence)
    }
    return c.outcome()
  }
})
