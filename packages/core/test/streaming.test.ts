import { assert, describe, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import * as Engine from "../src/evaluation/Engine.ts"
import * as Evaluation from "../src/evaluation/Evaluation.ts"
import { demoPack, record } from "./fixtures.ts"

const N = 100_000

/** A lazy source that counts how many records it has handed out. */
const source = () => {
  const state = { produced: 0 }
  function* records() {
    for (let i = 0; i < N; i++) {
      state.produced++
      // every 1000th record is bad, every 7th has a major violation
      yield i % 1000 === 999 ? { creditCode: 42 } : record(i + 1, { employees: i % 7 === 0 ? 500 : 20 })
    }
  }
  return { state, records }
}

describe("streaming evaluation", () => {
  it("evaluates 100k records from an iterable one at a time, never running ahead of the consumer", async () => {
    const engine = Engine.make({ packs: [demoPack] })
    const { state, records } = source()
    let consumed = 0, maxAhead = 0, majors = 0, rejected = 0
    for await (const r of engine.evaluateIterable(records(), { asOf: "2023-01-01" })) {
      consumed++
      maxAhead = Math.max(maxAhead, state.produced - consumed)
      if (r._tag === "rejected") rejected++
      else if (r.verdict === "major-hazard") majors++
    }
    assert.strictEqual(consumed, N)
    assert.strictEqual(maxAhead, 0)
    assert.strictEqual(rejected, 100)
    assert.strictEqual(majors, Math.ceil(N / 7) - Array.from({ length: 100 }, (_, k) => 1000 * k + 999).filter((i) => i % 7 === 0).length)
  })

  it("summarises 100k records keeping counts only", async () => {
    const engine = Engine.make({ packs: [demoPack] })
    const { records } = source()
    const report = await engine.summarize(records(), { asOf: "2023-01-01" })
    assert.strictEqual(report.totals.records, N)
    assert.strictEqual(report.totals.rejected, 100)
    assert.strictEqual(report.enterprises.length, 0)
    assert.strictEqual(report.verdicts["major-hazard"] + report.verdicts["general-hazard"] + report.verdicts.advisory + report.verdicts["no-violation"], N - 100)
  })

  it("keeps only the first rejected records with retainRejected, counting every one", async () => {
    const engine = Engine.make({ packs: [demoPack] })
    const plan = engine.plan("2023-01-01")
    const builder = engine.reportBuilder(plan, false, 3)
    let i = 0
    for (const r of source().records()) builder.add(engine.evaluateRecord(r, i++, plan))
    const report = builder.build()
    assert.strictEqual(report.totals.rejected, 100)
    assert.strictEqual(report.totals.records, N)
    assert.deepStrictEqual(report.rejected.map((r) => r.index), [999, 1999, 2999])
  })

  it.effect("evaluates an effect Stream of 100k records with bounded read-ahead", () =>
    Effect.gen(function*() {
      const { state, records } = source()
      let consumed = 0, maxAhead = 0
      const count = yield* Evaluation.evaluateStream(Stream.fromIterable(records()), { asOf: "2023-01-01" }).pipe(
        Stream.tap(() => Effect.sync(() => {
          consumed++
          maxAhead = Math.max(maxAhead, state.produced - consumed)
        })),
        Stream.runCount
      )
      assert.strictEqual(count, N)
      // the stream pulls in chunks, never the whole input
      assert.isBelow(maxAhead, 5_000)
    }).pipe(Effect.provide(Evaluation.layer({ packs: [demoPack] }))))

  it.effect("summarises an effect Stream into a report", () =>
    Effect.gen(function*() {
      const { records } = source()
      const report = yield* Evaluation.summarizeStream(Stream.fromIterable(records()), { asOf: "2023-01-01" })
      assert.strictEqual(report.totals.records, N)
      assert.strictEqual(report.rejected.length, 100)
      assert.deepStrictEqual(report.rejected[0]!.index, 999)
    }).pipe(Effect.provide(Evaluation.layer({ packs: [demoPack] }))))

  it.effect("a stream's chunks are evaluated as batches: the results of one record at a time, in order, numbered, whatever the chunk size", () =>
    Effect.gen(function*() {
      const engine = Engine.make({ packs: [demoPack] })
      const plan = engine.plan("2023-01-01")
      // bad records, missing facts, violations and compliant ones, mixed
      const inputs = Array.from({ length: 300 }, (_, i) =>
        i % 37 === 5 ? { creditCode: i } : i % 11 === 0 ? record(i + 1, { employees: undefined }) : record(i + 1, { employees: i % 3 === 0 ? 500 : 20 })
      )
      const one = inputs.map((r, i) => engine.evaluateRecord(r, i, plan))
      for (const size of [1, 7, 64, 65, 1000]) {
        const results = yield* Stream.fromIterable(inputs).pipe(
          Stream.rechunk(size),
          (s) => Evaluation.evaluateStream(s, { asOf: "2023-01-01" }),
          Stream.runCollect
        )
        assert.deepStrictEqual(results, one)
        const report = yield* Evaluation.summarizeStream(Stream.fromIterable(inputs).pipe(Stream.rechunk(size)), { asOf: "2023-01-01", retainEnterprises: true })
        const builder = engine.reportBuilder(plan, true)
        for (const r of one) builder.add(r)
        assert.deepStrictEqual(report, builder.build())
      }
    }).pipe(Effect.provide(Evaluation.layer({ packs: [demoPack] }))))
})
