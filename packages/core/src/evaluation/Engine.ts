/**
 * 评估引擎 — the one evaluation pipeline, as plain synchronous code for the hot loop:
 *
 *   unknown input → decode (Schema, path-precise errors) → select rules (sector, unit kind, as-of
 *   date, config) → evaluate → findings → report.
 *
 * An engine is made once from packs and config (both validated, every problem reported at once)
 * and then evaluates any number of batches or streams, each as of a date. Rule selection is
 * planned once per as-of date, per set of config layers that apply (layers bound to a
 * jurisdiction apply only within it; resolved once per distinct jurisdiction code) and per sector
 * combination, all cached, so the per-record work is two map look-ups, the decode and the rules
 * themselves.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { decodeIssues } from "../decode-issues/DecodeIssues.ts"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import type { ConfigLayers, ConfigScope, LaxerThanNational, ResolvedConfig } from "../config/EvaluationConfig.ts"
import { ConfigError, decodeAndResolve, empty as emptyConfig } from "../config/EvaluationConfig.ts"
import { Enterprise } from "../enterprise/index.ts"
import type { Pack } from "../pack/Pack.ts"
import type { RegisteredRule, Registry } from "../registry/Registry.ts"
import { make as makeRegistry } from "../registry/Registry.ts"
import type { Outcome } from "../rule/Outcome.ts"
import type { ParamValues, Rule, RuleContext, Severity, Subject } from "../rule/Rule.ts"
import type { CountKey, Finding } from "./Finding.ts"
import type { Counts, DecodeIssue, EvaluatedRecord, RecordResult, RejectedRecord, Report, Verdict } from "./Report.ts"
import * as FastDecode from "./FastDecode.ts"
import { emptyCounts, ReportBuilder } from "./Report.ts"

/**
 * Which findings an evaluated record keeps. Counts always cover every finding.
 * - `problems` (default): violations (waived or not), indeterminate and error findings;
 * - `all`: also compliant and not-applicable ones.
 *
 * @since 0.1.0
 */
export type Include = "problems" | "all"

/** @since 0.1.0 */
export interface EvaluateOptions {
  /** The day the law is taken as of: a `Date` or `YYYY-MM-DD`. */
  readonly asOf: Date | string
  readonly include?: Include
}

/** A rule version selected for an as-of date, with its settings resolved. @since 0.1.0 */
export interface PlannedRule {
  readonly entry: RegisteredRule
  readonly rule: Rule
  readonly packId: string
  readonly packSlot: number
  readonly severity: Severity
  readonly context: RuleContext<any>
  /** The same context with `explain: false`, for calls that need only the outcome's kind. */
  readonly quickContext: RuleContext<any>
  /** The context of the explaining call after a quick `violation` (`quickKind`). @since 0.2.0 */
  readonly afterViolation: RuleContext<any>
  /** The context of the explaining call after a quick `indeterminate` (`quickKind`). @since 0.2.0 */
  readonly afterIndeterminate: RuleContext<any>
  readonly sectors: ReadonlySet<string> | undefined
  readonly unitKinds: ReadonlySet<string> | undefined
}

interface PlannedPack {
  readonly pack: Pack<any>
  readonly decodeFacts: FastDecode.Decode<unknown> | undefined
}

/**
 * The rules in force and enabled on one as-of date under one {@link ConfigScope} (the config
 * layers that apply to an enterprise's jurisdiction).
 *
 * @since 0.1.0
 */
export interface ScopedPlan {
  readonly config: ConfigScope
  readonly rules: ReadonlyArray<PlannedRule>
  /** What the applying layers make laxer than national law, for the rules in force. */
  readonly laxerThanNational: ReadonlyArray<LaxerThanNational>
  /** The planned rules that apply to an enterprise in these sectors, cached per combination. */
  readonly forSectors: (sectors: ReadonlyArray<string>) => ReadonlyArray<PlannedRule>
}

/**
 * 规则选择 — the rules in force and enabled on one as-of date. As a {@link ScopedPlan} it is the
 * selection under the layers that apply everywhere; {@link Plan.forJurisdiction} gives the one for
 * an enterprise's jurisdiction.
 *
 * @since 0.1.0
 */
export interface Plan extends ScopedPlan {
  readonly asOf: Date
  readonly asOfIso: string
  /** The selection under the layers that apply to `jurisdiction` (cached per code and per set of layers). */
  readonly forJurisdiction: (jurisdiction: string) => ScopedPlan
}

