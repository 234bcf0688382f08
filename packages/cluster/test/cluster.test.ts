// Three worker processes against the real PostgreSQL, one SIGKILLed while it holds a chunk: the
// batch still completes, every record has exactly one result, and the results are those of one process.
import { spawn } from "node:child_process"
import type { ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"
import { readFileSync } from "node:fs"
import { Engine, Pack } from "@anquan/core"
import { makeLedger } from "@anquan/hazard-ledger"
import { describePostgres, fixtures } from "@anquan/testing"
import { PgBoss } from "pg-boss"
import { afterAll, expect, it } from "vitest"
import * as Cluster from "../src/Cluster.ts"

// the JSON pack of examples/json-pack, read by each worker from its file (as a deployment gives a JSON pack)
const packFile = fileURLToPath(new URL("../../../examples/json-pack/pack.json", import.meta.url))
const tobacco = (violation: boolean) => ({
  fumigates: true,
  fumigationSites: [{ name: "1号烟叶仓库", phosphineAlarmInstruments: true, gasMasks: true, unrelatedPeopleEvacuationConfirmed: true }],
  makesExpandedTobaccoWithLiquidCO2: true,
  expandedTobaccoLines: [{ name: "膨胀烟丝线", fixedCo2Alarm: true, alarmInterlockedWithEmergencyVentilation: !violation }]
})
const asOf = "2026-11-23"
const N = 2000
const lines = Array.from({ length: N }, (_, i) =>
  i % 500 === 7 ? "{not json" : JSON.stringify({ creditCode: fixtures.creditCode(i), name: `企业${i}`, jurisdiction: "330102", sectors: ["industry-trade"], unitKinds: ["production"], employees: 50, facts: { tobacco: tobacco(i % 20 === 0) } })
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
    for (const s of [schema, `${schema}f`]) await boss.getDb().executeSql(`DROP SCHEMA IF EXISTS ${s} CASCADE; DROP SCHEMA IF EXISTS ${s}_jobs CASCADE`)
    await boss.stop({ graceful: false, close: true })
  })

  it("three workers, one SIGKILLed while it holds a chunk: every record evaluated once, as one process evaluates it", async () => {
    // the log of each worker, line by line; a worker is stopped (SIGSTOP) the moment it logs that it
    // starts a chunk, while no other is being looked at and none was killed yet
    const logs: Array<Array<string>> = []
    const listeners: Array<() => void> = []
    let probe: { worker: number; chunk: number } | undefined
    let killed: { worker: number; chunk: number } | undefined
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
            const m = /^chunk (\d+) of province-test: evaluating/.exec(line)
            if (m !== null && probe === undefined && killed === undefined) {
              w.kill("SIGSTOP")
              probe = { worker: k, chunk: Number(m[1]) }
            }
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
      packs: [{ file: packFile }],
      asOf,
      chunkBytes: 4096,
      expireInSeconds: 1,
      heartbeatSeconds: null
    })
    expect(submitted.lines).toBe(N)
    expect(submitted.chunks).toBeGreaterThan(20)

    // SIGSTOP a worker as soon as it starts a chunk; SIGKILL it if the chunk's job is still active
    // (taken and not completed: the worker holds it), else let it go on and wait for the next one
    const boss = new PgBoss({ connectionString: db.url, schema: `${schema}_jobs`, supervise: false, schedule: false, migrate: false })
    await boss.start()
    const jobOf = async (chunk: number) => (await boss.findJobs<object>("anquan-chunks", { data: { batch: "province-test", chunk } }))[0]!
    const deadline = Date.now() + 8000
    while (killed === undefined && Date.now() < deadline) {
      if (probe === undefined) {
        await new Promise<void>((resolve) => {
          listeners.push(resolve)
          setTimeout(resolve, 50)
        })
        listeners.length = 0
        continue
      }
      const w = workers[probe.worker]!
      await new Promise((r) => setTimeout(r, 150)) // a statement it sent just before it stopped is done by then
      if ((await jobOf(probe.chunk)).state === "active") {
        w.removeAllListeners("exit")
        w.kill("SIGKILL")
        killed = probe
      } else w.kill("SIGCONT")
      probe = undefined
    }
    expect(killed).toBeDefined()

    // the batch completes without the killed worker, and the chunk it held is completed by another
    let status = await Cluster.status({ ...connection, batch: "province-test" })
    while (!status.complete && Date.now() < deadline + 6000) {
      await new Promise((r) => setTimeout(r, 200))
      status = await Cluster.status({ ...connection, batch: "province-test" })
    }
    expect(status).toMatchObject({ complete: true, chunks: submitted.chunks, done: submitted.chunks, records: N })
    let held = await jobOf(killed!.chunk)
    while (held.state !== "completed" && Date.now() < deadline + 8000) {
      await new Promise((r) => setTimeout(r, 200))
      held = await jobOf(killed!.chunk)
    }
    expect(held.state).toBe("completed")
    expect(held.retryCount).toBeGreaterThanOrEqual(1)

    // a chunk delivered again (as when a slow worker's job expires) is evaluated, and nothing is written twice
    await boss.insert("anquan-chunks", [{ data: (await jobOf(3)).data }])
    const redelivered = /^chunk 3 of province-test: \d+ records \(stored already by another worker: nothing written\)$/
    while (!logs.some((l) => l.some((line) => redelivered.test(line))) && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 50))
    expect(logs.some((l) => l.some((line) => redelivered.test(line)))).toBe(true)
    expect(await Cluster.status({ ...connection, batch: "province-test" })).toStrictEqual(status)
    await boss.stop({ graceful: false, close: true })

    // every line once, in order, with the result one process gives
    const engine = Engine.make({ packs: [Pack.fromJson(JSON.parse(readFileSync(packFile, "utf8")))] })
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

  it("a chunk that fails on every try is told by the worker and counted by status: the batch does not complete", async () => {
    const failing = { url: db.url, schema: `${schema}f` }
    const events: Array<Cluster.ChunkEvent> = []
    const worker = await Cluster.work({ ...failing, pollingIntervalSeconds: 0.5, onChunk: (e) => events.push(e) })
    try {
      const missing = fileURLToPath(new URL("./no-such-pack.json", import.meta.url))
      const submitted = await Cluster.submit({ ...failing, batch: "broken", input, packs: [{ file: missing }], asOf, chunkBytes: 256 * 1024, retryLimit: 0 })
      let status = await Cluster.status({ ...failing, batch: "broken" })
      for (const until = Date.now() + 8000; status.failed < submitted.chunks && Date.now() < until;) {
        await new Promise((r) => setTimeout(r, 100))
        status = await Cluster.status({ ...failing, batch: "broken" })
      }
      expect(status).toMatchObject({ chunks: submitted.chunks, done: 0, failed: submitted.chunks, records: 0, complete: false })
      const failed = events.filter((e) => e._tag === "failed")
      expect(failed.length).toBe(submitted.chunks)
      expect(failed[0]).toMatchObject({ batch: "broken", message: expect.stringContaining("no-such-pack.json") })
      await expect(Cluster.submit({ ...failing, batch: "broken", input, packs: [{ file: missing }], asOf })).rejects.toThrow(/batch "broken" was submitted already/)
    } finally {
      await worker.stop()
    }
  })
})
