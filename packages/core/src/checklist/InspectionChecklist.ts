/**
 * 检查表 — inspection checklists made from the rules: every fact the rules in force read for some
 * sectors (and unit kinds) on a date, each with its record path, zh-CN and English label, type, unit
 * and allowed values, and the rules that need it with their citations, grouped by topic.
 *
 * Given an enterprise record the checklist is pre-filled with what the record says, list entries
 * expanded (`facts.construction.scaffolds[0].wallTies`); `onlyMissing` keeps exactly the facts that
 * left a finding indeterminate. {@link fill} turns a filled checklist (answers by path) back into a
 * record that the engine evaluates — the round trip an inspector's form needs.
 *
 * Labels, units and allowed values come from the rule's fact declarations (rules written in the rule
 * language); for a fact a rule does not declare they come from the JSON Schema of the pack's facts
 * (its descriptions and enums), and the label is the path when neither says more.
 *
 * Topics: the enterprise profile first, then each pack in order, its topics (the first key under its
 * fact section, e.g. `scaffolds`) in the order its rules first read them — the order of the official
 * text, which is the order an inspection walks through a site.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import type { Citation } from "../citation/Citation.ts"
import { declarationAt } from "../condition/FactDeclaration.ts"
import type { FactDeclaration, FactDeclarations } from "../condition/FactDeclaration.ts"
import { Enterprise } from "../enterprise/Enterprise.ts"
import { enterpriseFactDeclarations } from "../enterprise/EnterpriseFacts.ts"
import type { Engine } from "../evaluation/Engine.ts"
import type { RecordResult } from "../evaluation/Report.ts"
import type { Pack } from "../pack/Pack.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Rule } from "../rule/Rule.ts"

/** The rule that needs a checklist item. @since 0.2.0 */
export interface ItemRule {
  readonly ruleId: string
  readonly version: string
  readonly title: Localized
  readonly citation: Citation
}

/**
 * One fact to record.
 *
 * @since 0.2.0
 */
export interface Item {
  /** The path in an enterprise record: `employees`, `facts.construction.scaffolds[].wallTies` (`[]`: each entry; with a record, `[0]`, `[1]`, …). */
  readonly path: string
  readonly pack: string
  readonly topic: { readonly key: string; readonly label: Localized }
  readonly label: Localized
  /** `boolean`, `number`, `integer`, `string`, `strings`, `date`, `dates`, `instant`, `list`, `object`, or `unknown`. */
  readonly type: string
  readonly unit?: Localized
  readonly values?: ReadonlyArray<string>
  readonly rules: ReadonlyArray<ItemRule>
  /** With a record: what the record says (absent: not known). */
  readonly value?: unknown
  /** With a record: whether the record gives the fact. */
  readonly known?: boolean
}

/** @since 0.2.0 */
export interface Checklist {
  readonly asOf: string
  readonly sectors: ReadonlyArray<string>
  readonly unitKinds: ReadonlyArray<string> | undefined
  readonly items: ReadonlyArray<Item>
  /** With a record that does not decode: why (the checklist then lists the facts unfilled). */
  readonly rejected?: RecordResult & { readonly _tag: "rejected" }
}

/** @since 0.2.0 */
export interface Options {
  readonly asOf: Date | string
  /** The sectors to list the rules of (default: the record's). */
  readonly sectors?: ReadonlyArray<string>
  /** Keep only rules for these unit kinds (default: the record's, else every rule). */
  readonly unitKinds?: ReadonlyArray<string>
  /** An enterprise record to pre-fill the checklist from. */
  readonly record?: unknown
  /** With a record: only the facts that left a finding indeterminate. */
  readonly onlyMissing?: boolean
}

// ---- paths ----

/** `facts.a[3].b` → `facts.a[].b`. */
const template = (path: string): string => path.replace(/\[\d+\]/g, "[]")

/** A rule's path (`facts.x` of its pack, `enterprise.x`) in the record (`facts.<key>.x`, `x`). */
const recordPath = (rulePath: string, pack: Pack<any>): string | undefined => {
  if (rulePath.startsWith("enterprise.")) return rulePath.slice("enterprise.".length)
  if (rulePath.startsWith("facts.") && pack.factsKey !== undefined) return `facts.${pack.factsKey}.${rulePath.slice("facts.".length)}`
  if (rulePath === "facts" && pack.factsKey !== undefined) return `facts.${pack.factsKey}`
  return undefined
}

