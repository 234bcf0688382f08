export {
  codeLengthFor,
  Jurisdiction,
  JurisdictionCode,
  JurisdictionLevel,
  jurisdictionLevelLabel,
  jurisdictionLevelRank,
  JurisdictionLevels,
  significantDigits,
  validateJurisdictionCode
} from "./Jurisdiction.ts"
export * as JurisdictionTree from "./JurisdictionTree.ts"
export { JurisdictionTreeError } from "./JurisdictionTree.ts"
export type { JurisdictionTreeProblem } from "./JurisdictionTree.ts"
