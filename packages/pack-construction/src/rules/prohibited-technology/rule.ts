/**
 * 明令禁止和限制使用的施工工艺、设备和材料 — 2022 第十四条 (a single provision, from memory in §3:
 * `verified: false`) and 2024 第十六条 (verified). One rule id across the renumbering; both are
 * cited as item 1 (the 2024 coverage counts 第十六条 as one item).
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { because, eq, some } = Condition

const prohibited = (edition: Edition) =>
  defineItem({
    slug: "prohibited-technology",
    edition,
    article: edition === "2022" ? 14 : 16,
    item: 1,
    verified: edition === "2024",
    title: L("使用明令禁止或限制使用的施工工艺、设备和材料", "Prohibited or restricted process, equipment or material in use"),
    message: edition === "2022"
      ? L(
        "使用危害程度较大、可能导致群死群伤或造成重大经济损失的明令禁止或限制使用的施工工艺、设备和材料",
        "A prohibited or restricted construction process, equipment or material that could cause mass casualties or major economic loss is in use"
      )
      : L(
        "使用国家明令禁止和限制使用的危害程度较大、可能导致群死群伤或造成重大经济损失的施工工艺、设备和材料",
        "A construction process, equipment or material prohibited or restricted by the state, with high harm potential (mass casualties or major economic loss), is in use"
      ),
    remediation: L("立即停止使用，更换为合规的施工工艺、设备和材料。", "Stop using it at once and replace it with a compliant process, equipment or material."),
    keys: ["prohibitedTechnology"],
    violationWhen: some(
      "facts.prohibitedTechnology",
      because(
        eq("mayCauseMassCasualtiesOrMajorLoss", true),
        "使用{restriction:label|=明令禁止}的{kind:label|=工艺、设备或材料}，危害程度较大",
        "{restriction:label|=prohibited} {kind:label|=technology} with high harm potential in use"
      ),
      named("facts.prohibitedTechnology")
    )
  })

/** 2022 第十四条 (cited as item 1; `verified: false`). @since 0.1.0 */
export const prohibitedTechnology2022 = prohibited("2022")
/** 2024 第十六条 (cited as item 1). @since 0.1.0 */
export const prohibitedTechnology2024 = prohibited("2024")

/** Every version. @since 0.1.0 */
export const prohibitedTechnologyRules = [prohibitedTechnology2022, prohibitedTechnology2024] as const
