/**
 * 指令与事件 — a report's life cycle. Each command, once allowed by {@link decide}, appends one event
 * (never updated or deleted); the report's file is its events folded by {@link evolve}.
 *
 * | command | from | to | event |
 * |---|---|---|---|
 * | `Receive` 受理 | — | received | `ReportReceived` |
 * | `Assign` 交办 | received, assigned | assigned | `ReportAssigned` |
 * | `RecordFinding` 核查 | assigned | verified / not-verified | `FindingRecorded` |
 * | `DecideReward` 奖励决定 | verified | reward-granted / reward-declined | `RewardDecided` |
 * | `PayReward` 兑付 | reward-granted | paid | `RewardPaid` |
 * | `LinkHazard` 转入隐患台账 | verified or later, no hazard linked yet | unchanged | `HazardLinked` |
 *
 * Every step is dated (`on`, a calendar day, never before the step it follows), so the state of a
 * report on any day can be read from its file ({@link stateOn}).
 *
 * @since 0.2.0
 */
import { CalendarDate, HazardId } from "@anquan/core"
import { Actor, Instant, Role } from "@anquan/hazard-ledger"
import { Data, Result, Schema } from "effect"
import type { ReportsConfig } from "./config.ts"
import { PublicReport, ReportId, StoredReport } from "./model.ts"

/**
 * 办理状态 — received 已受理, assigned 已交办, verified 属实, not-verified 不属实, reward-granted
 * 决定奖励, reward-declined 决定不予奖励, paid 奖励已兑付.
 *
 * @since 0.2.0
 */
export const ReportState = Schema.Literals(["received", "assigned", "verified", "not-verified", "reward-granted", "reward-declined", "paid"]).annotate({
  identifier: "ReportState",
  description: "办理状态 — received 已受理, assigned 已交办, verified 属实, not-verified 不属实, reward-granted 决定奖励, reward-declined 不予奖励, paid 已兑付"
})
/** @since 0.2.0 */
export type ReportState = typeof ReportState.Type

/** The states, in life-cycle order. @since 0.2.0 */
export const ReportStates: ReadonlyArray<ReportState> = ["received", "assigned", "verified", "not-verified", "reward-granted", "reward-declined", "paid"]

/** The states in which the handling is finished. @since 0.2.0 */
export const FinalStates: ReadonlyArray<ReportState> = ["not-verified", "reward-declined", "paid"]

const target = { reportId: ReportId } as const
const on = { on: CalendarDate.CalendarDate } as const
const Text = (max: number) => Schema.NonEmptyString.check(Schema.isMaxLength(max, { message: `Expected at most ${max} characters` }))
const Yuan = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected an amount in yuan ≥ 0" }))

const assignmentFields = {
  /** The unit the report is handed to (交办单位), e.g. a county 应急管理局. */
  to: Text(200),
  ...on
} as const

const findingFields = {
  ...on,
  outcome: Schema.Literals(["verified", "not-verified"]),
  /** 核查结论 — what the check found. */
  finding: Text(4000),
  /** The hazard opened in the hazard ledger for a verified report of a hazard (see `ledgerReportOf`). */
  hazardId: Schema.optionalKey(HazardId)
} as const

const decisionFields = {
  ...on,
  outcome: Schema.Literals(["granted", "declined"]),
  /** For `granted`: the configured reward level. */
  level: Schema.optionalKey(Schema.NonEmptyString),
  /** For `granted`: the amount, within the level's range. */
  amountYuan: Schema.optionalKey(Yuan),
  /** For `declined`: why (required). */
  reason: Schema.optionalKey(Text(2000))
} as const

const decisionProblems = (d: { readonly outcome: string; readonly level?: string; readonly amountYuan?: number; readonly reason?: string }) => {
  const issues: Array<Schema.FilterIssue> = []
  if (d.outcome === "granted") {
    if (d.level === undefined) issues.push({ path: ["level"], issue: "a granted reward names its level (奖励档次)" })
    if (d.amountYuan === undefined) issues.push({ path: ["amountYuan"], issue: "a granted reward names its amount" })
  } else if (d.reason === undefined) {
    issues.push({ path: ["reason"], issue: "a reward declined gives its reason" })
  }
  return issues
}

