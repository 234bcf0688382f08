/**
 * 危险物品场所与员工宿舍分开 — 安全生产法 (2021) 第四十二条.
 *
 * 生产、经营、储存、使用危险物品的车间、商店、仓库不得与员工宿舍在同一座建筑物内，并应当与员工宿舍
 * 保持安全距离。
 *
 * Applies to units that produce, trade, store or use dangerous goods (`enterprise.dangerousGoodsActivities`);
 * reads `facts.staffDormitory` and `facts.dangerousGoodsPremises`. A unit without staff dormitories,
 * or without such a workshop, shop or warehouse, is not concerned. The exits part of the article is
 * the rule `work-safety-law/evacuation-exits`.
 *
 * @since 0.1.0
 */
import { Outcome, Rule } from "@anquan/core"
import type { RuleContext } from "@anquan/core"
import { and3, ART42_ACTIVITIES, factSlice, findings, intersects, not3, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const DormitorySeparationFacts = factSlice(["dangerousGoodsActivities"], ["staffDormitory", "dangerousGoodsPremises"])

type Facts = typeof DormitorySeparationFacts.Type

const kindZh = { workshop: "车间", shop: "商店", warehouse: "仓库" } as const

const NO_DANGEROUS_GOODS = notApplicable("does not produce, trade, store or use dangerous goods")
const NO_DORMITORY = notApplicable("no staff dormitory")
const NO_PREMISES = notApplicable("no dangerous-goods workshop, shop or warehouse")

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const e = subject.enterprise
  // No sector puts a unit in scope by itself: only what it does with dangerous goods.
  if (e.dangerousGoodsActivities === undefined) {
    return ctx.explain === false ? Outcome.quickIndeterminate : Outcome.indeterminate(["enterprise.dangerousGoodsActivities"])
  }
  if (!intersects(e.dangerousGoodsActivities, ART42_ACTIVITIES)) return NO_DANGEROUS_GOODS
  const facts = subject.facts
  const dorm = facts?.staffDormitory
  if (dorm === false) return NO_DORMITORY
  const out = findings(ctx)
  const premises = facts?.dangerousGoodsPremises
  if (premises === undefined) {
    out.need("facts.dangerousGoodsPremises")
    if (dorm === undefined) out.need("facts.staffDormitory")
    return out.outcome()
  }
  if (premises.length === 0) return NO_PREMISES
  if (dorm !== undefined) out.see("facts.staffDormitory", dorm)
  for (let i = 0; i < premises.length && !out.done; i++) {
    const p = premises[i]!
    const same = p.sameBuildingAsDormitory
    // not in the same building, and at a safe distance
    if (out.quick(and3(not3(same), p.safeDistanceFromDormitory))) continue
    const path = `facts.dangerousGoodsPremises[${i}]`
    const name = p.name ?? p.id ?? (p.kind === undefined ? `#${i + 1}` : `${kindZh[p.kind]}#${i + 1}`)
    if (same === undefined) out.need(`${path}.sameBuildingAsDormitory`)
    else {
      out.see(`${path}.sameBuildingAsDormitory`, same)
      if (same) out.problem(`危险物品场所${name}与员工宿舍在同一座建筑物内`, `dangerous-goods premises ${name} are in the same building as staff dormitories`)
    }
    if (same !== true) {
      out.duty(`${path}.safeDistanceFromDormitory`, p.safeDistanceFromDormitory,
        `危险物品场所${name}与员工宿舍未保持安全距离`, `dangerous-goods premises ${name} are not at a safe distance from staff dormitories`)
    }
  }
  // Knowing there is no dormitory would settle what the premises facts leave open.
  if (out.incomplete && dorm === undefined) out.need("facts.staffDormitory")
  return out.outcome()
}

/**
 * 第四十二条 (危险物品场所与员工宿舍), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const dormitorySeparation = Rule.define({
  id: "work-safety-law/dormitory-separation",
  title: { "zh-CN": "危险物品车间、商店、仓库与员工宿舍分开", en: "Dangerous-goods premises apart from staff dormitories" },
  message: {
    "zh-CN": "生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑物内，或者未与员工宿舍保持安全距离",
    en: "A workshop, shop or warehouse for dangerous goods is in the same building as staff dormitories, or not at a safe distance from them"
  },
  remediation: {
    "zh-CN": "将员工宿舍迁出危险物品车间、商店、仓库所在的建筑物，并与其保持安全距离。",
    en: "Move staff dormitories out of any building with a dangerous-goods workshop, shop or warehouse, and keep them at a safe distance."
  },
  citation: { document: "work-safety-law-2021", article: 42, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 105, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: DormitorySeparationFacts,
  reads: [
    "enterprise.dangerousGoodsActivities",
    "facts.staffDormitory",
    "facts.dangerousGoodsPremises[].sameBuildingAsDormitory",
    "facts.dangerousGoodsPremises[].safeDistanceFromDormitory"
  ],
  evaluate
})