/** @since 0.1.0 */
export interface Engine {
  readonly registry: Registry
  readonly config: ResolvedConfig
  /** The rule selection for an as-of date (cached for the last few dates). */
  readonly plan: (asOf: Date | string) => Plan
  /**
   * Evaluates one unknown record. Never throws for bad input of any kind (a value that is no JSON,
   * a throwing getter, a Proxy, a cycle, a BigInt: a rejected record) or a failing rule. Only the
   * record's own properties are read: nothing inherited, e.g. from a polluted `Object.prototype`.
   */
  readonly evaluateRecord: (input: unknown, index: number, plan: Plan, include?: Include) => RecordResult
  /**
   * Evaluates a batch of records, numbered from `firstIndex`: the results of `evaluateRecord` on each in turn, found
   * faster — the problems that the quick answers of the whole batch find are explained rule by rule, each rule's code
   * still in the CPU's caches from its previous explanation (the CLI evaluates the records of each chunk it reads so).
   * Since 0.2.0.
   */
  readonly evaluateRecords: (inputs: ReadonlyArray<unknown>, firstIndex: number, plan: Plan, include?: Include) => Array<RecordResult>
  /**
   * Evaluates one record or an array of records and returns the full report (every enterprise retained).
   */
  readonly evaluate: (input: unknown, options: EvaluateOptions) => Report
  /**
   * Evaluates a sync or async iterable lazily: one result per record, pulled one at a time, so memory
   * stays bounded whatever the length.
   */
  readonly evaluateIterable: (
    source: Iterable<unknown> | AsyncIterable<unknown>,
    options: EvaluateOptions
  ) => AsyncGenerator<RecordResult, void, undefined>
  /**
   * Folds an iterable into a report. With `retainEnterprises: false` (the default here) only counts
   * and rejected records are kept: a summary of any number of records in bounded memory.
   */
  readonly summarize: (
    source: Iterable<unknown> | AsyncIterable<unknown>,
    options: EvaluateOptions & { readonly retainEnterprises?: boolean }
  ) => Promise<Report>
  /**
   * A report builder for this engine and date, for callers that drive the loop themselves;
   * `retainRejected`: keep only the first rejected records (see {@link ReportBuilderOptions}).
   */
  readonly reportBuilder: (plan: Plan, retainEnterprises: boolean, retainRejected?: number) => ReportBuilder
}

/** @since 0.1.0 */
export interface EngineOptions {
  readonly packs: ReadonlyArray<Pack<any>>
  /** Config layers as found in a config file (dates as `YYYY-MM-DD`), national first. */
  readonly config?: typeof ConfigLayers.Encoded
}

const toDecodeIssues = decodeIssues

// Decoding: effect's Schema decoders with a compiled fast path for valid input (FastDecode.ts): the
// same values and, for invalid input, effect's own issues. The enterprise is the rules' subject too (`enterprise.…`
// facts): a field the record leaves out is an own `undefined`, as in the packs' sections (see `fromParts`).
const decodeEnterprise = FastDecode.make(Enterprise, { errors: "all" }, FastDecode.ENGINE_FAST_AFTER, "undefined")

/** The record's own `creditCode`, when it is a string (never throws, whatever the input). */
const idOf = (input: unknown): string | undefined => {
  try {
    if (typeof input === "object" && input !== null && !Array.isArray(input) && Object.hasOwn(input, "creditCode")) {
      const id = (input as { creditCode: unknown }).creditCode
      return typeof id === "string" ? id : undefined
    }
  } catch {
    // a throwing getter or Proxy trap: no id
  }
  return undefined
}

const asDate = (asOf: Date | string): Date => {
  if (typeof asOf === "string") return CalendarDate.make(asOf)
  if (Number.isNaN(asOf.getTime())) throw new RangeError("asOf is an invalid Date")
  return CalendarDate.fromInstant(asOf.getTime())
}

const isOutcome = (o: unknown): o is Outcome => {
  if (typeof o !== "object" || o === null) return false
  switch ((o as { kind?: unknown }).kind) {
    case "violation":
    case "compliant":
      return Array.isArray((o as { evidence?: unknown }).evidence)
    case "not-applicable":
      return true
    case "indeterminate":
      return Array.isArray((o as { missing?: unknown }).missing) && (o as { missing: Array<unknown> }).missing.length > 0
    default:
      return false
  }
}

/** Whether any of `values` is in `set` (a loop: no closure per rule on the hot path). */
const anyIn = (values: ReadonlyArray<string>, set: ReadonlySet<string>): boolean => {
  for (let i = 0; i < values.length; i++) if (set.has(values[i]!)) return true
  return false
}

