export {
  AccidentId,
  AgreementId,
  CampaignId,
  DepartmentId,
  HazardId,
  InspectionId,
  InstallationId,
  PersonId,
  SiteId
} from "./Ids.ts"
export { PersonRef } from "./PersonRef.ts"
