// The case life cycle as a pure state machine: every transition, every refusal, and dates in order.
import { describe, expect, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import type { CaseCommandInput } from "../src/index.ts"
import { CaseCommand, runCommands } from "../src/index.ts"
import { art102, art97_7, open } from "./fixtures.ts"

const decode = Schema.decodeUnknownSync(CaseCommand)
const go = (commands: ReadonlyArray<CaseCommandInput>) => runCommands(commands.map((c) => decode(c)))
const ok = (commands: ReadonlyArray<CaseCommandInput>) => {
  const r = go(commands)
  if (Result.isFailure(r)) throw new Error(`refused: ${r.failure.message}`)
  return r.success
}
const refused = (commands: ReadonlyArray<CaseCommandInput>) => {
  const r = go(commands)
  if (Result.isSuccess(r)) throw new Error("expected a refusal")
  return r.failure
}

const finding = (id = "F1", on = "2026-03-02", penalties: ReadonlyArray<typeof art97_7 | typeof art102> = [art97_7]): CaseCommandInput => ({
  _tag: "RecordFinding",
  caseId: "C1",
  finding: { id, on, description: "特种作业人员未持证上岗", hazardIds: ["YH-1"], rule: { ruleId: "work-safety-law/special-operator-certificates", penalties } }
})
const order = (issuedOn = "2026-03-03", deadline = "2026-03-17"): CaseCommandInput => ({ _tag: "OrderRectification", caseId: "C1", order: { issuedOn, deadline } })
const penalty = (decidedOn = "2026-03-20", over: Record<string, unknown> = {}): CaseCommandInput => ({
  _tag: "DecidePenalty",
  caseId: "C1",
  decision: { documentNo: "瑞应急罚〔2026〕12号", decidedOn, kinds: ["fine"], fineYuan: 30000, ...over }
} as CaseCommandInput)
const review = (on: string, outcome: "rectified" | "not-rectified"): CaseCommandInput => ({ _tag: "RecordReview", caseId: "C1", review: { on, outcome } })
const close = (on: string): CaseCommandInput => ({ _tag: "CloseCase", caseId: "C1", on })

describe("case life cycle", () => {
  it("inspection → finding → order → penalty → review → closed, the stage after each step", () => {
    const steps = [open("C1"), finding(), order(), penalty(), review("2026-03-25", "rectified"), close("2026-03-26")]
    const stages = steps.map((_, i) => ok(steps.slice(0, i + 1)).stage)
    expect(stages).toEqual(["inspected", "findings-recorded", "rectification-ordered", "penalty-decided", "reviewed", "closed"])
    const c = ok(steps)
    // the basis defaults to the penalty articles the rule cites (from its pack), nothing typed in
    expect(c.penalty?.basis).toEqual([art97_7])
    expect(c.penalty?.fineYuan).toBe(30000)
    expect(c.orders[0]?.findingIds).toEqual(["F1"])
  })

  it("refuses a penalty before any finding, and anything before the case is opened", () => {
    const e = refused([open("C1"), penalty("2026-03-05")])
    expect(e._tag).toBe("IllegalCaseTransition")
    expect(e.message).toBe("case C1: DecidePenalty is not allowed at stage inspected (allowed at: findings-recorded, rectification-ordered, reviewed)")
    expect(refused([finding()]).message).toMatch(/RecordFinding is not allowed at stage none \(allowed at: OpenCase first\)/)
    expect(refused([open("C1"), open("C1")])._tag).toBe("IllegalCaseTransition")
  })

  it("keeps dates in order: finding not before the inspection, deadline after the order, penalty not before the finding", () => {
    expect(refused([open("C1"), finding("F1", "2026-03-01")]).message).toBe("case C1: RecordFinding finding.on 2026-03-01 must be on or after 2026-03-02 (the inspection)")
    expect(refused([open("C1"), finding(), order("2026-03-03", "2026-03-03")]).message)
      .toBe("case C1: OrderRectification order.deadline 2026-03-03 must be after 2026-03-03 (the day the order is issued)")
    expect(refused([open("C1"), finding("F1", "2026-03-05"), order("2026-03-04")]).message).toMatch(/order\.issuedOn 2026-03-04 must be on or after 2026-03-05 \(finding F1\)/)
    expect(refused([open("C1"), finding("F1", "2026-03-05"), penalty("2026-03-04")]).message).toMatch(/decision\.decidedOn 2026-03-04 must be on or after 2026-03-05/)
    expect(refused([open("C1"), finding(), penalty("2026-03-20", { publishedOn: "2026-03-19" })]).message).toMatch(/decision\.publishedOn 2026-03-19 must be on or after 2026-03-20/)
    expect(refused([open("C1"), finding(), order(), review("2026-03-02", "rectified")]).message).toMatch(/review\.on 2026-03-02 must be on or after 2026-03-03 \(the order to rectify\)/)
    expect(refused([open("C1"), finding(), order(), review("2026-03-25", "rectified"), close("2026-03-24")]).message).toMatch(/on 2026-03-24 must be on or after 2026-03-25 \(the last review\)/)
  })

  it("refuses a penalty basis outside the articles the rule cites, a second decision, unknown findings", () => {
    const stray = refused([open("C1"), finding(), penalty("2026-03-20", { basis: [art102] })])
    expect(stray._tag === "CaseRefused" && stray.reason).toBe("penalty-basis-not-cited")
    expect(stray.message).toMatch(/work-safety-law-2021 art\. 102 is not among the penalty articles the findings' rules cite: work-safety-law-2021 art\. 97\(7\)/)
    // the cited article itself is accepted as given
    expect(ok([open("C1"), finding(), penalty("2026-03-20", { basis: [art97_7] })]).penalty?.basis).toEqual([art97_7])
    const twice = refused([open("C1"), finding(), penalty(), order("2026-03-21", "2026-03-30"), review("2026-03-31", "not-rectified"), penalty("2026-04-01")])
    expect(twice._tag === "CaseRefused" && twice.reason).toBe("penalty-already-decided")
    const unknown = refused([open("C1"), finding(), penalty("2026-03-20", { findingIds: ["F9"] })])
    expect(unknown._tag === "CaseRefused" && unknown.reason).toBe("unknown-finding")
    const dup = refused([open("C1"), finding(), finding()])
    expect(dup._tag === "CaseRefused" && dup.reason).toBe("duplicate-finding")
  })

  it("a finding with no rule needs the basis given; with one, the basis is free", () => {
    const plain: CaseCommandInput = { _tag: "RecordFinding", caseId: "C1", finding: { id: "F1", on: "2026-03-02", description: "无证经营", hazardIds: [] } }
    const none = refused([open("C1"), plain, penalty()])
    expect(none._tag === "CaseRefused" && none.reason).toBe("no-penalty-basis")
    expect(ok([open("C1"), plain, penalty("2026-03-20", { basis: [art102] })]).penalty?.basis).toEqual([art102])
  })

  it("closes only after a review found the order rectified; a case with nothing found closes at once", () => {
    const base = [open("C1"), finding(), order()]
    const noReview = refused([...base, close("2026-03-30")])
    expect(noReview._tag).toBe("IllegalCaseTransition") // rectification-ordered is not a closing stage
    const failed = refused([...base, review("2026-03-18", "not-rectified"), close("2026-03-30")])
    expect(failed._tag === "CaseRefused" && failed.reason).toBe("not-rectified")
    // a new order after a failed review, then a passed review: closed
    expect(ok([...base, review("2026-03-18", "not-rectified"), order("2026-03-18", "2026-04-01"), review("2026-04-01", "rectified"), close("2026-04-02")]).stage).toBe("closed")
    // a penalty without an order (the breach was already over) closes without a review
    expect(ok([open("C1"), finding(), penalty(), close("2026-03-21")]).stage).toBe("closed")
    const penaltyThenOrder = refused([open("C1"), finding(), penalty(), order("2026-03-20", "2026-03-27"), review("2026-03-28", "not-rectified"), close("2026-03-29")])
    expect(penaltyThenOrder._tag === "CaseRefused" && penaltyThenOrder.reason).toBe("not-rectified")
    expect(ok([open("C1"), close("2026-03-02")]).stage).toBe("closed")
    const orderless = refused([open("C1"), finding(), { _tag: "CloseCase", caseId: "C1", on: "2026-03-05" }])
    expect(orderless._tag).toBe("IllegalCaseTransition")
  })

  it("publishes once, not before the decision", () => {
    const base = [open("C1"), finding(), penalty()]
    expect(ok([...base, { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-24" }]).penalty?.publishedOn?.toISOString().slice(0, 10)).toBe("2026-03-24")
    expect(refused([...base, { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-19" }])._tag).toBe("CaseDateOutOfOrder")
    const again = refused([...base, { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-24" }, { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-25" }])
    expect(again._tag === "CaseRefused" && again.reason).toBe("already-published")
    // the decision may be published after the case is closed
    expect(ok([...base, close("2026-03-21"), { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-24" }]).stage).toBe("closed")
    const nothing = refused([open("C1"), finding(), order(), { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-25" }])
    expect(nothing._tag === "CaseRefused" && nothing.reason).toBe("no-penalty-decision")
  })
})
