/**
 * 危险化学品重大危险源辨识与分级 — major hazard installations: identification (GB 18218-2018) and
 * grading (原总局令第40号 附件1; GB 18218-2018 4.3), as recorded in regulations.md §10.
 *
 * @since 0.1.0
 */
export * as Exact from "./exact.ts"
export { betaOf, type BetaBasis, grade, gradeFor, type GradeResult, type WeightedContribution } from "./grade.ts"
export { type Contribution, type Identification, identify } from "./identify.ts"
export {
  type AlphaBand,
  alphaBands,
  alphaFor,
  betaHighlyToxicGas,
  betaToxicGasNotInTable,
  citationDocument,
  gradeNames,
  gradeThresholds,
  type HazardCategory,
  hazardCategories,
  hazardCategory,
  hazardCategoryIds,
  identifiableCategoryIds,
  isNamedSubstanceId,
  type MajorHazardGrade,
  type NamedSubstance,
  namedSubstance,
  namedSubstanceIds,
  namedSubstances,
  type ToxicGasBeta,
  toxicGasBetaOf,
  toxicGasBetas,
  type ToxicGasId,
  toxicGasIds
} from "./tables.ts"
export {
  CasNumber,
  CategorySubstanceEntry,
  entriesWithoutBeta,
  GradableHazardUnit,
  GradingOptions,
  HazardCategoryId,
  HazardUnit,
  IdentifiableCategoryId,
  isValidCas,
  NamedSubstanceEntry,
  NamedSubstanceId,
  SubstanceEntry,
  Tonnes,
  UnitKind
} from "./Unit.ts"
