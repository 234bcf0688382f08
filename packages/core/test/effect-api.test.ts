import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { TestClock } from "effect/testing"
import * as Evaluation from "../src/evaluation/Evaluation.ts"
import * as Pack from "../src/pack/Pack.ts"
import * as Rule from "../src/rule/Rule.ts"
import { demoPack, headcountDefinition, record } from "./fixtures.ts"

describe("Effect API", () => {
  it.effect("evaluates with layers, as of an explicit date", () =>
    Effect.gen(function*() {
      const report = yield* Evaluation.evaluate([record(1, { employees: 500 })], { asOf: "2021-06-01" })
      assert.strictEqual(report.asOf, "2021-06-01")
      assert.strictEqual(report.verdicts["major-hazard"], 1)
    }).pipe(Effect.provide(Evaluation.layer({ packs: [demoPack] }))))

  it.effect("takes today (Beijing time) from the Clock when no as-of date is given", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2024, 4, 17, 15, 30)) // 23:30 in Beijing
      assert.strictEqual((yield* Evaluation.evaluate([record(1)])).asOf, "2024-05-17")
      yield* TestClock.setTime(Date.UTC(2024, 4, 17, 16, 30)) // 00:30 on the 18th in Beijing
      assert.strictEqual((yield* Evaluation.evaluate([record(1)])).asOf, "2024-05-18")
    }).pipe(Effect.provide(Evaluation.layer({ packs: [demoPack] }))))

  it.effect("applies config layers", () =>
    Effect.gen(function*() {
      const report = yield* Evaluation.evaluate([record(1, { employees: 50 })], { asOf: "2023-01-01" })
      assert.strictEqual(report.verdicts["major-hazard"], 1)
    }).pipe(Effect.provide(Evaluation.layer({
      packs: [demoPack],
      config: [{ name: "某省", level: "province", rules: { "demo/headcount": { params: { limit: 10 } } } }]
    }))))

  it.effect("fails the layer with a RegistryError for invalid packs", () =>
    Effect.gen(function*() {
      const dup = Pack.define({ id: "demo", name: { "zh-CN": "重复", en: "dup" }, version: "0", rules: [Rule.define(headcountDefinition)] })
      const exit = yield* Effect.exit(Evaluation.evaluate([], { asOf: "2023-01-01" }).pipe(
        Effect.provide(Evaluation.layer({ packs: [demoPack, dup] }))
      ))
      assert.isTrue(Exit.isFailure(exit))
      const error = yield* Effect.flip(Evaluation.evaluate([], { asOf: "2023-01-01" }).pipe(
        Effect.provide(Evaluation.layer({ packs: [demoPack, dup] }))
      ))
      assert.strictEqual(error._tag, "RegistryError")
    }))

  it.effect("fails the layer with a ConfigError for config that does not fit", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Evaluation.evaluate([], { asOf: "2023-01-01" }).pipe(
        Effect.provide(Evaluation.layer({ packs: [demoPack], config: [{ name: "x", level: "city", rules: { "demo/nope": {} } }] }))
      ))
      assert.strictEqual(error._tag, "ConfigError")
      assert.include(error.message, 'unknown rule "demo/nope"')
    }))
})
