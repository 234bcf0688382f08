export {
  FiveInPlace,
  Hazard,
  HazardCitation,
  HazardLevel,
  HazardReporter,
  HazardSource,
  HazardSourceKind,
  HazardState,
  HazardStates,
  isHazardOverdue,
  isOpenHazard,
  lacksFiveInPlace,
  ListedSupervision
} from "./Hazard.ts"
