/**
 * 事故隐患 — hazards and their closed-loop life cycle (隐患排查治理).
 *
 * A hazard is a condition that breaks a law, standard or rule, or could cause an accident.
 * 一般事故隐患 (`general`) can be fixed promptly by the unit (随查随治); 重大事故隐患 (`major`) needs
 * time, money or a stop of work, and must have the 五落实 in place, often under 挂牌督办. The
 * life cycle: reported → assessed → rectification-planned → rectifying → awaiting-verification →
 * closed (销号), and reopened after a failed re-check (回头看).
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Schema } from "effect"
import { CalendarDate } from "../calendar/CalendarDate.ts"
import { ClauseNumber, ItemLetter } from "../citation/Citation.ts"
import { UnifiedSocialCreditCode } from "../enterprise/CreditCode.ts"
import { CampaignId, HazardId, InstallationId, SiteId } from "../ids/Ids.ts"
import { PersonRef } from "../ids/PersonRef.ts"
import { JurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
import { NonNegativeYuan } from "../money/Money.ts"
import { Sector } from "../sector/Sector.ts"

const PositiveInt = Schema.Int.check(Schema.isGreaterThan(0))

const namedLiterals = <const L extends ReadonlyArray<string>>(
  values: L,
  identifier: string,
  what: string,
  description: string
) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

/**
 * 隐患等级 — `general` 一般事故隐患, `major` 重大事故隐患.
 *
 * @since 0.1.0
 */
export const HazardLevel = namedLiterals(
  ["general", "major"],
  "HazardLevel",
  "a hazard level (隐患等级)",
  "隐患等级 — general 一般 | major 重大"
)
/** @since 0.1.0 */
export type HazardLevel = typeof HazardLevel.Type

/**
 * The life-cycle states, in their usual order.
 *
 * @since 0.1.0
 */
export const HazardStates = [
  "reported",
  "assessed",
  "rectification-planned",
  "rectifying",
  "awaiting-verification",
  "closed",
  "reopened"
] as const

/**
 * 隐患状态 — `reported` 已上报, `assessed` 已评估(定级), `rectification-planned` 已制定整改方案,
 * `rectifying` 整改中, `awaiting-verification` 待验收, `closed` 已销号, `reopened` 重新打开.
 *
 * @since 0.1.0
 */
export const HazardState = namedLiterals(HazardStates, "HazardState", "a hazard state (隐患状态)", "隐患状态 — hazard state")
/** @since 0.1.0 */
export type HazardState = typeof HazardState.Type

/**
 * 隐患来源 — `self-inspection` 自查, `government-inspection` 检查/执法, `expert-check` 专家查隐患,
 * `public-report` 举报, `campaign` 专项行动, `rule-finding` found by a rule of a rule pack.
 *
 * @since 0.1.0
 */
export const HazardSourceKind = namedLiterals(
  ["self-inspection", "government-inspection", "expert-check", "public-report", "campaign", "rule-finding"],
  "HazardSourceKind",
  "a hazard source (隐患来源)",
  "隐患来源 — hazard source"
)
/** @since 0.1.0 */
export type HazardSourceKind = typeof HazardSourceKind.Type

/**
 * 依据 — the provision a hazard breaks, in the shape of the rule packs' citations:
 * `{ document, article?, item?, subitem?, clause?, letter?, verified }` (第五条(四)3 = article 5, item 4,
 * subitem 3; a standard's 4.2 c) = clause "4.2", letter "c").
 *
 * @since 0.1.0
 */
export const HazardCitation = Schema.Struct({
  document: Schema.NonEmptyString,
  article: Schema.optionalKey(PositiveInt),
  item: Schema.optionalKey(PositiveInt),
  subitem: Schema.optionalKey(PositiveInt),
  /** A standard's clause, `"4.2"` (since 0.2.0). */
  clause: Schema.optionalKey(ClauseNumber),
  /** The lettered item of the clause, `"a"` (since 0.2.0). */
  letter: Schema.optionalKey(ItemLetter),
  verified: Schema.Boolean
}).annotate({ identifier: "HazardCitation", description: "依据 — { document, article?, item?, subitem?, clause?, letter?, verified }" })
/** @since 0.1.0 */
export type HazardCitation = typeof HazardCitation.Type

/**
 * 举报人 — the person who reported a hazard. **Confidential** (举报人信息严格保密): never show it
 * outside the handling office; redact it before any export.
 *
 * @since 0.1.0
 */
export const HazardReporter = Schema.Struct({
  anonymous: Schema.Boolean,
  name: Schema.optionalKey(Schema.String),
  contact: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "HazardReporter", description: "举报人 — confidential whistle-blower identity" })
/** @since 0.1.0 */
export type HazardReporter = typeof HazardReporter.Type

/**
 * 隐患来源 — how the hazard was found: the kind, and where relevant the rule and citation
 * (`rule-finding`), the campaign (`campaign`) or the reporter (`public-report`).
 *
 * @since 0.1.0
 */
