// Child process of the crash test: writes `count` transitions to a SQLite ledger and prints
// `ACK <hazardId> <version>` on stdout after each write the ledger acknowledged (committed).
// Usage: node test/crash-writer.ts <filename> <count>
import { writeSync } from "node:fs"
import type { CallerInput, CommandInput } from "../src/index.ts"
import { makeLedger } from "../src/index.ts"
import { callers, fiveInPlace, jurisdictions, majorReport, report, staffOf, subject } from "./fixtures.ts"

const [filename, countArg] = process.argv.slice(2)
if (filename === undefined) throw new Error("usage: crash-writer.ts <filename> <count>")
const count = Number(countArg ?? "10000")

/** The loop of one hazard: 6 transitions, alternating actors so the verifier is never the rectifier. */
const steps = (id: string, n: number): ReadonlyArray<{ readonly caller: CallerInput; readonly command: CommandInput }> => {
  const major = n % 5 === 0
  const first = major ? majorReport({ hazardId: id, subject: subject(n) }) : report({ hazardId: id, subject: subject(n) })
  const staff = staffOf(subject(n))
  return [
    { caller: major ? callers.parkSystem : callers.park, command: first },
    { caller: callers.park, command: { _tag: "Assess", hazardId: id, level: major ? "major" : "general" } },
    {
      caller: staff,
      command: major ? { _tag: "PlanRectification", hazardId: id, ...fiveInPlace } : { _tag: "PlanRectification", hazardId: id, measures: "清理通道" }
    },
    { caller: staff, command: { _tag: "StartRectification", hazardId: id } },
    { caller: staff, command: { _tag: "CompleteRectification", hazardId: id, evidence: [{ uri: `file://${id}/done.jpg` }] } },
    { caller: callers.parkVerifier, command: { _tag: "Verify", hazardId: id, outcome: "passed" } }
  ]
}

const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions })
// ten hazards in flight at a time, round robin, so the kill lands between hazards' steps
const window = 10
let written = 0
for (let base = 0; written < count; base += window) {
  const loops = Array.from({ length: window }, (_, k) => steps(`CR-${base + k}`, base + k))
  for (let step = 0; step < 6 && written < count; step++) {
    for (const loop of loops) {
      if (written >= count) break
      const s = loop[step]!
      const hazardId = (s.command as { hazardId: string }).hazardId
      await ledger.execute(s.caller, { command: s.command, expectedVersion: step, idempotencyKey: `${hazardId}#${step + 1}` })
      writeSync(1, `ACK ${hazardId} ${step + 1}\n`)
      written++
    }
  }
}
await ledger.close()
writeSync(1, `DONE ${written}\n`)