/** The inverse of {@link recordPath}. */
const rulePathOf = (path: string, pack: Pack<any>): string =>
  pack.factsKey !== undefined && path.startsWith(`facts.${pack.factsKey}.`) ? `facts.${path.slice(`facts.${pack.factsKey}.`.length)}` : `enterprise.${path}`

const declarationsOf = (rule: Rule<any>): FactDeclarations | undefined => rule.factDeclarations

/** The declaration of a rule path, if declared (`facts.scaffolds[].kind`: the list's `items.kind`). */
const declaredAt = (declarations: FactDeclarations | undefined, rulePath: string): FactDeclaration | undefined =>
  declarations === undefined ? undefined : declarationAt(declarations, rulePath)

// ---- JSON Schema fallback ----

type JsonNode = { readonly [k: string]: unknown }

const jsonSchemaOf = (schema: unknown): JsonNode | undefined => {
  try {
    return Schema.toStandardJSONSchemaV1(schema as Schema.Top)["~standard"].jsonSchema.input({ target: "draft-2020-12" }) as JsonNode
  } catch {
    return undefined
  }
}

const resolve = (root: JsonNode, node: JsonNode | undefined): JsonNode | undefined => {
  let n = node
  for (let guard = 0; n !== undefined && guard < 16; guard++) {
    const ref = n["$ref"]
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
      n = ((root["$defs"] as JsonNode | undefined)?.[ref.slice(8)] as JsonNode | undefined)
      continue
    }
    const union = (n["anyOf"] ?? n["oneOf"]) as ReadonlyArray<JsonNode> | undefined
    if (Array.isArray(union)) {
      // an optional value: the branch that is not null; a union of constants stays as it is
      const branches = union.map((b) => resolve(root, b)).filter((b): b is JsonNode => b !== undefined && b["type"] !== "null")
      if (branches.length === 1) return { ...n, ...branches[0], description: n["description"] ?? branches[0]!["description"] }
      return n
    }
    return n
  }
  return n
}

/** The JSON Schema node at a record-relative path (`scaffolds[].kind`). */
const jsonAt = (root: JsonNode | undefined, path: string): JsonNode | undefined => {
  if (root === undefined) return undefined
  let n: JsonNode | undefined = resolve(root, root)
  for (const segment of path.split(".")) {
    const list = segment.endsWith("[]")
    const key = list ? segment.slice(0, -2) : segment
    n = resolve(root, (n?.["properties"] as JsonNode | undefined)?.[key] as JsonNode | undefined)
    if (list) n = resolve(root, n?.["items"] as JsonNode | undefined)
    if (n === undefined) return undefined
  }
  return n
}

const enumOf = (n: JsonNode): ReadonlyArray<string> | undefined => {
  if (Array.isArray(n["enum"])) return (n["enum"] as ReadonlyArray<unknown>).filter((x): x is string => typeof x === "string")
  const union = (n["anyOf"] ?? n["oneOf"]) as ReadonlyArray<JsonNode> | undefined
  if (Array.isArray(union) && union.every((b) => typeof b["const"] === "string" || Array.isArray(b["enum"]))) {
    return union.flatMap((b) => (Array.isArray(b["enum"]) ? (b["enum"] as Array<string>) : [b["const"] as string]))
  }
  return undefined
}

const typeOfJson = (root: JsonNode | undefined, n: JsonNode | undefined): string => {
  if (n === undefined) return "unknown"
  const t = n["type"]
  if (t === "array") {
    const items = root === undefined ? undefined : resolve(root, n["items"] as JsonNode | undefined)
    const it = items === undefined ? "unknown" : typeOfJson(root, items)
    return it === "string" ? "strings" : it === "date" ? "dates" : "list"
  }
  if (t === "string") return n["format"] === "date" || (typeof n["pattern"] === "string" && /^\^\(?\\d\{4\}\)?-\(?\\d\{2\}\)?-\(?\\d\{2\}\)?\$$/.test(n["pattern"])) ? "date" : "string"
  if (typeof t === "string") return t
  if (enumOf(n) !== undefined) return "string"
  return "unknown"
}

