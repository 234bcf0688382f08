// Child process of the first-open test: waits for a `GO` line on stdin, then opens the SQLite ledger
// (which may not exist yet: the open runs the migrations), reports one hazard and prints `ACK <hazardId>`.
// It prints `WAITING` before it waits, and `ERR <tag> <message>` if anything fails.
// Usage: node test/opener.ts <filename> <hazardId> <seed>
import { writeSync } from "node:fs"
import { createInterface } from "node:readline"
import { makeLedger } from "../src/index.ts"
import { callers, jurisdictions, report, subject } from "./fixtures.ts"

const [filename, hazardId, seed] = process.argv.slice(2)
if (filename === undefined || hazardId === undefined) throw new Error("usage: opener.ts <filename> <hazardId> <seed>")
const out = (line: string) => writeSync(1, `${line}\n`)

out("WAITING")
await new Promise<void>((resolve) => {
  const rl = createInterface({ input: process.stdin })
  rl.on("line", (line) => {
    if (line === "GO") {
      rl.close()
      process.stdin.destroy()
      resolve()
    }
  })
})
try {
  const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions, busyTimeoutMs: 20_000 })
  try {
    await ledger.execute(callers.park, { command: report({ hazardId, subject: subject(Number(seed ?? "1")) }), expectedVersion: 0 })
    out(`ACK ${hazardId}`)
  } finally {
    await ledger.close()
  }
} catch (e) {
  out(`ERR ${(e as { _tag?: string })._tag ?? "Error"} ${String((e as Error).message).replaceAll("\n", " ")}`)
  process.exitCode = 1
}
