export * as Registry from "./RegistryModule.ts"
export { RegistryError } from "./Registry.ts"
export type { RegisteredRule, RuleListing } from "./Registry.ts"