/** A JSON Schema description `中文 — English` (the form FactDeclaration writes) as a label. */
const labelOfJson = (n: JsonNode | undefined, fallback: string): Localized => {
  const d = n?.["description"] ?? n?.["title"]
  if (typeof d !== "string" || d.length === 0) return { "zh-CN": fallback, en: fallback }
  const dash = d.indexOf(" — ")
  return dash < 0 ? { "zh-CN": d, en: d } : { "zh-CN": d.slice(0, dash), en: d.slice(dash + 3) }
}

// ---- building ----

interface Describer {
  readonly describe: (rule: Rule<any>, rulePath: string, pack: Pack<any>) => Omit<Item, "path" | "pack" | "topic" | "rules" | "value" | "known">
  readonly topicLabel: (pack: Pack<any>, key: string, rules: ReadonlyArray<Rule<any>>) => Localized
}

const ENTERPRISE_TOPIC: Localized = { "zh-CN": "企业基本情况", en: "The enterprise" }

const makeDescriber = (): Describer => {
  const enterpriseJson = jsonSchemaOf(Enterprise)
  const packJson = new Map<string, JsonNode | undefined>()
  const jsonFor = (pack: Pack<any>) => {
    if (!packJson.has(pack.id)) packJson.set(pack.id, pack.facts === undefined ? undefined : jsonSchemaOf(pack.facts))
    return packJson.get(pack.id)
  }
  const jsonNode = (rulePath: string, pack: Pack<any>) =>
    rulePath.startsWith("enterprise.")
      ? jsonAt(enterpriseJson, rulePath.slice("enterprise.".length))
      : rulePath.startsWith("facts.")
      ? jsonAt(jsonFor(pack), rulePath.slice("facts.".length))
      : undefined
  return {
    describe: (rule, rulePath, pack) => {
      const d = declaredAt(declarationsOf(rule), rulePath) ?? declaredAt(enterpriseFactDeclarations, rulePath)
      const n = jsonNode(rulePath, pack)
      const root = rulePath.startsWith("enterprise.") ? enterpriseJson : jsonFor(pack)
      const items = n?.["type"] === "array" && root !== undefined ? resolve(root, n["items"] as JsonNode | undefined) : undefined
      const values = d?.values ?? (n === undefined ? undefined : enumOf(items ?? n))
      return {
        label: d?.label ?? labelOfJson(n, rulePath),
        type: d?.type ?? typeOfJson(root, n),
        ...(d?.unit === undefined ? {} : { unit: d.unit }),
        ...(values === undefined ? {} : { values })
      }
    },
    topicLabel: (pack, key, rules) => {
      for (const r of rules) {
        const d = declaredAt(declarationsOf(r), `facts.${key}`)
        if (d !== undefined) return d.label
      }
      return labelOfJson(jsonAt(jsonFor(pack), key), key)
    }
  }
}

const topicKey = (rulePath: string): string => {
  if (rulePath.startsWith("enterprise.")) return "enterprise"
  const rest = rulePath.slice("facts.".length)
  const end = rest.search(/[.[]/)
  return end < 0 ? rest : rest.slice(0, end)
}

/** The identity of a record: always on a form, whatever the rules read. */
const IDENTITY = ["enterprise.creditCode", "enterprise.name", "enterprise.jurisdiction", "enterprise.sectors", "enterprise.unitKinds"]

const getPath = (record: unknown, path: string): unknown => {
  let v: unknown = record
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (v === null || typeof v !== "object") return undefined
    const key = m[1] ?? Number(m[2])
    v = Object.hasOwn(v, key) ? (v as Record<string | number, unknown>)[key] : undefined
  }
  return v
}

/** A template path (`a[].b[].c`) expanded over the record's entries: `a[0].b[1].c`, … (none when a list is absent or empty). */
const expand = (record: unknown, path: string): Array<string> => {
  const cut = path.indexOf("[]")
  if (cut < 0) return [path]
  const list = getPath(record, path.slice(0, cut))
  if (!Array.isArray(list) || list.length === 0) return []
  return list.flatMap((_, i) => expand(record, `${path.slice(0, cut)}[${i}]${path.slice(cut + 2)}`))
}

