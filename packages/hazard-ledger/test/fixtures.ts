// Shared test data for the hazard ledger: a jurisdiction tree, actors, callers and command builders
// in their wire shape (dates as YYYY-MM-DD strings).
import { fixtures } from "@anquan/testing"
import { Result, Schema } from "effect"
import type { CommandInput, HazardEvent, HazardFile } from "../src/index.ts"
import { Command, decide, evolve } from "../src/index.ts"
import type { CallerInput, DecideError } from "../src/index.ts"
import { Actor } from "../src/index.ts"

type ActorInput = typeof Actor.Encoded

/** 江苏省 → 苏州市 → 苏州工业园区 (two townships) and 虎丘区; 南京市 → 玄武区. */
export const jurisdictions = [
  { code: "320000", name: "江苏省", level: "province" },
  { code: "320500", name: "苏州市", level: "city", parent: "320000" },
  { code: "320571", name: "苏州工业园区", level: "county", parent: "320500" },
  { code: "320571001", name: "娄葑街道", level: "township", parent: "320571" },
  { code: "320571002", name: "斜塘街道", level: "township", parent: "320571" },
  { code: "320505", name: "虎丘区", level: "county", parent: "320500" },
  { code: "320100", name: "南京市", level: "city", parent: "320000" },
  { code: "320102", name: "玄武区", level: "county", parent: "320100" }
] as const

export const subject = (seed: number, region = "320571"): string => fixtures.creditCode(seed, region)

export const actors = {
  inspector: { id: "P-INSPECTOR", name: "张检查", unit: "园区应急管理局" },
  system: { id: "SYS-IMPORT", name: "合规评估导入", unit: "应急管理信息平台" },
  staff: { id: "P-STAFF", name: "李整改", unit: "示例化工有限公司" },
  verifier: { id: "P-VERIFIER", name: "王验收", unit: "园区应急管理局" },
  county: { id: "P-COUNTY", name: "赵督办", unit: "园区管委会" },
  city: { id: "P-CITY", name: "钱督办", unit: "苏州市应急管理局" }
} as const satisfies Record<string, ActorInput>

const inspector = { kind: "inspector" } as const

/** Enterprise personnel (the staff) of the enterprise `creditCode`, bound to the park. */
export const staffOf = (creditCode: string): CallerInput => ({
  actor: actors.staff,
  role: { kind: "enterprise", creditCode },
  jurisdiction: "320571"
})

export const callers = {
  /** An inspector bound to no jurisdiction: the whole tree. */
  province: { actor: actors.inspector, role: inspector } satisfies CallerInput,
  park: { actor: actors.inspector, role: inspector, jurisdiction: "320571" } satisfies CallerInput,
  parkVerifier: { actor: actors.verifier, role: inspector, jurisdiction: "320571" } satisfies CallerInput,
  /** The staff of the enterprise `subject(1)` (the default subject of `report()`). */
  parkStaff: staffOf(subject(1)),
  /** The park's (county-level) supervising department. */
  parkCounty: { actor: actors.county, role: { kind: "department", jurisdiction: "320571" } } satisfies CallerInput,
  /** 苏州市's supervising department. */
  city: { actor: actors.city, role: { kind: "department", jurisdiction: "320500" } } satisfies CallerInput,
  /** 江苏省's supervising department (it receives public reports, 举报). */
  provinceDepartment: { actor: actors.city, role: { kind: "department", jurisdiction: "320000" } } satisfies CallerInput,
  /** The evaluation import, bound to no jurisdiction. */
  system: { actor: actors.system, role: { kind: "system" } } satisfies CallerInput,
  /** The evaluation import, bound to the park. */
  parkSystem: { actor: actors.system, role: { kind: "system" }, jurisdiction: "320571" } satisfies CallerInput,
  township: { actor: actors.inspector, role: inspector, jurisdiction: "320571001" } satisfies CallerInput,
  nanjing: { actor: actors.inspector, role: inspector, jurisdiction: "320100" } satisfies CallerInput,
  /** Reads only (no role), with the permission to see whistle-blowers. */
  handlingOffice: { actor: actors.inspector, permissions: ["read-whistleblower-identity"] } satisfies CallerInput
}

