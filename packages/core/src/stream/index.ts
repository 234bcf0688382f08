export * as Lines from "./Lines.ts"
export * as LineBatches from "./LineBatches.ts"
export type { LineBatch, LineBatchOptions, LinesBatch, TooLongLine } from "./LineBatches.ts"
