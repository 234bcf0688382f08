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
export { makeSqlBackend } from "./sql.ts"
export { ddl, inspectSchema, LedgerSchemaMismatch, migrations, SCHEMA_VERSION } from "./migrations.ts"
export type { SchemaState, SqlDialect } from "./migrations.ts"
export { openSqlite } from "./sqlite.ts"
export type { SqliteConnectionOptions, Synchronous } from "./sqlite.ts"
export { openPostgres, postgresStoreLayer, sqliteStoreLayer } from "./storeLayer.ts"
export { storeClientFromLayer } from "./storeClient.ts"
export type { RunPromise } from "./storeClient.ts"
export type { PostgresConnectionOptions, SqliteStoreOptions, StorageErrorOf } from "./storeLayer.ts"
export { prepareStoreSchema } from "./storeSchema.ts"
export type { StoreSchema } from "./storeSchema.ts"
export { isUniqueViolation, recordedMigration, storeSql, tableExists } from "./sqlSupport.ts"
export { versionedTransaction, VersionRace, writeVersioned } from "./versionedWrite.ts"
export type { VersionedChange, VersionedTables } from "./versionedWrite.ts"
export type { StoreDialect } from "./sqlSupport.ts"
export type { SqlBackendOptions } from "./sql.ts"
export { makeMemoryBackend } from "./memory.ts"
