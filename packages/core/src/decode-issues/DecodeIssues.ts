/**
 * 解码问题 — a Schema decoding failure as a flat list of `{ path, message, messages }`, the shape
 * every entry point of the SDK reports bad input in (evaluation, the ledger, the risk register,
 * config), with each problem in Chinese and English.
 *
 * The English `message` is effect's own (`SchemaIssue.makeFormatterStandardSchemaV1`). The Chinese
 * is made from the issue tree, never from the English text:
 *
 * - the kind of issue: a missing key (缺少必填字段), a key that should not be there (不应有此字段), a
 *   forbidden operation, a value matching more than one member of a union;
 * - for a wrong type, the schema expected: its type (字符串, 数字, 布尔值, 数组, 对象 …), the literals it
 *   allows (应为已知的行业领域："a" | "b"), or its Chinese name — a Chinese `title`, or the Chinese head of
 *   its `description` (`"行业领域 — sector id"` names it 行业领域);
 * - a key's `messageMissingKeyZh` annotation (the Chinese of its `messageMissingKey`);
 * - for a failed check, the check's `messageZh` annotation (the Chinese of its `message`) or, for
 *   effect's built-in checks, their representation (`isGreaterThan` 0: 应大于 0; `isInt`: 应为整数;
 *   `isMinLength` 1: 长度应不少于 1 …);
 * - a check that returns a `SchemaIssue.InvalidValue` may carry its own `messageZh` (the credit code's
 *   checks say which character is wrong and which check character was expected, in both languages).
 *
 * A schema's own English `message` with no `messageZh` and no structure to read (a third-party
 * pack's check, say) keeps its English inside the Chinese: `值不符合要求（…）`. Give such a schema a
 * `messageZh` annotation beside its `message`.
 *
 * @since 0.1.0
 */
import { SchemaAST, SchemaIssue } from "effect"
import type { Schema } from "effect"
import type { Locale, Localized } from "../rule/Localized.ts"

/**
 * One problem: where in the input (keys and indexes), what is wrong there (`message`, English, as
 * effect words it), and the same in both languages (`messages`).
 *
 * @since 0.1.0
 */
export interface DecodeIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  /**
   * The problem in Chinese and English, made from the issue's structure (see the module). Absent on
   * an issue made by hand without it: then `message` is shown in both languages.
   *
   * @since 0.2.0
   */
  readonly messages?: Localized | undefined
}

/**
 * The annotation that gives a schema's or a check's `message` in Chinese; on a
 * `SchemaIssue.InvalidValue` a check returns, the Chinese of that issue's `message`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * const Code = Schema.String.check(Schema.isPattern(/^[0-9]{6}$/, { message: "Expected 6 digits", messageZh: "应为 6 位数字" }))
 * ```
 * @since 0.2.0
 */
export const MESSAGE_ZH = "messageZh"

/**
 * A check's failure in both languages, for a filter to return (`Schema.makeFilter`): an
 * `InvalidValue` whose `message` is the English and whose `messageZh` the Chinese. The input is
 * not kept in it.
 *
 * @example
 * ```ts
 * import { localizedIssue } from "@anquan/core"
 * import { Schema } from "effect"
 * const Window = Schema.Struct({ from: Schema.Number, to: Schema.Number }).check(Schema.makeFilter((w) =>
 *   w.to < w.from ? { path: ["to"], issue: localizedIssue("a window cannot end before it starts", "结束不能早于开始") } : undefined))
 * ```
 * @since 0.2.0
 */
export const localizedIssue = (en: string, zh: string): SchemaIssue.InvalidValue => new SchemaIssue.InvalidValue({ message: en, [MESSAGE_ZH]: zh })

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

// ---------------------------------------------------------------------------------------------
// The Chinese, from the structure
// ---------------------------------------------------------------------------------------------

const CJK = /[\u3400-\u9fff]/u

/** A value as the Chinese message shows it: JSON (control characters escaped), else its kind. */
const shown = (value: unknown): string => {
  if (typeof value === "bigint") return `${value}n`
  if (typeof value === "symbol") return String(value)
  if (value === undefined) return "undefined"
  try {
    const json = JSON.stringify(value)
    if (json !== undefined) return json.length > 80 ? `${json.slice(0, 77)}…` : json
  } catch {
    // a cycle or a throwing toJSON: named by its kind
  }
  return Array.isArray(value) ? "[数组]" : typeof value === "object" ? "{对象}" : typeof value
}

