export * as Registry from "./Registry.ts"
export { RegistryError } from "./Registry.ts"
export type { RegisteredRule, RuleListing } from "./Registry.ts"
