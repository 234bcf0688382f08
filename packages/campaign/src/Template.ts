/**
 * 方案模板 — campaign templates: a real plan as data, with its dates as the plan states them.
 *
 * Many plans mask or omit the year (`*年*月*日`, `5月底以前`, `6月初`). A template never fills a
 * gap with an invented date: each date is one of
 * - an explicit day, `"2022-04-20"`;
 * - a month and day in the instantiation year, `{ "month": 6, "day": 25 }` (`"day": "last"` for
 *   the month's last day, `yearOffset` for multi-year plans): the template then declares a `year`
 *   parameter;
 * - a named parameter, `{ "param": "start" }`, declared with the plan's own words as a `hint`
 *   (e.g. `6月初`): the instantiation must supply it.
 *
 * `dateSource` says which of these the plan forced and why. The jurisdictions are always supplied
 * at instantiation (no seed gives a 行政区划代码). `instantiate(template, { jurisdictions, year,
 * dates })` resolves every date and decodes the result as a `CampaignSpec`, so a parameter that
 * puts a phase outside the window fails with the schema's message.
 *
 * @since 0.1.0
 */
import { CalendarDate, CampaignIssuer, CampaignPhaseKind, decodeIssues, localizedIssue } from "@anquan/core"
import { Data, Effect, Result, Schema } from "effect"
import {
  CampaignSpec,
  campaignProblems,
  ChecklistItemSpec,
  isPeriodicReporting,
  LeadingGroupSpec,
  PeriodicReportingSpec,
  ScopeTemplate,
  TargetSpec
} from "./Spec.ts"

const Text = Schema.NonEmptyString
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u

/**
 * 日期 (explicit) — a `YYYY-MM-DD` day, kept as a string in the template.
 *
 * @since 0.1.0
 */
export const ExplicitDate = Schema.String.check(
  Schema.makeFilter((s: string) => ISO_DAY.test(s) && CalendarDate.parse(s) !== undefined, {
    message: "Expected a calendar date YYYY-MM-DD",
    messageZh: "应为日期 YYYY-MM-DD"
  })
).annotate({ identifier: "ExplicitDate" })

/**
 * 月日 — a month and day in the instantiation year (+ `yearOffset`); `day: "last"` is the month's
 * last day.
 *
 * @since 0.1.0
 */
export const MonthDayDate = Schema.Struct({
  month: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 })),
  day: Schema.Union([Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 31 })), Schema.Literal("last")]),
  yearOffset: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: -5, maximum: 5 })))
}).annotate({ identifier: "MonthDayDate" })
/** @since 0.1.0 */
export type MonthDayDate = typeof MonthDayDate.Type

/**
 * 参数日期 — a date the instantiation supplies, by parameter name.
 *
 * @since 0.1.0
 */
export const ParamDate = Schema.Struct({ param: Text }).annotate({ identifier: "ParamDate" })
/** @since 0.1.0 */
export type ParamDate = typeof ParamDate.Type

/**
 * A template date: explicit, month-day in the parameter year, or a named parameter.
 *
 * @since 0.1.0
 */
export const TemplateDate = Schema.Union([ExplicitDate, MonthDayDate, ParamDate]).annotate({ identifier: "TemplateDate" })
/** @since 0.1.0 */
export type TemplateDate = typeof TemplateDate.Type

/**
 * A window of template dates (`to` absent = open-ended).
 *
 * @since 0.1.0
 */
export const TemplateWindow = Schema.Struct({
  from: TemplateDate,
  to: Schema.optionalKey(TemplateDate)
}).annotate({ identifier: "TemplateWindow" })
/** @since 0.1.0 */
export type TemplateWindow = typeof TemplateWindow.Type

/**
 * 参数 — a parameter of the template: the `year` (kind `year`) or a date (kind `date`), with what
 * it is and the plan's own words (`hint`).
 *
 * @since 0.1.0
 */
