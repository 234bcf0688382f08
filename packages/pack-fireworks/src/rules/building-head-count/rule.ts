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
import type { Store, Workshop } from "../../facts/FireworksFacts.ts"
import { buildingPath, buildingRef, citation, effective, everyFireworksUnit, factsSlice, judgeBuildings, penalty102 } from "../shared.ts"
import type { BuildingKind, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const HeadCountFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/** Checks building `i` of `kind`. */
const check = (c: Collector, kind: BuildingKind, b: Workshop | Store, i: number): void => {
  const approved = b.approvedHeadCount
  const actual = b.actualHeadCount
  if (approved === undefined || actual === undefined) {
    if (c.unknown()) {
      const path = buildingPath(kind, i)
      if (approved === undefined) c.missing(`${path}.approvedHeadCount`)
      if (actual === undefined) c.missing(`${path}.actualHeadCount`)
    }
    return
  }
  if (actual > approved) {
    if (c.breach()) {
      const r = buildingRef(kind, b, i)
      c.violation(
        [{ path: `${r.path}.approvedHeadCount`, value: approved }, { path: `${r.path}.actualHeadCount`, value: actual }],
        `${r.zh}实际作业人员${actual}人，超过核定人数${approved}人（超出${actual - approved}人）`,
        `${r.en}: ${actual} people working, more than the approved ${approved} (${actual - approved} over)`
      )
    }
  } else if (c.explain) {
    const path = buildingPath(kind, i)
    c.see(`${path}.approvedHeadCount`, approved)
    c.see(`${path}.actualHeadCount`, actual)
  }
}

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
  evaluate: ({ facts }, context) => judgeBuildings(context, facts, check)
})
