/**
 * The peers' view of a hazchem enterprise: the 20 items of 安监总管三〔2017〕121号 re-expressed over a
 * flat fact record, the way a json-rules-engine user would model them (one scalar per condition,
 * lists aggregated into counts when the record is loaded, as a SQL view or an ETL step would).
 *
 * `flattenHazchem` reads the same record the engine reads — the wire JSON (dates as strings) or
 * the decoded one (dates as `Date`) — and counts, per item, the entries whose facts *establish* a
 * breach (the same conditions as the pack's rules; an unknown fact never counts). Items 16–19 keep
 * the raw booleans, so their predicates are real boolean logic. Grading (items 3 and 5) uses the
 * pack's own GB 18218-2018 functions, as any hand-written implementation would.
 */
import { MajorHazardInstallationGrading, toHazardUnit } from "@anquan/pack-hazchem"
import type { MajorHazardInstallation } from "@anquan/pack-hazchem"

/** The 20 item rule ids, item 1 first. */
export const ITEM_RULE_IDS = [
  "hazchem/key-personnel-assessment",
  "hazchem/special-operator-certificate",
  "hazchem/external-safety-distance",
  "hazchem/key-process-automation",
  "hazchem/major-hazard-tank-farm-shutoff",
  "hazchem/liquefied-hydrocarbon-tank-water-injection",
  "hazchem/liquefied-gas-loading-arm",
  "hazchem/toxic-gas-pipeline-public-area",
  "hazchem/overhead-power-line-crossing",
  "hazchem/formal-design-or-diagnosis",
  "hazchem/obsolete-technology",
  "hazchem/gas-detection-and-explosion-proofing",
  "hazchem/control-room-blast-protection",
  "hazchem/dual-power-supply-and-ups",
  "hazchem/safety-accessories-in-service",
  "hazchem/responsibility-and-hazard-investigation",
  "hazchem/operating-procedures-and-control-limits",
  "hazchem/special-operation-management",
  "hazchem/process-development-and-trial-run",
  "hazchem/storage-segregation"
] as const

/** Item number (1–20) of a rule id, or 0. */
export const itemOf = (ruleId: string): number => ITEM_RULE_IDS.indexOf(ruleId as (typeof ITEM_RULE_IDS)[number]) + 1

/** The flat fact record: 31 fields. Counts are entries in breach; booleans are the raw facts (may be absent). */
export interface FlatHazchem {
  keyPersonnelFailedAssessment: number
  specialOperatorsUncertified: number
  externalDistanceBreaches: number
  keyProcessesWithoutControls: number
  gradeOneTwoTankFarmsUnprotected: number
  lhTanksWithoutWaterInjection: number
  loadingWithoutArm: number
  toxicPipelinesThroughPublicArea: number
  powerLinesCrossingInBreach: number
  unitsWithoutDesignOrDiagnosis: number
  obsoleteTechnologyInUse: number
  gasLocationsWithoutAlarm: number
  explosionAreasNonCompliant: number
  controlRoomsNonCompliant: number
  unitsWithoutDualPowerOrUps: number
  safetyAccessoriesOutOfService: number
  responsibilitySystemEstablished?: boolean
  responsibilityMatchedToPosts?: boolean
  hazardInvestigationEstablished?: boolean
  hazardInvestigationImplemented?: boolean
  operatingProceduresEstablished?: boolean
  processControlLimitsEstablished?: boolean
  specialOperationSystemEstablished?: boolean
  specialOperationSystemEnforced?: boolean
  newProcessesSkippingTrials: number
  firstUseWithoutDemonstration: number
  newUnitsWithoutTrialPlan: number
  fineChemicalEnterprise?: boolean
  reactionRiskAssessmentDone?: boolean
  storageAreasInBreach: number
  /** Not a rule input: whether the record has a hazchem section at all. */
  hasSection: boolean
}

type Any = any

const SIS_MEDIA = ["toxic-gas", "liquefied-gas", "highly-toxic-liquid"]
const NOT_IN_USE = ["absent", "installed-not-in-use"]

const before = (d: unknown, asOfIso: string, asOfMs: number): boolean =>
  typeof d === "string" ? d < asOfIso : (d as Date).getTime() < asOfMs

const count = <A>(list: ReadonlyArray<A> | undefined, p: (a: A) => boolean): number => {
  if (list === undefined) return 0
  let n = 0
  for (let i = 0; i < list.length; i++) if (p(list[i]!)) n++
  return n
}

