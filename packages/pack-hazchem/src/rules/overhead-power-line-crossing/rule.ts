/**
 * 第9项 — 地区架空电力线路穿越生产区且不符合国家标准要求 (hazchem-major-hazard-2017 item 9).
 *
 * An `overheadPowerLines[]` entry is in scope when it crosses the production area
 * (`crossesProductionArea: true`), and in breach when `compliesWithStandard` is `false`. An empty
 * list (no regional overhead line near the site) → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, eq, is, label, sectionFacts } from "../support.ts"

/** The facts item 9 reads. @since 0.1.0 */
export const OverheadPowerLineCrossingFacts = sectionFacts(["overheadPowerLines"])

const LINES = "facts.overheadPowerLines"

/**
 * 地区架空电力线路穿越生产区.
 *
 * @since 0.1.0
 */
export const overheadPowerLineCrossing: Rule.Rule<typeof OverheadPowerLineCrossingFacts.Type> = defineItemRule({
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
  facts: OverheadPowerLineCrossingFacts,
  reads: ["facts.overheadPowerLines[].crossesProductionArea", "facts.overheadPowerLines[].compliesWithStandard"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const lines = a.list(LINES, facts?.overheadPowerLines)
    for (let i = 0; i < lines.length && !a.done; i++) {
      const l = lines[i]!
      if (!a.entry(eq(l.crossesProductionArea, true), eq(l.compliesWithStandard, false))) continue
      const { path, at } = entryAt(LINES, i)
      a.check({
        scope: is(at("crossesProductionArea"), l.crossesProductionArea, true),
        breach: is(at("compliesWithStandard"), l.compliesWithStandard, false),
        context: l.id === undefined ? [] : [{ path: at("id"), value: l.id }],
        zh: `架空电力线路${label(l.id, path)}穿越生产区且不符合国家标准`,
        en: `overhead power line ${label(l.id, path)} crosses the production area in breach of the national standard`
      })
    }
    return a.outcome("no regional overhead power line crosses the production area")
  }
})
