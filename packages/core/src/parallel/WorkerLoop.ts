/**
 * The worker thread of a parallel evaluation (loaded by its entry, `worker.ts`): loads the packs
 * (by module, or from their JSON) and the config given in `workerData`, says it is ready, then
 * evaluates each batch of lines it is sent and posts back the outcome of each line that is not
 * blank, in order.
 *
 * @internal
 * @since 0.2.0
 */
import * as Module from "node:module"
import { parentPort, workerData } from "node:worker_threads"
import * as Engine from "../evaluation/Engine.ts"
import { split } from "../stream/Lines.ts"
import type { LineOutcome } from "./LineEvaluation.ts"
import { compactResult, countedPart, evaluateLines, rulesByVersion } from "./LineEvaluation.ts"
import type { RecordResult } from "../evaluation/Report.ts"
import { loadPacks } from "./PackSource.ts"
import type { BatchMessage, WorkerSetup, WorkerMessage } from "./protocol.ts"

const port = parentPort!
const setup = workerData as WorkerSetup

const post = (m: WorkerMessage): void => port.postMessage(m)

try {
  const packs = await loadPacks(setup.packs)
  const engine = Engine.make(setup.config === undefined ? { packs } : { packs, config: setup.config as never })
  const plan = engine.plan(setup.asOf)
  const include = setup.include
  const rules = rulesByVersion(engine.registry)
  // the result's text made here (an evaluated record's), when asked for: the main thread then gets
  // the text and only what its report counts
  let render: ((result: RecordResult, line: number, context: unknown) => string) | undefined
  if (setup.render !== undefined) {
    const mod = (await import(setup.render.module)) as Record<string, unknown>
    const f = mod[setup.render.export ?? "default"]
    if (typeof f !== "function") throw new TypeError(`${setup.render.module}: its export ${JSON.stringify(setup.render.export ?? "default")} is not a function`)
    render = f as typeof render
  }
  const context = setup.render?.context
  port.on("message", (m: BatchMessage) => {
    const outcomes: Array<LineOutcome> = []
    const firstLine = m.firstLine
    function* lines() {
      for (const l of split(m.bytes, { firstLine })) if (l._tag !== "too-long") yield l // never too long: a batch holds no such line
    }
    // the records of consecutive lines evaluated together, as `anquan check` does on one thread
    for (const o of evaluateLines(engine, plan, include, lines(), Engine.RECORDS_TOGETHER)) {
      if (!("result" in o)) outcomes.push(o)
      else if (render !== undefined && o.result._tag === "evaluated") {
        outcomes.push({ line: o.line, size: o.size, result: countedPart(o.result), text: render(o.result, o.line, context) })
      } else outcomes.push({ line: o.line, size: o.size, result: compactResult(o.result, rules) })
    }
    post({ _tag: "done", seq: m.seq, outcomes })
  })
  post({ _tag: "ready" })
  // every module is loaded: what was compiled goes to the compile cache now (when it is on), not at an exit that may not write it
  if (setup.compileCache !== undefined) {
    try {
      Module.flushCompileCache?.()
    } catch {
      // the next worker compiles from source
    }
  }
} catch (e) {
  post({ _tag: "failed", message: (e as Error)?.message ?? String(e) })
}