/** "Grade 1 or 2 is established" (item 5), as the pack decides it. */
const gradeOneOrTwo = (inst: Any): boolean => {
  if (inst.recordedGrade !== undefined) return inst.recordedGrade <= 2
  const unit = toHazardUnit(inst as MajorHazardInstallation)
  if (unit === undefined) return false
  if (inst.exposedPeople === undefined) {
    const low = MajorHazardInstallationGrading.grade(unit, { exposedPeople: 0 })
    const high = MajorHazardInstallationGrading.grade(unit, { exposedPeople: 100 })
    return low._tag === "Graded" && high._tag === "Graded" && low.grade <= 2
  }
  const r = MajorHazardInstallationGrading.grade(unit, { exposedPeople: inst.exposedPeople })
  return r._tag === "Graded" && r.grade <= 2
}

const majorHazardAt = (facts: Any, unitId: string | undefined): boolean => {
  if (unitId === undefined || facts.majorHazardInstallations === undefined) return false
  const inst = facts.majorHazardInstallations.find((m: Any) => m.id === unitId)
  if (inst === undefined) return false
  if (inst.recordedGrade !== undefined) return true
  const unit = toHazardUnit(inst as MajorHazardInstallation)
  return unit !== undefined && MajorHazardInstallationGrading.identify(unit).isMajorHazard === true
}

/**
 * The flat record of one enterprise (`enterprise` with its `facts.hazchem` in wire shape, or the
 * decoded profile with the decoded hazchem section as `facts`).
 */
