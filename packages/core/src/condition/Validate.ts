/**
 * 条件校验 — checks a condition against the declared facts, the rule's parameters and the pack's
 * sector functions before it is compiled: unknown keys (a typo must not pass), unknown operators,
 * undeclared paths and type mismatches are reported with the JSON path of the offending node.
 * TypeScript rules (`Rule.fromCondition`) and JSON packs (`Pack.fromJson`) are checked alike.
 *
 * @since 0.2.0
 */
import type { ParamSpecs } from "../rule/Rule.ts"
import type { SectorFunctions } from "./Compile.ts"
import { comparisonOperators } from "./Condition.ts"
import type { FactDeclaration, FactDeclarations, FactType } from "./FactDeclaration.ts"

/**
 * One problem: the JSON path (`["rules", 0, "violationWhen", "op"]`) and what is wrong.
 * The shape of a decode issue, so both are reported alike.
 *
 * @since 0.2.0
 */
export interface ConditionIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** What a condition may refer to. @since 0.2.0 */
export interface ValidationScope {
  readonly facts: FactDeclarations
  readonly params: ParamSpecs
  readonly functions: SectorFunctions
}

type Kind = "number" | "string" | "strings" | "boolean" | "date" | "dates" | "instant" | "list" | "object" | "any"

interface Frame extends ValidationScope {
  readonly entry: FactDeclarations | undefined
  /** The enclosing quantifier's entry fields, inside a nested one (for `outer`). */
  readonly outer?: FactDeclarations | undefined
}

const kindOf = (t: FactType): Kind => (t === "integer" ? "number" : t)

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const OPERAND_KEYS: ReadonlyArray<ReadonlyArray<string>> = [
  ["fact", "ifAbsent", "evidence", "optional", "byAsOf"], ["firstOf"], ["value"], ["param"], ["add"], ["subtract"], ["multiply"], ["sum", "of", "asOf", "as", "orNull"], ["count", "where", "asOf", "as", "orNull"], ["elapsed", "unit"], ["call", "args"],
  ["asOfDate"], ["outer"], ["latest", "of", "where", "as", "orNull"], ["hoursBetween"], ["shift", "months", "days"]
]
const CONDITION_KEYS: ReadonlyArray<ReadonlyArray<string>> = [
  ["all"], ["any"], ["not"], ["op", "left", "right", "values", "min", "max"], ["present"], ["within", "days", "months"], ["expired"],
  ["validOn", "issued"], ["some", "where", "label", "asOf", "entry", "heading", "only", "by", "among"], ["every", "where", "label", "asOf", "entry", "heading", "only", "by", "among"], ["call", "args"], ["when", "then", "scope", "guardEvidence"],
  ["unless", "check", "guardEvidence"], ["show", "orNull", "where", "fields"], ["happened"], ["unknown"], ["nonEmpty", "entries"], ["isNull"], ["one", "where", "entry"]
]

const checkLocalized = (r: unknown, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): r is Record<string, string> => {
  if (!isObject(r)) {
    issues.push({ path: at, message: `expected { "zh-CN": …, "en": … }` })
    return false
  }
  for (const key of Object.keys(r)) if (key !== "zh-CN" && key !== "en") issues.push({ path: [...at, key], message: `unknown key "${key}"; expected zh-CN, en` })
  let ok = true
  for (const locale of ["zh-CN", "en"]) {
    if (typeof r[locale] !== "string" || (r[locale] as string).trim() === "") {
      issues.push({ path: [...at, locale], message: `missing ${locale} translation` })
      ok = false
    }
  }
  return ok
}

/** Checks each placeholder of a reason template (see `Compile.ts`). */
const checkTemplate = (text: string, frame: Frame, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>, named: ReadonlyArray<string> = []): void => {
  for (const m of text.matchAll(/\{([^{}]+)\}/g)) {
    const body = m[1]!.startsWith("(") && m[1]!.endsWith(")") ? m[1]!.slice(1, -1) : m[1]!
    for (const piece of body.split("|").flatMap((a) => a.split("+").map((piece) => piece.trim()))) {
      // `:2`: a number with at most two decimals (not on a constant)
      const alt = /:\d$/.test(piece) && !piece.startsWith("=") ? piece.slice(0, -2) : piece
      if (alt.startsWith("@")) {
        if (!named.includes(alt.slice(1))) issues.push({ path: at, message: `{${m[1]}}: "${alt.slice(1)}" is not a named value of this condition; it names: ${named.join(", ") || "none"}` })
      } else if (alt === "#" || alt === "$entry") {
        if (frame.entry === undefined) issues.push({ path: at, message: `{${alt}} names a list entry: only inside "some" or "every"` })
      } else if (alt === "$reasons" || alt === "$reasons;" || alt === "$reasons、" || alt.startsWith("=")) {
        // always sound
      } else if (alt.startsWith("$")) {
        issues.push({ path: at, message: `unknown placeholder {${alt}}; expected a fact path, path:label, param:name, #, $entry, $reasons, $reasons;, $reasons、 or =text` })
      } else if (alt.startsWith("param:")) {
        const name = alt.slice(6)
        if (!Object.hasOwn(frame.params, name)) issues.push({ path: at, message: `unknown parameter ${JSON.stringify(name)} in {${m[1]}}; the rule declares: ${Object.keys(frame.params).join(", ") || "none"}` })
      } else {
        const labelled = alt.endsWith(":label")
        const path = labelled ? alt.slice(0, -6) : alt
        const sink: Array<ConditionIssue> = []
        const d = resolve(frame, path, at, sink)
        if (sink.length > 0) issues.push({ path: at, message: `in {${m[1]}}: ${sink[0]!.message}` })
        else if (labelled && d?.valueLabels === undefined) issues.push({ path: at, message: `{${alt}}: "${path}" declares no valueLabels` })
      }
    }
  }
}

