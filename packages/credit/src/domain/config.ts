/**
 * 信用配置 — the rules of the 黑名单 (失信名单) and of the credit classes, as configuration.
 *
 * What the fact base says, and no more:
 *
 * - 安全生产法 (2021) **第七十八条**: the departments keep a 违法行为信息库 (a record of violations),
 *   apply 联合惩戒 (joint punishment) and publish penalty decisions within 7 working days
 *   (`/work/shared/domain/regulations.md` §7). That is the only official text the default cites:
 *   it is the basis of an entry **by a department's decision** (`decision`). The fact base gives
 *   neither the criteria of a serious violation nor the measures of joint punishment: they are
 *   not encoded as law.
 * - The seeds name the practice: seed 003 (乌鲁木齐, 2010) 将发生死亡事故的企业列入“黑名单”,进行曝光,
 *   tied to 评优评先、项目审批、资金扶持; seed 002 (温州, 2016) 完善“黑名单”制度 … 将项目核准、用地审批、
 *   证券融资、银行贷款、评先奖励与企业安全标准化、诚信建设挂钩; seed 004 公布生产安全事故企业“黑名单”
 *   and ties 项目立项审批(核准)、采购招投标、保险费率、融资贷款 … to standardization. What an entry
 *   blocks, and the fatal-accident condition, come from them: **configuration**, each item
 *   carrying its `seed` basis and the seed's words.
 * - No source gives how long an entry lasts, when 信用修复 is allowed, the class boundaries or the
 *   weights of the record: the default's values are **examples** (`example` basis), to replace.
 *
 * The whole default is therefore `verified: false`. Every item says where it comes from.
 *
 * @since 0.2.0
 */
import { AccidentGrade } from "@anquan/core"
import { Schema } from "effect"
import { Basis } from "./basis.ts"

const Kebab = Schema.String.check(
  Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a kebab-case id, e.g. bank-loan" })
)
const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
const PositiveInt = Schema.Int.check(Schema.isGreaterThan(0))

/** 受限事项 — a matter an entry may block (项目核准, 银行贷款, …): an id and its name. @since 0.2.0 */
export const Purpose = Schema.Struct({
  id: Kebab,
  label: Schema.NonEmptyString,
  basis: Basis
}).annotate({ identifier: "Purpose", description: "受限事项 — id, label, basis" })
/** @since 0.2.0 */
export type Purpose = typeof Purpose.Type

/**
 * 列入条件 — what calls for an entry:
 *
 * - `accident`: an accident of the enterprise with at least `minDeaths` deaths and/or of at least
 *   `minGrade` (生产安全事故报告和调查处理条例 第三条 grades, computed from the accident);
 * - `penalties`: at least `atLeast` penalty decisions within `withinDays` days;
 * - `decision`: a department's decision (the record names it); nothing is derived.
 *
 * @since 0.2.0
 */
export const EntryTrigger = Schema.Union([
  Schema.TaggedStruct("accident", { minDeaths: Schema.optionalKey(NonNegativeInt), minGrade: Schema.optionalKey(AccidentGrade) }),
  Schema.TaggedStruct("penalties", { atLeast: PositiveInt, withinDays: PositiveInt }),
  Schema.TaggedStruct("decision", {})
]).annotate({ identifier: "EntryTrigger" })
/** @since 0.2.0 */
export type EntryTrigger = typeof EntryTrigger.Type

/**
 * 列入情形 — one way onto the list: its trigger, how long an entry lasts (`durationDays`; `null`:
 * until repaired or removed), what it blocks, whether it may be repaired, and the basis of each.
 *
 * @since 0.2.0
 */
export const EntryCondition = Schema.Struct({
  id: Kebab,
  label: Schema.NonEmptyString,
  when: EntryTrigger,
  basis: Basis,
  durationDays: Schema.NullOr(PositiveInt),
  durationBasis: Basis,
  /** The purposes (ids) an active entry blocks. */
  blocks: Schema.Array(Kebab),
  blocksBasis: Basis,
  repairable: Schema.Boolean
}).annotate({ identifier: "EntryCondition" })
/** @since 0.2.0 */
export type EntryCondition = typeof EntryCondition.Type