export const flattenHazchem = (enterprise: Any, facts: Any, asOfIso: string): FlatHazchem => {
  const asOfMs = Date.parse(`${asOfIso}T00:00:00Z`)
  const f = facts ?? {}
  const keyProcessUnit = (unitId: string | undefined): boolean =>
    unitId !== undefined && f.keyProcesses !== undefined && f.keyProcesses.some((k: Any) => k.unitId === unitId)
  const pd = f.processDevelopment
  return {
    keyPersonnelFailedAssessment: count(enterprise.keyPeople as ReadonlyArray<Any> | undefined, (p) =>
      (p.roles.includes("principal") || p.roles.includes("safety-officer")) && p.assessment?.passed === false),
    specialOperatorsUncertified: count(f.specialOperators as ReadonlyArray<Any> | undefined, (o) =>
      o.holdsCertificate === false || (o.certificateValidUntil !== undefined && before(o.certificateValidUntil, asOfIso, asOfMs))),
    externalDistanceBreaches: count(f.externalSafetyDistances as ReadonlyArray<Any> | undefined, (d) => {
      const scope = (d.involvesKeyProcess !== undefined ? d.involvesKeyProcess === true : keyProcessUnit(d.unitId)) ||
        d.involvesKeySupervisedChemical === true ||
        (d.involvesMajorHazard !== undefined ? d.involvesMajorHazard === true : majorHazardAt(f, d.unitId))
      const short = d.requiredMetres !== undefined && d.actualMetres !== undefined && d.actualMetres < d.requiredMetres
      return scope && (d.meetsStandard === false || short)
    }),
    keyProcessesWithoutControls: count(f.keyProcesses as ReadonlyArray<Any> | undefined, (k) =>
      NOT_IN_USE.includes(k.automation) || NOT_IN_USE.includes(k.emergencyShutdown)),
    gradeOneTwoTankFarmsUnprotected: count(f.majorHazardInstallations as ReadonlyArray<Any> | undefined, (m) => {
      const tankFarm = m.isTankFarm !== undefined ? m.isTankFarm === true : m.tankFarm !== undefined
      const tf = m.tankFarm
      const breach = tf !== undefined &&
        (tf.hasEmergencyShutOff === false ||
          (tf.hasIndependentSis === false && tf.media !== undefined && tf.media.some((x: string) => SIS_MEDIA.includes(x))))
      return tankFarm && breach && gradeOneOrTwo(m)
    }),
    lhTanksWithoutWaterInjection: count(f.pressurisedLiquefiedHydrocarbonTanks as ReadonlyArray<Any> | undefined, (t) => t.hasWaterInjection === false),
    loadingWithoutArm: count(f.liquefiedGasLoading as ReadonlyArray<Any> | undefined, (l) => l.method === "other"),
    toxicPipelinesThroughPublicArea: count(f.toxicGasPipelines as ReadonlyArray<Any> | undefined, (p) =>
      p.areasCrossedOutsidePlant !== undefined && p.areasCrossedOutsidePlant.includes("public-area")),
    powerLinesCrossingInBreach: count(f.overheadPowerLines as ReadonlyArray<Any> | undefined, (l) => l.crossesProductionArea === true && l.compliesWithStandard === false),
    unitsWithoutDesignOrDiagnosis: count(f.chemicalUnits as ReadonlyArray<Any> | undefined, (u) =>
      u.inService === true && u.formallyDesigned === false && u.safetyDesignDiagnosisDone === false),
    obsoleteTechnologyInUse: f.obsoleteTechnologyInUse?.length ?? 0,
    gasLocationsWithoutAlarm: count(f.gasLeakLocations as ReadonlyArray<Any> | undefined, (g) => g.hasDetectionAlarm === false),
    explosionAreasNonCompliant: count(f.explosionHazardAreas as ReadonlyArray<Any> | undefined, (e) => e.explosionProofEquipmentCompliant === false),
    controlRoomsNonCompliant: count(f.controlRooms as ReadonlyArray<Any> | undefined, (r) =>
      r.facesFireExplosionHazardUnit === true && r.fireAndBlastProtectionCompliant === false),
    unitsWithoutDualPowerOrUps: count(f.chemicalUnits as ReadonlyArray<Any> | undefined, (u) => u.dualPowerSupply === false || u.automationUps === false),
    safetyAccessoriesOutOfService: count(f.safetyAccessories as ReadonlyArray<Any> | undefined, (s) => s.inNormalService === false),
    responsibilitySystemEstablished: f.responsibilitySystem?.established,
    responsibilityMatchedToPosts: f.responsibilitySystem?.matchedToPosts,
    hazardInvestigationEstablished: f.hazardInvestigationSystem?.established,
    hazardInvestigationImplemented: f.hazardInvestigationSystem?.implemented,
    operatingProceduresEstablished: f.operatingProceduresEstablished,
    processControlLimitsEstablished: f.processControlLimitsEstablished,
    specialOperationSystemEstablished: f.specialOperationManagement?.systemEstablished,
    specialOperationSystemEnforced: f.specialOperationManagement?.systemEnforced,
    newProcessesSkippingTrials: count(pd?.newProcesses as ReadonlyArray<Any> | undefined, (p) =>
      p.newlyDeveloped === true && p.inIndustrialProduction === true &&
      (p.labScaleTest === false || p.pilotScaleTest === false || p.industrialTrial === false)),
    firstUseWithoutDemonstration: count(pd?.newProcesses as ReadonlyArray<Any> | undefined, (p) =>
      p.firstUseInChina === true && p.provincialSafetyReliabilityDemonstration === false),
    newUnitsWithoutTrialPlan: count(pd?.newUnits as ReadonlyArray<Any> | undefined, (u) => u.chargedAndStarted === true && u.trialRunPlan === false),
    fineChemicalEnterprise: pd?.isFineChemicalEnterprise,
    reactionRiskAssessmentDone: pd?.reactionSafetyRiskAssessmentDone,
    storageAreasInBreach: count(f.storageAreas as ReadonlyArray<Any> | undefined, (s) =>
      s.zonedAndClassified === false || s.overQuantity === true || s.overVariety === true || s.incompatibleMixedStorage === true),
    hasSection: facts !== undefined
  }
}

/**
 * The hand-written loop: 20 plain predicates over the flat record. Returns the violated items as a
 * bit mask (bit `i-1` for item `i`).
 */
