/**
 * `anquan check --workers N`: NDJSON read and evaluated on worker threads (`@anquan/core/parallel`),
 * with the results the line reader of this thread gives, in the same order: the same lines, the
 * same numbers, the same rejections (a line too long, not JSON, not UTF-8 nor GB18030: a line that
 * is not UTF-8 comes back to this thread and is decoded here, by the same {@link LineDecoder},
 * warning included). Input in another encoding (`--encoding gbk`, …) is read on this thread.
 *
 * @since 0.2.0
 */
import type { Pack } from "@anquan/core"
import { Parallel } from "@anquan/core/parallel"
import type { PackSource } from "@anquan/core/parallel"
import { installedPacks, installedPacksModule, workerPackModule } from "../packs.ts"
import { ndjsonRecordModule } from "../output/ndjsonRecord.ts"
import { LineDecoder } from "./encoding.ts"
import type { NdjsonReader } from "./readRecords.ts"

/**
 * Where a worker gets each pack: an installed pack from this CLI's own module of that pack alone
 * (`workerPackModule`: the same code as this thread's, and a worker loads only the packs it is
 * given), a JSON pack file from its JSON. Throws a
 * `TypeError` for a pack object that is code and not installed (give it by module: see
 * `Parallel.packSource`).
 *
 * @internal
 * @since 0.2.0
 */
export const workerPackSources = (packs: ReadonlyArray<Pack.Pack<any>>): Array<PackSource> =>
  packs.map((p) => {
    if (!installedPacks.includes(p)) return Parallel.packSource(p)
    // the pack's own module: a worker evaluates only the packs it is given (a pack's module builds its rules)
    const module = workerPackModule(p.id)
    return module === undefined ? { module: installedPacksModule, export: "installedPacks", id: p.id } : { module, export: "pack", id: p.id }
  })

/**
 * The NDJSON reader of `--workers`.
 *
 * @internal
 * @since 0.2.0
 */
export const parallelNdjson = (options: {
  readonly packs: ReadonlyArray<PackSource>
  /** The same packs, as this thread has them. */
  readonly loadedPacks: ReadonlyArray<Pack.Pack<any>>
  readonly config: unknown
  readonly asOf: string
  readonly workers: number
  /** Make each evaluated record's NDJSON line on its worker (`--format ndjson`): items then carry `text`. */
  readonly ndjsonText: boolean
}): NdjsonReader =>
(file, input, maxLineBytes, warn) => {
  if (input.encoding !== undefined && input.encoding !== "utf-8") return undefined
  const decoder = new LineDecoder(input.encoding, warn)
  return (async function*() {
    for await (const r of Parallel.evaluateLines(input.chunks, {
      packs: options.packs,
      loadedPacks: options.loadedPacks,
      config: options.config as never,
      asOf: options.asOf,
      workers: options.workers,
      maxLineBytes,
      decodeLine: (bytes, line) => decoder.decode(bytes, line),
      tooLongMessage: (size, max) => `line of ${size} bytes is over the limit of ${max} bytes: not read (raise it with --max-line-bytes)`,
      render: options.ndjsonText ? { module: ndjsonRecordModule, export: "ndjsonRecord", context: { file } } : undefined
    })) {
      yield r.text === undefined
        ? { _tag: "evaluated" as const, source: { file, line: r.line }, result: r.result, bytes: r.bytes }
        : { _tag: "evaluated" as const, source: { file, line: r.line }, result: r.result, bytes: r.bytes, text: r.text }
    }
  })()
}
