import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  gasAnalysis,
  heightBand,
  heightHazardFactorIds,
  hotWorkFlammableMaxPercent,
  liftingGrade,
  permitValidityHours,
  SpecialOperationPermit,
  specialOperationKinds,
  specialOperationNames,
  workAtHeightGrade
} from "./specialOperations.ts"

/** The error blocks of a failed decode ("message\n  at path"), sorted: the order of independent errors is not part of the contract. */
const errorBlocks = (r: Result.Result<unknown, Schema.SchemaError>): ReadonlyArray<string> =>
  Result.isFailure(r) ? r.failure.message.split(/\n(?! {2}at )/).sort() : ["(decoded)"]

describe("GB 30871-2022 values (regulations.md §8)", () => {
  it("has the 8 kinds in the standard's order", () => {
    expect(specialOperationKinds.map((k) => specialOperationNames[k])).toEqual([
      "动火作业", "受限空间作业", "盲板抽堵作业", "高处作业", "吊装作业", "临时用电作业", "动土作业", "断路作业"
    ])
  })

  it("has the permit validity limits", () => {
    expect(permitValidityHours.hotWork).toEqual({ "special": 8, "level-1": 8, "level-2": 72 })
    expect(permitValidityHours.confinedSpace).toBe(24)
    expect(permitValidityHours.workAtHeight).toBe(168)
    expect(permitValidityHours.temporaryPower).toEqual({ normal: 360, absolute: 720 })
  })

  it("has the gas-analysis timing and pass values", () => {
    expect(gasAnalysis.confinedSpace.recordEveryHours).toBe(2)
    expect(gasAnalysis.confinedSpace.oxygenPercent).toEqual({ min: 19.5, max: 21, maxOxygenEnriched: 23.5 })
    expect(gasAnalysis.hotWork.reanalyseAfterBreakMinutes).toEqual({ "special": 30, "level-1": 30, "level-2": 60 })
    expect(hotWorkFlammableMaxPercent(4)).toBe(0.5)
    expect(hotWorkFlammableMaxPercent(3.9)).toBe(0.2)
  })
})

describe("高处作业 grades (§8.1.3 表2)", () => {
  it.each([
    [1.99, undefined], [2, 1], [5, 1], [5.01, 2], [15, 2], [15.01, 3], [30, 3], [30.01, 4]
  ] as const)("height %d m is band %s", (h, band) => {
    expect(heightBand(h)).toBe(band)
  })

  it("method A without factors, method B with one or more", () => {
    expect([3, 10, 20, 40].map((h) => workAtHeightGrade(h, []))).toEqual(["I", "II", "III", "IV"])
    expect([3, 10, 20, 40].map((h) => workAtHeightGrade(h, ["toxic-gas-or-low-oxygen"]))).toEqual(["II", "III", "IV", "IV"])
    expect(workAtHeightGrade(40, [...heightHazardFactorIds])).toBe("IV")
    expect(workAtHeightGrade(1.5, ["slippery-footing"])).toBeUndefined()
  })

  it("a 4 m job in force-5 gusts is Ⅱ (§8's example)", () => {
    expect(workAtHeightGrade(4, ["gusts-force-5-or-more"])).toBe("II")
  })

  it("has the 9 factors a)–i)", () => {
    expect(heightHazardFactorIds).toHaveLength(9)
  })
})

describe("吊装 grades (§9.1)", () => {
  it.each([
    [100.01, "level-1"], [100, "level-2"], [40, "level-2"], [39.99, "level-3"]
  ] as const)("%d t → %s", (m, g) => {
    expect(liftingGrade(m)).toBe(g)
  })
})

describe("SpecialOperationPermit", () => {
  const decode = (u: unknown) => Schema.decodeUnknownResult(SpecialOperationPermit)(u, { errors: "all" })

  it("decodes each kind by its own shape", () => {
    for (const kind of specialOperationKinds) expect(Result.isSuccess(decode({ kind }))).toBe(true)
    const r = decode({ kind: "work-at-height", heightMetres: 12, hazardFactors: ["poor-light-or-visibility"], grade: "III" })
    expect(Result.isSuccess(r) && r.success).toEqual({
      kind: "work-at-height", heightMetres: 12, hazardFactors: ["poor-light-or-visibility"], grade: "III"
    })
  })

  it("reports errors inside a permit at their paths", () => {
    const r = decode({
      kind: "confined-space",
      gasDetections: [{ at: "2024-05-02T08:00:00+08:00", oxygenPercent: 120 }, { oxygenPercent: 20 }],
      pauses: [{ from: "2024-05-02T12:00:00+08:00", to: "2024-05-02T11:00:00+08:00" }]
    })
    expect(errorBlocks(r)).toEqual([
      `Expected a percentage 0–100\n  at ["gasDetections"][0]["oxygenPercent"]`,
      `Missing key\n  at ["gasDetections"][1]["at"]`,
      `Expected \`to\` not before \`from\`\n  at ["pauses"][0]["to"]`
    ].sort())
  })

  it("does not accept a hazard factor that §8 does not list", () => {
    const r = decode({ kind: "work-at-height", hazardFactors: ["rain"] })
    expect(Result.isFailure(r) && r.failure.message).toContain(`at ["hazardFactors"][0]`)
  })
})
