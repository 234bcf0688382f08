/**
 * Register entries for the tests: one compliant entry of each kind, every field its items read
 * given and in order. Not exported from the package.
 *
 * @since 0.2.0
 */

const general = {
  inUse: true,
  manufacturedWithoutLicence: false,
  bannedForSafety: false,
  scrapped: false,
  atScrappingCondition: false,
  hadAccident: false,
  supervisoryInspection: "passed"
}

/** A compliant entry of each kind. @since 0.2.0 */
export const entries = {
  boiler: {
    kind: "boiler", name: "1号燃气锅炉", registrationCode: "锅11苏E00001", ...general,
    periodicInspection: "pass", cannotMonitorMainParameters: false, reliefDevice: "effective", alarmSystem: "effective",
    interlockProtection: "effective", flameFailureProtection: "effective", powerStationBoiler: true,
    mainSteamWaterPipeLeak: false, pipeRuptureWithinBoiler: false
  },
  fixedVessel: {
    kind: "pressure-vessel", name: "1号储气罐", ...general, vesselType: "fixed", quickOpening: false,
    periodicInspection: "pass", convertedToMobileUse: false, reliefDevice: "effective", emergencyShutOff: "not-required"
  },
  autoclave: {
    kind: "pressure-vessel", name: "蒸压釜", ...general, vesselType: "fixed", quickOpening: true, periodicInspection: "basically-pass",
    convertedToMobileUse: false, reliefDevice: "effective", emergencyShutOff: "not-required", quickOpeningInterlock: "effective"
  },
  tanker: {
    kind: "pressure-vessel", name: "液氨罐车", ...general, vesselType: "mobile", quickOpening: false, periodicInspection: "pass",
    reliefDevice: "effective", emergencyShutOff: "effective"
  },
  oxygenChamber: {
    kind: "pressure-vessel", name: "高压氧舱", ...general, vesselType: "oxygen-chamber", quickOpening: false, periodicInspection: "pass",
    grounding: "effective", oxygenChamberInterlock: "effective"
  },
  piping: {
    kind: "pressure-piping", name: "蒸汽管道GC2", ...general, periodicInspection: "basically-pass", reliefDevice: "effective", emergencyShutOff: "not-required"
  },
  filling: {
    kind: "filling", name: "液化石油气充装站", inUse: true, fillingLicensed: true, wrongMediumFilled: false, emergencyShutOff: "effective"
  },
  passengerLift: {
    kind: "elevator", name: "1号客梯", ...general, elevatorType: "passenger", periodicInspection: "pass",
    doorLockCircuitBypassed: false, governorSafetyGearTestFailed: false
  },
  escalator: {
    kind: "elevator", name: "东侧自动扶梯", ...general, elevatorType: "escalator", periodicInspection: "pass",
    emergencyStop: "effective", handrailClearance: 450, guardPlatesFitted: false
  },
  crane: {
    kind: "crane", name: "20t桥式起重机", ...general, firstInspection: "not-required", periodicInspection: "pass",
    emergencyStop: "effective", loadLimiter: "effective", momentLimiter: "not-required", fallArrester: "not-required",
    outdoorRailMounted: false
  },
  gantry: {
    kind: "crane", name: "门式起重机", ...general, firstInspection: "done", periodicInspection: "pass",
    emergencyStop: "effective", loadLimiter: "effective", momentLimiter: "not-required", fallArrester: "not-required",
    outdoorRailMounted: true, windAntiSlip: "effective"
  },
  ropeway: {
    kind: "passenger-ropeway", name: "主索道", ...general, periodicInspection: "reinspection-pass", emergencyStop: "effective",
    carrierDoorsCannotLock: false, auxiliaryDriveOrBackupPowerCannotStart: false, safetyCircuitBypassedAfterFault: false
  },
  ride: {
    kind: "large-amusement-ride", name: "过山车", ...general, periodicInspection: "pass", passengerRestraints: "effective",
    cabinDoorLocks: "not-required", brakes: "effective", limitDevices: "effective", collisionBuffers: "effective",
    antiRollback: "effective", speedLimiter: "effective", structuralCracksOrDeformation: false
  },
  forklift: {
    kind: "in-plant-vehicle", name: "3号叉车", ...general, vehicleType: "forklift", electric: true, periodicInspection: "pass",
    powerEmergencyCutOff: "effective", brakes: "effective"
  },
  sightseeingTrain: {
    kind: "in-plant-vehicle", name: "观光小火车", ...general, vehicleType: "sightseeing-train", electric: false, periodicInspection: "pass",
    brakes: "effective", towCoupling: "effective", towCouplingSecondaryProtection: "effective", ratedMaxGradient: 10, routeMaxGradient: 8
  },
  sightseeingCar: {
    kind: "in-plant-vehicle", name: "景区观光车", ...general, vehicleType: "sightseeing-car", electric: true, periodicInspection: "pass",
    powerEmergencyCutOff: "effective", brakes: "effective", ratedMaxGradient: 20, routeMaxGradient: 12
  }
} as const

/** The name of an entry kind of {@link entries}. @since 0.2.0 */
export type EntryName = keyof typeof entries