export const TemplateParameter = Schema.Struct({
  name: Text,
  kind: Schema.Literals(["year", "date"]),
  description: Text,
  hint: Schema.optionalKey(Text)
}).annotate({ identifier: "TemplateParameter" })
/** @since 0.1.0 */
export type TemplateParameter = typeof TemplateParameter.Type

/**
 * 日期来源 — how the plan gives its dates: `explicit` (every date stated), `year-parameter` (months
 * and days stated, the year not), `masked` (dates masked as `*年*月*日` or vague); `note` says what
 * exactly and cites the plan.
 *
 * @since 0.1.0
 */
export const DateSource = Schema.Struct({
  kind: Schema.Literals(["explicit", "year-parameter", "masked"]),
  note: Text
}).annotate({ identifier: "DateSource" })
/** @since 0.1.0 */
export type DateSource = typeof DateSource.Type

/**
 * 原文 — the plan a template was built from: its title, issuer, number and date as printed.
 *
 * @since 0.1.0
 */
export const TemplateSource = Schema.Struct({
  document: Text,
  issuer: Schema.optionalKey(Text),
  documentNumber: Schema.optionalKey(Text),
  issuedOn: Schema.optionalKey(Text),
  basis: Schema.optionalKey(Schema.Array(Text)),
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "TemplateSource" })
/** @since 0.1.0 */
export type TemplateSource = typeof TemplateSource.Type

/**
 * 阶段 (template) — a phase whose window is made of template dates.
 *
 * @since 0.1.0
 */
export const PhaseTemplate = Schema.Struct({
  id: Schema.optionalKey(Text),
  name: Text,
  kind: Schema.optionalKey(CampaignPhaseKind),
  window: TemplateWindow,
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "PhaseTemplate" })
/** @since 0.1.0 */
export type PhaseTemplate = typeof PhaseTemplate.Type

/**
 * 一次性报送 (template) — `final` or `once`, due on a template date.
 *
 * @since 0.1.0
 */
export const OneOffReportingTemplate = Schema.Struct({
  kind: Schema.Literals(["final", "once"]),
  id: Schema.optionalKey(Text),
  name: Schema.optionalKey(Text),
  due: TemplateDate,
  recipient: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "OneOffReportingTemplate" })
/** @since 0.1.0 */
export type OneOffReportingTemplate = typeof OneOffReportingTemplate.Type

const TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

/**
 * 方案模板 — a campaign template (see the module doc). Decoding checks the campaign's own rules
 * (unique item ids, known tags) and that every parameter a date uses is declared with the right
 * kind, that month-day dates have a `year` parameter, and that every declared parameter is used.
 *
 * @since 0.1.0
 */
