/**
 * 解释路径代码生成 — the explaining path of a compiled condition as generated JavaScript.
 *
 * The closures of `Compile.ts` share one function body per kind of node, so in a pack of many rules
 * their calls of their parts (`parts[i].explain(…)`) see every rule's parts and stay megamorphic. Here,
 * as `QuickCode.ts` does for the quick path, the nodes that explain most often — all / any / not,
 * comparisons and `oneOf` of facts with constants or parameters, `when` / `unless`, some / every —
 * become functions of their own: their parts are called by name, their quick answers kept in locals,
 * their fact reads written in place. A generated node allocates nothing of its own; only what the
 * explanation keeps (an evidence entry, a reason, a missing path) is made, as the closures make it.
 *
 * Every other node (and any node that reads an `outer` field or binds one) is explained by its
 * closure, called from the generated code; the words (reasons, headings, templates) are always the
 * closures' functions, so the explanation is the same by construction.
 *
 * `Rule.fromCondition` asks for it only for rules that keep every fact read (`evidence: "read"`),
 * which explain every part and entry: a rule that explains only its deciding parts is explained as
 * fast by the shared closures (bench/README.md, issue 16 figures).
 *
 * @since 0.2.0
 */
import type { Localized } from "../rule/Localized.ts"
import type { Condition, Operand } from "./Condition.ts"
import type { FactDeclaration, FactDeclarations } from "./FactDeclaration.ts"
import type { Generator } from "./QuickCode.ts"

/** How a fact is read by the closures: where its path lies and what to report when it is absent. @since 0.2.0 */
export interface FactRead {
  readonly relative: boolean
  readonly declaration: FactDeclaration | undefined
  readonly missingPath: (subject: unknown, entry: unknown, prefix: string) => string
}

/** The words of a node and the facts it reads, as its closures write and read them. @since 0.2.0 */
export interface NodeWords {
  readonly left?: FactRead | undefined
  readonly right?: FactRead | undefined
  /** A comparison's reason, given both values and its answer. */
  readonly compare?: ((a: unknown, b: unknown, yes: boolean, prefix: string) => unknown) | undefined
  /** `oneOf`'s reason, given the value and its answer. */
  readonly oneOf?: ((v: unknown, yes: boolean, prefix: string) => unknown) | undefined
  /** A quantifier's list. */
  readonly list?: FactRead | undefined
  /** A quantifier's reason when the list is empty, and when no entry is left by the as-of day. */
  readonly empty?: Localized | undefined
  readonly noneLeft?: Localized | undefined
  /** A quantifier's entry heading over the entry's reasons; `undefined` with `heading: false`. */
  readonly group?: ((entry: unknown, index: number, listPath: string, own: Array<unknown>) => unknown) | undefined
}

/** A compiled node, as the generated code sees it. @since 0.2.0 */
export interface ExplainNode {
  /** The closures' explaining function of the node (its own reason included). */
  readonly explain: (...args: ReadonlyArray<any>) => 0 | 1 | 2
  /** A node with its own reason: writes it, once the node holds (`mark`: the reasons before it). */
  readonly after?: ((s: unknown, c: unknown, e: unknown, p: string, trace: unknown, mark: number) => void) | undefined
  readonly words?: NodeWords | undefined
}

/** What the explaining code needs of the closures' compiler. @since 0.2.0 */
export interface ExplainSource {
  /** The compiled node of a condition in an entry scope (as `GeneratedQuick.node` names scopes). */
  readonly node: (condition: Condition, entry: FactDeclarations | undefined) => ExplainNode | undefined
  /** The generated quick function of a node in an entry scope (`GeneratedQuick.node`), if any. */
  readonly quick: (condition: Condition, entry: FactDeclarations | undefined) => ((s: unknown, c: any, e: unknown) => 0 | 1 | 2) | undefined
  readonly evidenceValue: (v: unknown, declaration: FactDeclaration | undefined) => unknown
  /** The quick answers of a quantifier's entries while it explains, shared with the closures. */
  readonly stack: { a: Uint8Array; top: number }
  readonly reserve: (n: number) => number
}

