/**
 * The hazchem pack's fact schema, the 18 key-supervision hazardous processes and the GB 30871-2022
 * special-operation permits.
 *
 * @since 0.1.0
 */
export {
  ChemicalUnit,
  ControlRoom,
  ExplosionHazardArea,
  ExternalSafetyDistance,
  GasLeakLocation,
  HazchemFacts,
  type HazchemFactsEncoded,
  installationGrade,
  KeyProcessUse,
  LiquefiedGasLoading,
  MajorHazardInstallation,
  NewProcess,
  NewUnit,
  ObsoleteTechnology,
  OverheadPowerLine,
  PressurisedLiquefiedHydrocarbonTank,
  ProcessDevelopment,
  SafetyAccessory,
  SpecialOperator,
  StorageArea,
  SystemStatus,
  TankFarm,
  TankFarmMedium,
  toHazardUnit,
  ToxicGasPipeline
} from "./HazchemFacts.ts"
export {
  type KeyHazardousProcess,
  KeyHazardousProcessId,
  keyHazardousProcessIds,
  keyHazardousProcesses
} from "./keyHazardousProcesses.ts"
export {
  BlindingPermit,
  ConfinedSpacePermit,
  ExcavationPermit,
  GasAnalysisRecord,
  gasAnalysis,
  HeightGrade,
  heightBand,
  type HeightHazardFactorId,
  heightHazardFactorIds,
  HotWorkCircumstance,
  HotWorkGrade,
  hotWorkFlammableMaxPercent,
  HotWorkPermit,
  LiftingGrade,
  liftingGrade,
  LiftingPermit,
  permitValidityHours,
  RoadBreakingPermit,
  SpecialOperationPermit,
  specialOperationKinds,
  type SpecialOperationKind,
  specialOperationNames,
  specialOperationsCitationDocument,
  TemporaryPowerPermit,
  workAtHeightGrade,
  WorkAtHeightPermit
} from "./specialOperations.ts"
export { hoursBetween, Interval } from "./time.ts"
