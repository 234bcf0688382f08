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
import { isMajorHazard } from "../../major-hazard-installation/quick.ts"
import { any, Assessment, defineItemRule, entryAt, known, type Lit, or3, sectionFacts, type Tri, unknown } from "../support.ts"

/** The facts item 3 reads. @since 0.1.0 */
export const ExternalSafetyDistanceFacts = sectionFacts(["externalSafetyDistances", "keyProcesses", "majorHazardInstallations"])

type Facts = NonNullable<typeof ExternalSafetyDistanceFacts.Type["facts"]>
type ExternalSafetyDistance = NonNullable<Facts["externalSafetyDistances"]>[number]

const DISTANCES = "facts.externalSafetyDistances"

const flag = (path: string, value: boolean | undefined, derived: Lit | undefined): Lit =>
  value !== undefined ? known(value, [{ path, value }]) : derived ?? unknown([path])

const keyProcessIndex = (facts: Facts, unitId: string | undefined): number => {
  const list = facts.keyProcesses
  if (unitId === undefined || list === undefined) return -1
  for (let i = 0; i < list.length; i++) if (list[i]!.unitId === unitId) return i
  return -1
}

const keyProcessAt = (facts: Facts, unitId: string | undefined): Lit | undefined => {
  const i = keyProcessIndex(facts, unitId)
  return i < 0 ? undefined : known(true, [{ path: `facts.keyProcesses[${i}].unitId`, value: unitId }])
}

/** How the installation with id `unitId` shows a major hazard: by its recorded grade, by its inventory, or not at all. */
const majorHazardBasis = (facts: Facts, unitId: string | undefined): { readonly i: number; readonly by: "recordedGrade" | "substances" } | undefined => {
  const list = facts.majorHazardInstallations
  if (unitId === undefined || list === undefined) return undefined
  let i = 0
  while (i < list.length && list[i]!.id !== unitId) i++
  if (i === list.length) return undefined
  const inst = list[i]!
  if (inst.recordedGrade !== undefined) return { i, by: "recordedGrade" }
  return inst.unitKind !== undefined && inst.substances !== undefined && isMajorHazard(inst.unitKind, inst.substances) === true
    ? { i, by: "substances" }
    : undefined
}

const majorHazardAt = (facts: Facts, unitId: string | undefined): Lit | undefined => {
  const basis = majorHazardBasis(facts, unitId)
  if (basis === undefined) return undefined
  const inst = facts.majorHazardInstallations![basis.i]!
  return basis.by === "recordedGrade"
    ? known(true, [{ path: `facts.majorHazardInstallations[${basis.i}].recordedGrade`, value: inst.recordedGrade }])
    : known(true, [{ path: `facts.majorHazardInstallations[${basis.i}].substances`, value: inst.substances }])
}

/** The scope as a bare value: the three flags, each shown by its own fact or by another one (only ever to `true`). */
const involvesTwoKeyPointsOrMajorHazard = (facts: Facts, d: ExternalSafetyDistance): Tri => {
  const keyProcess = d.involvesKeyProcess ?? (keyProcessIndex(facts, d.unitId) >= 0 ? true : undefined)
  if (keyProcess === true || d.involvesKeySupervisedChemical === true) return true
  const majorHazard = d.involvesMajorHazard ?? (majorHazardBasis(facts, d.unitId) !== undefined ? true : undefined)
  return or3(or3(keyProcess, d.involvesKeySupervisedChemical), majorHazard)
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
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const distances = a.list(DISTANCES, facts?.externalSafetyDistances)
    for (let i = 0; i < distances.length && !a.done; i++) {
      const d = distances[i]!
      const short = d.requiredMetres !== undefined && d.actualMetres !== undefined ? d.actualMetres < d.requiredMetres : undefined
      const breached = d.meetsStandard === false || short === true ? true : d.meetsStandard === true || short === false ? false : undefined
      if (!a.entry(involvesTwoKeyPointsOrMajorHazard(facts!, d), breached)) continue
      const { path, at } = entryAt(DISTANCES, i)
      const scope = any(
        flag(at("involvesKeyProcess"), d.involvesKeyProcess, keyProcessAt(facts!, d.unitId)),
        flag(at("involvesKeySupervisedChemical"), d.involvesKeySupervisedChemical, undefined),
        flag(at("involvesMajorHazard"), d.involvesMajorHazard, majorHazardAt(facts!, d.unitId))
      )
      const metres = short === undefined
        ? undefined
        : [{ path: at("requiredMetres"), value: d.requiredMetres }, { path: at("actualMetres"), value: d.actualMetres }]
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