/**
 * The checklist for a set of sectors (and unit kinds) as of a date, or for one record.
 *
 * @example
 * ```ts
 * import { Engine, InspectionChecklist } from "@anquan/core"
 * import { constructionPack } from "@anquan/pack-construction"
 *
 * const engine = Engine.make({ packs: [constructionPack] })
 * const form = InspectionChecklist.make(engine, { asOf: "2026-11-23", sectors: ["construction"] })
 * form.items.map((i) => `${i.topic.label["zh-CN"]} · ${i.label["zh-CN"]}`)
 * ```
 * @since 0.2.0
 */
export const make = (engine: Engine, options: Options): Checklist => {
  const plan = engine.plan(options.asOf)
  const record = options.record
  let evaluated: RecordResult | undefined
  if (record !== undefined) evaluated = engine.evaluateRecord(record, 0, plan, "problems")
  const sectors = options.sectors
    ?? (evaluated?._tag === "evaluated" ? evaluated.subject.sectors : (getPath(record, "sectors") as ReadonlyArray<string> | undefined))
  if (sectors === undefined || sectors.length === 0) throw new TypeError("a checklist needs sectors: give them, or a record that has them")
  const unitKinds = options.unitKinds ?? (Array.isArray(getPath(record, "unitKinds")) ? (getPath(record, "unitKinds") as ReadonlyArray<string>) : undefined)
  const jurisdiction = typeof getPath(record, "jurisdiction") === "string" ? (getPath(record, "jurisdiction") as string) : undefined
  const scoped = jurisdiction === undefined ? plan : plan.forJurisdiction(jurisdiction)
  const planned = scoped.forSectors(sectors).filter((r) => unitKinds === undefined || r.unitKinds === undefined || unitKinds.some((k) => r.unitKinds!.has(k)))
  const packs = engine.registry.packs
  const describer = makeDescriber()

  // the items by record path template, in the order of first reading, with their rules
  interface Draft {
    path: string
    pack: Pack<any>
    rule: Rule<any>
    rulePath: string
    topic: string
    rules: Array<ItemRule>
  }
  const drafts = new Map<string, Draft>()
  const add = (pack: Pack<any>, rule: Rule<any>, rulePath: string, ruleRef: ItemRule | undefined) => {
    const path = recordPath(rulePath, pack)
    if (path === undefined) return
    let d = drafts.get(path)
    if (d === undefined) drafts.set(path, (d = { path, pack, rule, rulePath, topic: topicKey(rulePath), rules: [] }))
    if (ruleRef !== undefined && !d.rules.some((r) => r.ruleId === ruleRef.ruleId && r.version === ruleRef.version)) d.rules.push(ruleRef)
  }
  const first = planned[0]
  if (first !== undefined) {
    const pack = packs.find((p) => p.id === first.packId)!
    for (const p of IDENTITY) add(pack, first.rule, p, undefined)
  }
  for (const pack of packs) {
    for (const r of planned) {
      if (r.packId !== pack.id) continue
      const ref: ItemRule = { ruleId: r.rule.id, version: r.entry.version, title: r.rule.title, citation: r.rule.citation }
      for (const p of r.rule.reads ?? []) add(pack, r.rule, p, ref)
    }
  }

  // onlyMissing: the missing paths of the indeterminate findings, as the record names them
  const missing = new Map<string, Array<ItemRule>>()
  if (options.onlyMissing === true) {
    if (evaluated === undefined) throw new TypeError("onlyMissing needs a record")
    if (evaluated._tag === "evaluated") {
      for (const f of evaluated.findings) {
        if (f.outcome !== "indeterminate") continue
        const pack = packs.find((p) => p.id === f.pack)!
        for (const m of f.missing ?? []) {
          const path = recordPath(m, pack)
          if (path === undefined) continue
          const list = missing.get(path) ?? []
          if (!list.some((x) => x.ruleId === f.ruleId)) list.push({ ruleId: f.ruleId, version: f.ruleVersion, title: f.title, citation: f.citation })
          missing.set(path, list)
        }
      }
    }
  }

  // order: the enterprise first, then by pack, topics in the order first read
  const byPackTopic = new Map<string, Array<Draft>>()
  for (const d of drafts.values()) {
    const k = d.topic === "enterprise" ? "\u0000enterprise" : `${d.pack.id}\u0000${d.topic}`
    const list = byPackTopic.get(k) ?? []
    list.push(d)
    byPackTopic.set(k, list)
  }
  const ordered = [...(byPackTopic.get("\u0000enterprise") ?? []), ...[...byPackTopic.entries()].filter(([k]) => k !== "\u0000enterprise").flatMap(([, v]) => v)]
  const planRules = planned.map((r) => r.rule)
  const topicLabels = new Map<string, Localized>()
  const topicOf = (d: Draft) => {
    const k = `${d.pack.id}\u0000${d.topic}`
    let label = topicLabels.get(k)
    if (label === undefined) topicLabels.set(k, (label = d.topic === "enterprise" ? ENTERPRISE_TOPIC : describer.topicLabel(d.pack, d.topic, planRules.filter((r) => planned.some((p) => p.rule === r && p.packId === d.pack.id)))))
    return { key: d.topic === "enterprise" ? "enterprise" : `${d.pack.id}/${d.topic}`, label }
  }

  const items: Array<Item> = []
  const itemOf = (d: Draft, path: string, rules: ReadonlyArray<ItemRule>): Item => {
    const base = { path, pack: d.pack.id, topic: topicOf(d), ...describer.describe(d.rule, d.rulePath, d.pack), rules }
    if (record === undefined) return base
    const value = path.includes("[]") ? undefined : getPath(record, path)
    return value === undefined ? { ...base, known: false } : { ...base, value, known: true }
  }
  if (options.onlyMissing === true) {
    for (const [path, rules] of missing) {
      const t = template(path)
      const d = drafts.get(t)
      if (d !== undefined) {
        items.push(itemOf(d, path, rules))
        continue
      }
      // a list the rules read by its entries (`facts.x` for `facts.x[].y`), missing as a whole: one
      // item, answered by a list (`[]` for none)
      const entryOwner = [...drafts.values()].find((x) => x.path.startsWith(`${t}[]`))
      if (entryOwner !== undefined) {
        items.push(itemOf({ ...entryOwner, path: t, rulePath: rulePathOf(t, entryOwner.pack) }, path, rules))
        continue
      }
      // an object missing as a whole: the facts under it that the rules read, each answered on its own
      // (a list under it as one item)
      const seen = new Set<string>()
      for (const x of drafts.values()) {
        if (!x.path.startsWith(`${t}.`)) continue
        const cut = x.path.indexOf("[]", t.length)
        const sub = cut < 0 ? x.path : x.path.slice(0, cut)
        if (seen.has(sub)) continue
        seen.add(sub)
        const concrete = path + sub.slice(t.length)
        items.push(itemOf(cut < 0 ? x : { ...x, path: sub, rulePath: rulePathOf(sub, x.pack) }, concrete, rules))
      }
    }
  } else {
    for (const d of ordered) {
      const paths = record === undefined ? [d.path] : expand(record, d.path)
      for (const p of paths.length === 0 ? [d.path] : paths) items.push(itemOf(d, p, d.rules))
    }
  }
  // one item per path (a fact missing for several rules, or under two missing objects), rules merged
  const byPath = new Map<string, Item>()
  for (const i of items) {
    const had = byPath.get(i.path)
    if (had === undefined) byPath.set(i.path, i)
    else byPath.set(i.path, { ...had, rules: [...had.rules, ...i.rules.filter((r) => !had.rules.some((x) => x.ruleId === r.ruleId && x.version === r.version))] })
  }
  return {
    asOf: plan.asOfIso,
    sectors,
    unitKinds,
    items: [...byPath.values()],
    ...(evaluated?._tag === "rejected" ? { rejected: evaluated } : {})
  }
}

