/**
 * The register: commands and events, the service, its SQL layers and the Promise API.
 *
 * @since 0.2.0
 */
export * from "./commands.ts"
export * from "./errors.ts"
export * from "./promise.ts"
export * from "./StandardizationRegister.ts"
export { prepareSchema, STANDARDIZATION_SCHEMA_VERSION, standardizationDdl, standardizationMigrations, standardizationSchemaVersion } from "./migrations.ts"
export type { StandardizationSqlDialect } from "./migrations.ts"
