#!/usr/bin/env node
/**
 * `anquan-cluster` — the processes of a cluster deployment (see `docs/cluster.md`):
 *
 * ```
 * anquan-cluster work   --url postgres://… [--schema s] [--concurrency 1]
 * anquan-cluster submit --url postgres://… --batch NAME --as-of YYYY-MM-DD --pack MODULE#EXPORT… [--pack-file pack.json…] [--config layers.json] records.ndjson
 * anquan-cluster status --url postgres://… --batch NAME
 * ```
 *
 * `work` runs until SIGTERM or SIGINT (it finishes the chunk it holds), logging each chunk to stderr.
 * The URL may come from `ANQUAN_CLUSTER_URL` instead of `--url`. Exit 0: done; 1: the batch is not
 * complete (`status`); 2: bad usage or a failure.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { parseArgs } from "node:util"
import type { PackSource } from "@anquan/core/parallel"
import * as Cluster from "./Cluster.ts"

const usage = `usage:
  anquan-cluster work   --url URL [--schema S] [--concurrency N] [--poll SECONDS] [--supervise SECONDS]
  anquan-cluster submit --url URL --batch NAME --as-of YYYY-MM-DD (--pack MODULE#EXPORT | --pack-file FILE)… [--config FILE] [--chunk-bytes N] INPUT.ndjson
  anquan-cluster status --url URL --batch NAME`

const fail = (m: string): never => {
  process.stderr.write(`anquan-cluster: ${m}\n`)
  process.exit(2)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    schema: { type: "string" },
    batch: { type: "string" },
    "as-of": { type: "string" },
    pack: { type: "string", multiple: true },
    "pack-file": { type: "string", multiple: true },
    config: { type: "string" },
    "chunk-bytes": { type: "string" },
    concurrency: { type: "string" },
    poll: { type: "string" },
    supervise: { type: "string" },
    "expire-seconds": { type: "string" },
    help: { type: "boolean" }
  }
})
const [command, ...rest] = positionals
if (values.help === true || command === undefined) {
  process.stdout.write(`${usage}\n`)
  process.exit(command === undefined && values.help !== true ? 2 : 0)
}
const url = values.url ?? process.env["ANQUAN_CLUSTER_URL"] ?? fail(`--url (or ANQUAN_CLUSTER_URL) is required\n${usage}`)
const connection = { url, schema: values.schema }
const num = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined
  const n = Number(v)
  return Number.isFinite(n) && n > 0 ? n : fail(`--${name} must be a positive number, got ${JSON.stringify(v)}`)
}

try {
  if (command === "work") {
    const worker = await Cluster.work({
      ...connection,
      concurrency: num("concurrency", values.concurrency),
      pollingIntervalSeconds: num("poll", values.poll),
      superviseIntervalSeconds: num("supervise", values.supervise),
      onChunk: (e) =>
        process.stderr.write(
          e._tag === "started"
            ? `chunk ${e.chunk} of ${e.batch}: evaluating lines ${e.firstLine}–${e.firstLine + e.lines - 1}\n`
            : e._tag === "done"
            ? `chunk ${e.chunk} of ${e.batch}: ${e.records} records${e.stored ? "" : " (stored already by another worker: nothing written)"}\n`
            : `chunk ${e.chunk} of ${e.batch}: failed, queued again while retries are left: ${e.message}\n`
        )
    })
    process.stderr.write(`worker ${worker.id} ready\n`)
    const stop = () => void worker.stop().then(() => process.exit(0))
    process.once("SIGTERM", stop)
    process.once("SIGINT", stop)
  } else if (command === "submit") {
    const input = rest[0] ?? fail(`submit: give the NDJSON input\n${usage}`)
    const packs: Array<PackSource> = [
      ...(values.pack ?? []).map((p): PackSource => {
        const hash = p.lastIndexOf("#")
        return hash < 0 ? { module: p } : { module: p.slice(0, hash), export: p.slice(hash + 1) }
      }),
      ...(values["pack-file"] ?? []).map((f): PackSource => ({ file: resolve(f) }))
    ]
    if (packs.length === 0) fail("submit: give at least one --pack or --pack-file")
    const submitted = await Cluster.submit({
      ...connection,
      batch: values.batch ?? fail("submit: --batch is required"),
      asOf: values["as-of"] ?? fail("submit: --as-of is required"),
      packs,
      config: values.config === undefined ? undefined : JSON.parse(readFileSync(values.config, "utf8")),
      chunkBytes: num("chunk-bytes", values["chunk-bytes"]),
      expireInSeconds: num("expire-seconds", values["expire-seconds"]),
      input
    })
    process.stdout.write(`${JSON.stringify(submitted)}\n`)
  } else if (command === "status") {
    const s = await Cluster.status({ ...connection, batch: values.batch ?? fail("status: --batch is required") })
    process.stdout.write(`${JSON.stringify(s)}\n`)
    if (s.failed > 0) process.stderr.write(`anquan-cluster: ${s.failed} chunk(s) of ${s.batch} failed on every try: see the workers' logs; the batch cannot complete\n`)
    process.exitCode = s.complete ? 0 : 1
  } else fail(`unknown command ${JSON.stringify(command)}\n${usage}`)
} catch (e) {
  fail((e as Error).message)
}
