import { describe, expect, it } from "vitest"
import * as CalendarDate from "./CalendarDate.ts"
import { isDatedAfterAsOf, isDatedByAsOf, isInstantAfterAsOf, isInstantByAsOf, isValidOnAsOf, latestByAsOf } from "./DatedFacts.ts"

const d = CalendarDate.make
const asOf = d("2023-01-01")

describe("dated facts as of a date", () => {
  it("a fact dated on the as-of day counts, one dated the day after does not; an undated one is taken as it is", () => {
    expect(isDatedByAsOf(d("2023-01-01"), asOf)).toBe(true)
    expect(isDatedByAsOf(d("2023-01-02"), asOf)).toBe(false)
    expect(isDatedByAsOf(undefined, asOf)).toBe(true)
    expect(isDatedAfterAsOf(d("2026-05-01"), asOf)).toBe(true)
    expect(isDatedAfterAsOf(d("2022-12-31"), asOf)).toBe(false)
    expect(isDatedAfterAsOf(undefined, asOf)).toBe(false)
  })

  it("an instant counts until the end of the as-of day in Beijing time", () => {
    expect(isInstantByAsOf(new Date("2023-01-01T23:59:59+08:00"), asOf)).toBe(true)
    expect(isInstantByAsOf(new Date("2023-01-02T00:00:00+08:00"), asOf)).toBe(false)
    expect(isInstantAfterAsOf(new Date("2026-05-01T08:00:00+08:00"), asOf)).toBe(true)
    expect(isInstantAfterAsOf(undefined, asOf)).toBe(false)
    // at UTC: the day ends at 2023-01-02T00:00Z
    expect(isInstantByAsOf(new Date("2023-01-01T23:00:00Z"), asOf, 0)).toBe(true)
    expect(isInstantByAsOf(new Date("2023-01-01T23:00:00Z"), asOf)).toBe(false)
  })

  it("the latest date on or before the as-of day", () => {
    const drills = [{ on: d("2022-03-01") }, { on: d("2026-03-01") }, { on: undefined }, { on: d("2022-11-30") }]
    expect(latestByAsOf(drills, (x) => x.on, asOf)).toEqual(d("2022-11-30"))
    expect(latestByAsOf(drills.slice(1, 3), (x) => x.on, asOf)).toBeUndefined()
  })

  it("a certificate issued after the as-of day is not valid on it; the expiry day is", () => {
    expect(isValidOnAsOf({ issuedOn: d("2026-01-01"), validUntil: d("2032-01-01") }, asOf)).toBe(false)
    expect(isValidOnAsOf({ issuedOn: d("2020-01-01"), validUntil: d("2023-01-01") }, asOf)).toBe(true)
    expect(isValidOnAsOf({ issuedOn: d("2020-01-01"), validUntil: d("2022-12-31") }, asOf)).toBe(false)
    expect(isValidOnAsOf({ validUntil: d("2024-01-01") }, asOf)).toBe(true)
  })
})
