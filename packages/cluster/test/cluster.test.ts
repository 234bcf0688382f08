// Three worker processes against the real PostgreSQL, one SIGKILLed while it holds a chunk: the
// batch still completes, every record has exactly one result, and the results are those of one process.
import { spawn } from "node:child_process"
import type { ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"
import { computeCheckCharacter, Engine, Pack } from "@anquan/core"
import { makeLedger } from "@anquan/hazard-ledger"
import { describePostgres } from "@anquan/testing"
import { PgBoss } from "pg-boss"
import { afterAll, expect, it } from "vitest"
import * as Cluster from "../src/Cluster.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const packJson = {
  id: "headcount",
  name: text("人数", "Headcount"),
  version: "0.1.0",
  factsKey: "headcount",
  facts: { "facts.staff": { type: "integer", label: text("人数", "staff") } },
  rules: [{
    id: "headcount/over-100",
    title: text("人数超限", "Over 100"),
    message: text("测试夹具：人数超过100", "Test fixture: more than 100 staff"),
    remediation: text("减员", "Fewer staff"),
    citation: { document: "industry-trade-major-hazard-2023", article: 3, item: 1, verified: false },
    severity: "major",
    effective: { from: "2020-01-01" },
    violationWhen: { op: ">", left: { fact: "facts.staff" }, right: { value: 100 } }
  }]
}
const asOf = "2023-06-01"
const N = 2000
const code = (i: number) => {
  const body = `91330102${String(i).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}
const lines = Array.from({ length: N }, (_, i) =>
  i % 500 === 7 ? "{not json" : JSON.stringify({ creditCode: code(i), name: `企业${i}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 50, facts: { headcount: { staff: i % 20 === 0 ? 150 : 50 } } })
)
const input = new TextEncoder().encode(lines.join("\n") + "\n")
const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url))

