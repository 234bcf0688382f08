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
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { storageAreasFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 20 reads. @since 0.1.0 */
export const StorageSegregationFacts = sectionFacts(["storageAreas"])

const AREAS = "facts.storageAreas"

/**
 * 危险化学品分区分类储存.
 *
 * @since 0.1.0
 */
export const storageSegregation: Rule.Rule<typeof StorageSegregationFacts.Type> = itemRule({
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
  schema: StorageSegregationFacts,
  facts: storageAreasFact,
  notApplicableWhen: Condition.eq({ count: AREAS }, 0),
  notApplicableReason: "no hazardous-chemicals storage area",
  violationWhen: Condition.some(
    AREAS,
    Condition.because(
      Condition.all(
        Condition.show("id"),
        Condition.any(
          Condition.because(Condition.eq("zonedAndClassified", false), "未分区分类储存", "not stored by zone and class"),
          Condition.because(Condition.eq("overQuantity", true), "超量储存", "over quantity"),
          Condition.because(Condition.eq("overVariety", true), "超品种储存", "over variety"),
          Condition.because(Condition.eq("incompatibleMixedStorage", true), "相互禁配物质混放混存", "incompatible substances stored together")
        )
      ),
      "储存场所{$entry}{$reasons、}",
      "storage area {$entry}: {$reasons}"
    ),
    { label: ["name", "id"], heading: false }
  )
})
