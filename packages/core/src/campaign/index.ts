export {
  Campaign,
  CampaignIssuer,
  CampaignPhase,
  CampaignPhaseKind,
  CampaignReporting,
  CampaignScope,
  CampaignTarget,
  ChecklistItem,
  FinalReporting,
  LeadingGroup,
  PeriodicReporting,
  phasesOn
} from "./Campaign.ts"