/**
 * A record decoded for its rules: what the engine evaluates (`Stages.evaluateDecoded`).
 *
 * @since 0.2.0
 */
export interface DecodedRecord {
  readonly enterprise: Enterprise
  readonly subjects: ReadonlyArray<Subject | undefined>
  readonly rules: ReadonlyArray<PlannedRule>
  readonly index: number
}

/**
 * A rule's answers given to `evaluateSubjects` (by `evaluateRecords`), by rule position: its quick outcome, that
 * outcome's kind as read once (a kind read again might answer otherwise), and its explained outcome.
 */
interface Replay {
  readonly quick: Array<unknown>
  readonly kinds: Array<unknown>
  /** {@link NOTHING_EXPLAINED} until the record's first problem is explained. */
  explained: Array<unknown>
}
/** The explained answers of a record without problems: none (not written to). */
const NOTHING_EXPLAINED: Array<unknown> = []

/** What a rule threw, kept to be thrown again where `evaluateSubjects` would have called it. */
class Thrown {
  readonly error: unknown
  constructor(error: unknown) {
    this.error = error
  }
}

/** An answer kept by `evaluateRecords`: the outcome, or what the rule threw, thrown again. */
const answered = (kept: unknown): unknown => {
  if (kept instanceof Thrown) throw kept.error
  return kept
}

/** The context of the explaining call after a quick answer of `kind`: told the kind of a violation or an indeterminate answer. */
const explainingContext = (r: PlannedRule, kind: unknown): RuleContext<any> =>
  kind === "violation" ? r.afterViolation : kind === "indeterminate" ? r.afterIndeterminate : r.context

/** How many records `Engine.evaluate` evaluates at a time (`evaluateRecords`). */
const EVALUATION_BATCH = 256

/**
 * How many records a stream of them evaluates together (`evaluateRecords`): `anquan check` (the records of a chunk it
 * reads), each `--workers` thread (of its batch of lines), `Evaluation.evaluateStream` and `summarizeStream` (of a
 * chunk). `anquan check` of 20,000 bench records: one at a time 10.6 s; 64 together 7.3 s at the same peak RSS
 * (232 MB); 256 together 7.3 s but 322 MB (records held parsed across more allocation outlive the young generation).
 *
 * @internal
 * @since 0.2.0
 */
export const RECORDS_TOGETHER = 64

/** Whether a stage's answer (an enterprise, its subjects, a decoded record) is the record's rejection instead. */
const isRejected = <A>(r: A | RejectedRecord): r is RejectedRecord => (r as { readonly _tag?: unknown })._tag === "rejected"

const describeThrown = (e: unknown): string => {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : `thrown value: ${String(e)}`
  } catch {
    return "an unprintable value was thrown"
  }
}

/**
 * Makes an engine. Throws a `RegistryError` for invalid packs and a `ConfigError` for config that
 * does not decode or does not fit the packs, each listing every problem.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * const engine = Engine.make({ packs: [workSafetyLaw] })
 * const report = engine.evaluate(records, { asOf: "2023-06-01" })
 * report.verdicts["major-hazard"]
 * ```
 * @since 0.1.0
 */
export const make = (options: EngineOptions): Engine => {
  const registry = makeRegistry(options.packs)
  let config: ResolvedConfig
  if (options.config === undefined) {
    config = emptyConfig(registry)
  } else {
    try {
      config = decodeAndResolve(registry, options.config)
    } catch (e) {
      if (Schema.isSchemaError(e)) {
        throw new ConfigError({
          problems: toDecodeIssues(e).map((i) => `config${i.path.map((k) => `[${JSON.stringify(k)}]`).join("")}: ${i.message}`)
        })
      }
      throw e
    }
  }
  return fromParts(registry, config)
}

/**
 * An engine over an already validated registry and resolved config: what {@link make} and the Effect
 * API's layers build on, and the benchmark uses. Not a stable API; use {@link make}.
 *
 * @internal
 * @since 0.1.0
 */
