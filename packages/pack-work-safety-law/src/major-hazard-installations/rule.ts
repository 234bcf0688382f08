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
 * Written in the rule language: for each graded installation, its record is looked up by id
 * (`outer`); no record asks for `facts.majorHazardInstallations[installation=<id>]`.
 *
 * Penalty: 第一百零一条(二) covers 登记建档, 检测/评估/监控, 应急预案 and 告知; regulations.md §7 lists no
 * penalty item for the 备案 duty, which is still checked here under 第四十条.
 *
 * @since 0.1.0
 */
import { Condition as C, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { majorHazardInstallationFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const MajorHazardFacts = factSlice(
  ["dangerousGoodsActivities", "installations"],
  ["hasMajorHazardInstallations", "majorHazardInstallations"]
)

const INSTALLATIONS = "enterprise.installations"
const ACTIVITIES = "enterprise.dangerousGoodsActivities"
const HAS = "facts.hasMajorHazardInstallations"
const RECORDS = "facts.majorHazardInstallations"

const duties = [
  { key: "registered", zh: "未登记建档", en: "not registered (登记建档)" },
  { key: "tested", zh: "未定期检测", en: "not periodically tested" },
  { key: "assessed", zh: "未定期评估", en: "not periodically assessed" },
  { key: "monitored", zh: "未进行监控", en: "not monitored" },
  { key: "emergencyPlan", zh: "未制定应急预案", en: "no emergency plan" },
  { key: "measuresCommunicated", zh: "未告知从业人员和相关人员应急措施", en: "emergency measures not told to staff and others concerned" },
  { key: "filed", zh: "未报应急管理部门和有关部门备案", en: "not filed with the emergency management and other departments" }
] as const

/** No installation is graded as a major hazard (none listed counts as none). */
const noneGraded = C.any(C.not(C.present(INSTALLATIONS)), C.none(INSTALLATIONS, C.present("majorHazardGrade")))

/**
 * Not applicable when no installation is graded and the unit has none: no dangerous-goods activity
 * at all (第一百一十七条), or it says it has no major hazard. Else, with none graded, the rule asks for
 * the installations, whether it has any, or — when it says it has — their grades.
 */
const notApplicableWhen = C.all(
  noneGraded,
  C.any(
    C.because(C.all(C.present(ACTIVITIES), C.not(C.nonEmpty(ACTIVITIES))), "无危险物品活动，无重大危险源", "no dangerous-goods activity, so no major hazard installation"),
    C.when(C.not(C.present(INSTALLATIONS)), C.unknown(INSTALLATIONS), { guardEvidence: false }),
    C.because(C.eq(HAS, false), "无重大危险源", "no major hazard installation"),
    C.when(C.eq(HAS, true), C.unknown("enterprise.installations[].majorHazardGrade"), { guardEvidence: false })
  )
)

/** The record of the enclosing installation (by its id), with a duty not met; every duty read is shown. */
const dutiesNotMet = C.any(...duties.map((d) => C.because(C.eq(d.key, false), d.zh, d.en)))

/** A graded installation without a record, or whose record has a duty not met. */
const breach = C.when(
  C.present("majorHazardGrade"),
  C.because(
    C.any(
      C.when(C.none(RECORDS, C.eq({ fact: "installation", evidence: false }, C.outer("id"))), C.unknown("facts.majorHazardInstallations[installation={id}]"), { guardEvidence: false }),
      // the installation's record: the first with its id (a later one for the same id is not read)
      C.some(RECORDS, dutiesNotMet, { only: "first", among: C.eq({ fact: "installation", evidence: false }, C.outer("id")), heading: false })
    ),
    "重大危险源{name}（{majorHazardGrade:label}）{$reasons、}",
    "major hazard installation {name} ({majorHazardGrade:label}): {$reasons}"
  ),
  { guardEvidence: false }
)

/**
 * 第四十条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const majorHazardInstallations = Rule.fromCondition({
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
  schema: MajorHazardFacts,
  facts: majorHazardInstallationFacts,
  // every duty read is shown, as the findings of the former kit did
  evidence: "read",
  notApplicableWhen,
  violationWhen: C.some(INSTALLATIONS, breach, { heading: false })
})