const got = (issue: SchemaIssue.Issue): string => (SchemaIssue.hasInput(issue) ? `，实际为 ${shown(issue.input)}` : "")

const zhAnnotation = (annotations: Schema.Annotations.Annotations | undefined): string | undefined => {
  const zh = annotations?.[MESSAGE_ZH]
  return typeof zh === "string" ? zh : undefined
}

/** A schema's Chinese name: a Chinese `title`, or the Chinese head of its `description` ("行业领域 — sector id"). */
const nameOf = (ast: SchemaAST.AST): string | undefined => {
  const title = SchemaAST.resolveTitle(ast)
  if (title !== undefined && CJK.test(title)) return title
  const description = SchemaAST.resolveDescription(ast)
  if (description === undefined) return undefined
  const head = description.split(/ — | - |：|:|\(|（|,|，/u)[0]!.trim()
  return head !== "" && head.length <= 24 && CJK.test(head) ? head : undefined
}

/** The literals a schema allows, when it allows only literals. */
const literalsOf = (ast: SchemaAST.AST): ReadonlyArray<unknown> | undefined => {
  if (SchemaAST.isLiteral(ast)) return [ast.literal]
  if (SchemaAST.isEnum(ast)) return ast.enums.map(([, v]) => v)
  if (SchemaAST.isUnion(ast)) {
    const all: Array<unknown> = []
    for (const member of ast.types) {
      const values = literalsOf(member)
      if (values === undefined) return undefined
      all.push(...values)
    }
    return all
  }
  return undefined
}

/** What a schema of this kind is called, when it has no name of its own. */
const kindOf = (ast: SchemaAST.AST): string => {
  switch (ast._tag) {
    case "String":
      return "字符串"
    case "Number":
      return "数字"
    case "Boolean":
      return "布尔值（true 或 false）"
    case "BigInt":
      return "整数"
    case "Symbol":
    case "UniqueSymbol":
      return "符号"
    case "Null":
      return "null"
    case "Undefined":
    case "Void":
      return "不填"
    case "Arrays":
      return "数组"
    case "Objects":
    case "ObjectKeyword":
      return "对象"
    case "TemplateLiteral":
      return "符合格式的字符串"
    case "Never":
      return "不应有值"
    case "Union":
      return ast.types.map((t) => nameOf(t) ?? kindOf(t)).filter((x, i, all) => all.indexOf(x) === i).join("或")
    default:
      return "有效的值"
  }
}

/** "应为…" for a value that is not what `ast` allows. */
const expectedOf = (ast: SchemaAST.AST, issue: SchemaIssue.Issue): string => {
  const literals = literalsOf(ast)
  if (literals !== undefined) {
    const name = nameOf(ast)
    const values = literals.map(shown).join(" | ")
    return literals.length === 1 && name === undefined ? `应为 ${values}${got(issue)}` : `应为${name === undefined ? "以下值之一" : `已知的${name}`}：${values}${got(issue)}`
  }
  // a type mismatch names the type expected (数字 for a number field); the schema's name, when the type is its own
  const name = nameOf(ast)
  const kind = kindOf(ast)
  return `应为${kind === "有效的值" || kind === "对象" || kind === "字符串" ? name ?? kind : kind}${got(issue)}`
}

const num = (v: unknown): string => (typeof v === "number" || typeof v === "string" ? String(v) : shown(v))

/** The Chinese of one of effect's built-in checks, from its representation (`{ id, payload }`). */
const builtInCheck = (check: SchemaAST.Check<unknown>): string | undefined => {
  if (check._tag === "FilterGroup") {
    const parts = check.checks.map(builtInCheck)
    return parts.every((p) => p !== undefined) ? parts.join("，且") : undefined
  }
  const r = check.annotations?.representation
  if (r === undefined) return undefined
  const p = (typeof r.payload === "object" && r.payload !== null ? r.payload : {}) as Record<string, unknown>
  switch (r.id) {
    case "effect/schema/isInt":
      return "应为整数"
    case "effect/schema/isFinite":
      return "应为有限数字"
    case "effect/schema/isGreaterThan":
    case "effect/schema/isGreaterThanBigInt":
    case "effect/schema/isGreaterThanDate":
      return `应大于 ${num(p["exclusiveMinimum"])}`
    case "effect/schema/isGreaterThanOrEqualTo":
    case "effect/schema/isGreaterThanOrEqualToBigInt":
    case "effect/schema/isGreaterThanOrEqualToDate":
      return `应不小于 ${num(p["minimum"])}`
    case "effect/schema/isLessThan":
    case "effect/schema/isLessThanBigInt":
    case "effect/schema/isLessThanDate":
      return `应小于 ${num(p["exclusiveMaximum"])}`
    case "effect/schema/isLessThanOrEqualTo":
    case "effect/schema/isLessThanOrEqualToBigInt":
    case "effect/schema/isLessThanOrEqualToDate":
      return `应不大于 ${num(p["maximum"])}`
    case "effect/schema/isBetween":
    case "effect/schema/isBetweenBigInt":
    case "effect/schema/isBetweenDate":
      return `应在 ${num(p["minimum"])} 与 ${num(p["maximum"])} 之间`
    case "effect/schema/isMultipleOf":
      return `应为 ${num(p["divisor"])} 的倍数`
    case "effect/schema/isMinLength":
    case "effect/schema/isMinSize":
      return `长度应不少于 ${num(p["minLength"] ?? p["minSize"])}`
    case "effect/schema/isMaxLength":
    case "effect/schema/isMaxSize":
      return `长度应不超过 ${num(p["maxLength"] ?? p["maxSize"])}`
    case "effect/schema/isBetweenLength":
    case "effect/schema/isBetweenSize":
      return `长度应在 ${num(p["minimum"])} 与 ${num(p["maximum"])} 之间`
    case "effect/schema/isTrimmed":
      return "首尾不应有空白字符"
    case "effect/schema/isLowercased":
      return "应为小写"
    case "effect/schema/isUppercased":
      return "应为大写"
    case "effect/schema/isUUID":
    case "effect/schema/isGUID":
      return "应为 UUID"
    case "effect/schema/isUnique":
      return "各项不应重复"
    default:
      return undefined
  }
}

/** The Chinese of a failed check: its own `messageZh`, its issue's, a built-in check's, or its English kept. */
const filterZh = (filter: SchemaIssue.Filter): string => {
  const own = zhAnnotation(filter.filter.annotations)
  if (own !== undefined) return own
  const inner = filter.issue
  if (inner._tag === "InvalidValue" || inner._tag === "Forbidden") {
    const zh = zhAnnotation(inner.annotations)
    if (zh !== undefined) return zh
  }
  const builtIn = builtInCheck(filter.filter)
  // effect's own message of a check is its `expected` ("a value greater than 0"): the built-in's Chinese says it
  if (builtIn !== undefined && typeof filter.filter.annotations?.message !== "string") return builtIn + got(inner)
  const english = formatIssues(filter).issues[0]?.message ?? ""
  return builtIn ?? `值不符合要求（${english}）`
}

/** The Chinese of a leaf issue (no check above it gave the message). */
const leafZh = (issue: SchemaIssue.Issue): string => {
  switch (issue._tag) {
    case "MissingKey": {
      const zh = issue.annotations?.["messageMissingKeyZh"]
      return typeof zh === "string" ? zh : "缺少必填字段"
    }
    case "UnexpectedKey":
      return SchemaIssue.hasInput(issue) ? `不应有此字段（值为 ${shown(issue.input)}）` : "不应有此字段"
    case "Forbidden":
      return zhAnnotation(issue.annotations) ?? "不允许的操作"
    case "OneOf":
      return `应恰好符合一种形式${SchemaIssue.hasInput(issue) ? `，实际为 ${shown(issue.input)}` : ""}`
    case "InvalidValue": {
      const zh = zhAnnotation(issue.annotations)
      if (zh !== undefined) return zh
      const expected = issue.annotations?.expected
      if (typeof expected === "string") return CJK.test(expected) ? `应为${expected}${got(issue)}` : `值无效（应为 ${expected}）`
      return SchemaIssue.hasInput(issue) ? `值无效：${shown(issue.input)}` : "值无效"
    }
    case "InvalidType":
    case "AnyOf":
      return zhAnnotation(issue.ast.annotations) ?? expectedOf(issue.ast, issue)
    default:
      return "值无效"
  }
}

/** effect's `message` of an issue (its formatter's `findMessage`): the annotation of its check, value or schema. */
const findMessage = (issue: SchemaIssue.Issue): string | undefined => {
  switch (issue._tag) {
    case "Pointer":
    case "Composite":
      return undefined
    case "Encoding":
      return findMessage(issue.issue)
    default: {
      const annotations: Schema.Annotations.Annotations | undefined = issue._tag === "Filter"
        ? issue.filter.annotations
        : "annotations" in issue ? issue.annotations : issue.ast.annotations
      const message = annotations?.[issue._tag === "MissingKey" ? "messageMissingKey" : issue._tag === "UnexpectedKey" ? "messageUnexpectedKey" : "message"]
      return typeof message === "string" ? message : undefined
    }
  }
}

/**
 * The Chinese of every leaf, in the order and with the paths effect's formatter gives them: the
 * same walk as `makeFormatterStandardSchemaV1` (a check's message, when it has one, stands for the
 * issues under it).
 */
const chinese = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>, override: SchemaIssue.Filter | undefined, out: Array<string>): void => {
  switch (issue._tag) {
    case "Filter":
      // effect: a check stands for the issues under it when it (or its issue) has a message, or its issue is an InvalidValue
      chinese(issue.issue, path, override ?? (findMessage(issue) !== undefined || findMessage(issue.issue) !== undefined || issue.issue._tag === "InvalidValue" ? issue : undefined), out)
      return
    case "Encoding":
      chinese(issue.issue, path, override, out)
      return
    case "Pointer":
      chinese(issue.issue, [...path, ...issue.path], override, out)
      return
    case "Composite":
      for (const i of issue.issues) chinese(i, path, override, out)
      return
    case "AnyOf":
      if (issue.issues.length > 0) {
        for (const i of issue.issues) chinese(i, path, override, out)
        return
      }
      out.push(override !== undefined ? filterZh(override) : leafZh(issue))
      return
    default:
      out.push(override !== undefined ? filterZh(override) : leafZh(issue))
  }
}