/** 受理 — receive a report (expected version 0). @since 0.2.0 */
export const Receive = Schema.TaggedStruct("Receive", { report: PublicReport })
/** 交办 — hand the report to the unit that checks it (again, to re-assign). @since 0.2.0 */
export const Assign = Schema.TaggedStruct("Assign", { ...target, ...assignmentFields })
/** 核查 — record whether the report is true (属实) or not, with the finding. @since 0.2.0 */
export const RecordFinding = Schema.TaggedStruct("RecordFinding", { ...target, ...findingFields }).check(Schema.makeFilter((c) =>
  c.hazardId !== undefined && c.outcome !== "verified" ? { path: ["hazardId"], issue: "only a verified report opens a hazard" } : undefined
))
/** 奖励决定 — grant a reward (level and amount) or decline it (reason). @since 0.2.0 */
export const DecideReward = Schema.TaggedStruct("DecideReward", { ...target, ...decisionFields }).check(Schema.makeFilter(decisionProblems))
/** 兑付 — the reward paid (the amount decided). @since 0.2.0 */
export const PayReward = Schema.TaggedStruct("PayReward", { ...target, ...on, amountYuan: Yuan })
/**
 * 转入隐患台账 — the hazard a verified report opened in the hazard ledger (`ledgerReportOf`), when
 * the finding did not name it already.
 *
 * @since 0.2.0
 */
export const LinkHazard = Schema.TaggedStruct("LinkHazard", { ...target, hazardId: HazardId })

/**
 * 指令 — every command of the report register.
 *
 * @since 0.2.0
 */
export const ReportCommand = Schema.Union([Receive, Assign, RecordFinding, DecideReward, PayReward, LinkHazard]).annotate({ identifier: "ReportCommand" })
/** @since 0.2.0 */
export type ReportCommand = typeof ReportCommand.Type
/** @since 0.2.0 */
export type ReportCommandInput = typeof ReportCommand.Encoded

/** The report a command is about. @since 0.2.0 */
export const reportIdOf = (c: ReportCommand): string => (c._tag === "Receive" ? c.report.id : c.reportId)

/**
 * 写请求 — a command with the version the caller saw (`0` for a new report).
 *
 * @since 0.2.0
 */
export const ReportWriteRequest = Schema.Struct({
  command: ReportCommand,
  expectedVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a version ≥ 0" }))
}).annotate({ identifier: "ReportWriteRequest" })
/** @since 0.2.0 */
export type ReportWriteRequestInput = typeof ReportWriteRequest.Encoded

const envelope = {
  reportId: ReportId,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  at: Instant,
  actor: Actor,
  role: Schema.optionalKey(Role)
} as const

/** @since 0.2.0 */
export const ReportReceived = Schema.TaggedStruct("ReportReceived", { ...envelope, report: StoredReport })
/** @since 0.2.0 */
export const ReportAssigned = Schema.TaggedStruct("ReportAssigned", { ...envelope, ...assignmentFields })
/** @since 0.2.0 */
export const FindingRecorded = Schema.TaggedStruct("FindingRecorded", { ...envelope, ...findingFields })
/** The decision, with the configuration's `basis` at the time. @since 0.2.0 */
export const RewardDecided = Schema.TaggedStruct("RewardDecided", { ...envelope, ...decisionFields, basis: Schema.optionalKey(Schema.String) })
/** @since 0.2.0 */
export const RewardPaid = Schema.TaggedStruct("RewardPaid", { ...envelope, ...on, amountYuan: Yuan })
/** @since 0.2.0 */
export const HazardLinked = Schema.TaggedStruct("HazardLinked", { ...envelope, hazardId: HazardId })

