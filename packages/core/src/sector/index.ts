export {
  defaultLeadDepartments,
  emptyLeadDepartmentMap,
  leadDepartmentFor,
  LeadDepartmentMap,
  LeadDepartmentOverride,
  overridesOutsideTree
} from "./LeadDepartment.ts"
export { isSector, Sector, sectorLabel, Sectors } from "./Sector.ts"
export { SupervisingDepartment, supervisingDepartmentLabel, SupervisingDepartments } from "./SupervisingDepartment.ts"
