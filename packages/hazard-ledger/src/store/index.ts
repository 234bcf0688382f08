/**
 * The ledger service, its backends and the Promise API.
 *
 * @since 0.1.0
 */
export * from "./Backend.ts"
export * from "./HazardLedger.ts"
export * from "./promise.ts"
export * from "./queries.ts"
export * from "./service.ts"
export { ddl, makeSqlBackend } from "./sql.ts"
export type { SqlBackendOptions } from "./sql.ts"
export { makeMemoryBackend } from "./memory.ts"