const js = (value: unknown): string => JSON.stringify(value)

const OPERATORS: Readonly<Record<string, string>> = { ">": ">", ">=": ">=", "<": "<", "<=": "<=", "=": "===", "!=": "!==" }

/** Whether a condition mentions `outer` anywhere (a quantifier binding it is left to its closures). */
const mentionsOuter = (x: unknown): boolean => {
  if (Array.isArray(x)) return x.some(mentionsOuter)
  if (typeof x !== "object" || x === null) return false
  if ("outer" in x) return true
  return Object.values(x).some(mentionsOuter)
}

/**
 * Writes the explaining functions `x0, x1, …` (`(s, c, e, p, t) => 0 | 1 | 2`) into a generator's lines.
 * The objects they use (the generated quick functions of their parts, compiled nodes, words) are
 * `K[i]`, bound once to constants.
 *
 * @since 0.2.0
 */
export class ExplainWriter {
  /** The objects the generated code reads as `K[i]`. */
  readonly objects: Array<unknown> = []
  private readonly names = new Map<unknown, string>()
  private count = 0
  private readonly g: Generator
  private readonly source: ExplainSource
  private readonly h: string
  constructor(g: Generator, source: ExplainSource) {
    this.g = g
    this.source = source
    this.h = this.object(source)
  }

  private object(x: unknown): string {
    const known = this.names.get(x)
    if (known !== undefined) return known
    const name = `K${this.objects.length}`
    this.g.lines.push(`const ${name} = K[${this.objects.length}]`)
    this.objects.push(x)
    this.names.set(x, name)
    return name
  }

  private fn(body: ReadonlyArray<string>): string {
    const name = `x${this.count++}`
    this.g.lines.push(`function ${name}(s, c, e, p, t) {\n${body.filter((l) => l !== "").join("\n")}\n}`)
    return name
  }

  /**
   * The missing path of a fact read as an expression, as `FactRead.missingPath` gives it (the path up
   * to its first absent segment, never above a subject's section or an entry's field), written out for
   * its path: no call, no loop, constant strings.
   */
  private missingPath(path: string, relative: boolean): string {
    const segments = path.split(".")
    const least = relative ? 1 : 2
    const shown = (depth: number) => {
      const text = depth >= segments.length ? path : segments.slice(0, depth).join(".")
      return relative ? `p + ${js(text)}` : js(text)
    }
    // the value at each depth (`v[0]` the subject or entry), the first absent one naming the path
    let read = relative ? "e" : "s"
    const tests: Array<string> = []
    for (let i = 0; i < segments.length; i++) {
      tests.push(`${read} === undefined || ${read} === null ? ${shown(Math.max(i, least))} : `)
      read = `${read}[${js(segments[i])}]`
    }
    return `(${tests.join("")}${shown(segments.length)})`
  }

  /** The generated quick function of a part, as a constant. */
  private quick(condition: Condition, entry: FactDeclarations | undefined): string | undefined {
    const fn = this.source.quick(condition, entry)
    return fn === undefined ? undefined : this.object(fn)
  }

  /** The function explaining a condition in an entry scope: generated, or its closure. */
  condition(condition: Condition, entry: FactDeclarations | undefined): string {
    const node = this.source.node(condition, entry)
    if (node === undefined) throw new TypeError(`no compiled node for ${js(condition)}`)
    const inner = this.g.readsFreeOuter(condition) ? undefined : this.node(condition, entry, node)
    if (inner === undefined) return `${this.object(node)}.explain`
    if (node.after === undefined) return inner
    // the author's words replace the node's own when it holds
    const k = this.object(node)
    return this.fn([
      `if (t.skipReasons === true) return ${inner}(s, c, e, p, t)`,
      "const m = t.reasons.length",
      `const r = ${inner}(s, c, e, p, t)`,
      `if (r === 1) ${k}.after(s, c, e, p, t, m)`,
      "return r"
    ])
  }