export const CampaignTemplate = Schema.Struct({
  templateId: Text.check(Schema.isPattern(TEMPLATE_ID, { message: "a template id is kebab-case: a-z, 0-9 and -", messageZh: "模板编号应为小写字母、数字和连字符（kebab-case）" })),
  name: Text,
  summary: Text,
  source: TemplateSource,
  dateSource: DateSource,
  parameters: Schema.Array(TemplateParameter),
  issuer: CampaignIssuer,
  documentNumber: Schema.optionalKey(Text),
  issuedOn: Schema.optionalKey(TemplateDate),
  basis: Schema.optionalKey(Schema.Array(Text)),
  window: Schema.optionalKey(TemplateWindow),
  leadingGroup: LeadingGroupSpec,
  scope: ScopeTemplate,
  checklist: Schema.Array(ChecklistItemSpec),
  phases: Schema.Array(PhaseTemplate),
  targets: Schema.Array(TargetSpec),
  reporting: Schema.Array(Schema.Union([PeriodicReportingSpec, OneOffReportingTemplate])),
  notes: Schema.optionalKey(Schema.Array(Text))
}).annotate({ description: "方案模板 — a campaign template" }).check(Schema.makeFilter((t) => {
  const issues: Array<Schema.FilterIssue> = campaignProblems({
    scope: t.scope,
    checklist: t.checklist,
    phases: [],
    targets: t.targets,
    reporting: t.reporting
  })
  const declared = new Map(t.parameters.map((p) => [p.name, p.kind] as const))
  const used = new Set<string>()
  const names = new Set<string>()
  t.parameters.forEach((p, i) => {
    if (names.has(p.name)) issues.push({ path: ["parameters", i, "name"], issue: localizedIssue(`duplicate parameter ${p.name}`, `参数重复：${p.name}`) })
    names.add(p.name)
    if (p.kind === "year" && p.name !== "year") issues.push({ path: ["parameters", i, "name"], issue: localizedIssue("the year parameter is named year", "年份参数应命名为 year") })
  })
  const visit = (d: TemplateDate | undefined, path: ReadonlyArray<PropertyKey>) => {
    if (d === undefined || typeof d === "string") return
    if ("param" in d) {
      used.add(d.param)
      const kind = declared.get(d.param)
      if (kind === undefined) issues.push({ path, issue: localizedIssue(`date parameter ${d.param} is not declared`, `日期参数 ${d.param} 未声明`) })
      else if (kind !== "date") issues.push({ path, issue: localizedIssue(`parameter ${d.param} is a ${kind}, not a date`, `参数 ${d.param} 的类型为 ${kind}，不是日期`) })
    } else {
      used.add("year")
      if (declared.get("year") !== "year") issues.push({ path, issue: localizedIssue("a month-day date needs a declared year parameter", "月日形式的日期需要已声明的 year 参数") })
    }
  }
  visit(t.issuedOn, ["issuedOn"])
  visit(t.window?.from, ["window", "from"])
  visit(t.window?.to, ["window", "to"])
  t.phases.forEach((p, i) => {
    visit(p.window.from, ["phases", i, "window", "from"])
    visit(p.window.to, ["phases", i, "window", "to"])
  })
  t.reporting.forEach((r, i) => {
    if (r.kind === "final" || r.kind === "once") visit(r.due, ["reporting", i, "due"])
  })
  t.parameters.forEach((p, i) => {
    if (!used.has(p.name)) issues.push({ path: ["parameters", i, "name"], issue: localizedIssue(`parameter ${p.name} is declared but never used`, `参数 ${p.name} 已声明但未使用`) })
  })
  return issues
})).annotate({ identifier: "CampaignTemplate" })
/** @since 0.1.0 */
export type CampaignTemplate = typeof CampaignTemplate.Type

/**
 * 模板无效 — input that does not decode as a `CampaignTemplate`; `issues` lists every problem
 * with its path.
 *
 * @since 0.1.0
 */
export class TemplateDecodeError extends Data.TaggedError("TemplateDecodeError")<{
  readonly source: string
  readonly issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>
  readonly message: string
}> {}

/**
 * 实例化失败 — the parameters do not fit the template (missing or unknown parameter, a day that
 * does not exist, a phase that falls outside the window …); `problems` lists each one.
 *
 * @since 0.1.0
 */
export class InstantiationError extends Data.TaggedError("InstantiationError")<{
  readonly templateId: string
  readonly problems: ReadonlyArray<string>
  readonly message: string
}> {}


/**
 * Decodes untrusted input (e.g. a template file's JSON) as a `CampaignTemplate`, or returns every
 * problem with its path. `source` names the input in the message (a file name).
 *
 * @since 0.1.0
 */
export const decodeTemplate = (input: unknown, source = "template"): Result.Result<CampaignTemplate, TemplateDecodeError> => {
  const r = Schema.decodeUnknownResult(CampaignTemplate, { errors: "all" })(input)
  if (Result.isSuccess(r)) return Result.succeed(r.success)
  const issues = decodeIssues(r.failure)
  return Result.fail(new TemplateDecodeError({
    source,
    issues,
    message: `invalid campaign template (${source}):\n${issues.map((i) => `- ${i.message} at ${JSON.stringify(i.path)}`).join("\n")}`
  }))
}

/**
 * Parameters of `instantiate`.
 *
 * @since 0.1.0
 */
