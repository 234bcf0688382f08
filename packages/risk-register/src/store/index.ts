/**
 * The register service, its SQL layers and the Promise API.
 *
 * @since 0.2.0
 */
export * from "./RiskRegister.ts"
export * from "./promise.ts"
export { prepareSchema, RISK_SCHEMA_VERSION, riskDdl, riskMigrations, riskSchemaVersion } from "./migrations.ts"
export type { RiskSqlDialect } from "./migrations.ts"
