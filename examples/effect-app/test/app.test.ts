import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { AppLayer, program } from "../src/app.ts"

describe("effect-app", () => {
  it.effect("applies the provincial threshold through layers and summarises a stream", () =>
    Effect.gen(function*() {
      const { flagged, report } = yield* program
      assert.strictEqual(flagged, 2) // 90 and 120 staff: above the provincial 80
      assert.strictEqual(report.totals.records, 3)
      assert.strictEqual(report.verdicts["general-hazard"], 2)
      assert.strictEqual(report.enterprises.length, 0) // the summary keeps counts only
    }).pipe(Effect.provide(AppLayer)))
})
