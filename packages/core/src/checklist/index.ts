export * as InspectionChecklist from "./InspectionChecklist.ts"