/** 修复材料 — one thing a 信用修复 must show (rectification done, penalty fulfilled, …). @since 0.2.0 */
export const EvidenceKind = Schema.Struct({ id: Kebab, label: Schema.NonEmptyString }).annotate({ identifier: "EvidenceKind" })
/** @since 0.2.0 */
export type EvidenceKind = typeof EvidenceKind.Type

/**
 * 信用修复条件 — a repair is allowed `minimumDaysListed` days after the entry took effect, with every
 * evidence kind of `requires` shown.
 *
 * @since 0.2.0
 */
export const RepairRules = Schema.Struct({
  minimumDaysListed: NonNegativeInt,
  requires: Schema.Array(EvidenceKind),
  basis: Basis
}).annotate({ identifier: "RepairRules" })
/** @since 0.2.0 */
export type RepairRules = typeof RepairRules.Type

/**
 * 信用等级 — one class, best first: its id, its name, and the lowest score it takes (`atLeast`; the
 * last class takes the rest and has none).
 *
 * @since 0.2.0
 */
export const CreditClass = Schema.Struct({
  id: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  atLeast: Schema.optionalKey(Schema.Number)
}).annotate({ identifier: "CreditClass" })
/** @since 0.2.0 */
export type CreditClass = typeof CreditClass.Type

/**
 * 封顶 — a fact that keeps an enterprise no better than a class, whatever its score: an accident of
 * at least a grade in the look-back window, a major hazard open on the day, or an active entry.
 *
 * @since 0.2.0
 */
export const ClassCap = Schema.Struct({
  when: Schema.Union([
    Schema.TaggedStruct("accident", { minGrade: AccidentGrade }),
    Schema.TaggedStruct("open-major-hazard", {}),
    Schema.TaggedStruct("listed", {})
  ]),
  noBetterThan: Schema.NonEmptyString,
  basis: Basis
}).annotate({ identifier: "ClassCap" })
/** @since 0.2.0 */
export type ClassCap = typeof ClassCap.Type

/**
 * 评分 — the points each fact of the record adds (negative: deducts) to `base`, over the look-back
 * window of `lookbackDays` days before the as-of day.
 *
 * @since 0.2.0
 */
export const Scoring = Schema.Struct({
  base: Schema.Number,
  lookbackDays: PositiveInt,
  /** Per accident in the window, by grade. */
  accident: Schema.Struct({
    "especially-serious": Schema.Number,
    serious: Schema.Number,
    "relatively-serious": Schema.Number,
    general: Schema.Number
  }),
  /** Per major hazard (重大事故隐患): still open on the day, or closed but found in the window. */
  majorHazard: Schema.Struct({ open: Schema.Number, closed: Schema.Number }),
  /** Per penalty decision in the window. */
  penalty: Schema.Number,
  /** The standardization grade valid on the day (1, 2, 3), or none. */
  standardization: Schema.Struct({ "1": Schema.Number, "2": Schema.Number, "3": Schema.Number, none: Schema.Number }),
  basis: Basis
}).annotate({ identifier: "Scoring" })
/** @since 0.2.0 */
export type Scoring = typeof Scoring.Type

/**
 * 信用等级评估率目标 — the share of enterprises in scope (规模以上) with a rating in force, and the
 * days a rating stays in force.
 *
 * @since 0.2.0
 */
export const RatingTarget = Schema.Struct({
  targetPercent: Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 100 })),
  targetBasis: Basis,
  validityDays: PositiveInt,
  validityBasis: Basis
}).annotate({ identifier: "RatingTarget" })
/** @since 0.2.0 */
export type RatingTarget = typeof RatingTarget.Type

/**
 * 信用配置 — the whole configuration.
 *
 * @since 0.2.0
 */
