/**
 * 第9项 — 工厂围墙缺失或者分区设置不符合国家标准.
 *
 * Reads `facts.plant.perimeterWallComplete` (false = the wall is missing, wholly or in part) and
 * `facts.plant.zoningCompliant` (the functional zoning as assessed against the national standard;
 * the standard's zoning rules are not encoded). The item speaks of a 工厂 (factory), so the rule
 * applies to production units.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, fireworksProducers, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PlantFacts = Schema.Struct({ facts: factsSlice(["plant"]) })

/**
 * @since 0.1.0
 */
export const plantWallAndZoning = Rule.fromCondition({
  id: "fireworks/plant-wall-and-zoning",
  title: { "zh-CN": "工厂围墙和分区", en: "Plant perimeter wall and zoning" },
  message: {
    "zh-CN": "工厂围墙缺失或者分区设置不符合国家标准",
    en: "The plant's perimeter wall is missing, or its zoning does not meet the national standard"
  },
  remediation: {
    "zh-CN": "按国家标准补建封闭围墙；按国家标准调整危险品生产区、总仓库区等功能分区，不符合分区要求的工(库)房停用整改。",
    en: "Close the perimeter wall as the national standard requires; rearrange the functional zones to the national standard and stop using buildings that are in the wrong zone until fixed."
  },
  citation: citation(9),
  penalties: [penalty102],
  severity: "major",
  appliesTo: fireworksProducers,
  effective,
  schema: PlantFacts,
  facts: factLabels("facts.plant.perimeterWallComplete", "facts.plant.zoningCompliant"),
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.plant.perimeterWallComplete", false), "工厂围墙缺失", "the plant's perimeter wall is missing"),
    Condition.because(Condition.eq("facts.plant.zoningCompliant", false), "厂区分区设置不符合国家标准", "the plant's zoning does not meet the national standard")
  )
})
