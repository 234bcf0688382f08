/**
 * The register service, its SQL layers and the Promise API.
 *
 * @since 0.2.0
 */
export * from "./ReportRegister.ts"
export * from "./promise.ts"
export { prepareSchema, REPORTS_SCHEMA_VERSION, reportsDdl, reportsMigrations, reportsSchemaVersion } from "./migrations.ts"
export type { ReportSqlDialect } from "./migrations.ts"