/**
 * 事件 — every event of the report register.
 *
 * @since 0.2.0
 */
export const ReportEvent = Schema.Union([ReportReceived, ReportAssigned, FindingRecorded, RewardDecided, RewardPaid, HazardLinked]).annotate({ identifier: "ReportEvent" })
/** @since 0.2.0 */
export type ReportEvent = typeof ReportEvent.Type

/**
 * 举报档案 — a report as its events leave it: the report, its state, and each dated step.
 *
 * @since 0.2.0
 */
export const ReportFile = Schema.Struct({
  report: StoredReport,
  state: ReportState,
  version: Schema.Int,
  updatedAt: Instant,
  assignment: Schema.optionalKey(Schema.Struct(assignmentFields)),
  finding: Schema.optionalKey(Schema.Struct(findingFields)),
  reward: Schema.optionalKey(Schema.Struct({ ...decisionFields, basis: Schema.optionalKey(Schema.String) })),
  payment: Schema.optionalKey(Schema.Struct({ ...on, amountYuan: Yuan }))
}).annotate({ identifier: "ReportFile" })
/** @since 0.2.0 */
export type ReportFile = typeof ReportFile.Type

/**
 * 不允许的办理步骤 — the command does not fit the report's state, dates or the configuration.
 * Nothing was written. The message never includes the reporter.
 *
 * @since 0.2.0
 */
export class ReportTransitionRefused extends Data.TaggedError("ReportTransitionRefused")<{
  readonly reportId: string
  readonly command: string
  readonly state: ReportState | "none"
  readonly reason: string
}> {
  override get message(): string {
    return `report ${this.reportId}: ${this.command} refused in state ${this.state}: ${this.reason}`
  }
}

/** What a command appends, before the envelope is added. @since 0.2.0 */
export type EventBody = { [E in ReportEvent as E["_tag"]]: Omit<E, "reportId" | "version" | "at" | "actor" | "role"> }[ReportEvent["_tag"]]

const fmt = CalendarDate.format

/**
 * Checks a command against the report's file (`undefined` for a new report) and the configuration
 * and returns the event body it appends. Pure.
 *
 * @since 0.2.0
 */
export const decide = (file: ReportFile | undefined, command: ReportCommand, config: ReportsConfig): Result.Result<EventBody, ReportTransitionRefused> => {
  const refuse = (reason: string) =>
    Result.fail(new ReportTransitionRefused({ reportId: reportIdOf(command), command: command._tag, state: file?.state ?? "none", reason }))
  if (command._tag === "Receive") {
    return file === undefined ? Result.succeed({ _tag: "ReportReceived", report: command.report }) : refuse("the report is already received")
  }
  if (file === undefined) return refuse("no such report")
  const notBefore = (day: Date, previous: Date, what: string) =>
    day.getTime() < previous.getTime() ? `${fmt(day)} is before ${what} ${fmt(previous)}` : undefined
  switch (command._tag) {
    case "Assign": {
      if (file.state !== "received" && file.state !== "assigned") return refuse("only a report not yet checked can be assigned")
      const bad = notBefore(command.on, file.report.receivedOn, "its receipt")
      return bad !== undefined ? refuse(bad) : Result.succeed({ _tag: "ReportAssigned", to: command.to, on: command.on })
    }
    case "RecordFinding": {
      if (file.state !== "assigned") return refuse("a report is checked once, after it is assigned (交办)")
      const bad = notBefore(command.on, file.assignment!.on, "its assignment")
      if (bad !== undefined) return refuse(bad)
      const { _tag, reportId, ...finding } = command
      return Result.succeed({ _tag: "FindingRecorded", ...finding })
    }
    case "DecideReward": {
      if (file.state !== "verified") return refuse("only a verified report (属实) gets a reward decision, once")
      const bad = notBefore(command.on, file.finding!.on, "its finding")
      if (bad !== undefined) return refuse(bad)
      const { _tag, reportId, ...decision } = command
      if (command.outcome === "granted") {
        const levels = config.rewardLevels ?? []
        if (levels.length === 0) return refuse("no reward levels are configured (the amounts come from the local 举报奖励办法; none are built in)")
        const level = levels.find((l) => l.id === command.level)
        if (level === undefined) return refuse(`no reward level ${command.level} (configured: ${levels.map((l) => l.id).join(", ")})`)
        if (level.categories !== undefined && !level.categories.includes(file.report.category)) {
          return refuse(`reward level ${level.id} applies to ${level.categories.join(", ")}, not to ${file.report.category}`)
        }
        const amount = command.amountYuan!
        if (amount < level.minYuan || amount > level.maxYuan) return refuse(`${amount} yuan is outside level ${level.id} (${level.minYuan}–${level.maxYuan} yuan)`)
      }
      return Result.succeed({ _tag: "RewardDecided", ...decision, ...(config.basis === undefined ? {} : { basis: config.basis }) })
    }
    case "PayReward": {
      if (file.state !== "reward-granted") return refuse("only a granted reward is paid, once")
      const bad = notBefore(command.on, file.reward!.on, "the reward decision")
      if (bad !== undefined) return refuse(bad)
      if (command.amountYuan !== file.reward!.amountYuan) return refuse(`the payment ${command.amountYuan} yuan differs from the amount decided, ${file.reward!.amountYuan} yuan`)
      return Result.succeed({ _tag: "RewardPaid", on: command.on, amountYuan: command.amountYuan })
    }
    case "LinkHazard": {
      if (file.finding?.outcome !== "verified") return refuse("only a verified report (属实) opens a hazard")
      if (file.finding.hazardId !== undefined) return refuse(`the report is linked to hazard ${file.finding.hazardId} already`)
      return Result.succeed({ _tag: "HazardLinked", hazardId: command.hazardId })
    }
  }
}

