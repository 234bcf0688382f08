// The behavioural suite of the standardization register, run on SQLite (sqlite.test.ts) and PostgreSQL (postgres.test.ts).
import { AuthorityMismatch, CommandNotPermitted, InvalidInput } from "@anquan/hazard-ledger"
import { describe, expect, it } from "@effect/vitest"
import type { StandardizationRegisterClient } from "../src/index.ts"
import { RecordNotFound, RecordOutOfJurisdiction, RecordVersionConflict, StepRefused } from "../src/index.ts"

export const ENT_A = "91330381MA2L9RT6N9"
export const ENT_B = "91330102MA2B0N7Y31"
export const jurisdictions = [
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330100", name: "杭州市", level: "city", parent: "330000" },
  { code: "330102", name: "上城区", level: "county", parent: "330100" },
  { code: "330300", name: "温州市", level: "city", parent: "330000" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" }
] as const
export const system = { actor: { id: "SYS", name: "导入" }, role: { kind: "system" } } as const
const enterpriseA = { actor: { id: "P-A", name: "企业安全员" }, role: { kind: "enterprise", creditCode: ENT_A } } as const
const wenzhou = { actor: { id: "P-W", name: "温州市应急管理局" }, role: { kind: "department", jurisdiction: "330300" } } as const
const shangcheng = { actor: { id: "P-S", name: "上城区应急管理局" }, role: { kind: "department", jurisdiction: "330102" } } as const
const reviewer = { actor: { id: "P-R", name: "评审专家" }, role: { kind: "inspector" } } as const

const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error("expected a rejection")
}

const enrol = (r: StandardizationRegisterClient, enterprise: string, jurisdiction: string) =>
  r.execute(system, { command: { _tag: "Enrol", enrolment: { enterprise, jurisdiction, sector: "industry-trade", scale: "above-designated-size" } }, expectedVersion: 0 })

export const registerSuite = (name: string, fresh: () => Promise<StandardizationRegisterClient>) =>
  describe(`standardization register on ${name}`, () => {
    const withRegister = async (body: (r: StandardizationRegisterClient) => Promise<void>) => {
      const r = await fresh()
      try {
        await body(r)
      } finally {
        await r.close()
      }
    }

    it("records the workflow step by step, each by its role, and measures the rollout", () =>
      withRegister(async (r) => {
        await enrol(r, ENT_A, "330381")
        await enrol(r, ENT_B, "330102")
        const step = (caller: object, step: object, expectedVersion: number, enterprise = ENT_A) =>
          r.execute(caller as never, { command: { _tag: "RecordStep", enterprise, step: step as never }, expectedVersion })
        await step(enterpriseA, { _tag: "SelfAssess", on: "2022-01-10", score: 80 }, 1)
        await step(enterpriseA, { _tag: "Apply", on: "2022-01-20", grade: 3 }, 2)
        await step(reviewer, { _tag: "Review", on: "2022-02-15", outcome: "passed" }, 3)
        const done = await step(wenzhou, { _tag: "Certify", on: "2022-03-15", grade: 3, approvedBy: "city" }, 4)
        expect(done.record.state).toBe("certified")
        expect(done.version).toBe(5)
        expect((await r.history(wenzhou, ENT_A)).map((e) => e._tag)).toEqual(["Enrolled", "StepRecorded", "StepRecorded", "StepRecorded", "StepRecorded"])
        const total = async (asOf: string) =>
          (await r.rates(system, { asOf, targets: [{ id: "t", label: "三级以上 100%", population: {}, minGrade: 3, measure: { kind: "rate", atLeast: 1 }, source: "test" }], groupBy: ["jurisdiction"] }))
        expect((await total("2024-01-01")).find((x) => x.group.jurisdiction === undefined)).toMatchObject({ population: 2, achieved: 1, rate: 0.5 })
        expect((await total("2024-01-01")).find((x) => x.group.jurisdiction === "330300")).toMatchObject({ population: 1, achieved: 1, rate: 1 })
        // expired after three years (the unverified default)
        expect((await total("2025-03-15")).find((x) => x.group.jurisdiction === undefined)).toMatchObject({ achieved: 0, expired: 1 })
        // the department sees its own subtree only
        expect((await r.list(wenzhou)).map((f) => f.enrolment.enterprise)).toEqual([ENT_A])
      }))

    it("refuses a step out of order, a wrong role, another enterprise, another jurisdiction — writing nothing", () =>
      withRegister(async (r) => {
        await enrol(r, ENT_A, "330381")
        const apply = (caller: object, expectedVersion = 1, enterprise = ENT_A) =>
          r.execute(caller as never, { command: { _tag: "RecordStep", enterprise, step: { _tag: "Apply", on: "2022-01-20", grade: 3 } }, expectedVersion })
        expect(await rejection(apply(enterpriseA))).toBeInstanceOf(StepRefused)
        expect(await rejection(apply(wenzhou))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(r.execute(shangcheng, { command: { _tag: "RecordStep", enterprise: ENT_A, step: { _tag: "Revoke", on: "2022-01-20", reason: "x" } }, expectedVersion: 1 })))
          .toBeInstanceOf(RecordOutOfJurisdiction)
        expect(await rejection(r.execute(enterpriseA, { command: { _tag: "RecordStep", enterprise: ENT_B, step: { _tag: "SelfAssess", on: "2022-01-20" } }, expectedVersion: 1 })))
          .toBeInstanceOf(AuthorityMismatch)
        expect(await rejection(r.execute(system, { command: { _tag: "RecordStep", enterprise: ENT_B, step: { _tag: "SelfAssess", on: "2022-01-20" } }, expectedVersion: 1 })))
          .toBeInstanceOf(RecordNotFound)
        expect(await rejection(r.execute(system, { command: { _tag: "RecordStep", enterprise: ENT_A, step: { _tag: "Apply", on: "2022-01-20", grade: 5 } }, expectedVersion: 1 } as never)))
          .toBeInstanceOf(InvalidInput)
        expect(await rejection(enrol(r, ENT_A, "330381"))).toBeInstanceOf(RecordVersionConflict)
        expect(await rejection(r.get(enterpriseA, ENT_B))).toBeInstanceOf(RecordNotFound)
        expect((await r.get(enterpriseA, ENT_A)).version).toBe(1)
      }))

    it("lets exactly one of two racing writers at the same version through", () =>
      withRegister(async (r) => {
        await enrol(r, ENT_A, "330381")
        const selfAssess = (on: string) => r.execute(enterpriseA, { command: { _tag: "RecordStep", enterprise: ENT_A, step: { _tag: "SelfAssess", on } }, expectedVersion: 1 })
        const results = await Promise.allSettled([selfAssess("2022-01-10"), selfAssess("2022-01-11")])
        expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1)
        expect((results.find((x) => x.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(RecordVersionConflict)
        expect((await r.history(system, ENT_A)).map((e) => e.version)).toEqual([1, 2])
      }))
  })
