/**
 * 第4项 — 工(库)房实际作业人员数量超过核定人数.
 *
 * For every 工房 and 库房: `actualHeadCount > approvedHeadCount` is a violation. "超过" excludes the
 * number itself: as many people as approved is compliant, one more is not. A unit known to have no
 * 工(库)房 is not concerned.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { hasNoBuildings, noBuildingsReason, someBuilding } from "../buildings.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const HeadCountFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/**
 * @since 0.1.0
 */
export const buildingHeadCount = Rule.fromCondition({
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
  schema: HeadCountFacts,
  facts: factLabels("facts.workshops", "facts.stores"),
  notApplicableWhen: hasNoBuildings,
  notApplicableReason: noBuildingsReason,
  violationWhen: someBuilding(
    Condition.because(
      Condition.gt("actualHeadCount", Condition.fact("approvedHeadCount")),
      "实际作业人员{actualHeadCount}人，超过核定人数{approvedHeadCount}人",
      "{actualHeadCount} people working, more than the approved {approvedHeadCount}"
    )
  )
})
