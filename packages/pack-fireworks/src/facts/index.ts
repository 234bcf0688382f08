/**
 * The fireworks pack's fact schema.
 *
 * @since 0.1.0
 */
export {
  BarrierStatus,
  CentralStoreCapacity,
  ExplosiveMachine,
  FacilityStatus,
  FireworksFacts,
  type FireworksFactsEncoded,
  HazardInvestigationSystem,
  LicensedScope,
  LicenceMisuse,
  OutsourcedFacility,
  Plant,
  Product,
  ResponsibilitySystem,
  RetailPremises,
  SafetyDistance,
  Store,
  StoreCapacity,
  Suspension,
  SuspensionReason,
  UnauthorisedStructure,
  Workshop
} from "./FireworksFacts.ts"
export { fireworksFactLabels, type FireworksFactPath } from "./labels.ts"
