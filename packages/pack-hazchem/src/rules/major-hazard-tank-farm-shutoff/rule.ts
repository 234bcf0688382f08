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
import type { Evidence, Rule } from "@anquan/core"
import { grade as gradeUnit, type GradeResult } from "../../major-hazard-installation/grade.ts"
import { identify } from "../../major-hazard-installation/identify.ts"
import { gradeOf as quickGrade } from "../../major-hazard-installation/quick.ts"
import { entriesWithoutBeta, type SubstanceEntry, type UnitKind } from "../../major-hazard-installation/Unit.ts"
import { gradeNames } from "../../major-hazard-installation/tables.ts"
import { type MajorHazardInstallation, toHazardUnit } from "../../facts/HazchemFacts.ts"
import {
  all,
  and3,
  any,
  Assessment,
  defineItemRule,
  entryAt,
  eq,
  hasAny,
  hazchemSafetyLaw,
  includesAny,
  is,
  known,
  type Lit,
  or3,
  sectionFacts,
  type Tri,
  unknown
} from "../support.ts"

/** The facts item 5 reads. @since 0.1.0 */
export const MajorHazardTankFarmShutOffFacts = sectionFacts(["majorHazardInstallations"])

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
const openPaths = (inst: MajorHazardInstallation, at: (f: string) => string): Array<string> => {
  const unit = toHazardUnit(inst)
  return unit === undefined ? [] : identify(unit).open.flatMap((o) => o.missing.map((m) => `${at("substances")}[${o.index}].${m}`))
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
/** "The installation is a grade-1 or grade-2 major hazard", with how the grade was found. */
const gradeOneOrTwo = (inst: MajorHazardInstallation, at: (f: string) => string): Lit & { readonly note?: { zh: string; en: string } } => {
  if (inst.recordedGrade !== undefined) {
    return known(inst.recordedGrade <= 2, [{ path: at("recordedGrade"), value: inst.recordedGrade }])
  }
  const unit = toHazardUnit(inst)
  const missing: Array<string> = [at("recordedGrade")]
  if (inst.unitKind === undefined) missing.push(at("unitKind"))
  if (inst.substances === undefined) missing.push(at("substances"))
  if (unit === undefined) return unknown(missing)
  const inventory: Array<Evidence> = [{ path: at("substances"), value: inst.substances }]
  if (inst.exposedPeople === undefined) {
    const bounds = gradeBounds(inst.unitKind!, inst.substances!)
    if (bounds.holds !== undefined) return known(bounds.holds, inventory)
    if (bounds.betaUnknown !== undefined) {
      return unknown([...missing, at("exposedPeople"), ...bounds.betaUnknown.map((j) => `${at("substances")}[${j}].hazardClass`)])
    }
    return unknown([...missing, at("exposedPeople"), ...openPaths(inst, at)])
  }
  const evidence: Array<Evidence> = [...inventory, { path: at("exposedPeople"), value: inst.exposedPeople }]
  const r = gradeUnit(unit, { exposedPeople: inst.exposedPeople })
  switch (r._tag) {
    case "NotMajorHazard":
      return known(false, evidence)
    case "Indeterminate": {
      const decided = decidedByRange(r)
      return decided === undefined ? unknown([...missing, ...openPaths(inst, at)]) : known(decided, evidence)
    }
    case "BetaUnknown":
      return unknown([...missing, ...r.missing.map((j) => `${at("substances")}[${j}].hazardClass`)])
    case "Graded":
      return {
        ...known(r.grade <= 2, evidence),
        note: { zh: `按GB 18218-2018计算R=${r.R}，为${gradeNames[r.grade].zh}`, en: `R = ${r.R} by GB 18218-2018, ${gradeNames[r.grade].en}` }
      }
  }
}

/**
 * {@link gradeOneOrTwo} as a bare value: the same decision, without evidence or missing paths (and
 * with the float grading, which defers to the exact one near the thresholds).
 */
const isGradeOneOrTwo = (inst: MajorHazardInstallation): Tri => {
  if (inst.recordedGrade !== undefined) return inst.recordedGrade <= 2
  if (inst.unitKind === undefined || inst.substances === undefined) return undefined
  if (inst.exposedPeople === undefined) return gradeBounds(inst.unitKind, inst.substances).holds
  const g = oneOrTwoAt(inst.unitKind, inst.substances, inst.exposedPeople)
  return g === "BetaUnknown" ? undefined : g
}

/**
 * 一级、二级重大危险源罐区紧急切断和独立安全仪表系统.
 *
 * @since 0.1.0
 */
export const majorHazardTankFarmShutOff: Rule.Rule<typeof MajorHazardTankFarmShutOffFacts.Type> = defineItemRule({
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
  facts: MajorHazardTankFarmShutOffFacts,
  reads: [
    "facts.majorHazardInstallations[].recordedGrade",
    "facts.majorHazardInstallations[].unitKind",
    "facts.majorHazardInstallations[].substances",
    "facts.majorHazardInstallations[].exposedPeople",
    "facts.majorHazardInstallations[].isTankFarm",
    "facts.majorHazardInstallations[].tankFarm.hasEmergencyShutOff",
    "facts.majorHazardInstallations[].tankFarm.hasIndependentSis",
    "facts.majorHazardInstallations[].tankFarm.media"
  ],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const installations = a.list(INSTALLATIONS, facts?.majorHazardInstallations)
    for (let i = 0; i < installations.length && !a.done; i++) {
      const inst = installations[i]!
      const tf = inst.tankFarm
      const isTankFarm = inst.isTankFarm !== undefined ? inst.isTankFarm : tf !== undefined ? true : undefined
      const breached = or3(eq(tf?.hasEmergencyShutOff, false), and3(hasAny(tf?.media, SIS_MEDIA), eq(tf?.hasIndependentSis, false)))
      if (!a.entry(isTankFarm === false ? false : and3(isTankFarm, isGradeOneOrTwo(inst)), breached)) continue
      const { path, at } = entryAt(INSTALLATIONS, i)
      const tankFarm = inst.isTankFarm !== undefined
        ? is(at("isTankFarm"), inst.isTankFarm, true)
        : inst.tankFarm !== undefined
        ? known(true)
        : unknown([at("isTankFarm")])
      const grade = gradeOneOrTwo(inst, at)
      const noShutOff = is(at("tankFarm.hasEmergencyShutOff"), tf?.hasEmergencyShutOff, false)
      const noSis = all(includesAny(at("tankFarm.media"), tf?.media, SIS_MEDIA), is(at("tankFarm.hasIndependentSis"), tf?.hasIndependentSis, false))
      const name = inst.name ?? inst.id ?? path
      const what: Array<{ zh: string; en: string }> = []
      if (noShutOff.holds === true) what.push({ zh: "未实现紧急切断功能", en: "no emergency shut-off" })
      if (noSis.holds === true) what.push({ zh: "涉及毒性气体、液化气体或剧毒液体但未配备独立的安全仪表系统", en: "toxic gas, liquefied gas or highly toxic liquid without an independent SIS" })
      const note = "note" in grade && grade.note !== undefined ? grade.note : undefined
      a.check({
        scope: all(tankFarm, grade),
        breach: any(noShutOff, noSis),
        context: inst.id === undefined ? [] : [{ path: at("id"), value: inst.id }],
        zh: `重大危险源罐区${name}${note ? `（${note.zh}）` : ""}${what.map((w) => w.zh).join("，")}`,
        en: `major-hazard tank farm ${name}${note ? ` (${note.en})` : ""}: ${what.map((w) => w.en).join("; ")}`
      })
    }
    return a.outcome("no tank farm that is a grade-1 or grade-2 major hazard installation")
  }
})