  /** Explains a part without its words (a rule keeping every fact read): its evidence only. */
  private wordless(call: string, at: string): string {
    return `if (t.skipReasons === true) ${call}(s, c, ${at}, t); else { t.skipReasons = true; ${call}(s, c, ${at}, t); t.skipReasons = false }`
  }

  /**
   * An operand's explained value in `name`, recorded as its closure records it; `undefined` for an
   * operand left to the closures (the whole node is then).
   */
  private operand(operand: Operand, entry: FactDeclarations | undefined, fact: FactRead | undefined, name: string): Array<string> | undefined {
    if ("value" in operand) return [`const ${name} = ${this.g.constant(operand.value)}`]
    if ("param" in operand) return [`const ${name} = c.params[${js(operand.param)}]`]
    if ("asOfDate" in operand) return [`const ${name} = c.asOf`]
    if (!("fact" in operand) || fact === undefined) return undefined
    if (this.g.declaration(operand.fact, entry).relative !== fact.relative) return undefined
    const f = this.object(fact)
    const raw = this.g.read(operand.fact, entry)
    const read = operand.byAsOf === true ? `h.byAsOf(${raw}, c.asOf, ${fact.declaration?.type === "instant"})` : raw
    const path = fact.relative ? `p + ${js(operand.fact)}` : js(operand.fact)
    const absent = operand.ifAbsent !== undefined
      ? `${name} = ${this.g.constant(operand.ifAbsent)}`
      : operand.optional === true ? "" : `t.missing.push(${this.missingPath(operand.fact, fact.relative)})`
    // a value that is no object is its own evidence (see Compile.ts's evidenceValue)
    const given = operand.evidence === false ? "" : `if (t.skipEvidence !== true) t.evidence.push({ path: ${path}, value: typeof ${name} !== "object" ? ${name} : ${this.h}.evidenceValue(${name}, ${f}.declaration) })`
    return [`let ${name} = ${read}`, `if (${name} === undefined) { ${absent} }${given === "" ? "" : ` else { ${given} }`}`]
  }

