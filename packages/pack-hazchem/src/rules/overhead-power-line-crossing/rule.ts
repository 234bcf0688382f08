/**
 * 第9项 — 地区架空电力线路穿越生产区且不符合国家标准要求 (hazchem-major-hazard-2017 item 9).
 *
 * An `overheadPowerLines[]` entry is in scope when it crosses the production area
 * (`crossesProductionArea: true`), and in breach when `compliesWithStandard` is `false`. An empty
 * list (no regional overhead line near the site) → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { overheadPowerLinesFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 9 reads. @since 0.1.0 */
export const OverheadPowerLineCrossingFacts = sectionFacts(["overheadPowerLines"])

const LINES = "facts.overheadPowerLines"

/**
 * 地区架空电力线路穿越生产区.
 *
 * @since 0.1.0
 */
export const overheadPowerLineCrossing: Rule.Rule<typeof OverheadPowerLineCrossingFacts.Type> = itemRule({
  item: 9,
  slug: "overhead-power-line-crossing",
  title: {
    "zh-CN": "地区架空电力线路不违反国家标准穿越生产区",
    en: "Regional overhead power lines do not cross the production area in breach of the national standard"
  },
  message: {
    "zh-CN": "地区架空电力线路穿越生产区且不符合国家标准要求",
    en: "A regional overhead power line crosses the production area in breach of the national standard"
  },
  remediation: {
    "zh-CN": "协调电力部门将架空电力线路迁改出生产区或者改为符合国家标准的敷设方式；完成前落实防护和监控措施。",
    en: "Have the line moved out of the production area, or laid in a way the national standard allows, with the power company; protect and monitor it until then."
  },
  schema: OverheadPowerLineCrossingFacts,
  facts: overheadPowerLinesFact,
  notApplicableWhen: Condition.every(LINES, Condition.all(Condition.present("crossesProductionArea"), Condition.eq("crossesProductionArea", false))),
  notApplicableReason: "no regional overhead power line crosses the production area",
  violationWhen: Condition.some(
    LINES,
    Condition.because(
      Condition.all(Condition.show("id"), Condition.eq("crossesProductionArea", true), Condition.eq("compliesWithStandard", false)),
      "架空电力线路{$entry}穿越生产区且不符合国家标准",
      "overhead power line {$entry} crosses the production area in breach of the national standard"
    ),
    { label: "id", heading: false }
  )
})
