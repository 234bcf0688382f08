export {
  computeCheckCharacter,
  creditCodeProblemZh,
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  isValidCreditCode,
  UnifiedSocialCreditCode,
  validateCreditCode
} from "./CreditCode.ts"
export type { CreditCodeProblem } from "./CreditCode.ts"
export {
  DangerousGoodsActivity,
  Enterprise,
  EnterpriseJsonSchema,
  EnterpriseScale,
  Installation,
  KeyPerson,
  KeyPersonRole,
  Licence,
  LicenceKind,
  PersonCertificate,
  Site,
  Standardization,
  SupervisionClass,
  TransportMode,
  UnitKind,
  UnitKinds
} from "./Enterprise.ts"
export { enterpriseFactDeclarations } from "./EnterpriseFacts.ts"