export const HazardSource = Schema.Struct({
  kind: HazardSourceKind,
  ruleId: Schema.optionalKey(Schema.NonEmptyString),
  citation: Schema.optionalKey(HazardCitation),
  campaignId: Schema.optionalKey(CampaignId),
  reporter: Schema.optionalKey(HazardReporter)
}).annotate({ identifier: "HazardSource", description: "隐患来源 — how the hazard was found" })
/** @since 0.1.0 */
export type HazardSource = typeof HazardSource.Type

/**
 * 五落实 (五到位) — what a major hazard must have before its rectification counts as planned:
 * 整改措施 measures, 整改资金 funds, 整改时限 deadline, 责任人 responsible person, 应急预案 emergency plan.
 *
 * @since 0.1.0
 */
export const FiveInPlace = Schema.Struct({
  measures: Schema.NonEmptyString,
  funds: NonNegativeYuan,
  deadline: CalendarDate,
  responsiblePerson: PersonRef,
  emergencyPlan: Schema.NonEmptyString
}).annotate({ identifier: "FiveInPlace", description: "五落实 — measures, funds (元), deadline, responsible person, emergency plan" })
/** @since 0.1.0 */
export type FiveInPlace = typeof FiveInPlace.Type

/**
 * 挂牌督办 — listed supervision of a major hazard by a government level (市 / 区县 / 乡镇), which
 * must also accept its closure. `by` is the supervising jurisdiction.
 *
 * @since 0.1.0
 */
export const ListedSupervision = Schema.Struct({
  level: Schema.Literals(["city", "county", "township"]),
  by: Schema.optionalKey(JurisdictionCode),
  listedOn: Schema.optionalKey(CalendarDate)
}).annotate({ identifier: "ListedSupervision", description: "挂牌督办 — listed supervision by city / county / township" })
/** @since 0.1.0 */
export type ListedSupervision = typeof ListedSupervision.Type

/**
 * 事故隐患 — one hazard in the ledger (台账). `subject` is the enterprise's credit code;
 * `evidence` lists references (URIs) to photos, reports and records; `fiveInPlace` and
 * `listedSupervision` apply to major hazards.
 *
 * @since 0.1.0
 */
export const Hazard = Schema.Struct({
  id: HazardId,
  subject: UnifiedSocialCreditCode,
  site: Schema.optionalKey(SiteId),
  installation: Schema.optionalKey(InstallationId),
  jurisdiction: JurisdictionCode,
  sector: Sector,
  level: HazardLevel,
  description: Schema.NonEmptyString,
  source: HazardSource,
  discoveredOn: CalendarDate,
  discoveredBy: Schema.optionalKey(PersonRef),
  /** 整改期限. */
  deadline: Schema.optionalKey(CalendarDate),
  responsiblePerson: Schema.optionalKey(PersonRef),
  state: HazardState,
  fiveInPlace: Schema.optionalKey(FiveInPlace),
  listedSupervision: Schema.optionalKey(ListedSupervision),
  /** 销号日期. */
  closedOn: Schema.optionalKey(CalendarDate),
  evidence: Schema.Array(Schema.String)
}).annotate({ description: "事故隐患 — a hazard in the ledger" }).check(Schema.makeFilter((h) => {
  const issues: Array<Schema.FilterIssue> = []
  if (h.deadline !== undefined && h.deadline.getTime() < h.discoveredOn.getTime()) {
    issues.push({ path: ["deadline"], issue: localizedIssue("the rectification deadline cannot precede the discovery date", "整改期限不能早于发现日期") })
  }
  if (h.closedOn !== undefined && h.closedOn.getTime() < h.discoveredOn.getTime()) {
    issues.push({ path: ["closedOn"], issue: localizedIssue("a hazard cannot be closed before it was discovered", "隐患不能在发现之前销号") })
  }
  return issues
})).annotate({ identifier: "Hazard" })
/** @since 0.1.0 */
export type Hazard = typeof Hazard.Type

/**
 * Whether the hazard is open (not `closed`).
 *
 * @since 0.1.0
 */
export const isOpenHazard = (hazard: Pick<Hazard, "state">): boolean => hazard.state !== "closed"

/**
 * 逾期 — whether the hazard is overdue on `asOf`: it has a deadline, `asOf` is after it and the
 * hazard is not closed. A hazard without a deadline is never overdue by this test.
 *
 * @since 0.1.0
 */
export const isHazardOverdue = (hazard: Pick<Hazard, "state" | "deadline">, asOf: Date): boolean =>
  hazard.state !== "closed" && hazard.deadline !== undefined && asOf.getTime() > hazard.deadline.getTime()

/**
 * Whether a major hazard lacks its 五落实 record (general hazards never need one). The schema
 * makes each of the five items required, so a present record is complete.
 *
 * @since 0.1.0
 */
export const lacksFiveInPlace = (hazard: Pick<Hazard, "level" | "fiveInPlace">): boolean =>
  hazard.level === "major" && hazard.fiveInPlace === undefined
