export { ChecklistOutcome, ChecklistResult, countOutcomes, Inspection, InspectorKind } from "./Inspection.ts"
