/**
 * `Pack.fromJson` — a rule pack from a JSON pack file (see `PackFile`), checked before it runs.
 *
 * Every problem is reported together, each with its JSON path and, inside a rule, the rule's id:
 * unknown keys (a typo must not pass), unknown operators, paths not among the declared facts,
 * type mismatches, missing translations, unknown citation documents, rule ids outside the pack.
 *
 * @since 0.2.0
 */
import { Result, Schema } from "effect"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { nationalDocuments } from "../citation/documents.ts"
import type { SectorFunctions } from "../condition/Compile.ts"
import type { Condition } from "../condition/Condition.ts"
import * as ConditionRule from "../condition/ConditionRule.ts"
import { checkSections, checkValueLabels, sectionSchema } from "../condition/FactDeclaration.ts"
import type { FactDeclaration, FactDeclarations } from "../condition/FactDeclaration.ts"
import { formatPath } from "../condition/Validate.ts"
import { decodeIssues } from "../decode-issues/DecodeIssues.ts"
import type { Rule } from "../rule/Rule.ts"
import * as Pack from "./Pack.ts"
import { PackFileShape } from "./PackFile.ts"

/**
 * One problem of a pack file: its JSON path, the id of the rule it is in (when it is in one) and what is wrong.
 *
 * @since 0.2.0
 */
export interface PackFileIssue {
  readonly path: ReadonlyArray<string | number>
  readonly ruleId?: string
  readonly message: string
}

/**
 * A pack file that does not check. `message` lists every issue, one a line:
 * `rule "ammonia/x" at $.rules[0].violationWhen.op: unknown operator "gte"; …`.
 *
 * @since 0.2.0
 */
export class PackFileError extends Error {
  readonly issues: ReadonlyArray<PackFileIssue>
  constructor(issues: ReadonlyArray<PackFileIssue>) {
    super(`the pack file has ${issues.length} problem(s):\n${issues.map(formatIssue).join("\n")}`)
    this.name = "PackFileError"
    this.issues = issues
  }
}

/** One issue as a line of text. @since 0.2.0 */
export const formatIssue = (issue: PackFileIssue): string =>
  `${issue.ruleId === undefined ? "" : `rule "${issue.ruleId}" `}at ${formatPath(issue.path)}: ${issue.message}`

