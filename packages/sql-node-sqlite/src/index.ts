/**
 * `@anquan/sql-node-sqlite` — an effect `SqlClient` over Node's built-in `node:sqlite`, the
 * embedded default store of Anquan.
 *
 * @since 0.1.0
 */
export * as NodeSqliteClient from "./NodeSqliteClient.ts"
export type { BackupResult, NodeSqliteClientConfig, Synchronous } from "./NodeSqliteClient.ts"
