/**
 * The credit store service, its SQL layers and the Promise API.
 *
 * @since 0.2.0
 */
export * from "./CreditStore.ts"
export * from "./promise.ts"
export { CREDIT_SCHEMA_VERSION, creditDdl, creditMigrations, creditSchemaVersion, prepareCreditSchema } from "./migrations.ts"
export type { CreditSqlDialect } from "./migrations.ts"