export const fromParts = (registry: Registry, config: ResolvedConfig): Engine => {
  const planned: Array<PlannedPack> = registry.packs.map((pack) => ({
    pack,
    // the rules' subjects: a field the record leaves out is an own `undefined`, so that each struct's values have one
    // shape for the rules' property reads (see FastDecode.AbsentFields)
    decodeFacts: pack.facts === undefined ? undefined : FastDecode.make(pack.facts, { errors: "all" }, FastDecode.ENGINE_FAST_AFTER, "undefined")
  }))
  const packSlot = new Map<Pack<any>, number>(registry.packs.map((p, i) => [p, i]))
  const packList = registry.packs.map((p) => ({ id: p.id, version: p.version }))

  const makeScopedPlan = (asOf: Date, scope: ConfigScope): ScopedPlan => {
    const rules: Array<PlannedRule> = []
    const lax: Array<LaxerThanNational> = []
    for (const entry of registry.inForce(asOf)) {
      const settings = scope.settingsFor(entry.rule)
      lax.push(...settings.laxerThanNational)
      if (!settings.enabled) continue
      rules.push({
        entry,
        rule: entry.rule,
        packId: entry.pack.id,
        packSlot: packSlot.get(entry.pack)!,
        severity: settings.severity,
        context: { asOf, params: settings.params as ParamValues<any> },
        quickContext: { asOf, params: settings.params as ParamValues<any>, explain: false },
        afterViolation: { asOf, params: settings.params as ParamValues<any>, quickKind: "violation" },
        afterIndeterminate: { asOf, params: settings.params as ParamValues<any>, quickKind: "indeterminate" },
        sectors: entry.rule.appliesTo.sectors === undefined ? undefined : new Set(entry.rule.appliesTo.sectors),
        unitKinds: entry.rule.appliesTo.unitKinds === undefined ? undefined : new Set(entry.rule.appliesTo.unitKinds)
      })
    }
    const bySectors = new Map<string, ReadonlyArray<PlannedRule>>()
    return {
      config: scope,
      rules,
      laxerThanNational: lax,
      forSectors: (sectors) => {
        const key = sectors.length === 1 ? sectors[0]! : [...sectors].sort().join("|")
        let selected = bySectors.get(key)
        if (selected === undefined) {
          selected = rules.filter((r) => r.sectors === undefined || sectors.some((s) => r.sectors!.has(s)))
          bySectors.set(key, selected)
        }
        return selected
      }
    }
  }

  const makePlan = (asOf: Date): Plan => {
    const everywhere = makeScopedPlan(asOf, config.everywhere)
    const byScope = new Map<string, ScopedPlan>([[config.everywhere.key, everywhere]])
    const byCode = new Map<string, ScopedPlan>()
    const plan: Plan = {
      ...everywhere,
      asOf,
      asOfIso: CalendarDate.format(asOf),
      forJurisdiction: (jurisdiction) => {
        if (!config.scoped) return plan
        let sp = byCode.get(jurisdiction)
        if (sp === undefined) {
          const scope = config.scopeFor(jurisdiction)
          sp = scope.key === config.everywhere.key ? plan : byScope.get(scope.key)
          if (sp === undefined) {
            sp = makeScopedPlan(asOf, scope)
            byScope.set(scope.key, sp)
          }
          byCode.set(jurisdiction, sp)
        }
        return sp
      }
    }
    return plan
  }

  const plans = new Map<number, Plan>()
  const plan = (asOf: Date | string): Plan => {
    const date = asDate(asOf)
    const key = date.getTime()
    let p = plans.get(key)
    if (p === undefined) {
      if (plans.size >= 16) plans.delete(plans.keys().next().value!)
      p = makePlan(date)
      plans.set(key, p)
    }
    return p
  }

  // the fast path's value as it is (no Result for a record that decodes); effect's decoder decides the rest
  const decodeRecord = (input: unknown, index: number): Enterprise | RejectedRecord => {
    const value = decodeEnterprise.fast(input)
    if (value !== FastDecode.DEFERRED) return value
    const decoded = decodeEnterprise.slow(input)
    if (Result.isFailure(decoded)) {
      return { _tag: "rejected", index, id: idOf(input), issues: toDecodeIssues(decoded.failure) } satisfies RejectedRecord
    }
    return decoded.success
  }

  const select = (enterprise: Enterprise, plan: Plan): ReadonlyArray<PlannedRule> =>
    plan.forJurisdiction(enterprise.jurisdiction).forSectors(enterprise.sectors)

  // Decode the fact section of every pack with a selected rule, once per record.
  const decodeFacts = (
    enterprise: Enterprise,
    rules: ReadonlyArray<PlannedRule>,
    index: number
  ): Array<Subject | undefined> | RejectedRecord => {
    const subjects: Array<Subject | undefined> = new Array(planned.length)
    let issues: Array<DecodeIssue> | undefined
    for (const r of rules) {
      if (subjects[r.packSlot] !== undefined) continue
      const pp = planned[r.packSlot]!
      let facts: unknown = undefined
      if (pp.decodeFacts !== undefined) {
        const section = enterprise.facts as Record<string, unknown> | undefined
        // an own key only: a section inherited from a polluted Object.prototype is no fact of the record
        const raw = section !== undefined && Object.hasOwn(section, pp.pack.factsKey!) ? section[pp.pack.factsKey!] : undefined
        if (raw !== undefined) {
          facts = pp.decodeFacts.fast(raw)
          if (facts === FastDecode.DEFERRED) {
            const res = pp.decodeFacts.slow(raw)
            if (Result.isFailure(res)) {
              facts = undefined
              ;(issues ??= []).push(...toDecodeIssues(res.failure, ["facts", pp.pack.factsKey!]))
            } else facts = res.success
          }
        }
      }
      subjects[r.packSlot] = { enterprise, facts }
    }
    if (issues !== undefined) return { _tag: "rejected", index, id: enterprise.creditCode, issues }
    return subjects
  }

  // Count slots of the hot loop (the `CountKey`s, as indices).
  const VIOLATION = 0, WAIVED = 1, INDETERMINATE = 2, ERROR = 3, COMPLIANT = 4, NOT_APPLICABLE = 5
  const countsOf = (c: Int32Array, from: number): Counts => ({
    violation: c[from + VIOLATION]!,
    waived: c[from + WAIVED]!,
    indeterminate: c[from + INDETERMINATE]!,
    error: c[from + ERROR]!,
    compliant: c[from + COMPLIANT]!,
    "not-applicable": c[from + NOT_APPLICABLE]!
  })
  const UNIT_KIND_MISSING: Outcome = Object.freeze({ kind: "indeterminate", missing: Object.freeze(["enterprise.unitKinds"]) })
  const UNIT_KIND_NA: Outcome = Object.freeze({ kind: "not-applicable", reason: "unit kind" })
  // One scratch counter array, reused by every record: [pack slot × 6 count slots] plus totals.
  let scratch = new Int32Array((planned.length + 1) * 6)

  // The hot loop: per rule, no allocation unless the finding is kept (a violation, an
  // indeterminate or error finding, or any finding with `include: "all"`).
  const evaluateSubjects = (
    enterprise: Enterprise,
    subjects: ReadonlyArray<Subject | undefined>,
    rules: ReadonlyArray<PlannedRule>,
    index: number,
    plan: Plan,
    include: Include = "problems",
    replay?: Replay
  ): EvaluatedRecord => {
    const all = include === "all"
    const totalSlot = planned.length * 6
    if (scratch.length !== totalSlot + 6) scratch = new Int32Array(totalSlot + 6)
    const c = scratch
    c.fill(0)
    let findings: Array<Finding> | undefined
    let worst = 3 // 0 major, 1 general, 2 advisory, 3 none
    const unitKinds = enterprise.unitKinds
    const scoped = plan.forJurisdiction(enterprise.jurisdiction)
    const waiverFor = scoped.config.waiverFor
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!
      const rule = r.rule
      let outcome: Outcome | undefined
      let error: string | undefined
      if (r.unitKinds !== undefined) {
        if (unitKinds === undefined) outcome = UNIT_KIND_MISSING
        else if (!anyIn(unitKinds, r.unitKinds)) outcome = UNIT_KIND_NA
      }
      if (outcome === undefined) {
        try {
          const subject = subjects[r.packSlot]!
          // answered already (`evaluateRecords`): the same answers, or the same throw, as the calls below
          let o: unknown = replay === undefined ? rule.evaluate(subject, all ? r.context : r.quickContext) : answered(replay.quick[i])
          // a quick answer is kept only when it is compliant or not applicable (counted, not kept);
          // anything else is asked again with explanations (told the quick kind), and that answer is the one reported
          if (!all) {
            const kind = replay === undefined ? (o as Outcome | undefined)?.kind : answered(replay.kinds[i])
            if (kind !== "compliant" && kind !== "not-applicable") {
              const explained = replay?.explained[i]
              o = explained !== undefined ? answered(explained) : rule.evaluate(subject, explainingContext(r, kind))
            }
          }
          if (isOutcome(o)) outcome = o
          else error = `rule returned an invalid outcome: ${JSON.stringify(o) ?? String(o)}`
        } catch (e) {
          error = describeThrown(e)
        }
      }
      let slot: number
      let finding: Finding | undefined
      if (outcome === undefined) {
        slot = ERROR
        finding = {
          ruleId: rule.id, pack: r.packId, ruleVersion: r.entry.version, severity: r.severity, citation: rule.citation, title: rule.title,
          outcome: "error",
          error: error!
        }
      } else {
        switch (outcome.kind) {
          case "compliant":
            slot = COMPLIANT
            if (all) {
              finding = {
                ruleId: rule.id, pack: r.packId, ruleVersion: r.entry.version, severity: r.severity, citation: rule.citation, title: rule.title,
                outcome: "compliant",
                evidence: outcome.evidence
              }
            }
            break
          case "not-applicable":
            slot = NOT_APPLICABLE
            if (all) {
              finding = outcome.reason !== undefined
                ? {
                  ruleId: rule.id, pack: r.packId, ruleVersion: r.entry.version, severity: r.severity, citation: rule.citation, title: rule.title,
                  outcome: "not-applicable",
                  reason: outcome.reason
                }
                : {
                  ruleId: rule.id, pack: r.packId, ruleVersion: r.entry.version, severity: r.severity, citation: rule.citation, title: rule.title,
                  outcome: "not-applicable"
                }
            }
            break
          case "indeterminate":
            slot = INDETERMINATE
            finding = {
              ruleId: rule.id, pack: r.packId, ruleVersion: r.entry.version, severity: r.severity, citation: rule.citation, title: rule.title,
              outcome: "indeterminate",
              missing: outcome.missing
            }
            break
          default: {
            const match = waiverFor(rule.id, enterprise.creditCode, plan.asOf)
            slot = match?.status === "active" ? WAIVED : VIOLATION
            finding = {
              ruleId: rule.id, pack: r.packId, ruleVersion: r.entry.version, severity: r.severity, citation: rule.citation, title: rule.title,
              outcome: "violation",
              message: rule.message,
              remediation: rule.remediation,
              evidence: outcome.evidence,
              ...(outcome.details !== undefined ? { details: outcome.details } : {}),
              ...(match !== undefined
                ? {
                  waiver: {
                    reason: match.waiver.reason,
                    expires: CalendarDate.format(match.waiver.expires),
                    ...(match.waiver.grantedBy !== undefined ? { grantedBy: match.waiver.grantedBy } : {}),
                    layer: match.layer,
                    status: match.status
                  }
                }
                : {})
            }
            // a reporting breach is not a hazard: it does not make the verdict
            if (slot === VIOLATION && rule.kind === "hazard") {
              const rank = r.severity === "major" ? 0 : r.severity === "general" ? 1 : 2
              if (rank < worst) worst = rank
            }
          }
        }
      }
      if (finding !== undefined && rule.kind !== "hazard") finding = { ...finding, kind: rule.kind }
      c[totalSlot + slot] = c[totalSlot + slot]! + 1
      c[r.packSlot * 6 + slot] = c[r.packSlot * 6 + slot]! + 1
      if (finding !== undefined) (findings ??= []).push(finding)
    }
    const counts = countsOf(c, totalSlot)
    const countsByPack: Record<string, Counts> = {}
    for (let p = 0; p < planned.length; p++) {
      const from = p * 6
      if (c[from]! + c[from + 1]! + c[from + 2]! + c[from + 3]! + c[from + 4]! + c[from + 5]! > 0) {
        countsByPack[planned[p]!.pack.id] = countsOf(c, from)
      }
    }
    const verdict: Verdict = worst === 0 ? "major-hazard" : worst === 1 ? "general-hazard" : worst === 2 ? "advisory" : "no-violation"
    return {
      _tag: "evaluated",
      index,
      subject: {
        creditCode: enterprise.creditCode,
        name: enterprise.name,
        jurisdiction: enterprise.jurisdiction,
        sectors: enterprise.sectors
      },
      verdict,
      complete: counts.indeterminate === 0 && counts.error === 0,
      counts,
      countsByPack,
      findings: findings ?? [],
      ...(scoped.laxerThanNational.length > 0 ? { laxerThanNational: scoped.laxerThanNational } : {})
    } satisfies EvaluatedRecord
  }

  /** A record decoded for the rules that apply to it, or its rejection: bad input of any kind is rejected, never thrown. */
  const decodeForRules = (input: unknown, index: number, plan: Plan): DecodedRecord | RejectedRecord => {
    try {
      const enterprise = decodeRecord(input, index)
      if (isRejected(enterprise)) return enterprise
      const rules = select(enterprise, plan)
      const subjects = decodeFacts(enterprise, rules, index)
      if (isRejected(subjects)) return subjects
      return { enterprise, subjects, rules, index }
    } catch (e) {
      // the decoders report bad input as issues; this is the last guard: bad input is a rejected record, never a throw
      const why = describeThrown(e)
      return {
        _tag: "rejected",
        index,
        id: idOf(input),
        issues: [{ path: [], message: `record cannot be read (${why})`, messages: { "zh-CN": `记录无法读取（${why}）`, en: `record cannot be read (${why})` } }]
      }
    }
  }

  const evaluateRecord = (input: unknown, index: number, plan: Plan, include: Include = "problems"): RecordResult => {
    const d = decodeForRules(input, index, plan)
    return isRejected(d) ? d : evaluateSubjects(d.enterprise, d.subjects, d.rules, index, plan, include)
  }

  /**
   * A batch of records, as `evaluateRecord` on each in turn: first every record's quick answers, then the problems they
   * found explained rule by rule (each rule's code and data still in the caches from its previous explanation, where
   * explaining them in record order meets each rule cold), then each record's findings from those answers.
   */
  const evaluateRecords = (inputs: ReadonlyArray<unknown>, firstIndex: number, plan: Plan, include: Include = "problems"): Array<RecordResult> => {
    const n = inputs.length
    const results = new Array<RecordResult>(n)
    if (include === "all" || n < 2) {
      for (let k = 0; k < n; k++) results[k] = evaluateRecord(inputs[k], firstIndex + k, plan, include)
      return results
    }
    const decoded: Array<DecodedRecord> = [], at: Array<number> = []
    for (let k = 0; k < n; k++) {
      const d = decodeForRules(inputs[k], firstIndex + k, plan)
      if (isRejected(d)) results[k] = d
      else {
        decoded.push(d)
        at.push(k)
      }
    }
    const evaluated = evaluateDecoded(decoded, plan)
    for (let j = 0; j < evaluated.length; j++) results[at[j]!] = evaluated[j]!
    return results
  }

  /**
   * Decoded records, as `evaluateSubjects` on each in turn with `include: "problems"`: first every record's quick
   * answers, then the problems they found explained rule by rule (each rule's code and data still in the caches from
   * its previous explanation, where explaining them in record order meets each rule cold), then each record's findings
   * from those answers.
   */
  const evaluateDecoded = (decoded: ReadonlyArray<DecodedRecord>, plan: Plan): Array<EvaluatedRecord> => {
    const n = decoded.length
    const replays = new Array<Replay>(n)
    // the problems to explain, by planned rule: record and rule positions, in record order
    const problems = new Map<PlannedRule, Array<number>>()
    for (let k = 0; k < n; k++) {
      const { enterprise, subjects, rules } = decoded[k]!
      const replay: Replay = { quick: new Array(rules.length), kinds: new Array(rules.length), explained: NOTHING_EXPLAINED }
      replays[k] = replay
      const unitKinds = enterprise.unitKinds
      for (let i = 0; i < rules.length; i++) {
        const r = rules[i]!
        // decided by the unit kinds, as `evaluateSubjects` decides it: the rule is not asked
        if (r.unitKinds !== undefined && (unitKinds === undefined || !anyIn(unitKinds, r.unitKinds))) continue
        let o: unknown, kind: unknown
        try {
          o = r.rule.evaluate(subjects[r.packSlot]!, r.quickContext)
        } catch (e) {
          replay.quick[i] = new Thrown(e)
          continue
        }
        replay.quick[i] = o
        try {
          kind = (o as Outcome | undefined)?.kind
        } catch (e) {
          // an outcome whose kind cannot be read is an error finding: nothing to explain
          replay.kinds[i] = new Thrown(e)
          continue
        }
        replay.kinds[i] = kind
        if (kind === "compliant" || kind === "not-applicable") continue
        const at = problems.get(r)
        if (at === undefined) problems.set(r, [k, i])
        else at.push(k, i)
      }
    }
    for (const [r, at] of problems) {
      for (let j = 0; j < at.length; j += 2) {
        const k = at[j]!, i = at[j + 1]!
        const replay = replays[k]!
        const kind = replay.kinds[i]
        if (replay.explained === NOTHING_EXPLAINED) replay.explained = new Array(decoded[k]!.rules.length)
        try {
          replay.explained[i] = r.rule.evaluate(decoded[k]!.subjects[r.packSlot]!, explainingContext(r, kind))
        } catch (e) {
          replay.explained[i] = new Thrown(e)
        }
      }
    }
    const out = new Array<EvaluatedRecord>(n)
    for (let k = 0; k < n; k++) {
      const d = decoded[k]!
      out[k] = evaluateSubjects(d.enterprise, d.subjects, d.rules, d.index, plan, "problems", replays[k])
    }
    return out
  }

  const reportBuilder = (p: Plan, retainEnterprises: boolean, retainRejected?: number): ReportBuilder =>
    new ReportBuilder({ asOf: p.asOfIso, packs: packList, retainEnterprises, retainRejected })

  const evaluate = (input: unknown, options: EvaluateOptions): Report => {
    const p = plan(options.asOf)
    const builder = reportBuilder(p, true)
    let records: ReadonlyArray<unknown>
    try {
      // a copy: an array-like Proxy whose traps throw is then one record, rejected as unreadable
      records = Array.isArray(input) ? Array.from(input) : [input]
    } catch {
      records = [input]
    }
    // in batches: their problems are explained rule by rule (`evaluateRecords`)
    for (let i = 0; i < records.length; i += EVALUATION_BATCH) {
      for (const result of evaluateRecords(records.slice(i, i + EVALUATION_BATCH), i, p, options.include)) builder.add(result)
    }
    return builder.build()
  }

  async function* evaluateIterable(
    source: Iterable<unknown> | AsyncIterable<unknown>,
    options: EvaluateOptions
  ): AsyncGenerator<RecordResult, void, undefined> {
    const p = plan(options.asOf)
    let i = 0
    for await (const record of source) yield evaluateRecord(record, i++, p, options.include)
  }

  const summarize = async (
    source: Iterable<unknown> | AsyncIterable<unknown>,
    options: EvaluateOptions & { readonly retainEnterprises?: boolean }
  ): Promise<Report> => {
    const p = plan(options.asOf)
    const builder = reportBuilder(p, options.retainEnterprises ?? false)
    let i = 0
    for await (const record of source) builder.add(evaluateRecord(record, i++, p, options.include))
    return builder.build()
  }

  const engine: Engine = { registry, config, plan, evaluateRecord, evaluateRecords, evaluate, evaluateIterable, summarize, reportBuilder }
  stagesByEngine.set(engine, { decodeRecord, select, decodeFacts, evaluate: evaluateSubjects, evaluateDecoded })
  return engine
}