/** @since 0.2.0 */
export interface FromJsonOptions {
  /** The sector functions the pack's conditions may call. */
  readonly functions?: SectorFunctions
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const localizedFields = ["title", "message", "remediation"] as const

const checkLabels = (declarations: FactDeclarations, at: ReadonlyArray<string | number>, issues: Array<PackFileIssue>) => {
  for (const [path, d] of Object.entries(declarations) as Array<[string, FactDeclaration]>) {
    for (const locale of ["zh-CN", "en"] as const) {
      if (d.label[locale].trim() === "") issues.push({ path: [...at, path, "label", locale], message: `missing ${locale} translation` })
      if (d.unit !== undefined && d.unit[locale].trim() === "") issues.push({ path: [...at, path, "unit", locale], message: `missing ${locale} translation` })
    }
    if (d.type === "list" && d.items === undefined) issues.push({ path: [...at, path], message: `a list fact needs "items" (the fields of its entries)` })
    if (d.type !== "list" && d.items !== undefined) issues.push({ path: [...at, path, "items"], message: `only a list fact has "items"` })
    if (d.type !== "string" && d.type !== "strings" && d.values !== undefined) issues.push({ path: [...at, path, "values"], message: `only a string fact has "values"` })
    for (const issue of checkValueLabels(d)) issues.push({ path: [...at, path, ...issue.path], message: issue.message })
    if (d.items !== undefined) checkLabels(d.items, [...at, path, "items"], issues)
  }
}

/**
 * Checks a pack file and returns the pack, or a {@link PackFileError} listing every problem.
 *
 * @since 0.2.0
 */
export const decode = (json: unknown, options: FromJsonOptions = {}): Result.Result<Pack.Pack<any>, PackFileError> => {
  const decoded = Schema.decodeUnknownResult(PackFileShape)(json, { onExcessProperty: "error", errors: "all" })
  const rawRules = isObject(json) && Array.isArray(json.rules) ? json.rules : []
  const ruleIdAt = (path: ReadonlyArray<string | number>): string | undefined => {
    if (path[0] !== "rules" || typeof path[1] !== "number") return undefined
    const raw = rawRules[path[1]]
    return isObject(raw) && typeof raw.id === "string" ? raw.id : undefined
  }
  if (Result.isFailure(decoded)) {
    return Result.fail(new PackFileError(decodeIssues(decoded.failure).map((i) => {
      const ruleId = ruleIdAt(i.path)
      return ruleId === undefined ? { path: i.path, message: i.message } : { path: i.path, ruleId, message: i.message }
    })))
  }
  const file = decoded.success
  const issues: Array<PackFileIssue> = []
  const own = file.facts as FactDeclarations
  checkLabels(own, ["facts"], issues)
  for (const issue of checkSections(own)) issues.push({ path: ["facts", ...issue.path], message: issue.message })
  for (const path of Object.keys(own)) {
    if (!path.startsWith("facts.") && !path.startsWith("enterprise.")) {
      issues.push({ path: ["facts", path], message: `a fact path starts with "facts." (the pack's own section) or "enterprise." (the enterprise profile)` })
    }
  }
  // `enterprise.*` paths are core's (`enterpriseFactDeclarations`): read without declaring, or relabelled
  const enterpriseIssues: Array<{ readonly path: ReadonlyArray<string | number>; readonly message: string }> = []
  const facts = ConditionRule.withEnterprise(own, enterpriseIssues)
  for (const issue of enterpriseIssues) issues.push(issue)
  for (const locale of ["zh-CN", "en"] as const) {
    if (file.name[locale].trim() === "") issues.push({ path: ["name", locale], message: `missing ${locale} translation` })
  }
  const documents = new Set([...nationalDocuments.map((d) => d.id), ...(file.documents ?? []).map((d) => d.id)])
  const functions = options.functions ?? {}
  const rules: Array<Rule> = []
  const seen = new Set<string>()
  file.rules.forEach((rule, i) => {
    const at = ["rules", i] as const
    const ruleIssues: Array<Omit<PackFileIssue, "ruleId">> = []
    if (!rule.id.startsWith(`${file.id}/`)) ruleIssues.push({ path: [...at, "id"], message: `a rule id starts with the pack id: "${file.id}/…"` })
    if (seen.has(rule.id)) ruleIssues.push({ path: [...at, "id"], message: "a second rule with this id" })
    seen.add(rule.id)
    for (const field of localizedFields) {
      for (const locale of ["zh-CN", "en"] as const) {
        if (rule[field][locale].trim() === "") ruleIssues.push({ path: [...at, field, locale], message: `missing ${locale} translation` })
      }
    }
    const citations = [
      ["citation"],
      ...(rule.legalBases ?? []).map((_, j) => ["legalBases", j]),
      ...(rule.penalties ?? []).map((_, j) => ["penalties", j]),
      ...(rule.notes ?? []).flatMap((n, j) => (n.citations ?? []).map((_, k) => ["notes", j, "citations", k]))
    ] as ReadonlyArray<ReadonlyArray<string | number>>
    for (const path of citations) {
      const citation = path.length === 1
        ? rule.citation
        : path[0] === "notes"
        ? rule.notes![path[1] as number]!.citations![path[3] as number]!
        : (rule[path[0] as "legalBases" | "penalties"] ?? [])[path[1] as number]!
      if (!documents.has(citation.document)) {
        ruleIssues.push({ path: [...at, ...path, "document"], message: `unknown citation document "${citation.document}"; declare it in "documents" or use a national one` })
      }
    }
    ;(rule.notes ?? []).forEach((n, j) => {
      for (const locale of ["zh-CN", "en"] as const) if (n.text[locale].trim() === "") ruleIssues.push({ path: [...at, "notes", j, "text", locale], message: `missing ${locale} translation` })
    })
    for (const key of ["from", "to"] as const) {
      const day = rule.effective[key]
      if (day !== undefined && CalendarDate.parse(day) === undefined) ruleIssues.push({ path: [...at, "effective", key], message: `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(day)}` })
    }
    const definition: ConditionRule.ConditionRuleDefinition<any> = {
      ...rule,
      facts,
      functions,
      violationWhen: rule.violationWhen as Condition,
      ...(rule.notApplicableWhen === undefined ? {} : { notApplicableWhen: rule.notApplicableWhen as Condition })
    } as ConditionRule.ConditionRuleDefinition<any>
    ruleIssues.push(...ConditionRule.check(definition, at))
    if (ruleIssues.length > 0) {
      for (const issue of ruleIssues) issues.push({ ...issue, ruleId: rule.id })
      return
    }
    if (issues.length > 0) return // the pack fails already: its facts, or an earlier rule
    const made = ConditionRule.fromCondition({ ...definition, schema: Schema.Struct({ facts: Schema.UndefinedOr(sectionSchema(facts)) }) })
    // a JSON pack is validated and compiled as it loads (a TypeScript pack's rules on first use)
    ConditionRule.prepare(made)
    rules.push(made)
  })
  if (issues.length > 0) return Result.fail(new PackFileError(issues))
  return Result.succeed(Pack.define<any>({
    id: file.id,
    name: file.name,
    version: file.version,
    ...(file.description === undefined ? {} : { description: file.description }),
    ...(file.sectors === undefined ? {} : { sectors: file.sectors }),
    factsKey: file.factsKey,
    facts: sectionSchema(facts) as Schema.Decoder<any, never>,
    ...(file.documents === undefined ? {} : { documents: file.documents }),
    rules
  }))
}

/**
 * A rule pack from a JSON pack file. Throws a {@link PackFileError} listing every problem, each
 * with its JSON path and rule id; {@link decode} returns a `Result` instead.
 *
 * @example
 * ```ts
 * import { Engine, Pack } from "@anquan/core"
 * import { readFileSync } from "node:fs"
 *
 * const pack = Pack.fromJson(JSON.parse(readFileSync("pack.json", "utf8")))
 * const engine = Engine.make({ packs: [pack] })
 * ```
 * @since 0.2.0
 */
export const fromJson = (json: unknown, options: FromJsonOptions = {}): Pack.Pack<any> => {
  const r = decode(json, options)
  if (Result.isFailure(r)) throw r.failure
  if (options.functions === undefined) jsonSources.set(r.success, json)
  return r.success
}

// the JSON each pack of `fromJson` (without sector functions, which are code) was made from
const jsonSources = new WeakMap<Pack.Pack<any>, unknown>()

/**
 * The JSON a pack was made from by {@link fromJson} without sector functions (the value given to
 * it, not a copy), or `undefined` for any other pack: what a worker thread needs to make the same
 * pack again (see `@anquan/core/parallel`).
 *
 * @internal
 * @since 0.2.0
 */
export const jsonSourceOf = (pack: Pack.Pack<any>): unknown => jsonSources.get(pack)