export const CreditConfig = Schema.Struct({
  /** Where the values come from, in one line. */
  source: Schema.String,
  /** Whether every value was checked against an official text. */
  verified: Schema.Boolean,
  purposes: Schema.Array(Purpose),
  conditions: Schema.Array(EntryCondition),
  repair: RepairRules,
  classes: Schema.Array(CreditClass),
  classesBasis: Basis,
  scoring: Scoring,
  caps: Schema.Array(ClassCap),
  rating: RatingTarget
}).check(Schema.makeFilter((c) => {
  const issues: Array<Schema.FilterIssue> = []
  const unique = (ids: ReadonlyArray<string>, at: string) => {
    const seen = new Set<string>()
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: [at, i, "id"], issue: `the id ${id} is listed twice` })
      seen.add(id)
    })
    return seen
  }
  const purposes = unique(c.purposes.map((p) => p.id), "purposes")
  unique(c.conditions.map((p) => p.id), "conditions")
  unique(c.repair.requires.map((p) => p.id), "repair")
  const classes = unique(c.classes.map((p) => p.id), "classes")
  c.conditions.forEach((cond, i) =>
    cond.blocks.forEach((b, j) => {
      if (!purposes.has(b)) issues.push({ path: ["conditions", i, "blocks", j], issue: `${b} is not one of the purposes (${[...purposes].join(", ")})` })
    })
  )
  if (c.classes.length === 0) issues.push({ path: ["classes"], issue: "Expected at least one class" })
  c.classes.forEach((k, i) => {
    const last = i === c.classes.length - 1
    if (last && k.atLeast !== undefined) issues.push({ path: ["classes", i, "atLeast"], issue: "the last class takes the rest: no atLeast" })
    if (!last && k.atLeast === undefined) issues.push({ path: ["classes", i, "atLeast"], issue: `class ${k.id} needs atLeast (only the last class has none)` })
    const previous = i === 0 ? undefined : c.classes[i - 1]!.atLeast
    if (k.atLeast !== undefined && previous !== undefined && !(k.atLeast < previous)) {
      issues.push({ path: ["classes", i, "atLeast"], issue: `boundaries must decrease from the best class; ${k.atLeast} is not below ${previous}` })
    }
  })
  c.caps.forEach((cap, i) => {
    if (!classes.has(cap.noBetterThan)) issues.push({ path: ["caps", i, "noBetterThan"], issue: `${cap.noBetterThan} is not one of the classes (${[...classes].join(", ")})` })
  })
  return issues.length === 0 ? undefined : issues
})).annotate({ identifier: "CreditConfig" })
/** @since 0.2.0 */
export type CreditConfig = typeof CreditConfig.Type
/** The wire form of a configuration. @since 0.2.0 */
export type CreditConfigInput = typeof CreditConfig.Encoded

const seed002Blacklist = "完善“黑名单”制度,以信息共享促安全共治,将项目核准、用地审批、证券融资、银行贷款、评先奖励与企业安全标准化、诚信建设挂钩"
const seed003Blacklist = "将发生死亡事故的企业列入“黑名单”,进行曝光。建立与规范安全生产奖惩制度,真正将安全生产工作与企业评优评先、项目审批、资金扶持进行直接挂钩"

/**
 * The default configuration — **examples, `verified: false`**:
 *
 * | item | value | basis |
 * |---|---|---|
 * | purposes | 项目核准, 用地审批, 证券融资, 银行贷款, 评先奖励 (seed 002); 资金扶持 (seed 003) | seeds |
 * | condition `fatal-accident` | an accident with ≥ 1 death | seed 003 |
 * | condition `serious-violation` | a department's decision on the 违法行为信息库 | 安全生产法 第七十八条 |
 * | duration | 365 days (both) | example |
 * | repair | 180 days listed; 整改完成, 处罚履行完毕, 信用承诺 shown | example |
 * | classes | A 巩固, B 提高, C 整治, D 淘汰 | seed 003 (巩固a类、提高b类、整治c类、淘汰d类) |
 * | boundaries | A ≥ 90, B ≥ 75, C ≥ 60, D the rest | example |
 * | scoring | base 100 over 3 years: accidents −15/−40/−60/−80 by grade, open major hazard −20, closed −5, penalty −5, standardization +10/+5/0, none −5 | example |
 * | caps | an accident 较大 or worse → D; an active entry → C at best | example |
 * | rating target | ≥ 90 % of 规模以上 enterprises rated | seed 002 |
 * | rating validity | 365 days | example |
 *
 * @since 0.2.0
 */
