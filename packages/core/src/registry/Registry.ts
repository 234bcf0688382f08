/**
 * 规则注册表 — the validated set of packs an engine evaluates.
 *
 * Registering packs checks everything a pack author can get wrong, and reports every problem of
 * every pack at once, at start-up: malformed or duplicate rule ids, a rule id whose prefix is not its
 * pack, overlapping effective windows of one rule id, citations of unknown documents, missing
 * translations, parameters whose defaults break their own bounds.
 *
 * @since 0.1.0
 */
import { Data } from "effect"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import type { Citation, CitationDocument } from "../citation/Citation.ts"
import { nationalDocuments } from "../citation/documents.ts"
import type { Pack } from "../pack/Pack.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Rule, RuleNote, Severity } from "../rule/Rule.ts"

/**
 * Registration failed; `problems` lists every problem found, one sentence each.
 *
 * @since 0.1.0
 */
export class RegistryError extends Data.TaggedError("RegistryError")<{ readonly problems: ReadonlyArray<string> }> {
  override get message(): string {
    return `invalid rule packs (${this.problems.length} problem${this.problems.length === 1 ? "" : "s"}):\n` +
      this.problems.map((p) => `  - ${p}`).join("\n")
  }
}

/**
 * One version of one rule, with its pack.
 *
 * @since 0.1.0
 */
export interface RegisteredRule {
  readonly rule: Rule
  readonly pack: Pack<any>
  /** The version label: the first day it is in force, `YYYY-MM-DD`. */
  readonly version: string
}

/**
 * The stable, machine-readable description of one rule version (what `anquan packs --format json` prints).
 *
 * @since 0.1.0
 */
export interface RuleListing {
  readonly id: string
  readonly pack: string
  readonly version: string
  readonly title: Localized
  readonly severity: Severity
  readonly citation: Citation
  readonly legalBases: ReadonlyArray<Citation>
  readonly penalties: ReadonlyArray<Citation>
  readonly effective: { readonly from: string; readonly to: string | null }
  readonly appliesTo: { readonly sectors: ReadonlyArray<string> | null; readonly unitKinds: ReadonlyArray<string> | null }
  readonly reads: ReadonlyArray<string>
  readonly params: ReadonlyArray<{ readonly name: string; readonly type: string; readonly default: number | boolean }>
  /** The rule version's notes, when it has any. @since 0.2.0 */
  readonly notes?: ReadonlyArray<RuleNote>
}

/** @since 0.1.0 */
export interface Registry {
  readonly packs: ReadonlyArray<Pack<any>>
  /** Every document a citation may name: the national catalogue plus the packs' own. */
  readonly documents: ReadonlyMap<string, CitationDocument>
  /** Every version of every rule, in pack order. */
  readonly rules: ReadonlyArray<RegisteredRule>
  /** The versions of one rule id, oldest first. */
  readonly versionsOf: (id: string) => ReadonlyArray<RegisteredRule>
  /** The rule versions in force on `asOf`: at most one per id. */
  readonly inForce: (asOf: Date) => ReadonlyArray<RegisteredRule>
  /** The listing of every rule version, sorted by id then version. */
  readonly listing: () => ReadonlyArray<RuleListing>
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const checkLocalized = (problems: Array<string>, where: string, field: string, text: Localized | undefined): void => {
  if (text === undefined) {
    problems.push(`${where}: ${field} is missing`)
    return
  }
  for (const locale of ["zh-CN", "en"] as const) {
    const s = text[locale]
    if (typeof s !== "string" || s.trim() === "") problems.push(`${where}: ${field} has no ${locale} translation`)
  }
}

const windowLabel = (r: Rule): string =>
  `${CalendarDate.format(r.effective.from)}..${r.effective.to === undefined ? "open" : CalendarDate.format(r.effective.to)}`

/**
 * Validates the packs; returns every problem found (empty when the packs are valid).
 *
 * @since 0.1.0
 */
export const validate = (packs: ReadonlyArray<Pack<any>>): ReadonlyArray<string> => {
  const problems: Array<string> = []
  const documents = new Map<string, CitationDocument>(nationalDocuments.map((d) => [d.id, d]))
  const packIds = new Set<string>()
  for (const pack of packs) {
    const where = `pack "${pack.id}"`
    if (!KEBAB.test(pack.id)) problems.push(`${where}: pack id must be kebab-case (a-z, 0-9, -)`)
    if (packIds.has(pack.id)) problems.push(`${where}: registered twice`)
    packIds.add(pack.id)
    checkLocalized(problems, where, "name", pack.name)
    if (pack.facts !== undefined && pack.factsKey === undefined) problems.push(`${where}: has a facts Schema but no factsKey`)
    for (const d of pack.documents) {
      const known = documents.get(d.id)
      if (known !== undefined && known !== d) problems.push(`${where}: document "${d.id}" is already defined elsewhere`)
      documents.set(d.id, d)
    }
  }

  const byId = new Map<string, Array<RegisteredRule>>()
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const where = `rule "${rule.id}" (pack "${pack.id}")`
      const slash = rule.id.indexOf("/")
      const prefix = slash < 0 ? "" : rule.id.slice(0, slash)
      const slug = slash < 0 ? rule.id : rule.id.slice(slash + 1)
      if (prefix !== pack.id) problems.push(`${where}: id must start with "${pack.id}/"`)
      if (!KEBAB.test(slug)) problems.push(`${where}: the part after "/" must be kebab-case`)
      checkLocalized(problems, where, "title", rule.title)
      checkLocalized(problems, where, "message", rule.message)
      checkLocalized(problems, where, "remediation", rule.remediation)
      const citations: Array<[string, Citation]> = [
        ["citation", rule.citation],
        ...rule.legalBases.map((c, i): [string, Citation] => [`legalBases[${i}]`, c]),
        ...rule.penalties.map((c, i): [string, Citation] => [`penalties[${i}]`, c]),
        ...(rule.notes ?? []).flatMap((n, i) => (n.citations ?? []).map((c, j): [string, Citation] => [`notes[${i}].citations[${j}]`, c]))
      ]
      ;(rule.notes ?? []).forEach((n, i) => checkLocalized(problems, where, `notes[${i}].text`, n.text))
      for (const [field, c] of citations) {
        if (!documents.has(c.document)) problems.push(`${where}: ${field} names unknown document "${c.document}"`)
        for (const k of ["article", "item", "subitem"] as const) {
          const n = c[k]
          if (n !== undefined && (!Number.isInteger(n) || n < 1)) problems.push(`${where}: ${field}.${k} must be a positive integer`)
        }
        if (typeof c.verified !== "boolean") problems.push(`${where}: ${field}.verified must be true or false`)
      }
      if (rule.effective.to !== undefined && rule.effective.to.getTime() < rule.effective.from.getTime()) {
        problems.push(`${where}: effective window ends (${CalendarDate.format(rule.effective.to)}) before it starts (${CalendarDate.format(rule.effective.from)})`)
      }
      if (rule.reads.length === 0) problems.push(`${where}: reads no fact (list the fact paths it reads)`)
      for (const name in rule.params) {
        const spec = rule.params[name]!
        if (spec.type === "number") {
          if (spec.integer === true && !Number.isInteger(spec.default)) problems.push(`${where}: param "${name}" default is not an integer`)
          if (spec.min !== undefined && spec.default < spec.min) problems.push(`${where}: param "${name}" default is below its min`)
          if (spec.max !== undefined && spec.default > spec.max) problems.push(`${where}: param "${name}" default is above its max`)
        }
        checkLocalized(problems, where, `param "${name}" description`, spec.description)
      }
      const versions = byId.get(rule.id) ?? []
      for (const other of versions) {
        if (other.pack !== pack) {
          problems.push(`${where}: id is already used by pack "${other.pack.id}"`)
        } else if (CalendarDate.overlaps(other.rule.effective, rule.effective)) {
          problems.push(`${where}: versions in force ${windowLabel(other.rule)} and ${windowLabel(rule)} overlap`)
        }
      }
      versions.push({ rule, pack, version: CalendarDate.format(rule.effective.from) })
      byId.set(rule.id, versions)
    }
  }
  return problems
}

