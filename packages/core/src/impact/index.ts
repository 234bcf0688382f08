export * as Impact from "./Impact.ts"
export type { ChangeCounts, ChangedField, CompareOptions, FindingChange, FindingState, ImpactReport, ImpactTotals, RecordImpact } from "./Impact.ts"