describePostgres("@anquan/cluster", (db) => {
  const schema = `c_${db.run}`
  const connection = { url: db.url, schema }
  const workers: Array<ChildProcess> = []
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL")
    const boss = new PgBoss({ connectionString: db.url, schema: `${schema}_jobs`, supervise: false, schedule: false, migrate: false })
    await boss.start()
    await boss.getDb().executeSql(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`)
    await boss.stop({ graceful: false, close: true })
  })

  it("three workers, one SIGKILLed while it holds a chunk: every record evaluated once, as one process evaluates it", async () => {
    // the log of each worker, line by line
    const logs: Array<Array<string>> = []
    const listeners: Array<() => void> = []
    const start = (k: number) =>
      new Promise<void>((resolve, reject) => {
        const w = spawn(process.execPath, [bin, "work", "--url", db.url, "--schema", schema, "--poll", "0.5", "--supervise", "1"], { stdio: ["ignore", "ignore", "pipe"] })
        workers.push(w)
        logs[k] = []
        let buffered = ""
        w.stderr!.setEncoding("utf8").on("data", (s: string) => {
          buffered += s
          for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
            const line = buffered.slice(0, nl)
            buffered = buffered.slice(nl + 1)
            logs[k]!.push(line)
            if (line.includes(" ready")) resolve()
            for (const f of listeners) f()
          }
        })
        w.on("exit", (code, signal) => reject(new Error(`worker ${k} stopped (${code ?? signal}): ${logs[k]!.join("\n")}`)))
      })
    await Promise.all([0, 1, 2].map(start))

    const submitted = await Cluster.submit({
      ...connection,
      batch: "province-test",
      input,
      packs: [{ json: packJson }],
      asOf,
      chunkBytes: 4096,
      expireInSeconds: 1,
      heartbeatSeconds: null
    })
    expect(submitted.lines).toBe(N)
    expect(submitted.chunks).toBeGreaterThan(20)

    // SIGSTOP the first worker seen starting a chunk; SIGKILL it if the chunk is not stored (it holds it), else let it go on
    const boss = new PgBoss({ connectionString: db.url, schema: `${schema}_jobs`, supervise: false, schedule: false, migrate: false })
    await boss.start()
    const storedChunk = async (chunk: number) =>
      (await boss.getDb().executeSql(`SELECT 1 FROM ${schema}.chunk_results WHERE batch_id = 'province-test' AND chunk = $1`, [chunk])).rows.length > 0
    let killed: { worker: number; chunk: number } | undefined
    const seen = new Set<string>()
    const deadline = Date.now() + 8000
    while (killed === undefined && Date.now() < deadline) {
      let found: { worker: number; chunk: number } | undefined
      for (let k = 0; k < 3 && found === undefined; k++) {
        for (const l of logs[k]!) {
          const m = /^chunk (\d+) of province-test: evaluating/.exec(l)
          if (m !== null && !seen.has(`${k}:${m[1]}`)) {
            seen.add(`${k}:${m[1]}`)
            found = { worker: k, chunk: Number(m[1]) }
            break
          }
        }
      }
      if (found === undefined) {
        await new Promise<void>((resolve) => {
          listeners.push(resolve)
          setTimeout(resolve, 50)
        })
        listeners.length = 0
        continue
      }
      const w = workers[found.worker]!
      w.kill("SIGSTOP")
      if (await storedChunk(found.chunk)) w.kill("SIGCONT")
      else {
        w.removeAllListeners("exit")
        w.kill("SIGKILL")
        killed = found
      }
    }
    expect(killed).toBeDefined()

    // the batch completes without the killed worker
    let status = await Cluster.status({ ...connection, batch: "province-test" })
    while (!status.complete && Date.now() < deadline + 6000) {
      await new Promise((r) => setTimeout(r, 200))
      status = await Cluster.status({ ...connection, batch: "province-test" })
    }
    expect(status).toMatchObject({ complete: true, chunks: submitted.chunks, done: submitted.chunks, records: N })
    const { rows } = await boss.getDb().executeSql(`SELECT worker FROM ${schema}.chunk_results WHERE batch_id = 'province-test' AND chunk = $1`, [killed!.chunk])
    await boss.stop({ graceful: false, close: true })
    expect(rows).toHaveLength(1)
    expect(rows[0].worker).not.toBe(`${rows[0].worker.split(":")[0]}:${workers[killed!.worker]!.pid}`)

    // every line once, in order, with the result one process gives
    const engine = Engine.make({ packs: [Pack.fromJson(packJson)] })
    const plan = engine.plan(asOf)
    const got: Array<Cluster.BatchResult> = []
    for await (const r of Cluster.results({ ...connection, batch: "province-test" })) got.push(r)
    expect(got.map((r) => r.line)).toStrictEqual(lines.map((_, i) => i + 1))
    got.forEach((r, i) => {
      if (lines[i]!.startsWith("{not")) expect(r.result).toMatchObject({ _tag: "rejected", index: i, issues: [{ message: expect.stringMatching(/^invalid JSON/) }] })
      else expect(r.result).toStrictEqual(engine.evaluateRecord(JSON.parse(lines[i]!), i, plan))
    })
    const report = await Cluster.report({ ...connection, batch: "province-test" })
    const builder = engine.reportBuilder(plan, true)
    for (const r of got) builder.add(r.result)
    expect(report).toStrictEqual(builder.build())
    expect(status.rejected).toBe(4)
    expect(status.withViolations).toBe(got.filter((r) => r.result._tag === "evaluated" && r.result.verdict !== "no-violation").length)
    expect(status.withViolations).toBe(100)
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGTERM")

    // the batch's findings into a hazard ledger, twice: the second import opens no hazard again
    const ledger = await makeLedger({
      store: "memory",
      jurisdictions: [
        { code: "330000", name: "浙江省", level: "province" },
        { code: "330100", name: "杭州市", level: "city", parent: "330000" },
        { code: "330102", name: "上城区", level: "county", parent: "330100" }
      ]
    })
    const importer = { actor: { id: "SYS-CLUSTER", name: "分布式评估导入", unit: "应急管理信息平台" }, role: { kind: "system" as const } }
    const first = await ledger.importFindings(importer, { report, discoveredOn: asOf })
    const again = await ledger.importFindings(importer, { report, discoveredOn: asOf })
    expect(first.created).toHaveLength(status.withViolations)
    expect(again.created).toEqual([])
    expect(again.skipped.filter((k) => k.reason === "already-open")).toHaveLength(status.withViolations)
    await ledger.close()
  }, 30_000)
})
