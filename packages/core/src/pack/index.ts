export * as Pack from "./Pack.ts"
export type { PackDefinition } from "./Pack.ts"
export * as PackFile from "./PackFile.ts"