  private node(condition: Condition, entry: FactDeclarations | undefined, node: ExplainNode): string | undefined {
    const words = node.words
    if ("all" in condition || "any" in condition) {
      const isAll = "all" in condition
      const parts = isAll ? condition.all : condition.any
      const quick = parts.map((c) => this.quick(c, entry))
      if (quick.some((q) => q === undefined)) return undefined
      const explain = parts.map((c) => this.condition(c, entry))
      const stop = isAll ? 0 : 1
      const n = parts.length
      const idx = Array.from({ length: n }, (_, i) => i)
      // the quick answers first; then only the parts whose answer is the node's are explained (see Compile.ts)
      return this.fn([
        n === 0 ? "" : `const ${idx.map((i) => `q${i} = ${quick[i]}(s, c, e)`).join(", ")}`,
        n === 0
          ? `const r = ${isAll ? 1 : 0}`
          : `const r = ${idx.map((i) => `q${i} === ${stop}`).join(" || ")} ? ${stop} : ${idx.map((i) => `q${i} === 2`).join(" || ")} ? 2 : ${isAll ? 1 : 0}`,
        "const m = t.missing.length",
        "if (t.keepEveryRead !== true) {",
        ...idx.map((i) => `  if (q${i} === r) ${explain[i]}(s, c, e, p, t)`),
        "} else {",
        ...idx.map((i) => `  if (q${i} === r) ${explain[i]}(s, c, e, p, t); else ${this.wordless(explain[i]!, "e, p")}`),
        "}",
        "if (r !== 2) T(t.missing, m)",
        "return r"
      ])
    }
    if ("not" in condition) {
      const inner = this.condition(condition.not, entry)
      return this.fn([`const r = ${inner}(s, c, e, p, t)`, "return r === 2 ? 2 : r === 1 ? 0 : 1"])
    }
    if ("op" in condition) {
      if (words === undefined) return undefined
      const w = this.object(words)
      if (condition.op === "oneOf") {
        const left = this.operand(condition.left, entry, words.left, "a")
        if (left === undefined || words.oneOf === undefined) return undefined
        const test = (x: string) => (condition.values.length === 0 ? "false" : condition.values.map((v) => `${x} === ${js(v)}`).join(" || "))
        return this.fn([
          ...left,
          "if (a === undefined) return 2",
          "let yes = false",
          // a list of strings is one of the values when any of its elements is
          `if (Array.isArray(a)) { for (let i = 0; i < a.length; i++) { const x = a[i]; if (${test("x")}) { yes = true; break } } } else yes = ${test("a")}`,
          `if (t.skipReasons !== true) t.reasons.push(${w}.oneOf(a, yes, p))`,
          "return yes ? 1 : 0"
        ])
      }
      const op = OPERATORS[condition.op]
      if (op === undefined || words.compare === undefined || !("right" in condition)) return undefined
      const left = this.operand(condition.left, entry, words.left, "a")
      const right = this.operand(condition.right, entry, words.right, "b")
      if (left === undefined || right === undefined) return undefined
      return this.fn([
        ...left,
        ...right,
        "if (a === undefined || b === undefined) return 2",
        `const yes = (a instanceof Date ? a.getTime() : a) ${op} (b instanceof Date ? b.getTime() : b)`,
        `if (t.skipReasons !== true) t.reasons.push(${w}.compare(a, b, yes, p))`,
        "return yes ? 1 : 0"
      ])
    }
    if ("when" in condition) {
      const guard = this.condition(condition.when, entry), then = this.condition(condition.then, entry)
      const silent = condition.guardEvidence === false, scope = condition.scope === true
      const quick = silent || scope ? this.quick(condition.when, entry) : undefined
      return this.fn([
        // the answer known: a guard none of whose evidence or words would be kept needs only its quick answer
        quick === undefined ? "" : `if (t.skipMissing === true) { const g0 = ${quick}(s, c, e); if (g0 === 0) return 0${silent ? `; if (g0 === 1) return ${then}(s, c, e, p, t)` : ""} }`,
        "const em = t.evidence.length, rm = t.reasons.length",
        `const g = ${guard}(s, c, e, p, t)`,
        // out of scope: nothing of it is evidence; in scope: a scope is no reason of the answer
        condition.scope === true ? "if (g === 0) { T(t.evidence, em); T(t.reasons, rm) }\nif (g === 1) T(t.reasons, rm)" : "",
        condition.guardEvidence === false ? "if (g !== 2) { T(t.evidence, em); T(t.reasons, rm) }" : "",
        `return g === 1 ? ${then}(s, c, e, p, t) : g`
      ])
    }
    if ("unless" in condition) {
      const quick = this.quick(condition.unless, entry)
      if (quick === undefined) return undefined
      const guard = this.condition(condition.unless, entry), check = this.condition(condition.check, entry)
      return this.fn([
        `if (${quick}(s, c, e) !== 1) return ${check}(s, c, e, p, t)`,
        // the answer known and the guard no evidence: nothing of its explanation would be kept
        condition.guardEvidence === false ? "if (t.skipMissing === true) return 0" : "",
        "const em = t.evidence.length, rm = t.reasons.length",
        `${guard}(s, c, e, p, t)`,
        condition.guardEvidence === false ? "T(t.evidence, em)" : "",
        "T(t.reasons, rm)",
        "return 0"
      ])
    }
    if ("show" in condition) {
      // always true: the fact's value is evidence when given (`orNull`: null when absent)
      const fact = words?.left
      if (fact === undefined || condition.where !== undefined || condition.fields !== undefined) return undefined
      if (this.g.declaration(condition.show, entry).relative !== fact.relative) return undefined
      const f = this.object(fact)
      const path = fact.relative ? `p + ${js(condition.show)}` : js(condition.show)
      return this.fn([
        `const v = ${this.g.read(condition.show, entry)}`,
        "if (t.skipEvidence === true) return 1",
        `if (v !== undefined) t.evidence.push({ path: ${path}, value: typeof v !== "object" ? v : ${this.h}.evidenceValue(v, ${f}.declaration) })`,
        condition.orNull === true ? `else t.evidence.push({ path: ${path}, value: null })` : "",
        "return 1"
      ])
    }
    if ("some" in condition || "every" in condition) {
      if (condition.only !== undefined || mentionsOuter(condition.where) || words?.list === undefined || words.empty === undefined || words.noneLeft === undefined) return undefined
      const isSome = "some" in condition
      const path = isSome ? condition.some : condition.every
      const { d, relative } = this.g.declaration(path, entry)
      if (relative !== words.list.relative) return undefined
      const items = d?.items ?? this.g.noFields
      const quick = this.quick(condition.where, items)
      if (quick === undefined) return undefined
      const where = this.condition(condition.where, items)
      const skip = this.g.skipper(condition.asOf, items)
      const w = this.object(words), h = this.h
      const stop = isSome ? 1 : 0, otherwise = isSome ? 0 : 1
      const full = relative ? `p + ${js(path)}` : js(path)
      const group = words.group !== undefined
      return this.fn([
        `const xs = ${this.g.read(path, entry)}`,
        `if (!Array.isArray(xs)) { if (xs === undefined) t.missing.push(${this.missingPath(path, relative)}); else if (t.skipEvidence !== true) t.evidence.push({ path: ${full}, value: ${h}.evidenceValue(xs, ${w}.list.declaration) }); return 2 }`,
        `const lp = ${full}`,
        "if (xs.length === 0) {",
        "  if (t.skipEvidence !== true) t.evidence.push({ path: lp, value: [] })",
        `  if (t.skipReasons !== true) t.reasons.push(${w}.empty)`,
        `  return ${otherwise}`,
        "}",
        // the quick answer of each entry first (kept on the shared stack); then only the entries whose answer is the quantifier's are explained
        `const n = xs.length, base = ${h}.reserve(n)`,
        "let left = 0, decided = false, unknown = false",
        "for (let i = 0; i < n; i++) {",
        skip === undefined ? "" : `  if (${skip}(s, c, xs[i])) { ${h}.stack.a[base + i] = 3; continue }`,
        `  left++`,
        `  const q = ${quick}(s, c, xs[i])`,
        `  ${h}.stack.a[base + i] = q`,
        `  if (q === ${stop}) decided = true; else if (q === 2) unknown = true`,
        "}",
        `if (left === 0) { ${h}.stack.top = base; if (t.skipReasons !== true) t.reasons.push(${w}.noneLeft); return ${otherwise} }`,
        `const r = decided ? ${stop} : unknown ? 2 : ${otherwise}`,
        "const m = t.missing.length, everyRead = t.keepEveryRead === true",
        "for (let i = 0; i < n; i++) {",
        // the stack may have grown (a new array) while an entry explained
        `  const q = ${h}.stack.a[base + i]`,
        "  if (q !== r) {",
        `    if (everyRead && q !== 3) { const at = lp + "[" + i + "]."; ${this.wordless(where, "xs[i], at")} }`,
        "    continue",
        "  }",
        group ? "  const mk = t.reasons.length" : "",
        `  ${where}(s, c, xs[i], lp + "[" + i + "].", t)`,
        group ? `  if (t.reasons.length > mk) { const own = t.reasons.slice(mk); T(t.reasons, mk); t.reasons.push(${w}.group(xs[i], i, lp, own)) }` : "",
        "}",
        `${h}.stack.top = base`,
        "if (r !== 2) T(t.missing, m)",
        "return r"
      ])
    }
    return undefined
  }
}