export const handWritten = (x: FlatHazchem): number => {
  let v = 0
  if (x.keyPersonnelFailedAssessment > 0) v |= 1 << 0
  if (x.specialOperatorsUncertified > 0) v |= 1 << 1
  if (x.externalDistanceBreaches > 0) v |= 1 << 2
  if (x.keyProcessesWithoutControls > 0) v |= 1 << 3
  if (x.gradeOneTwoTankFarmsUnprotected > 0) v |= 1 << 4
  if (x.lhTanksWithoutWaterInjection > 0) v |= 1 << 5
  if (x.loadingWithoutArm > 0) v |= 1 << 6
  if (x.toxicPipelinesThroughPublicArea > 0) v |= 1 << 7
  if (x.powerLinesCrossingInBreach > 0) v |= 1 << 8
  if (x.unitsWithoutDesignOrDiagnosis > 0) v |= 1 << 9
  if (x.obsoleteTechnologyInUse > 0) v |= 1 << 10
  if (x.gasLocationsWithoutAlarm > 0 || x.explosionAreasNonCompliant > 0) v |= 1 << 11
  if (x.controlRoomsNonCompliant > 0) v |= 1 << 12
  if (x.unitsWithoutDualPowerOrUps > 0) v |= 1 << 13
  if (x.safetyAccessoriesOutOfService > 0) v |= 1 << 14
  if (
    x.responsibilitySystemEstablished === false || x.responsibilityMatchedToPosts === false ||
    x.hazardInvestigationEstablished === false || x.hazardInvestigationImplemented === false
  ) v |= 1 << 15
  if (x.operatingProceduresEstablished === false || x.processControlLimitsEstablished === false) v |= 1 << 16
  if (x.specialOperationSystemEstablished === false || x.specialOperationSystemEnforced === false) v |= 1 << 17
  if (
    x.newProcessesSkippingTrials > 0 || x.firstUseWithoutDemonstration > 0 || x.newUnitsWithoutTrialPlan > 0 ||
    (x.fineChemicalEnterprise === true && x.reactionRiskAssessmentDone === false)
  ) v |= 1 << 18
  if (x.storageAreasInBreach > 0) v |= 1 << 19
  return v
}

/** The violated items of a mask, as item numbers. */
export const itemsOfMask = (mask: number): Array<number> => {
  const out: Array<number> = []
  for (let i = 0; i < 20; i++) if ((mask & (1 << i)) !== 0) out.push(i + 1)
  return out
}

/**
 * The tight hand-written loop: the same 20 items decided straight from the decoded records
 * anquan's rules receive (dates as `Date`), as a careful programmer would write them for speed —
 * plain `for` loops, no closure or object per record or entry, the as-of day given as a number
 * (no `Date.parse`), and each item stops at its first entry in breach. It does the same work as the
 * rules (the grading of items 3 and 5 through the pack's own GB 18218 functions, only where an
 * entry could be in breach). Returns the violated items as {@link handWritten} does.
 */
