/**
 * 危险化学品重大危险源辨识与分级 — major hazard installations: identification (GB 18218-2018) and
 * grading (原总局令第40号 附件1; GB 18218-2018 4.3), as recorded in gb18218-tables.md (表1 in full,
 * 表2 in full, 表3/表4 β, 4.1.2 and 4.2) and regulations.md §10 (α, grades).
 *
 * @since 0.1.0
 */
export * as Exact from "./exact.ts"
export { betaOf, type BetaBasis, grade, gradeFor, type GradeResult, type WeightedContribution } from "./grade.ts"
export { type Contribution, type Identification, identify, type OpenEntry } from "./identify.ts"
export { type Lookup, lookupByCas, lookupByName, normaliseName } from "./lookup.ts"
export { type Basis, type Choice, type Resolution, resolve } from "./resolve.ts"
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
  ClassifiedSubstanceEntry,
  FlammableLiquidHazard,
  Hazard,
  MixtureEntry,
  entriesWithoutBeta,
  GradableHazardUnit,
  GradingOptions,
  HazardCategoryId,
  HazardUnit,
  IdentifiableCategoryId,
  isValidCas,
  NamedSubstanceEntry,
  NamedSubstanceId,
  NamedSubstanceRef,
  SubstanceEntry,
  Tonnes,
  UnitKind
} from "./Unit.ts"