/**
 * Every issue of a `SchemaError`, with its path (optionally under `prefix`) and its message in
 * English (`message`) and in both languages (`messages`). Symbol keys are written as strings, so
 * the result is plain JSON.
 *
 * @example
 * ```ts
 * import { decodeIssues } from "@anquan/core"
 * import { Result, Schema } from "effect"
 * const r = Schema.decodeUnknownResult(Schema.Struct({ a: Schema.Number }), { errors: "all" })({ a: "x" })
 * if (Result.isFailure(r)) decodeIssues(r.failure)
 * // [{ path: ["a"], message: "Expected number", messages: { "zh-CN": "应为数字", en: "Expected number" } }]
 * ```
 * @since 0.1.0
 */
export const decodeIssues = (error: Schema.SchemaError, prefix: ReadonlyArray<string | number> = []): Array<DecodeIssue> => {
  const english = formatIssues(error.issue).issues
  const zh: Array<string> = []
  chinese(error.issue, [], undefined, zh)
  // the walk is effect's; were it ever to differ, each message is still right in English
  const aligned = zh.length === english.length
  return english.map((i, n) => ({
    path: [
      ...prefix,
      ...(i.path ?? [])
        .map((k) => (typeof k === "object" && k !== null && "key" in k ? k.key : k))
        .map((k) => (typeof k === "number" ? k : String(k)))
    ],
    message: i.message,
    messages: { "zh-CN": aligned ? zh[n]! : i.message, en: i.message }
  }))
}

/**
 * The message of a decode issue in a language: its `messages` (made from the issue's structure by
 * {@link decodeIssues}); an issue without them (made by hand) is its `message` in both.
 *
 * @example
 * ```ts
 * import { decodeIssueMessage, decodeIssues } from "@anquan/core"
 * import { Result, Schema } from "effect"
 * const r = Schema.decodeUnknownResult(Schema.Struct({ employees: Schema.Number }))({ employees: "约200" })
 * if (Result.isFailure(r)) decodeIssueMessage(decodeIssues(r.failure)[0]!, "zh-CN") // "应为数字"
 * ```
 * @since 0.1.0
 */
export const decodeIssueMessage = (issue: DecodeIssue, locale: Locale): string => issue.messages?.[locale] ?? issue.message

/**
 * The message of a decode issue in both languages, as the reports embed it.
 *
 * @since 0.1.0
 */
export const decodeIssueMessages = (issue: DecodeIssue): Localized => issue.messages ?? { "zh-CN": issue.message, en: issue.message }
