/**
 * 第5项 — 构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能；涉及毒性气体、液化气体、
 * 剧毒液体的一级、二级重大危险源的危险化学品罐区未配备独立的安全仪表系统
 * (hazchem-major-hazard-2017 item 5).
 *
 * An entry of `majorHazardInstallations[]` is in scope when it is a tank farm (`isTankFarm: true`,
 * or a `tankFarm` record is given) of grade 1 or 2. The grade:
 * - the recorded (备案) grade, `recordedGrade`, when given;
 * - otherwise the grade computed from the inventory by GB 18218-2018 / 原总局令第40号 附件1
 *   (`unitKind`, `substances`, `exposedPeople`; see `MajorHazardInstallationGrading`): R ≥ 100 is
 *   一级, 50 ≤ R < 100 二级. An inventory with S < 1 is not a major hazard at all (out of scope).
 *   Without the head-count (`exposedPeople`), α is only known to lie between 0.5 and 2: the grade is
 *   still decided when both ends give the same answer (grade ≤ 2 at α = 0.5, or grade ≥ 3 at α = 2).
 *
 * The recorded grade wins over the computed one when both are given (it is the registered grade;
 * note that `installationGrade` in the fact model prefers the computed one — see the README).
 *
 * Breach: no 紧急切断 (`tankFarm.hasEmergencyShutOff: false`); or, for a farm holding 毒性气体,
 * 液化气体 or 剧毒液体 (`tankFarm.media`), no independent SIS (`tankFarm.hasIndependentSis: false`).
 * No grade-1/2 tank farm → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule, SectorFunctions } from "@anquan/core"
import { majorHazardInstallationsFact } from "../../facts/labels.ts"
import { grade as gradeUnit, type GradeResult } from "../../major-hazard-installation/grade.ts"
import { identify } from "../../major-hazard-installation/identify.ts"
import { gradeOf as quickGrade } from "../../major-hazard-installation/quick.ts"
import { entriesWithoutBeta, type SubstanceEntry, type UnitKind } from "../../major-hazard-installation/Unit.ts"
import { gradeNames } from "../../major-hazard-installation/tables.ts"
import { type MajorHazardInstallation, toHazardUnit } from "../../facts/HazchemFacts.ts"
import { hazchemSafetyLaw, itemRule, sectionFacts } from "../meta.ts"

/** The facts item 5 reads. @since 0.1.0 */
export const MajorHazardTankFarmShutOffFacts = sectionFacts(["majorHazardInstallations"])

type Tri = boolean | undefined

const C = Condition
const SIS_MEDIA = ["toxic-gas", "liquefied-gas", "highly-toxic-liquid"] as const
const INSTALLATIONS = "facts.majorHazardInstallations"

const KNOWN_TRUE = { holds: true } as const
const KNOWN_FALSE = { holds: false } as const
const UNDECIDED = { holds: undefined } as const

/**
 * "Grade 1 or 2" for a head-count, with the exact grading's answer when facts that choose a 临界量
 * are missing: still decided when every possibility gives the same answer (`grades`).
 */
const oneOrTwoAt = (kind: UnitKind, substances: ReadonlyArray<SubstanceEntry>, people: number): Tri | "BetaUnknown" => {
  const g = quickGrade(kind, substances, people)
  if (g === "NotMajorHazard") return false
  if (g === "BetaUnknown") return "BetaUnknown"
  if (g !== "Indeterminate") return g <= 2
  const r = gradeUnit({ kind, substances }, { exposedPeople: people })
  return r._tag === "Indeterminate" ? decidedByRange(r) : undefined
}

/** Grade 1 or 2 whatever the missing facts: surely a major hazard and every possible grade ≤ 2; or every possible grade > 2. */
const decidedByRange = (r: Extract<GradeResult, { readonly _tag: "Indeterminate" }>): Tri => {
  if (r.grades === undefined) return undefined
  if (r.grades.mostSevere > 2) return false
  return r.identification.isMajorHazard === true && r.grades.leastSevere <= 2 ? true : undefined
}

/** The paths, under an installation, of the facts that leave its 临界量 open. */
const openPaths = (inst: MajorHazardInstallation): Array<string> => {
  const unit = toHazardUnit(inst)
  return unit === undefined ? [] : identify(unit).open.flatMap((o) => o.missing.map((m) => `substances[${o.index}].${m}`))
}

/**
 * Without the head-count α lies between 0.5 (nobody) and 2 (100 or more): the grade is still known
 * when both ends agree (and S < 1 is not a major hazard whatever α is). `betaUnknown`: the entries
 * without a β, when that is what leaves it open.
 */