// ---- filling ----

/**
 * An answer: a record path (with entry indices, never `[]`) and its value — a JSON value, or the
 * text of a form cell, read by `type` (`是/否/true/false` for booleans, numbers, `YYYY-MM-DD`,
 * lists as JSON or separated by `,`, `，`, `、` or `;`).
 *
 * @since 0.2.0
 */
export interface Answer {
  readonly path: string
  readonly value: unknown
  readonly type?: string
}

/** A filled checklist that cannot become a record: every problem, by path. @since 0.2.0 */
export class FillError extends TypeError {
  readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }>
  constructor(problems: ReadonlyArray<{ readonly path: string; readonly message: string }>) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("; "))
    this.name = "FillError"
    this.problems = problems
  }
}

const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"])

const readCell = (value: unknown, type: string | undefined): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } => {
  if (typeof value !== "string") return { ok: true, value }
  const text = value.trim()
  switch (type) {
    case "boolean":
      if (["true", "是", "yes", "y", "1"].includes(text.toLowerCase())) return { ok: true, value: true }
      if (["false", "否", "no", "n", "0"].includes(text.toLowerCase())) return { ok: true, value: false }
      return { ok: false, message: `expected 是/否 (true/false), got ${JSON.stringify(text)}` }
    case "number":
    case "integer": {
      const n = Number(text)
      if (text === "" || !Number.isFinite(n) || (type === "integer" && !Number.isInteger(n))) return { ok: false, message: `expected ${type === "integer" ? "a whole number" : "a number"}, got ${JSON.stringify(text)}` }
      return { ok: true, value: n }
    }
    case "strings":
    case "dates":
      if (text.startsWith("[")) {
        try {
          return { ok: true, value: JSON.parse(text) }
        } catch {
          return { ok: false, message: `expected a list, got ${JSON.stringify(text)}` }
        }
      }
      return { ok: true, value: text.split(/[,，、;；]/).map((s) => s.trim()).filter((s) => s.length > 0) }
    case "list":
    case "object":
    case "unknown":
    case undefined:
      if (/^[[{]/.test(text) || text === "true" || text === "false" || (text !== "" && Number.isFinite(Number(text)))) {
        try {
          return { ok: true, value: JSON.parse(text) }
        } catch {
          return { ok: false, message: `expected JSON, got ${JSON.stringify(text)}` }
        }
      }
      return { ok: true, value: text }
    default:
      return { ok: true, value: text }
  }
}

/**
 * A record from a filled checklist: each answered path set on a copy of `base` (an empty cell or a
 * `null` is left out: the fact stays unknown). An answer without a `type` is read by the type of its
 * enterprise profile field when it is one (`employees`: a whole number), else as JSON when it parses. Throws a {@link FillError} naming every path that
 * cannot be set (a template path with `[]`, a `__proto__` segment, a value that does not read as
 * its type, a path through a value that is not an object).
 *
 * @since 0.2.0
 */
export const fill = (answers: Iterable<Answer>, base: unknown = {}): Record<string, unknown> => {
  const record = structuredClone(base ?? {}) as Record<string, unknown>
  const problems: Array<{ path: string; message: string }> = []
  for (const a of answers) {
    if (a.value === undefined || a.value === null || (typeof a.value === "string" && a.value.trim() === "")) continue
    if (a.path.includes("[]")) {
      problems.push({ path: a.path, message: "a path with [] stands for every entry: give the entry's index, e.g. [0]" })
      continue
    }
    const segments = [...a.path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])))
    if (segments.length === 0 || segments.some((s) => typeof s === "string" && FORBIDDEN.has(s))) {
      problems.push({ path: a.path, message: "not a usable path" })
      continue
    }
    // a profile field's type is known even when the answer does not say it
    const type = a.type ?? (a.path.startsWith("facts.") ? undefined : declaredAt(enterpriseFactDeclarations, `enterprise.${template(a.path)}`)?.type)
    const cell = readCell(a.value, type)
    if (!cell.ok) {
      problems.push({ path: a.path, message: cell.message })
      continue
    }
    let node: Record<string | number, unknown> = record
    let ok = true
    for (let i = 0; i < segments.length - 1; i++) {
      const key = segments[i]!
      let next = Object.hasOwn(node, key) ? node[key] : undefined
      if (next === undefined) node[key] = next = typeof segments[i + 1] === "number" ? [] : {}
      if (next === null || typeof next !== "object") {
        problems.push({ path: a.path, message: `${segments.slice(0, i + 1).join(".")} is not an object or a list` })
        ok = false
        break
      }
      node = next as Record<string | number, unknown>
    }
    if (ok) node[segments[segments.length - 1]!] = cell.value
  }
  if (problems.length > 0) throw new FillError(problems)
  return record
}