const checkReason = (node: Record<string, unknown>, frame: Frame, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): void => {
  const named: Array<string> = []
  if (Object.hasOwn(node, "named")) {
    if (!isObject(node.named)) issues.push({ path: [...at, "named"], message: `expected { name: operand, … }, got ${JSON.stringify(node.named)}` })
    else {
      if (!Object.hasOwn(node, "reason")) issues.push({ path: [...at, "named"], message: `named values are written in a "reason": give one` })
      for (const [name, o] of Object.entries(node.named)) {
        if (!/^[A-Za-z_][\w]*$/.test(name)) issues.push({ path: [...at, "named", name], message: `a name is letters, digits and _: got ${JSON.stringify(name)}` })
        operand(o, frame, [...at, "named", name], issues)
        named.push(name)
      }
    }
  }
  if (!Object.hasOwn(node, "reason")) return
  if (!checkLocalized(node.reason, [...at, "reason"], issues)) return
  const r = node.reason as Record<string, string>
  for (const locale of ["zh-CN", "en"]) checkTemplate(r[locale]!, frame, [...at, "reason", locale], issues, named)
}

const shapeOf = (node: Record<string, unknown>, shapes: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<string> | undefined =>
  shapes.find((keys) => Object.hasOwn(node, keys[0]!))

/** Returns the declaration at `path` (entry fields first inside a quantifier), or reports it. */
const resolve = (frame: Frame, path: unknown, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): FactDeclaration | undefined => {
  if (typeof path !== "string") {
    issues.push({ path: at, message: `expected a fact path (a string), got ${JSON.stringify(path)}` })
    return undefined
  }
  if (frame.entry !== undefined && Object.hasOwn(frame.entry, path)) return frame.entry[path]
  if (Object.hasOwn(frame.facts, path)) return frame.facts[path]
  const known = frame.entry === undefined ? "" : ` (entry fields: ${Object.keys(frame.entry).join(", ") || "none"})`
  issues.push({ path: at, message: `"${path}" is not a declared fact${known}` })
  return undefined
}

/**
 * Checks a quantifier's `label` or `asOf`: an entry path or a non-empty array of them, each
 * declared among the entry's fields, of one of `kinds`.
 */
const entryPaths = (node: Record<string, unknown>, key: string, entry: Frame, kinds: ReadonlyArray<Kind>, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): void => {
  if (!Object.hasOwn(node, key)) return
  const v = node[key]
  const paths: ReadonlyArray<unknown> = Array.isArray(v) ? v : [v]
  if (Array.isArray(v) && v.length === 0) issues.push({ path: [...at, key], message: "expected an entry path or a non-empty array of them" })
  paths.forEach((p, i) => {
    const where = Array.isArray(v) ? [...at, key, i] : [...at, key]
    if (typeof p === "string" && (p.startsWith("facts.") || p.startsWith("enterprise."))) {
      issues.push({ path: where, message: `"${key}" names a field of the entry, not a fact of the subject: got "${p}"` })
      return
    }
    const d = resolve({ ...entry, facts: {} }, p, where, issues)
    expectKind(d, kinds, String(p), where, issues)
  })
}

const expectKind = (d: FactDeclaration | undefined, kinds: ReadonlyArray<Kind>, path: string, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): void => {
  if (d !== undefined && !kinds.includes(kindOf(d.type))) issues.push({ path: at, message: `"${path}" is a ${d.type} fact; expected ${kinds.join(" or ")}` })
}

const checkKeys = (node: Record<string, unknown>, allowed: ReadonlyArray<string>, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): void => {
  // a condition's `reason` may come with its `named` values
  for (const key of Object.keys(node)) if (!allowed.includes(key) && !(key === "named" && allowed.includes("reason"))) issues.push({ path: [...at, key], message: `unknown key "${key}"; expected ${allowed.join(", ")}` })
}

const operand = (node: unknown, frame: Frame, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): Kind | undefined => {
  if (!isObject(node)) {
    issues.push({ path: at, message: `expected an operand object ({ fact }, { value }, { param }, …), got ${JSON.stringify(node)}` })
    return undefined
  }
  const shape = shapeOf(node, OPERAND_KEYS)
  if (shape === undefined) {
    issues.push({ path: at, message: `unknown operand ${JSON.stringify(Object.keys(node))}; expected one of ${OPERAND_KEYS.map((k) => k[0]).join(", ")}` })
    return undefined
  }
  checkKeys(node, shape, at, issues)
  switch (shape[0]) {
    case "fact": {
      const d = resolve(frame, node.fact, [...at, "fact"], issues)
      if (Object.hasOwn(node, "ifAbsent")) {
        const v = node.ifAbsent
        if (typeof v !== "number" && typeof v !== "string" && typeof v !== "boolean") issues.push({ path: [...at, "ifAbsent"], message: `expected a number, string or boolean, got ${JSON.stringify(v)}` })
        else if (d !== undefined && typeof v !== kindOf(d.type)) issues.push({ path: [...at, "ifAbsent"], message: `"${String(node.fact)}" is a ${d.type} fact; got ${JSON.stringify(v)}` })
      }
      if (Object.hasOwn(node, "evidence") && node.evidence !== false) issues.push({ path: [...at, "evidence"], message: `expected false, got ${JSON.stringify(node.evidence)}` })
      if (Object.hasOwn(node, "optional") && node.optional !== true) issues.push({ path: [...at, "optional"], message: `expected true, got ${JSON.stringify(node.optional)}` })
      if (Object.hasOwn(node, "byAsOf")) {
        if (node.byAsOf !== true) issues.push({ path: [...at, "byAsOf"], message: `expected true, got ${JSON.stringify(node.byAsOf)}` })
        else expectKind(d, ["date", "instant"], String(node.fact), [...at, "byAsOf"], issues)
      }
      return d === undefined ? undefined : kindOf(d.type)
    }
    case "value": {
      const v = node.value
      if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return typeof v as Kind
      issues.push({ path: [...at, "value"], message: `expected a number, string or boolean, got ${JSON.stringify(v)}` })
      return undefined
    }
    case "param": {
      const name = node.param
      const spec = typeof name === "string" && Object.hasOwn(frame.params, name) ? frame.params[name] : undefined
      if (spec === undefined) {
        issues.push({ path: [...at, "param"], message: `unknown parameter ${JSON.stringify(name)}; the rule declares: ${Object.keys(frame.params).join(", ") || "none"}` })
        return undefined
      }
      return spec.type
    }
    case "add":
    case "multiply":
    case "subtract": {
      const parts = node[shape[0]]
      if (!Array.isArray(parts) || parts.length < 2 || (shape[0] === "subtract" && parts.length !== 2)) {
        issues.push({ path: [...at, shape[0]], message: shape[0] === "subtract" ? "expected two operands" : "expected at least two operands" })
        return undefined
      }
      parts.forEach((p, i) => {
        const k = operand(p, frame, [...at, shape[0]!, i], issues)
        if (k !== undefined && k !== "number") issues.push({ path: [...at, shape[0]!, i], message: `arithmetic needs numbers, got a ${k}` })
      })
      return "number"
    }
    case "sum":
    case "count": {
      const d = resolve(frame, node[shape[0]], [...at, shape[0]], issues)
      expectKind(d, ["list"], String(node[shape[0]]), [...at, shape[0]], issues)
      const inner: Frame = { ...frame, entry: d?.items ?? {}, outer: undefined }
      if (shape[0] === "sum") {
        if (!Object.hasOwn(node, "of")) issues.push({ path: at, message: `"sum" needs "of" (the entry field to add up)` })
        else {
          const item = resolve(inner, node.of, [...at, "of"], issues)
          expectKind(item, ["number"], String(node.of), [...at, "of"], issues)
        }
      } else if (Object.hasOwn(node, "where")) condition(node.where, inner, [...at, "where"], issues)
      entryPaths(node, "asOf", inner, ["date", "instant"], at, issues)
      if (Object.hasOwn(node, "as") && (typeof node.as !== "string" || node.as.trim() === "")) issues.push({ path: [...at, "as"], message: `expected the path to report the total under, got ${JSON.stringify(node.as)}` })
      if (Object.hasOwn(node, "orNull") && (typeof node.orNull !== "boolean" || !Object.hasOwn(node, "as"))) issues.push({ path: [...at, "orNull"], message: `"orNull" is true or false, with "as"` })
      if (typeof node.as === "string" && Object.hasOwn(frame.facts, node.as)) issues.push({ path: [...at, "as"], message: `"${node.as}" is a declared fact: name the total apart from the facts` })
      return "number"
    }
    case "firstOf": {
      const parts = node.firstOf
      if (!Array.isArray(parts) || parts.length < 2) {
        issues.push({ path: [...at, "firstOf"], message: "expected at least two operands" })
        return undefined
      }
      const kinds = parts.map((p, i) => operand(p, frame, [...at, "firstOf", i], issues))
      const first = kinds[0]
      kinds.forEach((k, i) => {
        if (first !== undefined && k !== undefined && !compatible(first, k)) issues.push({ path: [...at, "firstOf", i], message: `a ${k} among ${first}s` })
      })
      return first
    }
    case "outer": {
      if (frame.outer === undefined) {
        issues.push({ path: [...at, "outer"], message: `"outer" names a field of the enclosing entry: only inside a quantifier nested in another` })
        return undefined
      }
      const d = resolve({ ...frame, facts: {}, entry: frame.outer }, node.outer, [...at, "outer"], issues)
      return d === undefined ? undefined : kindOf(d.type)
    }
    case "asOfDate":
      if (node.asOfDate !== true) issues.push({ path: [...at, "asOfDate"], message: `expected true, got ${JSON.stringify(node.asOfDate)}` })
      return "date"
    case "elapsed": {
      dateSource(node.elapsed, frame, [...at, "elapsed"], issues)
      if (node.unit !== "days" && node.unit !== "months") issues.push({ path: [...at, "unit"], message: `expected "days" or "months", got ${JSON.stringify(node.unit)}` })
      return "number"
    }
    case "latest": {
      const d = resolve(frame, node.latest, [...at, "latest"], issues)
      expectKind(d, ["list"], String(node.latest), [...at, "latest"], issues)
      const inner: Frame = { ...frame, entry: d?.items ?? {}, outer: undefined }
      if (!Object.hasOwn(node, "of")) issues.push({ path: at, message: `"latest" needs "of" (the entry's date)` })
      else {
        const item = resolve({ ...inner, facts: {} }, node.of, [...at, "of"], issues)
        expectKind(item, ["date", "instant"], String(node.of), [...at, "of"], issues)
      }
      if (Object.hasOwn(node, "where")) condition(node.where, inner, [...at, "where"], issues)
      if (Object.hasOwn(node, "as") && (typeof node.as !== "string" || node.as.trim() === "")) issues.push({ path: [...at, "as"], message: `expected the path to report the date under, got ${JSON.stringify(node.as)}` })
      if (Object.hasOwn(node, "orNull") && (typeof node.orNull !== "boolean" || !Object.hasOwn(node, "as"))) issues.push({ path: [...at, "orNull"], message: `"orNull" is true or false, with "as"` })
      if (typeof node.as === "string" && Object.hasOwn(frame.facts, node.as)) issues.push({ path: [...at, "as"], message: `"${node.as}" is a declared fact: name the date apart from the facts` })
      return "date"
    }
    case "hoursBetween": {
      const parts = node.hoursBetween
      if (!Array.isArray(parts) || parts.length !== 2) {
        issues.push({ path: [...at, "hoursBetween"], message: "expected two operands: [from, to]" })
        return "number"
      }
      parts.forEach((p, i) => {
        const k = operand(p, frame, [...at, "hoursBetween", i], issues)
        if (k !== undefined && k !== "date" && k !== "instant" && k !== "any") issues.push({ path: [...at, "hoursBetween", i], message: `expected a date or instant, got a ${k}` })
      })
      return "number"
    }
    case "shift": {
      const k = operand(node.shift, frame, [...at, "shift"], issues)
      if (k !== undefined && k !== "date" && k !== "instant" && k !== "any") issues.push({ path: [...at, "shift"], message: `expected a date or instant, got a ${k}` })
      const has = (Object.hasOwn(node, "days") ? 1 : 0) + (Object.hasOwn(node, "months") ? 1 : 0)
      if (has !== 1) issues.push({ path: at, message: `"shift" needs exactly one of "days" or "months"` })
      else {
        const unit = Object.hasOwn(node, "days") ? "days" : "months"
        const j = operand(node[unit], frame, [...at, unit], issues)
        if (j !== undefined && j !== "number") issues.push({ path: [...at, unit], message: `expected a number, got a ${j}` })
      }
      return k === "instant" ? "instant" : "date"
    }
    case "call":
      return call(node, frame, at, issues)
  }
  return undefined
}

/** The date of `within` / `elapsed`: a date or dates fact path, or an operand giving a date (`latest`). */
const dateSource = (node: unknown, frame: Frame, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): void => {
  if (typeof node === "string") {
    const d = resolve(frame, node, at, issues)
    expectKind(d, ["date", "dates"], node, at, issues)
    return
  }
  const k = operand(node, frame, at, issues)
  if (k !== undefined && k !== "date" && k !== "dates" && k !== "instant" && k !== "any") issues.push({ path: at, message: `expected a date, got a ${k}` })
}

const call = (node: Record<string, unknown>, frame: Frame, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): Kind | undefined => {
  const name = node.call
  const fn = typeof name === "string" && Object.hasOwn(frame.functions, name) ? frame.functions[name] : undefined
  if (fn === undefined) {
    issues.push({ path: [...at, "call"], message: `unknown sector function ${JSON.stringify(name)}; the pack registers: ${Object.keys(frame.functions).join(", ") || "none"}` })
    return undefined
  }
  const args = node.args
  if (fn.arity > 6) issues.push({ path: [...at, "call"], message: `"${String(name)}" takes ${fn.arity} arguments; a sector function takes at most 6` })
  if (!Array.isArray(args) || args.length !== fn.arity) {
    issues.push({ path: [...at, "args"], message: `"${String(name)}" takes ${fn.arity} argument(s)` })
    return fn.returns
  }
  args.forEach((a, i) => operand(a, frame, [...at, "args", i], issues))
  return fn.returns
}

const compatible = (a: Kind, b: Kind): boolean => a === b || a === "any" || b === "any"

const condition = (node: unknown, frame: Frame, at: ReadonlyArray<string | number>, issues: Array<ConditionIssue>): void => {
  if (!isObject(node)) {
    issues.push({ path: at, message: `expected a condition object, got ${JSON.stringify(node)}` })
    return
  }
  const shape = shapeOf(node, CONDITION_KEYS)
  if (shape === undefined) {
    issues.push({ path: at, message: `unknown condition ${JSON.stringify(Object.keys(node))}; expected one of ${CONDITION_KEYS.map((k) => k[0]).join(", ")}` })
    return
  }
  checkReason(node, frame, at, issues)
  switch (shape[0]) {
    case "all":
    case "any": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const parts = node[shape[0]]
      if (!Array.isArray(parts) || parts.length === 0) issues.push({ path: [...at, shape[0]], message: "expected a non-empty array of conditions" })
      else parts.forEach((p, i) => condition(p, frame, [...at, shape[0]!, i], issues))
      return
    }
    case "not":
      checkKeys(node, [...shape, "reason"], at, issues)
      condition(node.not, frame, [...at, "not"], issues)
      return
    case "op": {
      const op = node.op
      if (op === "oneOf") {
        checkKeys(node, ["op", "left", "values", "reason"], at, issues)
        const k = operand(node.left, frame, [...at, "left"], issues)
        const values = node.values
        if (!Array.isArray(values) || values.length === 0) {
          issues.push({ path: [...at, "values"], message: "expected a non-empty array of constants" })
          return
        }
        const allowed = isObject(node.left) && typeof node.left.fact === "string" ? (frame.entry?.[node.left.fact] ?? frame.facts[node.left.fact])?.values : undefined
        const element = k === "strings" ? "string" : k
        if (k === "list" || k === "dates") issues.push({ path: [...at, "left"], message: `"oneOf" does not apply to a ${k}` })
        values.forEach((v, i) => {
          if (element !== undefined && k !== "list" && k !== "dates" && typeof v !== element) issues.push({ path: [...at, "values", i], message: `expected a ${element}, got ${JSON.stringify(v)}` })
          else if (allowed !== undefined && !allowed.includes(v as string)) issues.push({ path: [...at, "values", i], message: `${JSON.stringify(v)} is not an allowed value; expected one of ${allowed.join(", ")}` })
        })
        return
      }
      if (op === "in" || op === "startsWith") {
        checkKeys(node, ["op", "left", "right", "reason"], at, issues)
        const k = operand(node.left, frame, [...at, "left"], issues)
        const j = operand(node.right, frame, [...at, "right"], issues)
        if (k !== undefined && k !== "string" && k !== "any") issues.push({ path: [...at, "left"], message: `"${op}" needs a string, got a ${k}` })
        const want = op === "in" ? "strings" : "string"
        if (j !== undefined && j !== want && j !== "any") issues.push({ path: [...at, "right"], message: `"${op}" needs a ${want} on the right, got a ${j}` })
        return
      }
      if (op === "between") {
        checkKeys(node, ["op", "left", "min", "max", "reason"], at, issues)
        const k = operand(node.left, frame, [...at, "left"], issues)
        for (const side of ["min", "max"] as const) {
          const j = operand(node[side], frame, [...at, side], issues)
          if (k !== undefined && j !== undefined && !compatible(k, j)) issues.push({ path: [...at, side], message: `cannot compare a ${k} with a ${j}` })
        }
        return
      }
      if (!comparisonOperators.includes(op as never)) {
        issues.push({ path: [...at, "op"], message: `unknown operator ${JSON.stringify(op)}; expected one of ${[...comparisonOperators, "oneOf", "between", "in", "startsWith"].join(", ")}` })
        return
      }
      checkKeys(node, ["op", "left", "right", "reason"], at, issues)
      const k = operand(node.left, frame, [...at, "left"], issues)
      const j = operand(node.right, frame, [...at, "right"], issues)
      if (k !== undefined && j !== undefined) {
        if (k === "list" || k === "dates" || k === "strings") {
          issues.push({ path: [...at, "op"], message: `"${String(op)}" does not apply to a ${k}${k === "strings" ? `; use "oneOf" (true when any of them is one of the values)` : ""}` })
        } else if (!compatible(k, j)) issues.push({ path: [...at, "right"], message: `cannot compare a ${k} with a ${j}` })
        else if ((k === "boolean" || k === "string") && op !== "=" && op !== "!=") {
          issues.push({ path: [...at, "op"], message: `"${String(op)}" does not apply to a ${k}; use "=" or "!="` })
        }
        const allowed = isObject(node.left) && typeof node.left.fact === "string" ? (frame.entry?.[node.left.fact] ?? frame.facts[node.left.fact])?.values : undefined
        const right = isObject(node.right) ? node.right.value : undefined
        if (allowed !== undefined && typeof right === "string" && !allowed.includes(right)) {
          issues.push({ path: [...at, "right", "value"], message: `${JSON.stringify(right)} is not an allowed value; expected one of ${allowed.join(", ")}` })
        }
      }
      return
    }
    case "present": {
      checkKeys(node, [...shape, "reason"], at, issues)
      // an object whose fields are declared (`tankFarm` with `tankFarm.shutoffValves`) may be asked for as a whole
      const path = node.present
      const from = frame.entry ?? frame.facts
      const object = typeof path === "string" && !Object.hasOwn(from, path) && !Object.hasOwn(frame.facts, path) &&
        (Object.keys(from).some((k) => k.startsWith(path + ".")) || Object.keys(frame.facts).some((k) => k.startsWith(path + ".")))
      if (!object) resolve(frame, path, [...at, "present"], issues)
      return
    }
    case "within": {
      checkKeys(node, [...shape, "reason"], at, issues)
      dateSource(node.within, frame, [...at, "within"], issues)
      const has = (Object.hasOwn(node, "days") ? 1 : 0) + (Object.hasOwn(node, "months") ? 1 : 0)
      if (has !== 1) issues.push({ path: at, message: `"within" needs exactly one of "days" or "months"` })
      else {
        const unit = Object.hasOwn(node, "days") ? "days" : "months"
        const k = operand(node[unit], frame, [...at, unit], issues)
        if (k !== undefined && k !== "number") issues.push({ path: [...at, unit], message: `expected a number, got a ${k}` })
      }
      return
    }
    case "expired":
    case "validOn": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const d = resolve(frame, node[shape[0]], [...at, shape[0]], issues)
      expectKind(d, ["date"], String(node[shape[0]]), [...at, shape[0]], issues)
      if (shape[0] === "validOn" && Object.hasOwn(node, "issued")) {
        const i = resolve(frame, node.issued, [...at, "issued"], issues)
        expectKind(i, ["date"], String(node.issued), [...at, "issued"], issues)
      }
      return
    }
    case "some":
    case "every": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const d = resolve(frame, node[shape[0]], [...at, shape[0]], issues)
      expectKind(d, ["list"], String(node[shape[0]]), [...at, shape[0]], issues)
      const inner: Frame = { ...frame, entry: d?.items ?? {}, outer: frame.entry }
      if (!Object.hasOwn(node, "where")) issues.push({ path: at, message: `"${shape[0]}" needs "where" (the condition on each entry)` })
      else condition(node.where, inner, [...at, "where"], issues)
      if (isObject(node.label)) {
        checkKeys(node.label, ["join"], [...at, "label"], issues)
        if (!Array.isArray(node.label.join) || node.label.join.length === 0) issues.push({ path: [...at, "label", "join"], message: "expected a non-empty array of entry paths" })
        else entryPaths(node.label, "join", inner, ["string", "number", "date"], [...at, "label"], issues)
      } else entryPaths(node, "label", inner, ["string", "number", "date"], at, issues)
      if (Object.hasOwn(node, "entry")) checkLocalized(node.entry, [...at, "entry"], issues)
      if (Object.hasOwn(node, "heading") && typeof node.heading !== "boolean") issues.push({ path: [...at, "heading"], message: `expected true or false, got ${JSON.stringify(node.heading)}` })
      entryPaths(node, "asOf", inner, ["date", "instant"], at, issues)
      if (Object.hasOwn(node, "only") || Object.hasOwn(node, "by") || Object.hasOwn(node, "among")) {
        if (node.only !== "latest" && node.only !== "first") issues.push({ path: [...at, "only"], message: `expected "latest" (with "by") or "first", got ${JSON.stringify(node.only)}` })
        if (node.only === "first" && Object.hasOwn(node, "by")) issues.push({ path: [...at, "by"], message: `"only": "first" takes no "by" (the entries' order decides)` })
        else if (node.only === "latest" && !Object.hasOwn(node, "by")) issues.push({ path: at, message: `"only": "latest" needs "by" (the entry's date, instant or number)` })
        else if (Object.hasOwn(node, "by")) entryPaths(node, "by", inner, ["date", "instant", "number"], at, issues)
        if (Object.hasOwn(node, "among")) condition(node.among, inner, [...at, "among"], issues)
      }
      return
    }
    case "when":
    case "unless": {
      checkKeys(node, [...shape, "reason"], at, issues)
      for (const flag of ["scope", "guardEvidence"]) {
        if (Object.hasOwn(node, flag) && typeof node[flag] !== "boolean") issues.push({ path: [...at, flag], message: `expected true or false, got ${JSON.stringify(node[flag])}` })
      }
      for (const key of shape.filter((k) => k !== "scope" && k !== "guardEvidence")) {
        if (!Object.hasOwn(node, key)) issues.push({ path: at, message: `"${shape[0]}" needs "${key}"` })
        else condition(node[key], frame, [...at, key], issues)
      }
      return
    }
    case "show":
      checkKeys(node, [...shape, "reason"], at, issues)
      if (Object.hasOwn(node, "orNull") && typeof node.orNull !== "boolean") issues.push({ path: [...at, "orNull"], message: `expected true or false, got ${JSON.stringify(node.orNull)}` })
      {
        const d = resolve(frame, node.show, [...at, "show"], issues)
        if (Object.hasOwn(node, "where") || Object.hasOwn(node, "fields")) {
          expectKind(d, ["list"], String(node.show), [...at, "show"], issues)
          const inner: Frame = { ...frame, entry: d?.items ?? {}, outer: undefined }
          if (Object.hasOwn(node, "where")) condition(node.where, inner, [...at, "where"], issues)
          if (Object.hasOwn(node, "fields")) {
            const fields = node.fields
            if (!Array.isArray(fields) || fields.length === 0) issues.push({ path: [...at, "fields"], message: "expected a non-empty array of entry fields" })
            else fields.forEach((x, i) => resolve({ ...inner, facts: {} }, x, [...at, "fields", i], issues))
          }
        }
      }
      return
    case "happened": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const d = resolve(frame, node.happened, [...at, "happened"], issues)
      expectKind(d, ["date", "instant"], String(node.happened), [...at, "happened"], issues)
      return
    }
    case "nonEmpty": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const d = resolve(frame, node.nonEmpty, [...at, "nonEmpty"], issues)
      expectKind(d, ["list", "strings", "dates"], String(node.nonEmpty), [...at, "nonEmpty"], issues)
      if (Object.hasOwn(node, "entries") && typeof node.entries !== "boolean") issues.push({ path: [...at, "entries"], message: `expected true or false, got ${JSON.stringify(node.entries)}` })
      return
    }
    case "one": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const path = node.one
      if (typeof path !== "string") {
        issues.push({ path: [...at, "one"], message: `expected a fact path (a string), got ${JSON.stringify(path)}` })
        return
      }
      const from = frame.entry !== undefined && Object.keys(frame.entry).some((k) => k.startsWith(path + ".")) ? frame.entry : frame.facts
      const fields: Record<string, FactDeclaration> = {}
      for (const [key, d] of Object.entries(from)) if (key.startsWith(path + ".")) fields[key.slice(path.length + 1)] = d
      if (Object.keys(fields).length === 0) issues.push({ path: [...at, "one"], message: `no fact is declared under "${path}."` })
      if (Object.hasOwn(node, "entry")) checkLocalized(node.entry, [...at, "entry"], issues)
      if (!Object.hasOwn(node, "where")) issues.push({ path: at, message: `"one" needs "where" (the condition on the object)` })
      else condition(node.where, { ...frame, entry: fields }, [...at, "where"], issues)
      return
    }
    case "isNull":
      checkKeys(node, [...shape, "reason"], at, issues)
      resolve(frame, node.isNull, [...at, "isNull"], issues)
      return
    case "unknown":
      checkKeys(node, [...shape, "reason"], at, issues)
      if (typeof node.unknown !== "string" || node.unknown.trim() === "") issues.push({ path: [...at, "unknown"], message: `expected the missing path to name, got ${JSON.stringify(node.unknown)}` })
      else checkTemplate(node.unknown, frame, [...at, "unknown"], issues)
      return
    case "call": {
      checkKeys(node, [...shape, "reason"], at, issues)
      const k = call(node, frame, at, issues)
      if (k !== undefined && k !== "boolean") issues.push({ path: [...at, "call"], message: `a condition needs a function returning boolean; "${String(node.call)}" returns ${k}` })
      return
    }
  }
}

