// Throughput of a cluster on this machine: N generated records (work-safety-law pack) through W
// worker processes, from submit to the batch complete. Prints one JSON line.
//   ANQUAN_TEST_PG_URL=postgres://… node packages/cluster/bench/throughput.ts [N=20000] [W=2]
import { spawn } from "node:child_process"
import { computeCheckCharacter } from "@anquan/core"
import { PgBoss } from "pg-boss"
import * as Cluster from "../src/Cluster.ts"
const url = process.env["ANQUAN_TEST_PG_URL"] ?? ""
if (url === "") throw new Error("set ANQUAN_TEST_PG_URL (scripts/pg.sh start)")
const N = Number(process.argv[2] ?? 20000), W = Number(process.argv[3] ?? 2)
const schema = `m_${Date.now().toString(36)}`
const packs = [{ module: new URL("../../pack-work-safety-law/src/index.ts", import.meta.url).href, export: "workSafetyLaw" }]
const code = (i: number) => { const b = `91330102${String(i).padStart(9, "0")}`; return b + computeCheckCharacter(b) }
const lines = Array.from({ length: N }, (_, i) => JSON.stringify({ creditCode: code(i), name: `企业${i}`, jurisdiction: "330102", sectors: ["industry-trade"], employees: 50 + (i % 300) }))
const input = new TextEncoder().encode(lines.join("\n") + "\n")
const ws = Array.from({ length: W }, () => spawn(process.execPath, [new URL("../src/bin.ts", import.meta.url).pathname, "work", "--url", url, "--schema", schema, "--poll", "0.5"], { stdio: ["ignore", "ignore", "ignore"] }))
await new Promise((r) => setTimeout(r, 3000))
const t0 = performance.now()
const s = await Cluster.submit({ url, schema, batch: "m", input, packs, asOf: "2026-11-23" })
const t1 = performance.now()
let st = await Cluster.status({ url, schema, batch: "m" })
while (!st.complete) { await new Promise((r) => setTimeout(r, 100)); st = await Cluster.status({ url, schema, batch: "m" }) }
const t2 = performance.now()
console.log(JSON.stringify({ N, workers: W, chunks: s.chunks, submitMs: Math.round(t1 - t0), totalMs: Math.round(t2 - t0), perRecordUs: Math.round((t2 - t0) * 1000 / N) }))
for (const w of ws) w.kill("SIGTERM")
// the bench's tables go
const boss = new PgBoss({ connectionString: url, schema: `${schema}_jobs`, supervise: false, schedule: false, migrate: false })
await boss.start()
await boss.getDb().executeSql(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`)
await boss.stop({ graceful: false, close: true })
process.exit(0)