const gradeBounds = (
  kind: UnitKind,
  substances: ReadonlyArray<SubstanceEntry>
): { readonly holds: Tri; readonly betaUnknown?: ReadonlyArray<number> } => {
  const low = oneOrTwoAt(kind, substances, 0)
  if (low === "BetaUnknown") return { holds: undefined, betaUnknown: entriesWithoutBeta({ substances }) }
  if (low === true) return KNOWN_TRUE
  if (low === false && quickGrade(kind, substances, 0) === "NotMajorHazard") return KNOWN_FALSE
  const high = oneOrTwoAt(kind, substances, 100)
  return high === false && low === false ? KNOWN_FALSE : UNDECIDED
}
/**
 * "Grade 1 or 2" of an installation without a recorded grade, from its inventory (GB 18218-2018; the
 * float grading, which defers to the exact one near the thresholds); unknown when it cannot decide.
 */
const isGradeOneOrTwo = (inst: MajorHazardInstallation): Tri => {
  if (inst.unitKind === undefined || inst.substances === undefined) return undefined
  if (inst.exposedPeople === undefined) return gradeBounds(inst.unitKind, inst.substances).holds
  const g = oneOrTwoAt(inst.unitKind, inst.substances, inst.exposedPeople)
  return g === "BetaUnknown" ? undefined : g
}

/** The inventory's facts as the functions receive them (each may be absent). */
type Inventory = [kind: UnitKind | undefined, substances: ReadonlyArray<SubstanceEntry> | undefined, people: number | undefined]
const installation = (...[kind, substances, people]: Inventory): MajorHazardInstallation =>
  ({ ...(kind === undefined ? {} : { unitKind: kind }), ...(substances === undefined ? {} : { substances }), ...(people === undefined ? {} : { exposedPeople: people }) }) as MajorHazardInstallation

/** The facts that leave "grade 1 or 2" open, relative to the installation (the recorded grade first: it would decide). */
const lacking = (...inventory: Inventory): ReadonlyArray<string> => {
  const inst = installation(...inventory)
  const [kind, substances, people] = inventory
  if (kind === undefined || substances === undefined) return ["recordedGrade", ...(kind === undefined ? ["unitKind"] : []), ...(substances === undefined ? ["substances"] : [])]
  const beta = (js: ReadonlyArray<number>) => js.map((j) => `substances[${j}].hazardClass`)
  if (people === undefined) {
    const bounds = gradeBounds(kind, substances)
    return ["recordedGrade", "exposedPeople", ...(bounds.betaUnknown !== undefined ? beta(bounds.betaUnknown) : openPaths(inst))]
  }
  const r = gradeUnit(toHazardUnit(inst)!, { exposedPeople: people })
  return ["recordedGrade", ...(r._tag === "BetaUnknown" ? beta(r.missing) : openPaths(inst))]
}

/** R and the grade computed from the inventory with a head-count (for the words), when it grades. */
const graded = (...inventory: Inventory) => {
  const [kind, substances, people] = inventory
  if (kind === undefined || substances === undefined || people === undefined) return undefined
  const r = gradeUnit({ kind, substances }, { exposedPeople: people })
  return r._tag === "Graded" ? r : undefined
}

const inventoryLabel = { "zh-CN": "按GB 18218-2018计算的重大危险源级别", en: "the major-hazard grade by GB 18218-2018" }

/**
 * The sector functions of item 5 — GB 18218-2018 grading of an installation's inventory
 * (`unitKind`, `substances`, `exposedPeople`; each may be absent):
 * - `inventoryGradeOneOrTwo` — 一级 or 二级 (R ≥ 50), still decided without the head-count when α = 0.5
 *   and α = 2 agree; unknown otherwise, naming the facts it lacks;
 * - `inventoryMayBeGradeOneOrTwo` — not known to be below 二级 (for "not applicable");
 * - `inventoryR`, `inventoryGradeZh`, `inventoryGradeEn` (the recorded grade first) — R and the grade's words,
 *   when the grade is computed (no recorded grade).
 *
 * @since 0.2.0
 */
export const majorHazardTankFarmFunctions: SectorFunctions = {
  inventoryGradeOneOrTwo: {
    returns: "boolean",
    arity: 3,
    label: { "zh-CN": "按GB 18218-2018计算为一级或二级重大危险源", en: "grade 1 or 2 by GB 18218-2018" },
    evaluate: (...inventory: Inventory) => isGradeOneOrTwo(installation(...inventory)),
    missing: lacking
  },
  inventoryMayBeGradeOneOrTwo: {
    returns: "boolean",
    arity: 3,
    label: { "zh-CN": "可能为一级或二级重大危险源", en: "may be grade 1 or 2" },
    evaluate: (...inventory: Inventory) => isGradeOneOrTwo(installation(...inventory)) !== false
  },
  inventoryR: { returns: "number", arity: 4, label: inventoryLabel, evaluate: (recorded: number | undefined, ...inventory: Inventory) => (recorded === undefined ? graded(...inventory)?.R : undefined) },
  inventoryGradeZh: {
    returns: "string",
    arity: 4,
    label: inventoryLabel,
    evaluate: (recorded: number | undefined, ...inventory: Inventory) => {
      const g = recorded === undefined ? graded(...inventory) : undefined
      return g === undefined ? undefined : gradeNames[g.grade].zh
    }
  },
  inventoryGradeEn: {
    returns: "string",
    arity: 4,
    label: inventoryLabel,
    evaluate: (recorded: number | undefined, ...inventory: Inventory) => {
      const g = recorded === undefined ? graded(...inventory) : undefined
      return g === undefined ? undefined : gradeNames[g.grade].en
    }
  }
}

