// Child process of the two-writer test: read-modify-write loops on the same hazards as another
// process. Prints `ACK <hazardId> <uri>` per acknowledged write, `CONFLICT <hazardId>` per typed
// VersionConflict (then retries), `ERR <tag>` for anything else, and `DONE` at the end.
// It prints `READY` once the ledger is open and starts on a `GO` line on stdin, so both start together.
// Usage: node test/contender.ts <filename> <writer> <rounds> <hazardId>...
import { writeSync } from "node:fs"
import { createInterface } from "node:readline"
import { makeLedger, VersionConflict } from "../src/index.ts"
import { callers, jurisdictions } from "./fixtures.ts"

const [filename, writer, roundsArg, ...ids] = process.argv.slice(2)
if (filename === undefined || writer === undefined || ids.length === 0) throw new Error("usage: contender.ts <filename> <writer> <rounds> <id>...")
const rounds = Number(roundsArg)
const out = (line: string) => writeSync(1, `${line}\n`)

const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions, busyTimeoutMs: 20_000 })
out("READY")
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
for (let round = 0; round < rounds; round++) {
  for (const id of ids) {
    const uri = `file://${writer}/${round}/${id}`
    for (;;) {
      const seen = await ledger.get(callers.park, id)
      // give the other process a chance to interleave between the read and the write
      if ((round + seen.version) % 2 === 0) await new Promise((r) => setTimeout(r, 1))
      try {
        await ledger.execute(callers.park, { command: { _tag: "AttachEvidence", hazardId: id, evidence: [{ uri }] }, expectedVersion: seen.version })
        out(`ACK ${id} ${uri}`)
        break
      } catch (e) {
        if (e instanceof VersionConflict) {
          out(`CONFLICT ${id}`)
          continue
        }
        out(`ERR ${(e as { _tag?: string })._tag ?? String(e)}`)
        throw e
      }
    }
  }
}
await ledger.close()
out("DONE")