/**
 * The problems of a condition (empty when it is sound), with paths under `at`.
 *
 * @since 0.2.0
 */
export const validate = (node: unknown, scope: ValidationScope, at: ReadonlyArray<string | number> = []): Array<ConditionIssue> => {
  const issues: Array<ConditionIssue> = []
  condition(node, { ...scope, entry: undefined }, at, issues)
  return issues
}

/**
 * A JSON path as text: `$.rules[0].violationWhen.any[1].op`.
 *
 * @since 0.2.0
 */
export const formatPath = (path: ReadonlyArray<string | number>): string =>
  "$" + path.map((p) => (typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join("")

/**
 * The fact paths a condition reads (for `Rule.reads`), subject-relative, entry fields as `list[].field`.
 *
 * @since 0.2.0
 */
export const pathsOf = (node: unknown, out: Set<string> = new Set(), list?: string): Set<string> => {
  if (Array.isArray(node)) {
    for (const n of node) pathsOf(n, out, list)
    return out
  }
  if (!isObject(node)) return out
  // which of the keys below the node has, from one pass over its keys (a node has a few of some forty)
  let named = 0
  let nested = 0
  for (const k in node) {
    const n = NAMED_BITS.get(k)
    if (n !== undefined) named |= n
    const c = NESTED_BITS.get(k)
    if (c !== undefined) nested |= c
  }
  if (named !== 0) {
    for (let i = 0; i < FACT_KEYS.length; i++) {
      if ((named & (1 << i)) === 0) continue
      const p = nameOf(node[FACT_KEYS[i]!], list)
      if (p !== undefined) out.add(p)
    }
    if ((named & NAMED_BIT) !== 0 && isObject(node.named)) for (const o of Object.values(node.named)) pathsOf(o, out, list)
    if ((named & ONE_BIT) !== 0 && typeof node.one === "string") {
      const p = nameOf(node.one, list)!
      out.add(p)
      const inner = pathsOf(node.where, new Set())
      for (const q of inner) out.add(q.startsWith("facts.") || q.startsWith("enterprise.") ? q : `${p}.${q}`)
    }
    if ((named & SHOW_BIT) !== 0 && typeof node.show === "string") {
      if (Object.hasOwn(node, "where")) pathsOf(node.where, out, nameOf(node.show, list))
      if (Array.isArray(node.fields)) for (const f of node.fields) if (typeof f === "string") out.add(`${nameOf(node.show, list)!}[].${f}`)
    }
    for (let i = 0; i < QUANTIFIER_KEYS.length; i++) {
      if ((named & (1 << (QUANTIFIER_SHIFT + i))) === 0) continue
      const p = nameOf(node[QUANTIFIER_KEYS[i]!], list)
      if (p === undefined) continue
      out.add(p)
      pathsOf(node.where, out, p)
      if (Object.hasOwn(node, "among")) pathsOf(node.among, out, p)
      if (typeof node.by === "string") out.add(`${p}[].${node.by}`)
      const of = node.of
      if (typeof of === "string") out.add(`${p}[].${of}`)
      const asOf = node.asOf
      for (const d of typeof asOf === "string" ? [asOf] : Array.isArray(asOf) ? asOf : []) if (typeof d === "string") out.add(`${p}[].${d}`)
    }
  }
  if (nested !== 0) {
    for (let i = 0; i < NESTED_KEYS.length; i++) {
      if ((nested & (1 << i)) === 0) continue
      const key = NESTED_KEYS[i]!
      if (Object.hasOwn(node, key) && typeof node[key] !== "string") pathsOf(node[key], out, list)
    }
  }
  return out
}

/** A path as a node names it: inside a list's `where`, a field of an entry (`list[].field`) unless it is absolute. */
const nameOf = (p: unknown, list: string | undefined): string | undefined =>
  typeof p === "string" ? (list !== undefined && !p.startsWith("facts.") && !p.startsWith("enterprise.") ? `${list}[].${p}` : p) : undefined

// The keys `pathsOf` reads, in the order it reads them (the order of `Rule.reads`): keys that name a fact,
// `named`, `one`, `show` (its `where` and `fields`), quantifiers; then the keys that hold nested conditions.
const FACT_KEYS = ["fact", "present", "within", "expired", "validOn", "issued", "elapsed", "show", "happened", "nonEmpty", "isNull"] as const
const NAMED_BIT = 1 << FACT_KEYS.length
const ONE_BIT = NAMED_BIT << 1
const SHOW_BIT = ONE_BIT << 1
const QUANTIFIER_SHIFT = FACT_KEYS.length + 3
const QUANTIFIER_KEYS = ["some", "every", "count", "sum", "latest"] as const
const NESTED_KEYS = ["all", "any", "not", "left", "right", "min", "max", "add", "subtract", "multiply", "args", "days", "months", "when", "then", "unless", "check", "firstOf", "within", "elapsed", "hoursBetween", "shift"] as const
const NAMED_BITS = new Map<string, number>()
for (let i = 0; i < FACT_KEYS.length; i++) NAMED_BITS.set(FACT_KEYS[i]!, 1 << i)
NAMED_BITS.set("named", NAMED_BIT)
NAMED_BITS.set("one", ONE_BIT)
NAMED_BITS.set("show", (NAMED_BITS.get("show") ?? 0) | SHOW_BIT)
for (let i = 0; i < QUANTIFIER_KEYS.length; i++) NAMED_BITS.set(QUANTIFIER_KEYS[i]!, 1 << (QUANTIFIER_SHIFT + i))
const NESTED_BITS = new Map<string, number>()
for (let i = 0; i < NESTED_KEYS.length; i++) NESTED_BITS.set(NESTED_KEYS[i]!, 1 << i)
