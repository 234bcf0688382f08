/**
 * `@anquan/cluster` — a province-wide batch of records evaluated by worker processes on one or
 * several machines, through a PostgreSQL job queue (pg-boss): each chunk's results stored once.
 *
 * @module \@anquan/cluster
 * @since 0.2.0
 */
export * as Cluster from "./Cluster.ts"
export type { BatchResult, BatchStatus, ChunkEvent, ConnectionOptions, FailoverOptions, RunningWorker, SubmitOptions, Submitted, WorkOptions } from "./Cluster.ts"
export { ClusterError } from "./Cluster.ts"