export type ReportInput = Extract<CommandInput, { _tag: "Report" }>
/** Overrides of a report; a key set to `undefined` is removed. */
export type ReportOverrides = { readonly [K in keyof ReportInput]?: ReportInput[K] | undefined }

/** Drops keys whose value is `undefined` (so an override can remove a key). */
export const stripUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

/** A general hazard found by a government inspection in 娄葑街道, discovered 2024-03-01, deadline 2024-03-15. */
export const report = (overrides: ReportOverrides = {}): ReportInput => stripUndefined({
  _tag: "Report",
  subject: subject(1),
  jurisdiction: "320571001",
  sector: "hazardous-chemicals",
  level: "general",
  description: "消防通道堵塞",
  source: { kind: "government-inspection" },
  discoveredOn: "2024-03-01",
  deadline: "2024-03-15",
  evidence: [{ uri: "file://photos/1.jpg" }],
  ...overrides
} as ReportInput)

/** A major rule-finding hazard with no 五落实 yet. */
export const majorReport = (overrides: ReportOverrides = {}): ReportInput =>
  report({
    level: "major",
    description: "涉及重点监管危险化工工艺的装置未实现自动化控制",
    source: {
      kind: "rule-finding",
      ruleId: "hazchem/automation",
      ruleVersion: "2018-01-01",
      citation: { document: "hazchem-major-hazard-2017", item: 4, verified: true }
    },
    deadline: undefined,
    ...overrides
  })

/** The 五落实 items a major hazard needs (with the deadline and responsible person). */
export const fiveInPlace = {
  measures: "增设DCS及紧急停车系统",
  funds: 800_000,
  emergencyPlan: "硝化车间专项应急预案",
  deadline: "2024-06-30",
  responsiblePerson: { name: "王某", title: "总经理" }
} as const

export const decodeCommand = Schema.decodeUnknownSync(Command)

/** A tiny in-test "ledger" over the pure functions: applies commands one by one, keeping the history. */
export class Machine {
  state: HazardFile | undefined
  readonly history: Array<HazardEvent> = []
  private clock = Date.parse("2024-03-01T08:00:00.000Z")

  readonly hazardId: string

  constructor(hazardId = "YH-1") {
    this.hazardId = hazardId
  }

  /** Applies a command; returns the events or the guard error (state unchanged on error). */
  run(input: unknown, actorInput: ActorInput = actors.inspector): Result.Result<ReadonlyArray<HazardEvent>, DecideError> {
    this.clock += 60_000
    const actor = Schema.decodeUnknownSync(Actor)(actorInput)
    const r = decide(this.state, decodeCommand(input), { at: new Date(this.clock), actor, newHazardId: this.hazardId as never })
    if (Result.isSuccess(r)) {
      for (const e of r.success) {
        this.state = evolve(this.state, e)
        this.history.push(e)
      }
    }
    return r
  }

  /** Applies a command that must succeed. */
  ok(input: unknown, actor: ActorInput = actors.inspector): ReadonlyArray<HazardEvent> {
    const r = this.run(input, actor)
    if (Result.isFailure(r)) throw new Error(`expected success, got ${r.failure._tag}: ${r.failure.message}`)
    return r.success
  }

  /** Applies a command that must fail; returns the error. */
  err(input: unknown, actor: ActorInput = actors.inspector): DecideError {
    const before = this.state
    const r = this.run(input, actor)
    if (Result.isSuccess(r)) throw new Error(`expected a guard error, got ${r.success.map((e) => e._tag).join(", ")}`)
    if (this.state !== before) throw new Error("state changed on error")
    return r.failure
  }

  get file(): HazardFile {
    if (this.state === undefined) throw new Error("no hazard yet")
    return this.state
  }
}

/** Drives a major hazard to 'rectifying' with all five in place. */
export const majorRectifying = (m: Machine, overrides: ReportOverrides = {}): void => {
  m.ok(majorReport(overrides))
  m.ok({ _tag: "Assess", hazardId: m.hazardId, level: "major" })
  m.ok({ _tag: "PlanRectification", hazardId: m.hazardId, ...fiveInPlace })
  m.ok({ _tag: "StartRectification", hazardId: m.hazardId }, actors.staff)
}
