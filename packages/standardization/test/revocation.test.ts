// 撤销 candidates: certificates in force that meet configured triggers since their approval — proposed, never revoked.
import { describe, expect, it } from "@effect/vitest"
import { CalendarDate, computeCheckCharacter } from "@anquan/core"
import { buildRecordsPromise, revocationCandidatesPromise, StandardizationInputError, standingOn } from "../src/index.ts"
import type { StandardizationHistoryInput } from "../src/index.ts"

const code = (i: number): string => {
  const body = `91330381MA2L${String(i).padStart(5, "0")}`
  return body + computeCheckCharacter(body)
}
const E = [0, 1, 2, 3, 4].map((i) => code(900 + i))
const certifiedOn = (on: string, grade: 1 | 2 | 3 = 3): StandardizationHistoryInput["steps"] => [
  { _tag: "SelfAssess", on }, { _tag: "Apply", on, grade }, { _tag: "Review", on, outcome: "passed" }, { _tag: "Certify", on, grade, certificateNo: `AQBZ-${on}` }
]
const history = (i: number, steps: StandardizationHistoryInput["steps"]): StandardizationHistoryInput =>
  ({ enrolment: { enterprise: E[i]!, name: `企业${i}`, jurisdiction: "330381", sector: "industry-trade", scale: "above-designated-size" }, steps })
const histories = [
  history(0, certifiedOn("2025-06-01")),
  history(1, certifiedOn("2024-01-10", 2)),
  history(2, certifiedOn("2022-06-01")), // lapsed 2025-05-31
  history(3, [...certifiedOn("2024-05-01"), { _tag: "Revoke", on: "2026-09-01", reason: "重大事故隐患" }]),
  history(4, [])
]
const accident = (id: string, i: number, occurredAt: string, deaths: number) => ({
  id, occurredAt, jurisdiction: "330381", subject: E[i]!, sector: "industry-trade", deaths, seriousInjuries: 0, directLossYuan: 100000, description: "事故"
})
const hazard = (id: string, i: number, discoveredOn: string, level: "major" | "general") => ({
  id, subject: E[i]!, jurisdiction: "330381", sector: "industry-trade", level, description: "隐患", source: { kind: "government-inspection" }, discoveredOn, state: "reported", evidence: []
})
const accidents = [
  accident("A-0", 0, "2025-05-01T10:00:00+08:00", 5), // before E0's approval
  accident("A-1", 0, "2026-03-10T10:00:00+08:00", 1),
  accident("A-2", 1, "2026-02-01T10:00:00+08:00", 3),
  accident("A-3", 2, "2026-01-01T10:00:00+08:00", 10), // its certificate lapsed
  accident("A-4", 4, "2026-01-01T10:00:00+08:00", 2) // never certified
]
const hazards = [hazard("H-1", 0, "2026-07-01", "major"), hazard("H-2", 1, "2026-07-01", "general"), hazard("H-3", 3, "2026-10-01", "major")]
const AS_OF = "2026-12-01"

describe("revocation candidates", () => {
  it("without an accident rule: a major hazard since the approval proposes 撤销; accidents are listed as not assessed", async () => {
    const files = await buildRecordsPromise(histories)
    const r = await revocationCandidatesPromise(files, { triggers: {}, accidents, hazards }, { asOf: AS_OF })
    expect(r.status).toBe("proposed")
    expect(r.certificatesInForce).toBe(2)
    expect(r.candidates).toEqual([{
      enterprise: E[0], name: "企业0", jurisdiction: "330381",
      certificate: { grade: 3, approvedOn: "2025-06-01", validUntil: "2028-05-31", certificateNo: "AQBZ-2025-06-01" },
      triggers: [{ kind: "major-hazard", hazardId: "H-1", on: "2026-07-01" }]
    }])
    expect(r.accidentRuleConfigured).toBe(false)
    expect(r.unassessedAccidents).toEqual([{ enterprise: E[0], accidentId: "A-1" }, { enterprise: E[1], accidentId: "A-2" }])
    // the criteria are not given in the regulation facts: the basis says so
    expect(r.basis).toMatchObject({ document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, medium confidence]" })
    expect(r.basis.fact).toContain("撤销")
  })

  it("a deaths threshold: an accident with at least that many deaths since the approval, at the boundary", async () => {
    // #region revocation
    const files = await buildRecordsPromise(histories)
    const at = (revokingMinDeaths: number) => revocationCandidatesPromise(files, { triggers: { revokingMinDeaths, majorHazardRevokes: false, basis: "本地规则（示例）" }, accidents, hazards }, { asOf: AS_OF })
    const three = await at(3)
    expect(three.candidates.map((c) => [c.enterprise, c.triggers])).toEqual([[E[1], [{ kind: "accident", accidentId: "A-2", grade: "relatively-serious", deaths: 3, by: ["deaths"], on: "2026-02-01" }]]])
    expect(three.configBasis).toBe("本地规则（示例）")
    expect(three.unassessedAccidents).toEqual([])
    // #endregion revocation
    expect((await at(4)).candidates).toEqual([])
    // A-0 (5 deaths) came before E0's certificate; A-3 (10) and A-4 are not of a certificate in force
    expect((await at(1)).candidates.map((c) => [c.enterprise, c.triggers.map((t) => (t.kind === "accident" ? t.accidentId : t.hazardId))])).toEqual([[E[0], ["A-1"]], [E[1], ["A-2"]]])
  })

  it("accident grades: the grades listed, together with the major hazard", async () => {
    const files = await buildRecordsPromise(histories)
    const r = await revocationCandidatesPromise(files, { triggers: { revokingAccidentGrades: ["general"] }, accidents, hazards }, { asOf: AS_OF })
    expect(r.candidates.map((c) => [c.enterprise, c.triggers.map((t) => [t.kind, t.on])])).toEqual([[E[0], [["accident", "2026-03-10"], ["major-hazard", "2026-07-01"]]]])
  })

  it("only proposes: the records are unchanged, every certificate still in force", async () => {
    const files = await buildRecordsPromise(histories)
    const before = JSON.stringify(files)
    await revocationCandidatesPromise(files, { triggers: { revokingMinDeaths: 1 }, accidents, hazards }, { asOf: AS_OF })
    expect(JSON.stringify(files)).toBe(before)
    expect(standingOn(files[0]!, CalendarDate.make(AS_OF)).status).toBe("valid")
  })

  it("bad input is refused with every problem and its path", async () => {
    const files = await buildRecordsPromise(histories)
    const e = await revocationCandidatesPromise(files, { triggers: { revokingMinDeaths: 0, revokingAccidentGrades: ["minor"] }, accidents: [{ id: "A-X" }] }, { asOf: AS_OF }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(StandardizationInputError)
    const paths = (e as StandardizationInputError).issues.map((i) => i.path.join("."))
    expect(paths).toEqual(expect.arrayContaining(["triggers.revokingMinDeaths", "triggers.revokingAccidentGrades.0", "accidents.0.occurredAt"]))
  })
})