export const handWrittenTight = (enterprise: Any, facts: Any, asOfMs: number): number => {
  let v = 0
  const people = enterprise.keyPeople
  if (people !== undefined) {
    for (let i = 0; i < people.length; i++) {
      const p = people[i]
      const roles = p.roles
      let key = false
      for (let j = 0; j < roles.length; j++) if (roles[j] === "principal" || roles[j] === "safety-officer") key = true
      if (key && p.assessment !== undefined && p.assessment.passed === false) {
        v |= 1 << 0
        break
      }
    }
  }
  if (facts === undefined) return v
  const f = facts
  let list = f.specialOperators
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const o = list[i]
      if (o.holdsCertificate === false || (o.certificateValidUntil !== undefined && o.certificateValidUntil.getTime() < asOfMs)) {
        v |= 1 << 1
        break
      }
    }
  }
  list = f.externalSafetyDistances
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const d = list[i]
      const short = d.requiredMetres !== undefined && d.actualMetres !== undefined && d.actualMetres < d.requiredMetres
      if (!(d.meetsStandard === false || short)) continue
      let scope = false
      if (d.involvesKeyProcess !== undefined) scope = d.involvesKeyProcess === true
      else if (d.unitId !== undefined && f.keyProcesses !== undefined) {
        for (let j = 0; j < f.keyProcesses.length; j++) if (f.keyProcesses[j].unitId === d.unitId) scope = true
      }
      if (!scope) scope = d.involvesKeySupervisedChemical === true
      if (!scope) scope = d.involvesMajorHazard !== undefined ? d.involvesMajorHazard === true : majorHazardAtTight(f, d.unitId)
      if (scope) {
        v |= 1 << 2
        break
      }
    }
  }
  list = f.keyProcesses
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i].automation, s = list[i].emergencyShutdown
      if (a === "absent" || a === "installed-not-in-use" || s === "absent" || s === "installed-not-in-use") {
        v |= 1 << 3
        break
      }
    }
  }
  list = f.majorHazardInstallations
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const m = list[i]
      const tf = m.tankFarm
      if (!(m.isTankFarm !== undefined ? m.isTankFarm === true : tf !== undefined) || tf === undefined) continue
      let breach = tf.hasEmergencyShutOff === false
      if (!breach && tf.hasIndependentSis === false && tf.media !== undefined) {
        for (let j = 0; j < tf.media.length; j++) {
          const x = tf.media[j]
          if (x === "toxic-gas" || x === "liquefied-gas" || x === "highly-toxic-liquid") breach = true
        }
      }
      if (breach && gradeOneOrTwo(m)) {
        v |= 1 << 4
        break
      }
    }
  }
  list = f.pressurisedLiquefiedHydrocarbonTanks
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].hasWaterInjection === false) {
        v |= 1 << 5
        break
      }
    }
  }
  list = f.liquefiedGasLoading
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].method === "other") {
        v |= 1 << 6
        break
      }
    }
  }
  list = f.toxicGasPipelines
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const areas = list[i].areasCrossedOutsidePlant
      if (areas === undefined) continue
      let crosses = false
      for (let j = 0; j < areas.length; j++) if (areas[j] === "public-area") crosses = true
      if (crosses) {
        v |= 1 << 7
        break
      }
    }
  }
  list = f.overheadPowerLines
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].crossesProductionArea === true && list[i].compliesWithStandard === false) {
        v |= 1 << 8
        break
      }
    }
  }
  list = f.chemicalUnits
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const u = list[i]
      if (u.inService === true && u.formallyDesigned === false && u.safetyDesignDiagnosisDone === false) {
        v |= 1 << 9
        break
      }
    }
    for (let i = 0; i < list.length; i++) {
      if (list[i].dualPowerSupply === false || list[i].automationUps === false) {
        v |= 1 << 13
        break
      }
    }
  }
  if (f.obsoleteTechnologyInUse !== undefined && f.obsoleteTechnologyInUse.length > 0) v |= 1 << 10
  list = f.gasLeakLocations
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].hasDetectionAlarm === false) {
        v |= 1 << 11
        break
      }
    }
  }
  list = f.explosionHazardAreas
  if ((v & (1 << 11)) === 0 && list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].explosionProofEquipmentCompliant === false) {
        v |= 1 << 11
        break
      }
    }
  }
  list = f.controlRooms
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].facesFireExplosionHazardUnit === true && list[i].fireAndBlastProtectionCompliant === false) {
        v |= 1 << 12
        break
      }
    }
  }
  list = f.safetyAccessories
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].inNormalService === false) {
        v |= 1 << 14
        break
      }
    }
  }
  const rs = f.responsibilitySystem, hi = f.hazardInvestigationSystem
  if (
    (rs !== undefined && (rs.established === false || rs.matchedToPosts === false)) ||
    (hi !== undefined && (hi.established === false || hi.implemented === false))
  ) v |= 1 << 15
  if (f.operatingProceduresEstablished === false || f.processControlLimitsEstablished === false) v |= 1 << 16
  const so = f.specialOperationManagement
  if (so !== undefined && (so.systemEstablished === false || so.systemEnforced === false)) v |= 1 << 17
  const pd = f.processDevelopment
  if (pd !== undefined) {
    if (pd.isFineChemicalEnterprise === true && pd.reactionSafetyRiskAssessmentDone === false) v |= 1 << 18
    list = pd.newProcesses
    if ((v & (1 << 18)) === 0 && list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const p = list[i]
        if (
          (p.newlyDeveloped === true && p.inIndustrialProduction === true && (p.labScaleTest === false || p.pilotScaleTest === false || p.industrialTrial === false)) ||
          (p.firstUseInChina === true && p.provincialSafetyReliabilityDemonstration === false)
        ) {
          v |= 1 << 18
          break
        }
      }
    }
    list = pd.newUnits
    if ((v & (1 << 18)) === 0 && list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        if (list[i].chargedAndStarted === true && list[i].trialRunPlan === false) {
          v |= 1 << 18
          break
        }
      }
    }
  }
  list = f.storageAreas
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) {
      const s = list[i]
      if (s.zonedAndClassified === false || s.overQuantity === true || s.overVariety === true || s.incompatibleMixedStorage === true) {
        v |= 1 << 19
        break
      }
    }
  }
  return v
}

/** {@link majorHazardAt} without a closure: the installation of a unit, found by a loop. */
const majorHazardAtTight = (facts: Any, unitId: string | undefined): boolean => {
  const list = facts.majorHazardInstallations
  if (unitId === undefined || list === undefined) return false
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]
    if (inst.id !== unitId) continue
    if (inst.recordedGrade !== undefined) return true
    const unit = toHazardUnit(inst as MajorHazardInstallation)
    return unit !== undefined && MajorHazardInstallationGrading.identify(unit).isMajorHazard === true
  }
  return false
}