/**
 * The stages of {@link Engine.evaluateRecord}, one at a time, for benchmarks and profilers:
 * `evaluateRecord(input, i, plan, include)` is exactly `decodeRecord`, then `select`, then
 * `decodeFacts`, then `evaluate`, each stopping at a rejection. Not a stable API.
 *
 * @internal
 * @since 0.1.0
 */
export interface Stages {
  /** Decodes the enterprise profile (not yet the packs' fact sections). */
  readonly decodeRecord: (input: unknown, index: number) => Enterprise | RejectedRecord
  /** The planned rules that apply to the enterprise's sectors. */
  readonly select: (enterprise: Enterprise, plan: Plan) => ReadonlyArray<PlannedRule>
  /** Decodes the fact section of every pack with a selected rule: the subjects, by pack slot. */
  readonly decodeFacts: (
    enterprise: Enterprise,
    rules: ReadonlyArray<PlannedRule>,
    index: number
  ) => ReadonlyArray<Subject | undefined> | RejectedRecord
  /** Runs the selected rules over the subjects and builds the record's findings, counts and verdict. */
  readonly evaluate: (
    enterprise: Enterprise,
    subjects: ReadonlyArray<Subject | undefined>,
    rules: ReadonlyArray<PlannedRule>,
    index: number,
    plan: Plan,
    include?: Include
  ) => EvaluatedRecord
  /**
   * `evaluate` of several decoded records with `include: "problems"`, as `Engine.evaluateRecords` runs it: every
   * record's quick answers, then their problems explained rule by rule, then each record's findings. Since 0.2.0.
   */
  readonly evaluateDecoded: (records: ReadonlyArray<DecodedRecord>, plan: Plan) => Array<EvaluatedRecord>
}

const stagesByEngine = new WeakMap<Engine, Stages>()

/**
 * The stages of an engine made by {@link make} or {@link fromParts} (see {@link Stages}).
 *
 * @internal
 * @since 0.1.0
 */
export const stages = (engine: Engine): Stages => {
  const s = stagesByEngine.get(engine)
  if (s === undefined) throw new TypeError("not an engine made by Engine.make or Engine.fromParts")
  return s
}