export const defaultCreditConfig: CreditConfig = {
  source:
    "安全生产法(2021) 第七十八条 for the 违法行为信息库 and 联合惩戒; seeds 002/003/004 for the practice (what an entry blocks, the fatal-accident entry, the A–D classes, the 90 % rating target); durations, repair conditions, boundaries and weights are @anquan/credit examples — replace them with the jurisdiction's own",
  verified: false,
  purposes: [
    { id: "project-approval", label: "项目核准", basis: { _tag: "seed", seed: "002", quote: "项目核准" } },
    { id: "land-approval", label: "用地审批", basis: { _tag: "seed", seed: "002", quote: "用地审批" } },
    { id: "securities-financing", label: "证券融资", basis: { _tag: "seed", seed: "002", quote: "证券融资" } },
    { id: "loan", label: "银行贷款", basis: { _tag: "seed", seed: "002", quote: "银行贷款" } },
    { id: "award", label: "评先奖励", basis: { _tag: "seed", seed: "002", quote: "评先奖励" } },
    { id: "funding-support", label: "资金扶持", basis: { _tag: "seed", seed: "003", quote: "资金扶持" } }
  ],
  conditions: [
    {
      id: "fatal-accident",
      label: "发生死亡事故",
      when: { _tag: "accident", minDeaths: 1 },
      basis: { _tag: "seed", seed: "003", quote: "将发生死亡事故的企业列入“黑名单”,进行曝光" },
      durationDays: 365,
      durationBasis: { _tag: "example", note: "no seed or official text in the fact base gives how long an entry lasts" },
      blocks: ["project-approval", "land-approval", "securities-financing", "loan", "award", "funding-support"],
      blocksBasis: { _tag: "seed", seed: "002", quote: seed002Blacklist, note: `and seed 003: ${seed003Blacklist}` },
      repairable: true
    },
    {
      id: "serious-violation",
      label: "安全生产违法行为情节严重（部门决定）",
      when: { _tag: "decision" },
      basis: {
        _tag: "official",
        citation: { document: "work-safety-law-2021", article: 78, verified: true },
        note: "违法行为信息库 and 联合惩戒; the criteria of a serious violation and the measures of joint punishment are not in the fact base: the department decides and records its basis"
      },
      durationDays: 365,
      durationBasis: { _tag: "example", note: "no seed or official text in the fact base gives how long an entry lasts" },
      blocks: ["project-approval", "land-approval", "securities-financing", "loan", "award", "funding-support"],
      blocksBasis: { _tag: "seed", seed: "002", quote: seed002Blacklist, note: `and seed 003: ${seed003Blacklist}` },
      repairable: true
    }
  ],
  repair: {
    minimumDaysListed: 180,
    requires: [
      { id: "rectified", label: "整改完成" },
      { id: "penalty-fulfilled", label: "行政处罚履行完毕" },
      { id: "credit-commitment", label: "信用承诺" }
    ],
    basis: { _tag: "example", note: "no seed or official text in the fact base gives the conditions of 信用修复" }
  },
  classes: [
    { id: "A", label: "巩固", atLeast: 90 },
    { id: "B", label: "提高", atLeast: 75 },
    { id: "C", label: "整治", atLeast: 60 },
    { id: "D", label: "淘汰" }
  ],
  classesBasis: {
    _tag: "seed",
    seed: "003",
    quote: "完善和落实企业安全生产评估分类标准,按照“巩固a类、提高b类、整治c类、淘汰d类”的原则",
    note: "the classes and their names; the boundaries (90/75/60) are examples"
  },
  scoring: {
    base: 100,
    lookbackDays: 1095,
    accident: { "especially-serious": -80, serious: -60, "relatively-serious": -40, general: -15 },
    majorHazard: { open: -20, closed: -5 },
    penalty: -5,
    standardization: { "1": 10, "2": 5, "3": 0, none: -5 },
    basis: { _tag: "example", note: "seed 003 asks for an 评估分类标准 but gives none; these weights are examples" }
  },
  caps: [
    {
      when: { _tag: "accident", minGrade: "relatively-serious" },
      noBetterThan: "D",
      basis: { _tag: "example", note: "a 较大 or worse accident in the window keeps the enterprise in D" }
    },
    { when: { _tag: "listed" }, noBetterThan: "C", basis: { _tag: "example", note: "an enterprise on the list is C at best" } }
  ],
  rating: {
    targetPercent: 90,
    targetBasis: { _tag: "seed", seed: "002", quote: "规模以上企业安全生产信用等级评估率达到90%以上" },
    validityDays: 365,
    validityBasis: { _tag: "example", note: "no source gives how long a rating stays in force" }
  }
}
