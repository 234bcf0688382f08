/**
 * 第20项 — 未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，相互禁配物质混放混存
 * (hazchem-major-hazard-2017 item 20; wording secondary only: `verified: false`).
 *
 * A `storageAreas[]` entry is in breach when it is not zoned and classified
 * (`zonedAndClassified: false`), holds too much (`overQuantity: true`) or too many kinds
 * (`overVariety: true`), or mixes incompatible substances (`incompatibleMixedStorage: true`). An
 * empty list → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { any, Assessment, defineItemRule, entryAt, eq, is, or3, sectionFacts } from "../support.ts"

/** The facts item 20 reads. @since 0.1.0 */
export const StorageSegregationFacts = sectionFacts(["storageAreas"])

const AREAS = "facts.storageAreas"

/**
 * 危险化学品分区分类储存.
 *
 * @since 0.1.0
 */
export const storageSegregation: Rule.Rule<typeof StorageSegregationFacts.Type> = defineItemRule({
  item: 20,
  slug: "storage-segregation",
  title: {
    "zh-CN": "危险化学品分区分类储存，不超量、超品种储存，禁配物质不混放混存",
    en: "Hazardous chemicals are stored by zone and class, within quantity and variety limits, incompatible ones apart"
  },
  message: {
    "zh-CN": "未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，或者相互禁配物质混放混存",
    en: "Hazardous chemicals are not stored by zone and class as the national standard requires, are stored beyond the permitted quantity or variety, or incompatible substances are stored together"
  },
  remediation: {
    "zh-CN": "按国家标准对危险化学品分区、分类、分库储存；将储存量和品种降至许可和设计范围内；将相互禁配的物质分开储存。",
    en: "Store hazardous chemicals by zone, class and store as the national standard requires; bring quantities and varieties within the permitted and design limits; separate incompatible substances."
  },
  facts: StorageSegregationFacts,
  reads: [
    "facts.storageAreas[].zonedAndClassified",
    "facts.storageAreas[].overQuantity",
    "facts.storageAreas[].overVariety",
    "facts.storageAreas[].incompatibleMixedStorage"
  ],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const areas = a.list(AREAS, facts?.storageAreas)
    for (let i = 0; i < areas.length && !a.done; i++) {
      const s = areas[i]!
      const breach = or3(
        or3(eq(s.zonedAndClassified, false), eq(s.overQuantity, true)),
        or3(eq(s.overVariety, true), eq(s.incompatibleMixedStorage, true))
      )
      if (!a.entry(true, breach)) continue
      const { path, at } = entryAt(AREAS, i)
      const name = s.name ?? s.id ?? path
      const what = [
        ...(s.zonedAndClassified === false ? [{ zh: "未分区分类储存", en: "not stored by zone and class" }] : []),
        ...(s.overQuantity === true ? [{ zh: "超量储存", en: "over quantity" }] : []),
        ...(s.overVariety === true ? [{ zh: "超品种储存", en: "over variety" }] : []),
        ...(s.incompatibleMixedStorage === true ? [{ zh: "相互禁配物质混放混存", en: "incompatible substances stored together" }] : [])
      ]
      a.check({
        breach: any(
          is(at("zonedAndClassified"), s.zonedAndClassified, false),
          is(at("overQuantity"), s.overQuantity, true),
          is(at("overVariety"), s.overVariety, true),
          is(at("incompatibleMixedStorage"), s.incompatibleMixedStorage, true)
        ),
        context: s.id === undefined ? [] : [{ path: at("id"), value: s.id }],
        zh: `储存场所${name}${what.map((w) => w.zh).join("、")}`,
        en: `storage area ${name}: ${what.map((w) => w.en).join(", ")}`
      })
    }
    return a.outcome("no hazardous-chemicals storage area")
  }
})