/**
 * Applies an event to a file (`undefined` before the first event).
 *
 * @since 0.2.0
 */
export const evolve = (file: ReportFile | undefined, e: ReportEvent): ReportFile => {
  const base = { version: e.version, updatedAt: e.at }
  switch (e._tag) {
    case "ReportReceived":
      return { report: e.report, state: "received", ...base }
    case "ReportAssigned":
      return { ...file!, state: "assigned", assignment: { to: e.to, on: e.on }, ...base }
    case "FindingRecorded": {
      const { _tag, reportId, version, at, actor, role, ...finding } = e
      return { ...file!, state: e.outcome, finding, ...base }
    }
    case "RewardDecided": {
      const { _tag, reportId, version, at, actor, role, ...reward } = e
      return { ...file!, state: e.outcome === "granted" ? "reward-granted" : "reward-declined", reward, ...base }
    }
    case "RewardPaid":
      return { ...file!, state: "paid", payment: { on: e.on, amountYuan: e.amountYuan }, ...base }
    case "HazardLinked":
      return { ...file!, finding: { ...file!.finding!, hazardId: e.hazardId }, ...base }
  }
}

/** A file rebuilt from its events, version 1 first. @since 0.2.0 */
export const replay = (events: ReadonlyArray<ReportEvent>): ReportFile | undefined => events.reduce<ReportFile | undefined>(evolve, undefined)

/**
 * The report's state at the end of `day`, from the dates of its steps (`undefined`: not yet
 * received that day).
 *
 * @since 0.2.0
 */
export const stateOn = (file: ReportFile, day: Date): ReportState | undefined => {
  const t = day.getTime()
  if (file.report.receivedOn.getTime() > t) return undefined
  if (file.payment !== undefined && file.payment.on.getTime() <= t) return "paid"
  if (file.reward !== undefined && file.reward.on.getTime() <= t) return file.reward.outcome === "granted" ? "reward-granted" : "reward-declined"
  if (file.finding !== undefined && file.finding.on.getTime() <= t) return file.finding.outcome
  if (file.assignment !== undefined && file.assignment.on.getTime() <= t) return "assigned"
  return "received"
}
