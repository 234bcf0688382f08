// The behavioural suite on the in-memory backend, plus the Promise API.
import { describe, expect, it } from "vitest"
import type { EscalationPolicyInput } from "../src/index.ts"
import { FiveInPlaceIncomplete, HazardLedger, makeLedger, VersionConflict } from "../src/index.ts"
import { callers, jurisdictions, majorReport, report } from "./fixtures.ts"
import { ledgerSuite } from "./suite.ts"

ledgerSuite({
  name: "memory",
  fresh: (o) => HazardLedger.memory({ jurisdictions, ...(o?.escalation === undefined ? {} : { escalation: o.escalation as EscalationPolicyInput }) }),
  propertyRuns: 40
})

describe("Promise API (makeLedger)", () => {
  it("runs the ledger with plain async methods and rejects with the typed errors", async () => {
    const ledger = await makeLedger({ store: "memory", jurisdictions })
    try {
      const { hazard } = await ledger.execute(callers.parkSystem, { command: majorReport({ hazardId: "P-1" }), expectedVersion: 0 })
      expect(hazard.version).toBe(1)
      await ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "P-1", level: "major" }, expectedVersion: 1 })
      const stale = await ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "P-1", level: "major" }, expectedVersion: 1 }).catch((e) => e)
      expect(stale).toBeInstanceOf(VersionConflict)
      expect(stale).toMatchObject({ expected: 1, actual: 2 })
      const guard = await ledger.execute(callers.parkStaff, { command: { _tag: "PlanRectification", hazardId: "P-1" }, expectedVersion: 2 }).catch((e) => e)
      expect(guard).toBeInstanceOf(FiveInPlaceIncomplete)
      expect((guard as FiveInPlaceIncomplete).missing).toHaveLength(5)
      expect((await ledger.query(callers.park, { level: "major" })).map((h) => h.id)).toEqual(["P-1"])
      expect(await ledger.history(callers.park, "P-1")).toHaveLength(2)
      await ledger.execute(callers.park, { command: report({ hazardId: "P-2", deadline: "2024-03-05" }), expectedVersion: 0 })
      expect((await ledger.overdue(callers.park, { asOf: "2024-03-08" })).map((o) => o.daysOverdue)).toEqual([3])
      expect((await ledger.metrics(callers.park, { asOf: "2024-03-31", period: { from: "2024-03-01", to: "2024-03-31" } })).total.found).toBe(2)
      expect(await ledger.exportEvents(callers.park)).toHaveLength(3)
    } finally {
      await ledger.close()
    }
  })

  it("rejects bad options with a typed error", async () => {
    await expect(makeLedger({ store: "memory", jurisdictions: [{ code: "x", name: "", level: "city" }] as never })).rejects.toMatchObject({
      _tag: "InvalidInput",
      entryPoint: "ledger options: jurisdictions"
    })
    await expect(makeLedger({ store: "memory", jurisdictions, escalation: { steps: [{ afterDays: 0, name: "x" }] } })).rejects.toMatchObject({
      _tag: "InvalidInput",
      entryPoint: "ledger options: escalation"
    })
  })
})
