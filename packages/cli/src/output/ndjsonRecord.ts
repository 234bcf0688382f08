/**
 * The NDJSON line of an evaluated record (`anquan check --format ndjson`), as the worker threads of
 * `--workers` make it: the record's result and its source, with `"index":-1` for the main thread to
 * number (it writes `"index":N` in its place). The same text `check` writes for the record on the
 * main thread.
 *
 * @internal
 * @since 0.2.0
 */
import type { RecordResult } from "@anquan/core"

/**
 * The line of `result`, read from line `line` of `context.file`.
 *
 * @internal
 * @since 0.2.0
 */
export const ndjsonRecord = (result: RecordResult, line: number, context: { readonly file: string }): string =>
  JSON.stringify({ ...result, index: -1, source: { file: context.file, line } }) + "\n"

/**
 * Where a worker imports this module from (its own file in the published build, `dist/ndjson-record.js`).
 *
 * @internal
 * @since 0.2.0
 */
export const ndjsonRecordModule: string = new URL(import.meta.url.endsWith(".ts") ? "./ndjsonRecord.ts" : "./ndjson-record.js", import.meta.url).href

/** The placeholder of the record's number in a line of {@link ndjsonRecord}. @internal @since 0.2.0 */
export const INDEX_PLACEHOLDER = "\"index\":-1,"
