import { describe, expect, it } from "vitest"
import { formatChinaTime } from "./ChinaTime.ts"

describe("formatChinaTime", () => {
  it("shows an instant in Beijing time with its zone, to the second", () => {
    expect(formatChinaTime(new Date("2026-12-07T00:27:21.884Z"))).toBe("2026-12-07T08:27:21+08:00")
    // late evening UTC is the next day in Beijing
    expect(formatChinaTime(new Date("2026-11-30T22:12:00Z"))).toBe("2026-12-01T06:12:00+08:00")
  })
  it("at another offset", () => {
    expect(formatChinaTime(new Date("2026-12-07T00:27:21Z"), 0)).toBe("2026-12-07T00:27:21Z")
    expect(formatChinaTime(new Date("2026-12-07T00:27:21Z"), -330)).toBe("2026-12-06T18:57:21-05:30")
  })
})
