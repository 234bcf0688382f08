// Rollout rates per jurisdiction and sector against the seeds' targets, as of a day.
import { describe, expect, it } from "@effect/vitest"
import { computeCheckCharacter } from "@anquan/core"
import { rolloutRatesPromise, seedTargets } from "../src/index.ts"
import type { StandardizationHistoryInput } from "../src/index.ts"

const jurisdictions = [
  { code: "330300", name: "温州市", level: "city" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" },
  { code: "330382", name: "乐清市", level: "county", parent: "330300" }
] as const

let n = 0
/** A credit code per enterprise (its check character by core's computeCheckCharacter). */
const code = (i: number): string => {
  const body = `91330381MA2L${String(i).padStart(5, "0")}`
  return body + computeCheckCharacter(body)
}
const certifiedOn = (on: string, grade: 1 | 2 | 3 = 3): StandardizationHistoryInput["steps"] => [
  { _tag: "SelfAssess", on },
  { _tag: "Apply", on, grade },
  { _tag: "Review", on, outcome: "passed" },
  { _tag: "Certify", on, grade }
]
const enterprise = (jurisdiction: string, sector: string, scale: string, steps: StandardizationHistoryInput["steps"], smallOrMicro?: boolean) =>
  ({ enrolment: { enterprise: code(n++), jurisdiction, sector, scale, ...(smallOrMicro === undefined ? {} : { smallOrMicro }) }, steps })

const histories = [
  enterprise("330381", "industry-trade", "above-designated-size", certifiedOn("2013-06-01")), // valid to 2016-05-31
  enterprise("330381", "industry-trade", "above-designated-size", certifiedOn("2014-06-01", 2)),
  enterprise("330381", "industry-trade", "above-designated-size", []),
  enterprise("330382", "hazardous-chemicals", "above-designated-size", certifiedOn("2015-01-10")),
  enterprise("330382", "industry-trade", "below-designated-size", certifiedOn("2016-03-01"), true),
  enterprise("330382", "construction", "above-designated-size", certifiedOn("2015-01-10")) // not 工矿商贸
]

describe("rollout rates", () => {
  it("seed 002's 98 % target per jurisdiction and sector; an expired certificate does not count", async () => {
    // #region rates
    const rows = await rolloutRatesPromise(histories, { asOf: "2016-06-30", jurisdictions, targets: seedTargets.filter((t) => t.id === "seed-002-above-scale-level-3") })
    const row = (jurisdiction?: string, sector?: string) =>
      rows.find((r) => r.group.jurisdiction === jurisdiction && r.group.sector === sector)
    // 4 above-scale 工矿商贸 enterprises; the 2013 certificate lapsed on 2016-05-31, one never certified
    expect(row()).toMatchObject({ population: 4, achieved: 2, rate: 0.5, atLeast: 0.98, meets: false, expired: 1, pastDue: false })
    expect(row("330300")).toMatchObject({ population: 4, achieved: 2 })
    expect(row("330381")).toMatchObject({ population: 3, achieved: 1, expired: 1 })
    expect(row("330381")!.notReached).toHaveLength(2)
    expect(row("330382", "hazardous-chemicals")).toMatchObject({ population: 1, achieved: 1, rate: 1, meets: true })
    expect(row(undefined, "construction")).toBeUndefined()
    // #endregion rates
    // on 2016-05-31 the 2013 certificate still counted
    const earlier = await rolloutRatesPromise(histories, { asOf: "2016-05-31", targets: seedTargets.filter((t) => t.id === "seed-002-above-scale-level-3"), groupBy: [] })
    expect(earlier).toMatchObject([{ group: {}, achieved: 3, rate: 0.75 }])
  })

  it("seed 002's new small and micro enterprises certified in 2016 (≥ 1000), and seed 004's 工贸 schedule", async () => {
    const rows = await rolloutRatesPromise(histories, { asOf: "2016-12-31", groupBy: [] })
    const total = (id: string) => rows.find((r) => r.target === id)
    expect(total("seed-002-new-small-1000")).toMatchObject({ population: 1, achieved: 1, rate: null, atLeast: 1000, meets: false })
    expect(total("seed-004-above-scale-2013")).toMatchObject({ population: 3, achieved: 1, meets: false, pastDue: true })
    expect(total("seed-004-all-2015")).toMatchObject({ population: 4, achieved: 2 })
  })

  it("rejects bad targets and bad histories with their paths", async () => {
    await expect(rolloutRatesPromise(histories, { asOf: "2016-12-31", targets: [{ ...seedTargets[0]!, measure: { kind: "rate", atLeast: 98 } }] }))
      .rejects.toMatchObject({ _tag: "StandardizationInputError", issues: [{ path: [0, "measure", "atLeast"] }] })
    await expect(rolloutRatesPromise([{ enrolment: { enterprise: "x" }, steps: [] }], { asOf: "2016-12-31" }))
      .rejects.toMatchObject({ _tag: "StandardizationInputError" })
  })
})
