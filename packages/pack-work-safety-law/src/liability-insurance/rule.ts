/**
 * 安全生产责任保险 — 安全生产法 (2021) 第五十一条.
 *
 * 属于国家规定的高危行业、领域的生产经营单位，应当投保安全生产责任保险。(For other units it is
 * encouraged, not required.) The scope and method are set by the 应急管理部 with 财政部, the
 * insurance regulator and others.
 *
 * **Which sectors.** The law delegates the list. regulations.md §7 records it only from memory (the
 * 2017 安全生产责任保险实施办法: 矿山, 危险化学品, 烟花爆竹, 交通运输, 建筑施工, 民用爆炸物品, 金属冶炼,
 * 渔业生产); the 2025 re-issue (应急〔2025〕27号) has not been read. {@link LIABILITY_INSURANCE_SECTORS}
 * is that list mapped onto the core sectors (渔业生产 has no sector id and is left out). It is a
 * documented default: re-check it against the current 办法 before relying on it. The citation of
 * 第五十一条 itself is verified.
 *
 * Reads `facts.liabilityInsurancePolicies`: a policy must cover the as-of day.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Operand, Sector } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { liabilityInsuranceFacts } from "../facts/labels.ts"

/**
 * The default 高危行业、领域 for 安全生产责任保险 ([memory] in regulations.md §7; see the module doc).
 *
 * @since 0.1.0
 */
export const LIABILITY_INSURANCE_SECTORS: ReadonlyArray<Sector> = [
  "coal-mine",
  "non-coal-mine",
  "hazardous-chemicals",
  "fireworks",
  "transport",
  "construction",
  "civil-explosives",
  "metal-smelting"
]

/** The facts the rule reads. @since 0.1.0 */
export const LiabilityInsuranceFacts = factSlice([], ["liabilityInsurancePolicies"])

const POLICIES = "facts.liabilityInsurancePolicies"
/** A policy's date, read to decide; the policies are shown as a whole instead. */
const read = (path: string): Operand => ({ fact: path, evidence: false })
/** The policy covers the as-of day: it started on or before it and ends on or after it. */
const covers = Condition.all(Condition.lte(read("from"), Condition.asOfDate()), Condition.gte(read("to"), Condition.asOfDate()))
const ended = Condition.lt(read("to"), Condition.asOfDate())

/**
 * 第五十一条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const liabilityInsurance = Rule.fromCondition({
  id: "work-safety-law/liability-insurance",
  title: { "zh-CN": "高危行业投保安全生产责任保险", en: "Work-safety liability insurance in high-risk sectors" },
  message: {
    "zh-CN": "属于国家规定的高危行业、领域的生产经营单位未投保安全生产责任保险",
    en: "A unit in a high-risk sector designated by the State has no work-safety liability insurance"
  },
  remediation: {
    "zh-CN": "按照国家规定投保安全生产责任保险，并在保险期满前续保。",
    en: "Take out work-safety liability insurance (安全生产责任保险) as the State requires and renew it before it runs out."
  },
  citation: { document: "work-safety-law-2021", article: 51, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 109, verified: true }],
  severity: "general",
  appliesTo: { sectors: LIABILITY_INSURANCE_SECTORS },
  effective: { from: "2021-09-01" },
  schema: LiabilityInsuranceFacts,
  facts: liabilityInsuranceFacts,
  evidence: "read",
  violationWhen: Condition.when(
    Condition.eq(Condition.count(POLICIES, covers), 0),
    Condition.all(
      Condition.show(POLICIES),
      Condition.any(
        Condition.some(POLICIES, Condition.because(ended, "安全生产责任保险已于{to}到期，未续保", "the liability insurance ran out on {to} and was not renewed"), {
          heading: false
        }),
        Condition.because(Condition.eq(Condition.count(POLICIES, ended), 0), "未投保安全生产责任保险", "no work-safety liability insurance in force")
      )
    ),
    { guardEvidence: false }
  )
})
