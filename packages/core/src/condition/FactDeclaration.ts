/**
 * 事实声明 — the facts a rule reads, declared with their type, zh-CN and English label, unit and
 * allowed values. Conditions name facts by path; the declaration gives reasons their words
 * ("快速冻结装置作业间作业人数为12人" instead of `facts.freezerRoomWorkers`) and lets a JSON pack be
 * checked before it runs.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { IsoInstant } from "../accident/Accident.ts"
import { CalendarDate } from "../calendar/CalendarDate.ts"
import type { Localized } from "../rule/Localized.ts"

/**
 * A fact's type: `boolean`, `number`, `integer`, `string` (optionally limited to `values`), `strings`
 * (a list of them, e.g. `enterprise.sectors`), `date` (`YYYY-MM-DD`), `dates` (a list of dates),
 * `instant` (an ISO-8601 date-time with an offset, `2024-05-01T08:30:00+08:00`; since 0.2.0),
 * `list` (a list of entries whose fields are `items`) or `object` (a section: only a label for the
 * object on the way to declared facts, `facts.management` 安全管理; its fields are declared by their paths).
 *
 * @since 0.2.0
 */
export type FactType = "boolean" | "number" | "integer" | "string" | "strings" | "date" | "dates" | "instant" | "list" | "object"

/** Every fact type. @since 0.2.0 */
export const factTypes: ReadonlyArray<FactType> = ["boolean", "number", "integer", "string", "strings", "date", "dates", "instant", "list", "object"]

/** @since 0.2.0 */
export interface FactDeclaration {
  readonly type: FactType
  readonly label: Localized
  /** The unit of a number, e.g. `{ "zh-CN": "人", en: "people" }`. */
  readonly unit?: Localized
  /** The allowed values of a string fact (or of each of a `strings` fact's). */
  readonly values?: ReadonlyArray<string>
  /**
   * The words of allowed values in reasons (`{ "rented-out": { "zh-CN": "出租", en: "rented out" } }`):
   * reasons say `出租`, not `rented-out`. Keys are among `values`; of an `integer` fact, they are
   * integers (`{ "3": { "zh-CN": "三级", en: "grade 3" } }`). Since 0.2.0.
   */
  readonly valueLabels?: Readonly<Record<string, Localized>>
  /** The fields of a `list` fact's entries, by entry path. */
  readonly items?: Readonly<Record<string, FactDeclaration>>
}

/**
 * The problems of a declaration's `valueLabels` (keys among `values`, both translations), with
 * paths relative to the declaration.
 *
 * @since 0.2.0
 */
export const checkValueLabels = (d: FactDeclaration): Array<{ readonly path: ReadonlyArray<string>; readonly message: string }> => {
  const out: Array<{ readonly path: ReadonlyArray<string>; readonly message: string }> = []
  if (d.type === "object") {
    for (const key of ["unit", "values", "valueLabels", "items"] as const) if (d[key] !== undefined) out.push({ path: [key], message: `an object section has only a label` })
    return out
  }
  if (d.valueLabels === undefined) return out
  const integer = d.type === "integer"
  if (d.values === undefined && !integer) return [{ path: ["valueLabels"], message: `"valueLabels" needs "values" (or an integer fact)` }]
  for (const [value, label] of Object.entries(d.valueLabels)) {
    if (integer && !/^-?\d+$/.test(value)) out.push({ path: ["valueLabels", value], message: `"${value}" is not an integer` })
    else if (!integer && !d.values!.includes(value)) out.push({ path: ["valueLabels", value], message: `"${value}" is not among the values: ${d.values!.join(", ")}` })
    for (const locale of ["zh-CN", "en"] as const) {
      if (typeof label[locale] !== "string" || label[locale].trim() === "") out.push({ path: ["valueLabels", value, locale], message: `missing ${locale} translation` })
    }
  }
  return out
}

/**
 * The declaration of a path as a rule or a finding names it: `facts.rooms[2].workers` (or
 * `facts.rooms[].workers`) is the `workers` field of the list `facts.rooms`; `undefined` when the
 * path is not declared (e.g. an object on the way to declared facts).
 *
 * @since 0.2.0
 */
export const declarationAt = (declarations: FactDeclarations, path: string): FactDeclaration | undefined => {
  const template = path.replace(/\[\d+\]/g, "[]")
  if (Object.hasOwn(declarations, template)) return declarations[template]
  const cut = template.indexOf("[].")
  if (cut < 0) return undefined
  const list = declarations[template.slice(0, cut)]
  return list?.items === undefined ? undefined : declarationAt(list.items, template.slice(cut + 3))
}

