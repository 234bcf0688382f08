/**
 * The case store service, its SQL layers and the Promise API.
 *
 * @since 0.2.0
 */
export * from "./EnforcementCases.ts"
export * from "./promise.ts"
export { ENFORCEMENT_SCHEMA_VERSION, enforcementDdl, enforcementMigrations, enforcementSchemaVersion, prepareSchema } from "./migrations.ts"
export type { EnforcementSqlDialect } from "./migrations.ts"
export * from "./importCheck.ts"