/** The inventory as arguments: every fact optional; the unit's kind is read but never evidence. */
const inventory = [
  { fact: "unitKind", optional: true, evidence: false },
  { fact: "substances", optional: true },
  { fact: "exposedPeople", optional: true }
] as const
const call = (name: string) => ({ call: name, args: [...inventory] })
/** For the words: R and the grade when computed, the recorded grade (never evidence) deciding otherwise. */
const computed = (name: string): Condition.Operand => ({ call: name, args: [{ fact: "recordedGrade", optional: true, evidence: false }, ...inventory] })

/** A tank farm: by its flag, else by a tank-farm record (that alone shows it). */
const tankFarm = C.any(C.eq("isTankFarm", true), C.when(C.all(C.not(C.present("isTankFarm")), C.present("tankFarm")), C.show("id"), { guardEvidence: false }))
/** Grade 1 or 2: the recorded (备案) grade when given, else the grade of the inventory. */
const gradeOneOrTwo = C.any(
  C.when(C.present("recordedGrade"), C.lte("recordedGrade", 2), { guardEvidence: false }),
  C.unless(C.present("recordedGrade"), call("inventoryGradeOneOrTwo"), { guardEvidence: false })
)
/** Not known to be out of scope: not known not to be a tank farm, nor known to be below 二级. */
const mayBeInScope = C.all(
  C.eq(C.factOr("isTankFarm", true), true),
  C.any(
    C.when(C.present("recordedGrade"), C.lte("recordedGrade", 2), { guardEvidence: false }),
    C.unless(C.present("recordedGrade"), call("inventoryMayBeGradeOneOrTwo"), { guardEvidence: false })
  )
)
const noShutOff = C.because(C.eq("tankFarm.hasEmergencyShutOff", false), "未实现紧急切断功能", "no emergency shut-off")
const noSis = C.because(
  C.all(C.oneOf("tankFarm.media", SIS_MEDIA), C.eq("tankFarm.hasIndependentSis", false)),
  "涉及毒性气体、液化气体或剧毒液体但未配备独立的安全仪表系统",
  "toxic gas, liquefied gas or highly toxic liquid without an independent SIS"
)

/**
 * 一级、二级重大危险源罐区紧急切断和独立安全仪表系统.
 *
 * @since 0.1.0
 */
export const majorHazardTankFarmShutOff: Rule.Rule<typeof MajorHazardTankFarmShutOffFacts.Type> = itemRule({
  item: 5,
  slug: "major-hazard-tank-farm-shutoff",
  title: {
    "zh-CN": "一级、二级重大危险源罐区实现紧急切断功能并按要求配备独立的安全仪表系统",
    en: "Grade-1 and grade-2 major-hazard tank farms have emergency shut-off and, where required, an independent SIS"
  },
  message: {
    "zh-CN": "构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能，或者涉及毒性气体、液化气体、剧毒液体的一级、二级重大危险源罐区未配备独立的安全仪表系统",
    en: "A tank farm that is a grade-1 or grade-2 major hazard installation has no emergency shut-off, or one holding toxic gas, liquefied gas or highly toxic liquid has no independent safety instrumented system"
  },
  remediation: {
    "zh-CN": "为一级、二级重大危险源罐区设置紧急切断功能；涉及毒性气体、液化气体、剧毒液体的，配备独立的安全仪表系统（SIS）；完成前降低储量并加强监控。",
    en: "Fit emergency shut-off to grade-1 and grade-2 major-hazard tank farms, and an independent safety instrumented system (SIS) where they hold toxic gas, liquefied gas or highly toxic liquid; reduce inventory and tighten monitoring until then."
  },
  legalBases: [hazchemSafetyLaw(36)],
  schema: MajorHazardTankFarmShutOffFacts,
  facts: majorHazardInstallationsFact,
  functions: majorHazardTankFarmFunctions,
  notApplicableWhen: C.none(INSTALLATIONS, mayBeInScope),
  notApplicableReason: "no tank farm that is a grade-1 or grade-2 major hazard installation",
  violationWhen: C.some(
    INSTALLATIONS,
    C.all(
      C.show("id"),
      C.because(C.all(tankFarm, gradeOneOrTwo), "{=}", "{=}"),
      C.because(
        C.any(noShutOff, noSis),
        "重大危险源罐区{name|id|$entry}{=（按GB 18218-2018计算R=+@r+=，为+@gradeZh+=）}{$reasons}",
        "major-hazard tank farm {name|id|$entry}{= (R = +@r+= by GB 18218-2018, +@gradeEn+=)}: {$reasons;}",
        { r: computed("inventoryR"), gradeZh: computed("inventoryGradeZh"), gradeEn: computed("inventoryGradeEn") }
      )
    ),
    { heading: false }
  )
})
