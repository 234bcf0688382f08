export * as Lines from "./Lines.ts"
export type { ByteBatch, ByteBatchOptions, TooLongLine } from "./Lines.ts"
