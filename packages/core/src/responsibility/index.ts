export {
  AgreementParty,
  AgreementPartyLevel,
  ControlBound,
  ControlMetric,
  ControlTarget,
  ResponsibilityAgreement,
  signingStatus
} from "./Responsibility.ts"
export type { SigningStatus } from "./Responsibility.ts"
