/**
 * The registry module: registration and validation of packs, listings and reference pages.
 *
 * @since 0.1.0
 */
export * from "./Registry.ts"
export { referencePage } from "./reference.ts"
