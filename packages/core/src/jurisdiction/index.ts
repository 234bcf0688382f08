export {
  isCodeWithin,
  Jurisdiction,
  JurisdictionCode,
  jurisdictionCodeLength,
  JurisdictionLevel,
  jurisdictionLevelLabel,
  jurisdictionLevelOfCode,
  jurisdictionLevelRank,
  JurisdictionLevels,
  jurisdictionSignificantDigits,
  validateJurisdictionCode
} from "./Jurisdiction.ts"
export * as JurisdictionTree from "./JurisdictionTree.ts"
export { JurisdictionTreeError } from "./JurisdictionTree.ts"
export type { JurisdictionInput, JurisdictionTreeProblem } from "./JurisdictionTree.ts"
