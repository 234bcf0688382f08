/**
 * 重大危险源管理 — 安全生产法 (2021) 第四十条.
 *
 * 生产经营单位对重大危险源应当登记建档，进行定期检测、评估、监控，并制定应急预案，告知从业人员和
 * 相关人员在紧急情况下应当采取的应急措施；并应当按照国家有关规定将本单位重大危险源及有关安全措施、
 * 应急措施报有关地方人民政府应急管理部门和有关部门备案。
 *
 * The major hazard installations are the entries of `enterprise.installations` that carry a
 * `majorHazardGrade`; the duties for each are in `facts.majorHazardInstallations` (one record per
 * installation id). When no installation is graded, the rule needs to know that the unit has none:
 * a unit with no dangerous-goods activity has none by definition (第一百一十七条), otherwise
 * `facts.hasMajorHazardInstallations` says so.
 *
 * Penalty: 第一百零一条(二) covers 登记建档, 检测/评估/监控, 应急预案 and 告知; regulations.md §7 lists no
 * penalty item for the 备案 duty, which is still checked here under 第四十条.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import type { MajorHazardInstallationRecord } from "../facts/WorkSafetyFacts.ts"
import { factSlice } from "../facts/FactSlice.ts"
import { and3, findings, notApplicable } from "../internal/shared.ts"
import type { Tri } from "../internal/shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const MajorHazardFacts = factSlice(
  ["dangerousGoodsActivities", "installations"],
  ["hasMajorHazardInstallations", "majorHazardInstallations"]
)

type Facts = typeof MajorHazardFacts.Type

const duties: ReadonlyArray<{ readonly key: Exclude<keyof MajorHazardInstallationRecord, "installation">; readonly zh: string; readonly en: string }> = [
  { key: "registered", zh: "未登记建档", en: "not registered (登记建档)" },
  { key: "tested", zh: "未定期检测", en: "not periodically tested" },
  { key: "assessed", zh: "未定期评估", en: "not periodically assessed" },
  { key: "monitored", zh: "未进行监控", en: "not monitored" },
  { key: "emergencyPlan", zh: "未制定应急预案", en: "no emergency plan" },
  { key: "measuresCommunicated", zh: "未告知从业人员和相关人员应急措施", en: "emergency measures not told to staff and others concerned" },
  { key: "filed", zh: "未报应急管理部门和有关部门备案", en: "not filed with the emergency management and other departments" }
]

const gradeZh = ["一", "二", "三", "四"] as const

const NO_DANGEROUS_GOODS = notApplicable("no dangerous-goods activity, so no major hazard installation")
const NO_INSTALLATION = notApplicable("no major hazard installation")
const NO_INSTALLATIONS: ReadonlyArray<never> = []

/** Every duty of the record met (`undefined` when one is unknown and none is broken). */
const dutiesMet = (record: MajorHazardInstallationRecord): Tri => {
  let met: Tri = true
  for (let i = 0; i < duties.length; i++) met = and3(met, record[duties[i]!.key])
  return met
}

/** The index of the record of installation `id`, or -1. */
const recordOf = (records: ReadonlyArray<MajorHazardInstallationRecord>, id: string): number => {
  for (let i = 0; i < records.length; i++) if (records[i]!.installation === id) return i
  return -1
}

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const e = subject.enterprise
  const out = findings(ctx)
  const installations = e.installations ?? NO_INSTALLATIONS
  let graded = 0
  for (let i = 0; i < installations.length; i++) if (installations[i]!.majorHazardGrade !== undefined) graded++
  if (graded === 0) {
    if (e.dangerousGoodsActivities !== undefined && e.dangerousGoodsActivities.length === 0) return NO_DANGEROUS_GOODS
    const has = subject.facts?.hasMajorHazardInstallations
    if (has === false) return NO_INSTALLATION
    if (e.installations === undefined) out.need("enterprise.installations")
    if (has === undefined) out.need("facts.hasMajorHazardInstallations")
    else out.need("enterprise.installations[].majorHazardGrade")
    return out.outcome()
  }
  const records = subject.facts?.majorHazardInstallations
  if (records === undefined) return out.need("facts.majorHazardInstallations").outcome()
  for (let i = 0; i < installations.length && !out.done; i++) {
    const inst = installations[i]!
    if (inst.majorHazardGrade === undefined) continue
    const index = recordOf(records, inst.id)
    if (out.quick(index < 0 ? undefined : dutiesMet(records[index]!))) continue
    if (index < 0) {
      out.need(`facts.majorHazardInstallations[installation=${inst.id}]`)
      continue
    }
    const record = records[index]!
    const failed: Array<(typeof duties)[number]> = []
    for (const d of duties) {
      const path = `facts.majorHazardInstallations[${index}].${d.key}`
      const value = record[d.key]
      if (value === undefined) out.need(path)
      else {
        out.see(path, value)
        if (!value) failed.push(d)
      }
    }
    if (failed.length > 0) {
      out.problem(
        `重大危险源${inst.name}（${gradeZh[inst.majorHazardGrade - 1]}级）${failed.map((d) => d.zh).join("、")}`,
        `major hazard installation ${inst.name} (grade ${inst.majorHazardGrade}): ${failed.map((d) => d.en).join(", ")}`
      )
    }
  }
  return out.outcome()
}

/**
 * 第四十条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const majorHazardInstallations = Rule.define({
  id: "work-safety-law/major-hazard-installations",
  title: { "zh-CN": "重大危险源登记建档、检测评估监控和备案", en: "Major hazard installations registered, monitored and filed" },
  message: {
    "zh-CN": "对重大危险源未登记建档，未进行定期检测、评估、监控，未制定应急预案，未告知应急措施，或者未报有关部门备案",
    en: "A major hazard installation is not registered, periodically tested, assessed and monitored, covered by an emergency plan, explained to staff, or filed with the authorities"
  },
  remediation: {
    "zh-CN": "对每一处重大危险源登记建档，进行定期检测、评估、监控，制定应急预案并告知从业人员和相关人员应急措施；将重大危险源及有关安全措施、应急措施报有关地方人民政府应急管理部门和有关部门备案。",
    en: "For every major hazard installation: register it, test, assess and monitor it periodically, draw up an emergency plan and tell staff and others concerned the emergency measures; file it with its safety and emergency measures with the local emergency management department and other departments concerned."
  },
  citation: { document: "work-safety-law-2021", article: 40, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 101, item: 2, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: MajorHazardFacts,
  reads: [
    "enterprise.dangerousGoodsActivities",
    "enterprise.installations[].majorHazardGrade",
    "facts.hasMajorHazardInstallations",
    "facts.majorHazardInstallations[].installation",
    "facts.majorHazardInstallations[].registered",
    "facts.majorHazardInstallations[].tested",
    "facts.majorHazardInstallations[].assessed",
    "facts.majorHazardInstallations[].monitored",
    "facts.majorHazardInstallations[].emergencyPlan",
    "facts.majorHazardInstallations[].measuresCommunicated",
    "facts.majorHazardInstallations[].filed"
  ],
  evaluate
})