const listingOf = (r: RegisteredRule): RuleListing => ({
  id: r.rule.id,
  pack: r.pack.id,
  version: r.version,
  title: r.rule.title,
  severity: r.rule.severity,
  citation: r.rule.citation,
  legalBases: r.rule.legalBases,
  penalties: r.rule.penalties,
  effective: {
    from: CalendarDate.format(r.rule.effective.from),
    to: r.rule.effective.to === undefined ? null : CalendarDate.format(r.rule.effective.to)
  },
  appliesTo: {
    sectors: r.rule.appliesTo.sectors ?? null,
    unitKinds: r.rule.appliesTo.unitKinds ?? null
  },
  reads: r.rule.reads,
  params: Object.entries(r.rule.params).map(([name, spec]) => ({ name, type: spec.type, default: spec.default })),
  ...((r.rule.notes ?? []).length === 0 ? {} : { notes: r.rule.notes })
})

/**
 * Registers packs, throwing a {@link RegistryError} that lists every problem when any is invalid.
 *
 * @example
 * ```ts
 * import { Registry } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * const registry = Registry.make([workSafetyLaw])
 * registry.inForce(new Date("2015-06-01")).map((r) => `${r.rule.id}@${r.version}`)
 * ```
 * @since 0.1.0
 */
export const make = (packs: ReadonlyArray<Pack<any>>): Registry => {
  const problems = validate(packs)
  if (problems.length > 0) throw new RegistryError({ problems })
  const documents = new Map<string, CitationDocument>(nationalDocuments.map((d) => [d.id, d]))
  for (const pack of packs) for (const d of pack.documents) documents.set(d.id, d)
  const rules: Array<RegisteredRule> = []
  const byId = new Map<string, Array<RegisteredRule>>()
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const entry: RegisteredRule = { rule, pack, version: CalendarDate.format(rule.effective.from) }
      rules.push(entry)
      const list = byId.get(rule.id)
      if (list === undefined) byId.set(rule.id, [entry])
      else list.push(entry)
    }
  }
  for (const list of byId.values()) list.sort((a, b) => a.rule.effective.from.getTime() - b.rule.effective.from.getTime())
  return {
    packs,
    documents,
    rules,
    versionsOf: (id) => byId.get(id) ?? [],
    inForce: (asOf) => rules.filter((r) => CalendarDate.isWithin(r.rule.effective, asOf)),
    listing: () =>
      rules
        .map(listingOf)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0))
  }
}