export interface InstantiateParams {
  /** Campaign id; default `<templateId>` or `<templateId>-<year>`. */
  readonly id?: string | undefined
  /** 行政区划代码 of the jurisdictions in scope (at least one). */
  readonly jurisdictions: ReadonlyArray<string>
  /** Required when the template declares a `year` parameter; refused otherwise. */
  readonly year?: number | undefined
  /** Values of the template's date parameters (`Date` or `YYYY-MM-DD`). */
  readonly dates?: Readonly<Record<string, Date | string>> | undefined
  /** Default: the template's issuer (the body that issued the original plan). */
  readonly issuer?: { readonly name: string; readonly jurisdiction?: string | undefined } | undefined
  readonly name?: string | undefined
  readonly documentNumber?: string | undefined
  /** The deployment's own leading group (wire form of `LeadingGroupSpec`); default: the template's posts. */
  readonly leadingGroup?: typeof LeadingGroupSpec.Encoded | undefined
  /**
   * Due days for periodic reports whose plan states none, e.g. `{ monthly: { dueDay: 5, dueMonthOffset: 1 } }`
   * from a local rule. A due day the template states is never overridden.
   */
  readonly reportingDueDays?: {
    readonly monthly?: { readonly dueDay: number; readonly dueMonthOffset?: number | undefined } | undefined
    readonly quarterly?: { readonly dueDay: number; readonly dueMonthOffset?: number | undefined } | undefined
  } | undefined
}

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * Resolves a template's dates and builds the campaign, decoded as a `CampaignSpec`. Throws an
 * `InstantiationError` listing every problem.
 *
 * @example
 * ```ts
 * import { getTemplate, instantiate } from "@anquan/campaign"
 * const c = instantiate(getTemplate("fifteen-hard-measures-2022"), { jurisdictions: ["500000"] })
 * c.phases.map((p) => p.name) // ["自纠自查", "整改落实"]
 * ```
 * @since 0.1.0
 */
