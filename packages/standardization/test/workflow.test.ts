// The workflow (seed 004 考评程序), the certificate's validity, its expiry and 撤销, as of a day.
import { CalendarDate } from "@anquan/core"
import { describe, expect, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import type { StandardizationHistoryInput, StepRefused } from "../src/index.ts"
import { buildRecord, generalStandardOn, gradeHeldOn, StandardizationHistory, standardizationBasis, standingOn, standingPromise } from "../src/index.ts"

const day = CalendarDate.make
const enrolment = { enterprise: "91330381MA2L9RT6N9", jurisdiction: "330381", sector: "industry-trade", scale: "above-designated-size" } as const
const certified: StandardizationHistoryInput["steps"] = [
  { _tag: "SelfAssess", on: "2022-01-10", score: 78 },
  { _tag: "Apply", on: "2022-01-20", grade: 3 },
  { _tag: "Review", on: "2022-02-15", outcome: "passed", score: 76, reviewer: "某评审单位" },
  { _tag: "Certify", on: "2022-03-15", grade: 3, approvedBy: "city", certificateNo: "温AQBⅢ2022-001" }
]
const build = (steps: StandardizationHistoryInput["steps"], validityYears?: number) =>
  buildRecord(Schema.decodeUnknownSync(StandardizationHistory)({ enrolment, steps }), { validityYears })
const refusal = (r: ReturnType<typeof build>): string => (Result.isFailure(r) ? `${r.failure.index} ${r.failure.reason}` : "built")

describe("the workflow", () => {
  it("self-assessment → application → review → certificate, valid 3 years by default (unverified), then expired", () => {
    const r = build(certified)
    if (Result.isFailure(r)) throw r.failure
    const c = r.success.certificates[0]!
    expect(r.success.state).toBe("certified")
    expect(CalendarDate.format(c.validUntil)).toBe("2025-03-14")
    expect(c).toMatchObject({ grade: 3, validUntilSource: "approval-plus-validity", approverMismatch: false, expectedApprover: { level: "city", verified: false } })
    expect(standingOn(r.success, day("2022-03-14")).status).toBe("none")
    expect(standingOn(r.success, day("2025-03-14")).status).toBe("valid")
    expect(standingOn(r.success, day("2025-03-15")).status).toBe("expired")
    expect(gradeHeldOn(r.success, day("2025-03-15"))).toBeUndefined()
    // the validity is configuration
    const five = build(certified, 5)
    expect(Result.isSuccess(five) && CalendarDate.format(five.success.certificates[0]!.validUntil)).toBe("2027-03-14")
  })

  it("refuses steps out of order, dated backwards, or a grade above the one applied for", () => {
    expect(refusal(build([{ _tag: "Apply", on: "2022-01-20", grade: 3 }]))).toBe("0 an application follows a self-assessment (自评)")
    expect(refusal(build([certified[0]!, certified[1]!, { _tag: "Certify", on: "2022-03-15", grade: 3 }]))).toBe("2 a certificate follows a passed review")
    expect(refusal(build([certified[0]!, { _tag: "Apply", on: "2022-01-05", grade: 3 }]))).toBe("1 2022-01-05 is before the previous step, 2022-01-10")
    expect(refusal(build([...certified.slice(0, 3), { _tag: "Certify", on: "2022-03-15", grade: 2 }]))).toBe("3 grade 2 is higher than the grade applied for, 3")
    expect(refusal(build([...certified.slice(0, 2), { _tag: "Review", on: "2022-02-15", outcome: "failed" }, { _tag: "Certify", on: "2022-03-15", grade: 3 }])))
      .toBe("3 a certificate follows a passed review")
    expect(refusal(build([{ _tag: "Revoke", on: "2022-01-01", reason: "x" }]))).toBe("0 there is no certificate in force to revoke")
    expect(refusal(build([...certified, { _tag: "Revoke", on: "2025-04-01", reason: "重大事故隐患" }]))).toBe("4 the certificate expired on 2025-03-14")
  })

  it("撤销 ends the certificate from its day; the past keeps it", () => {
    const r = build([...certified, { _tag: "Revoke", on: "2023-06-01", reason: "发生较大事故" }])
    if (Result.isFailure(r)) throw r.failure
    expect(standingOn(r.success, day("2023-05-31")).status).toBe("valid")
    expect(standingOn(r.success, day("2023-06-01"))).toMatchObject({ status: "revoked", certificate: { revocationReason: "发生较大事故" } })
  })

  it("a renewal cycle keeps the certificate in force until the new one replaces it", () => {
    const r = build([
      ...certified,
      { _tag: "SelfAssess", on: "2024-12-01", score: 91 },
      { _tag: "Apply", on: "2024-12-10", grade: 2 },
      { _tag: "Review", on: "2025-02-01", outcome: "passed" },
      { _tag: "Certify", on: "2025-03-01", grade: 2, approvedBy: "province" }
    ])
    if (Result.isFailure(r)) throw r.failure
    expect(gradeHeldOn(r.success, day("2025-01-15"))?.grade).toBe(3)
    expect(gradeHeldOn(r.success, day("2025-03-01"))?.grade).toBe(2)
    expect(r.success.certificates.map((c) => c.grade)).toEqual([3, 2])
  })

  it("flags an approver that is not the expected one (三级 by the county counts as delegated)", () => {
    const byCounty = build([...certified.slice(0, 3), { _tag: "Certify", on: "2022-03-15", grade: 3, approvedBy: "county" }])
    const byProvince = build([...certified.slice(0, 3), { _tag: "Certify", on: "2022-03-15", grade: 3, approvedBy: "province" }])
    expect(Result.isSuccess(byCounty) && byCounty.success.certificates[0]!.approverMismatch).toBe(false)
    expect(Result.isSuccess(byProvince) && byProvince.success.certificates[0]!.approverMismatch).toBe(true)
    // before 2021-10-27: the older scheme, verified
    const old = buildRecord(Schema.decodeUnknownSync(StandardizationHistory)({ enrolment, steps: certified.map((s) => ({ ...s, on: s.on.replace("2022", "2013") })) }))
    expect(Result.isSuccess(old) && old.success.certificates[0]!.expectedApprover).toMatchObject({ body: "设区的市级安全生产监督管理部门", verified: true })
  })

  it("Promise entry: decodes the history and reports a bad step with its enterprise and index", async () => {
    expect((await standingPromise({ enrolment, steps: certified }, { asOf: "2024-01-01" })).status).toBe("valid")
    await expect(standingPromise({ enrolment, steps: [{ _tag: "Apply", on: "2022-01-20", grade: 4 }] }, { asOf: "2024-01-01" }))
      .rejects.toMatchObject({ _tag: "StandardizationInputError", issues: [{ path: ["steps", 0, "grade"] }] })
    const e = await standingPromise({ enrolment, steps: [certified[1]] }, { asOf: "2024-01-01" }).catch((x: StepRefused) => x)
    expect(e).toMatchObject({ _tag: "StepRefused", enterprise: enrolment.enterprise, index: 0 })
  })
})

describe("the general standard and the basis", () => {
  it("GB/T 33000-2016's 8 elements before 2025-10-31, GB/T 33000-2025 (elements not stored) from then", () => {
    expect(generalStandardOn(day("2025-10-30"))).toMatchObject({ document: "standardization-gbt33000-2016", verified: true })
    expect(generalStandardOn(day("2025-10-30")).elements).toHaveLength(8)
    expect(generalStandardOn(day("2025-10-31"))).toMatchObject({ document: "standardization-gbt33000-2025", elements: undefined, verified: false })
  })

  it("marks the [memory] facts unverified", () => {
    expect(standardizationBasis.filter((b) => !b.verified).map((b) => b.source)).toEqual([
      "regulations.md §11 [memory, high confidence]",
      "regulations.md §11 [memory, medium confidence]",
      "regulations.md §11 [memory, medium confidence]",
      "regulations.md §11, alert F [secondary]"
    ])
  })
})
