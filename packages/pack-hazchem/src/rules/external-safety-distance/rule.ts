/**
 * 第3项 — 涉及"两重点一重大"的生产装置、储存设施外部安全防护距离不符合国家标准要求
 * (hazchem-major-hazard-2017 item 3).
 *
 * "两重点一重大" (regulations.md §9) = 重点监管危险化工工艺, 重点监管危险化学品, 重大危险源. An entry
 * of `externalSafetyDistances[]` is in scope when any of the three is true. The flags are read from
 * the entry, and two of them can also be shown by other facts (only ever to `true`):
 * - 重点监管危险化工工艺: a `keyProcesses[]` entry with the same `unitId`;
 * - 重大危险源: a `majorHazardInstallations[]` entry whose `id` is the `unitId` and that has a
 *   recorded grade, or whose inventory makes it one (S ≥ 1, GB 18218-2018).
 *
 * The distance is in breach when `meetsStandard` is `false`, or when both distances are known and
 * `actualMetres < requiredMetres` (either one shows the breach); it is met when `meetsStandard` is
 * `true` or `actualMetres ≥ requiredMetres` (no contrary fact). An empty list → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { identify } from "../../major-hazard-installation/identify.ts"
import { toHazardUnit } from "../../facts/HazchemFacts.ts"
import { any, Assessment, defineItemRule, entries, known, type Lit, sectionFacts, unknown } from "../support.ts"

/** The facts item 3 reads. @since 0.1.0 */
export const ExternalSafetyDistanceFacts = sectionFacts(["externalSafetyDistances", "keyProcesses", "majorHazardInstallations"])

type Facts = NonNullable<typeof ExternalSafetyDistanceFacts.Type["facts"]>

const flag = (path: string, value: boolean | undefined, derived: Lit | undefined): Lit =>
  value !== undefined ? known(value, [{ path, value }]) : derived ?? unknown([path])

const keyProcessAt = (facts: Facts, unitId: string | undefined): Lit | undefined => {
  if (unitId === undefined) return undefined
  const i = facts.keyProcesses?.findIndex((k) => k.unitId === unitId) ?? -1
  return i < 0 ? undefined : known(true, [{ path: `facts.keyProcesses[${i}].unitId`, value: unitId }])
}

const majorHazardAt = (facts: Facts, unitId: string | undefined): Lit | undefined => {
  if (unitId === undefined) return undefined
  const i = facts.majorHazardInstallations?.findIndex((m) => m.id === unitId) ?? -1
  if (i < 0) return undefined
  const inst = facts.majorHazardInstallations![i]!
  if (inst.recordedGrade !== undefined) {
    return known(true, [{ path: `facts.majorHazardInstallations[${i}].recordedGrade`, value: inst.recordedGrade }])
  }
  const unit = toHazardUnit(inst)
  if (unit !== undefined && identify(unit).isMajorHazard) {
    return known(true, [{ path: `facts.majorHazardInstallations[${i}].substances`, value: inst.substances }])
  }
  return undefined
}

/**
 * 外部安全防护距离.
 *
 * @since 0.1.0
 */
export const externalSafetyDistance: Rule.Rule<typeof ExternalSafetyDistanceFacts.Type> = defineItemRule({
  item: 3,
  slug: "external-safety-distance",
  title: {
    "zh-CN": "涉及“两重点一重大”装置、设施的外部安全防护距离符合国家标准",
    en: "External safety distances of units involving the “two key points and one major hazard” meet the national standard"
  },
  message: {
    "zh-CN": "涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求",
    en: "A production unit or storage facility involving a key-supervision process, a key-supervision chemical or a major hazard installation does not keep the external safety distance the national standard requires"
  },
  remediation: {
    "zh-CN": "按国家标准核定外部安全防护距离；不满足的，采取降低危险化学品存量、工艺改造、搬迁或者清理防护距离内的敏感目标等措施，整改完成前落实管控措施。",
    en: "Determine the external safety distance by the national standard; where it is not met, reduce inventories, change the process, relocate the unit or clear sensitive targets from the zone, with interim controls until then."
  },
  facts: ExternalSafetyDistanceFacts,
  reads: [
    "facts.externalSafetyDistances[].unitId",
    "facts.externalSafetyDistances[].involvesKeyProcess",
    "facts.externalSafetyDistances[].involvesKeySupervisedChemical",
    "facts.externalSafetyDistances[].involvesMajorHazard",
    "facts.externalSafetyDistances[].meetsStandard",
    "facts.externalSafetyDistances[].requiredMetres",
    "facts.externalSafetyDistances[].actualMetres",
    "facts.keyProcesses[].unitId",
    "facts.majorHazardInstallations[].id",
    "facts.majorHazardInstallations[].recordedGrade",
    "facts.majorHazardInstallations[].unitKind",
    "facts.majorHazardInstallations[].substances"
  ],
  evaluate: ({ facts }) => {
    const a = new Assessment()
    for (const { entry: d, path, at } of entries(a, "facts.externalSafetyDistances", facts?.externalSafetyDistances)) {
      const scope = any(
        flag(at("involvesKeyProcess"), d.involvesKeyProcess, keyProcessAt(facts!, d.unitId)),
        flag(at("involvesKeySupervisedChemical"), d.involvesKeySupervisedChemical, undefined),
        flag(at("involvesMajorHazard"), d.involvesMajorHazard, majorHazardAt(facts!, d.unitId))
      )
      const metres = d.requiredMetres !== undefined && d.actualMetres !== undefined
        ? [{ path: at("requiredMetres"), value: d.requiredMetres }, { path: at("actualMetres"), value: d.actualMetres }]
        : undefined
      const short = metres === undefined ? undefined : d.actualMetres! < d.requiredMetres!
      const breach: Lit = d.meetsStandard === false || short === true
        ? known(true, [
          ...(d.meetsStandard === false ? [{ path: at("meetsStandard"), value: false }] : []),
          ...(short === true ? metres! : [])
        ])
        : d.meetsStandard === true || short === false
        ? known(false, [...(d.meetsStandard === true ? [{ path: at("meetsStandard"), value: true }] : []), ...(metres ?? [])])
        : unknown([at("meetsStandard")])
      const name = d.unitName ?? d.unitId ?? path
      a.check({
        scope,
        breach,
        context: d.unitId === undefined ? [] : [{ path: at("unitId"), value: d.unitId }],
        zh: short === true ? `${name}外部安全防护距离${d.actualMetres}米，小于要求的${d.requiredMetres}米` : `${name}外部安全防护距离不符合国家标准`,
        en: short === true
          ? `${name}: external safety distance ${d.actualMetres} m, less than the required ${d.requiredMetres} m`
          : `${name}: the external safety distance does not meet the national standard`
      })
    }
    return a.outcome("no production unit or storage facility involving the “two key points and one major hazard”")
  }
})