export const instantiate = (template: CampaignTemplate, params: InstantiateParams): CampaignSpec => {
  const r = instantiateResult(template, params)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * `instantiate` returning a `Result` instead of throwing.
 *
 * @since 0.1.0
 */
export const instantiateResult = (
  template: CampaignTemplate,
  params: InstantiateParams
): Result.Result<CampaignSpec, InstantiationError> => {
  const problems: Array<string> = []
  const wantsYear = template.parameters.some((p) => p.kind === "year")
  const dateParams = template.parameters.filter((p) => p.kind === "date")
  if (params.jurisdictions.length === 0) problems.push("jurisdictions: a campaign covers at least one jurisdiction (行政区划代码)")
  if (wantsYear && params.year === undefined) {
    problems.push(`year: template ${template.templateId} needs the year (${template.parameters.find((p) => p.kind === "year")!.description})`)
  }
  if (!wantsYear && params.year !== undefined) {
    problems.push(`year: template ${template.templateId} states its dates (${template.dateSource.kind}); it takes no year`)
  }
  if (params.year !== undefined && (!Number.isInteger(params.year) || params.year < 1949 || params.year > 9999)) {
    problems.push(`year: expected a whole year from 1949, got ${params.year}`)
  }
  const dates = new Map<string, string>()
  for (const p of dateParams) {
    const v = params.dates?.[p.name]
    if (v === undefined) {
      problems.push(`dates.${p.name}: missing (${p.description}${p.hint === undefined ? "" : `; the plan says ${p.hint}`})`)
      continue
    }
    const day = v instanceof Date ? CalendarDate.format(v) : v
    if (CalendarDate.parse(day) === undefined) problems.push(`dates.${p.name}: not a calendar date YYYY-MM-DD: ${JSON.stringify(v)}`)
    else dates.set(p.name, day)
  }
  for (const k of Object.keys(params.dates ?? {})) {
    if (!dateParams.some((p) => p.name === k)) problems.push(`dates.${k}: template ${template.templateId} has no such date parameter`)
  }
  if (problems.length > 0) return fail(template, problems)

  const resolve = (d: TemplateDate, where: string): string | undefined => {
    if (typeof d === "string") return d
    if ("param" in d) return dates.get(d.param)
    const year = params.year! + (d.yearOffset ?? 0)
    const last = lastDayOfMonth(year, d.month)
    const day = d.day === "last" ? last : d.day
    if (day > last) {
      problems.push(`${where}: ${year}-${String(d.month).padStart(2, "0")} has no day ${day}`)
      return undefined
    }
    return `${year}-${String(d.month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
  }
  const window = (w: TemplateWindow, where: string) => {
    const from = resolve(w.from, `${where}.from`)
    const to = w.to === undefined ? undefined : resolve(w.to, `${where}.to`)
    return { from, ...(to === undefined ? {} : { to }) }
  }
  const monthly = params.reportingDueDays?.monthly, quarterly = params.reportingDueDays?.quarterly
  const parameters: Record<string, string> = {}
  if (params.year !== undefined) parameters["year"] = String(params.year)
  for (const [k, v] of dates) parameters[k] = v

  const encoded = {
    id: params.id ?? (params.year === undefined ? template.templateId : `${template.templateId}-${params.year}`),
    name: params.name ?? template.name,
    issuer: params.issuer === undefined
      ? template.issuer
      : { name: params.issuer.name, ...(params.issuer.jurisdiction === undefined ? {} : { jurisdiction: params.issuer.jurisdiction }) },
    ...(params.documentNumber ?? template.documentNumber) === undefined
      ? {}
      : { documentNumber: params.documentNumber ?? template.documentNumber },
    ...(template.issuedOn === undefined ? {} : { issuedOn: resolve(template.issuedOn, "issuedOn") }),
    ...(template.basis === undefined ? {} : { basis: template.basis }),
    template: { id: template.templateId, parameters },
    ...(template.window === undefined ? {} : { window: window(template.window, "window") }),
    leadingGroup: params.leadingGroup ?? template.leadingGroup,
    scope: { jurisdictions: params.jurisdictions, ...template.scope },
    checklist: template.checklist,
    phases: template.phases.map((p, i) => ({ ...p, window: window(p.window, `phases[${i}].window`) })),
    targets: template.targets,
    reporting: template.reporting.map((r, i) => {
      if (!isPeriodicReporting(r)) return { ...r, due: resolve(r.due, `reporting[${i}].due`) }
      const given = r.kind === "monthly" ? monthly : quarterly
      if (r.dueDay !== undefined || given === undefined) return r
      return { ...r, dueDay: given.dueDay, dueMonthOffset: given.dueMonthOffset ?? 0 }
    }),
    ...(template.notes === undefined ? {} : { notes: template.notes })
  }
  if (problems.length > 0) return fail(template, problems)
  const decoded = Schema.decodeUnknownResult(CampaignSpec, { errors: "all" })(encoded)
  if (Result.isSuccess(decoded)) return Result.succeed(decoded.success)
  return fail(
    template,
    decodeIssues(decoded.failure).map((i) => `${i.path.join(".")}: ${i.message}`)
  )
}

const fail = (template: CampaignTemplate, problems: ReadonlyArray<string>) =>
  Result.fail(new InstantiationError({
    templateId: template.templateId,
    problems,
    message: `cannot instantiate template ${template.templateId}:\n${problems.map((p) => `- ${p}`).join("\n")}`
  }))

/**
 * Effect entry of `instantiate`.
 *
 * @since 0.1.0
 */
export const instantiateEffect = (
  template: CampaignTemplate,
  params: InstantiateParams
): Effect.Effect<CampaignSpec, InstantiationError> => Effect.fromResult(instantiateResult(template, params))

/**
 * Promise entry of `instantiate` (rejects with the `InstantiationError`).
 *
 * @since 0.1.0
 */
export const instantiatePromise = (template: CampaignTemplate, params: InstantiateParams): Promise<CampaignSpec> =>
  Effect.runPromise(instantiateEffect(template, params))