/**
 * The words of a path, for a report: the label of its declaration, with the entry's position for a
 * list entry's field (`作业间（第3项）作业人数` / `room #3 workers`); `undefined` when not declared.
 *
 * @since 0.2.0
 */
export const labelAt = (declarations: FactDeclarations, path: string): Localized | undefined => {
  const d = declarationAt(declarations, path)
  if (d === undefined) return undefined
  const m = /^(.*?)\[(\d+)\]\.(.*)$/.exec(path)
  if (m === null) return d.label
  const list = declarationAt(declarations, m[1]!)
  if (list === undefined) return d.label
  const n = Number(m[2]) + 1
  return { "zh-CN": `${list.label["zh-CN"]}（第${n}项）${d.label["zh-CN"]}`, en: `${list.label.en} #${n} ${d.label.en}` }
}

/** Declarations by path (`facts.freezerRoomWorkers`). @since 0.2.0 */
export type FactDeclarations = Readonly<Record<string, FactDeclaration>>

const schemaOf = (d: FactDeclaration): Schema.Top => {
  switch (d.type) {
    case "boolean":
      return Schema.Boolean
    case "number":
      return Schema.Finite
    case "integer":
      return Schema.Int
    case "string":
      return d.values === undefined ? Schema.String : Schema.Literals(d.values as ReadonlyArray<string>)
    case "strings":
      return Schema.Array(d.values === undefined ? Schema.String : Schema.Literals(d.values as ReadonlyArray<string>))
    case "date":
      return CalendarDate
    case "dates":
      return Schema.Array(CalendarDate)
    case "instant":
      return IsoInstant
    case "list":
      return Schema.Array(structOf(d.items ?? {}))
    case "object":
      // a section's struct is made from the facts declared under it (see structOf)
      return Schema.Struct({})
  }
}

const structOf = (declarations: FactDeclarations): Schema.Top => {
  // dotted paths (`evacuation.exitsCompliant`) become nested structs, every level optional
  const fields: Record<string, Schema.Top> = {}
  const nested: Record<string, Record<string, FactDeclaration>> = {}
  const sections: Record<string, FactDeclaration> = {}
  for (const [path, d] of Object.entries(declarations)) {
    const dot = path.indexOf(".")
    if (dot < 0 && d.type === "object") sections[path] = d
    else if (dot < 0) fields[path] = Schema.optionalKey(schemaOf(d).annotate({ description: `${d.label["zh-CN"]} — ${d.label.en}` }))
    else (nested[path.slice(0, dot)] ??= {})[path.slice(dot + 1)] = d
  }
  for (const [key, inner] of Object.entries(nested)) {
    const section = sections[key]
    const struct = structOf(inner)
    fields[key] = Schema.optionalKey(section === undefined ? struct : struct.annotate({ description: `${section.label["zh-CN"]} — ${section.label.en}` }))
  }
  return Schema.Struct(fields as Schema.Struct.Fields)
}

/**
 * The Schema of a pack's fact section from the declarations under `facts.`: every fact optional
 * (absent = unknown), entries of lists likewise; dotted paths are nested objects.
 *
 * @since 0.2.0
 */
export const sectionSchema = (declarations: FactDeclarations): Schema.Top => {
  const section: Record<string, FactDeclaration> = {}
  for (const [path, d] of Object.entries(declarations)) if (path.startsWith("facts.")) section[path.slice(6)] = d
  return structOf(section)
}

/**
 * The problems of `object` sections among declarations: each must have declared facts under it
 * (`facts.management` needs a `facts.management.…`). Paths relative to the declarations.
 *
 * @since 0.2.0
 */
export const checkSections = (declarations: FactDeclarations): Array<{ readonly path: ReadonlyArray<string>; readonly message: string }> => {
  const out: Array<{ readonly path: ReadonlyArray<string>; readonly message: string }> = []
  // the paths with a fact declared under them: every prefix up to a "." of a declared fact's path
  const above = new Set<string>()
  for (const k in declarations) {
    if (!Object.hasOwn(declarations, k) || declarations[k]!.type === "object") continue
    for (let i = k.indexOf("."); i >= 0; i = k.indexOf(".", i + 1)) above.add(k.slice(0, i))
  }
  for (const [path, d] of Object.entries(declarations)) {
    if (d.type === "object" && !above.has(path)) out.push({ path: [path], message: `no fact is declared under the section "${path}."` })
  }
  return out
}
