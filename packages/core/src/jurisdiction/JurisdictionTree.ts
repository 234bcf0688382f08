/**
 * 行政区划树 — the jurisdiction tree: validated once, then queried fast.
 *
 * `make` (throws) and `validate` / `decode` (return a `Result`) check the nodes: each is a valid
 * `Jurisdiction` (its code fits its level), codes are unique, every parent exists, a child's level
 * is strictly below its parent's (so the tree has no cycles) and, by default, a child's code extends its parent's
 * (GB/T 2260: 苏州市 320500 lies in 江苏省 320000). The parent and child maps are built once;
 * `isWithin` and `ancestors` walk up at most five levels.
 *
 * @example
 * ```ts
 * import { JurisdictionTree } from "@anquan/core"
 * const tree = JurisdictionTree.make([
 *   { code: "320000", name: "江苏省", level: "province" },
 *   { code: "320500", name: "苏州市", level: "city", parent: "320000" }
 * ])
 * JurisdictionTree.isWithin(tree, "320500", "320000") // true
 * ```
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { decodeIssues } from "../decode-issues/DecodeIssues.ts"
import {
  Jurisdiction,
  type JurisdictionCode,
  type JurisdictionLevel,
  jurisdictionLevelRank,
  jurisdictionSignificantDigits
} from "./Jurisdiction.ts"

/**
 * A validated jurisdiction tree. Build it with `make`, `validate` or `decode`; treat it as opaque
 * and query it with the functions of this module.
 *
 * @since 0.1.0
 */
export interface JurisdictionTree {
  /** Every node by code. */
  readonly nodes: ReadonlyMap<string, Jurisdiction>
  /** Codes of the nodes without a parent, in input order. */
  readonly roots: ReadonlyArray<JurisdictionCode>
  /** Codes of each node's children, in input order (leaves are absent). */
  readonly childrenOf: ReadonlyMap<string, ReadonlyArray<JurisdictionCode>>
}

/**
 * One thing wrong with the nodes given to `make`, `validate` or `decode`.
 *
 * @since 0.1.0
 */
export type JurisdictionTreeProblem =
  | { readonly kind: "invalid-node"; readonly index: number; readonly message: string }
  | { readonly kind: "duplicate-code"; readonly code: string; readonly message: string }
  | { readonly kind: "unknown-parent"; readonly code: string; readonly parent: string; readonly message: string }
  | {
    readonly kind: "level-not-below-parent"
    readonly code: string
    readonly parent: string
    readonly level: JurisdictionLevel
    readonly parentLevel: JurisdictionLevel
    readonly message: string
  }
  | { readonly kind: "code-not-under-parent"; readonly code: string; readonly parent: string; readonly message: string }

/**
 * 行政区划树错误 — the nodes do not form a valid tree. `problems` lists every problem found;
 * `message` lists them one per line.
 *
 * @since 0.1.0
 */
export class JurisdictionTreeError extends Data.TaggedError("JurisdictionTreeError")<{
  readonly problems: ReadonlyArray<JurisdictionTreeProblem>
  readonly message: string
}> {}

const fail = (problems: ReadonlyArray<JurisdictionTreeProblem>): Result.Result<never, JurisdictionTreeError> =>
  Result.fail(
    new JurisdictionTreeError({
      problems,
      message: `invalid jurisdiction tree (行政区划树):\n${problems.map((p) => `- ${p.message}`).join("\n")}`
    })
  )

/**
 * Options of `make`, `validate`, `decode`.
 *
 * @since 0.1.0
 */
export interface Options {
  /**
   * Require a child's code to start with its parent's significant digits (GB/T 2260). Default
   * `true`; turn it off for trees with locally assigned codes (e.g. development zones).
   */
  readonly checkCodePrefix?: boolean | undefined
}

/**
 * A node as given to `make` and `validate`: plain strings (the wire form of `Jurisdiction`), so
 * literals need no branding. Decoded `Jurisdiction` values are accepted too.
 *
 * @since 0.1.0
 */
export type JurisdictionInput = typeof Jurisdiction.Encoded

const build = (
  nodes: ReadonlyArray<Jurisdiction>,
  options?: Options
): Result.Result<JurisdictionTree, JurisdictionTreeError> => {
  const problems: Array<JurisdictionTreeProblem> = []
  const byCode = new Map<string, Jurisdiction>()
  for (const node of nodes) {
    if (byCode.has(node.code)) {
      problems.push({ kind: "duplicate-code", code: node.code, message: `duplicate code ${node.code} (${node.name})` })
      continue
    }
    byCode.set(node.code, node)
  }
  const roots: Array<JurisdictionCode> = []
  const childrenOf = new Map<string, Array<JurisdictionCode>>()
  const checkPrefix = options?.checkCodePrefix ?? true
  for (const node of byCode.values()) {
    if (node.parent === undefined) {
      roots.push(node.code)
      continue
    }
    const parent = byCode.get(node.parent)
    if (parent === undefined) {
      problems.push({
        kind: "unknown-parent",
        code: node.code,
        parent: node.parent,
        message: `${node.code} (${node.name}) names parent ${node.parent}, which is not in the tree`
      })
      continue
    }
    if (jurisdictionLevelRank(node.level) <= jurisdictionLevelRank(parent.level)) {
      problems.push({
        kind: "level-not-below-parent",
        code: node.code,
        parent: parent.code,
        level: node.level,
        parentLevel: parent.level,
        message:
          `${node.code} (${node.name}) is a ${node.level} but its parent ${parent.code} (${parent.name}) is a ${parent.level}: a child's level must be below its parent's`
      })
      continue
    }
    if (checkPrefix) {
      const prefix = parent.code.slice(0, jurisdictionSignificantDigits(parent.level))
      if (!node.code.startsWith(prefix)) {
        problems.push({
          kind: "code-not-under-parent",
          code: node.code,
          parent: parent.code,
          message: `${node.code} (${node.name}) does not start with ${prefix}, the code prefix of its parent ${parent.code} (${parent.name})`
        })
        continue
      }
    }
    const siblings = childrenOf.get(parent.code)
    if (siblings === undefined) childrenOf.set(parent.code, [node.code])
    else siblings.push(node.code)
  }
  if (problems.length > 0) return fail(problems)
  return Result.succeed({ nodes: byCode, roots, childrenOf })
}

const decodeNodes = Schema.decodeUnknownResult(Schema.Array(Jurisdiction), { errors: "all" })

/**
 * Decodes untrusted input (e.g. JSON: an array of `{ code, name, level, parent? }`), validates it
 * and builds the tree, or returns every problem found. Schema failures (a code that does not fit
 * its level, an unknown level, an empty name …) become `invalid-node` problems naming the index
 * and the field; tree problems are checked once every node is well-formed.
 *
 * @since 0.1.0
 */
export const decode = (input: unknown, options?: Options): Result.Result<JurisdictionTree, JurisdictionTreeError> => {
  const decoded = decodeNodes(input)
  if (Result.isFailure(decoded)) {
    return fail(decodeIssues(decoded.failure).map((issue) => {
      const path = issue.path
      const index = typeof path[0] === "number" ? path[0] : -1
      const where = path.length === 0 ? "input" : `at ${path.map((k) => `[${JSON.stringify(k)}]`).join("")}`
      return { kind: "invalid-node" as const, index, message: `${issue.message} ${where}` }
    }))
  }
  return build(decoded.success, options)
}

/**
 * Validates nodes and builds the tree, or returns every problem found (typed `decode`).
 *
 * @since 0.1.0
 */
export const validate = (
  nodes: ReadonlyArray<JurisdictionInput>,
  options?: Options
): Result.Result<JurisdictionTree, JurisdictionTreeError> => decode(nodes, options)

/**
 * Validates nodes and builds the tree; throws a `JurisdictionTreeError` listing every problem.
 *
 * @since 0.1.0
 */
export const make = (nodes: ReadonlyArray<JurisdictionInput>, options?: Options): JurisdictionTree => {
  const result = validate(nodes, options)
  if (Result.isFailure(result)) throw result.failure
  return result.success
}

/** The node with this code, if any. @since 0.1.0 */
export const get = (tree: JurisdictionTree, code: string): Jurisdiction | undefined => tree.nodes.get(code)

/** Whether the tree has a node with this code. @since 0.1.0 */
export const has = (tree: JurisdictionTree, code: string): boolean => tree.nodes.has(code)

/** Every node, in input order. @since 0.1.0 */
export const nodes = (tree: JurisdictionTree): ReadonlyArray<Jurisdiction> => [...tree.nodes.values()]

const nodeOrThrow = (tree: JurisdictionTree, code: string): Jurisdiction => {
  const node = tree.nodes.get(code)
  if (node === undefined) throw new RangeError(`unknown jurisdiction code (行政区划代码): ${code}`)
  return node
}

/** The children of a node, in input order. Throws a `RangeError` for an unknown code. @since 0.1.0 */
export const children = (tree: JurisdictionTree, code: string): ReadonlyArray<JurisdictionCode> =>
  tree.childrenOf.get(nodeOrThrow(tree, code).code) ?? []

/**
 * The ancestors of a node, nearest first, without the node itself: for a township, its county,
 * city and province. Throws a `RangeError` for an unknown code.
 *
 * @since 0.1.0
 */
export const ancestors = (tree: JurisdictionTree, code: string): ReadonlyArray<JurisdictionCode> => {
  const out: Array<JurisdictionCode> = []
  let node = nodeOrThrow(tree, code)
  while (node.parent !== undefined) {
    out.push(node.parent)
    node = nodeOrThrow(tree, node.parent)
  }
  return out
}

/**
 * The nodes from the root down to this node, both included: e.g. 江苏省 → 苏州市 → 工业园区.
 * Throws a `RangeError` for an unknown code.
 *
 * @since 0.1.0
 */
export const path = (tree: JurisdictionTree, code: string): ReadonlyArray<Jurisdiction> => {
  const out: Array<Jurisdiction> = [nodeOrThrow(tree, code)]
  for (const ancestor of ancestors(tree, code)) out.push(nodeOrThrow(tree, ancestor))
  return out.reverse()
}

/**
 * Whether `code` lies within `ancestorCode`: it is that node or one of its descendants. A node is
 * within itself. `false` when either code is not in the tree. O(depth).
 *
 * @since 0.1.0
 */
export const isWithin = (tree: JurisdictionTree, code: string, ancestorCode: string): boolean => {
  let node = tree.nodes.get(code)
  if (node === undefined || !tree.nodes.has(ancestorCode)) return false
  for (;;) {
    if (node.code === ancestorCode) return true
    if (node.parent === undefined) return false
    node = tree.nodes.get(node.parent)
    if (node === undefined) return false
  }
}

/**
 * Every code in the subtree rooted at `code`, the node itself first, then depth-first in input
 * order. Throws a `RangeError` for an unknown code.
 *
 * @since 0.1.0
 */
export const subtree = (tree: JurisdictionTree, code: string): ReadonlyArray<JurisdictionCode> => {
  const out: Array<JurisdictionCode> = []
  const stack: Array<JurisdictionCode> = [nodeOrThrow(tree, code).code]
  while (stack.length > 0) {
    const next = stack.pop()!
    out.push(next)
    const kids = tree.childrenOf.get(next)
    if (kids !== undefined) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
  }
  return out
}

/**
 * The nearest ancestor-or-self of `code` for which `pick` returns a value, and that value; for
 * settings that a lower level may override (e.g. lead departments). `undefined` when no node on
 * the path answers or the code is unknown.
 *
 * @since 0.1.0
 */
export const nearest = <A>(
  tree: JurisdictionTree,
  code: string,
  pick: (code: JurisdictionCode) => A | undefined
): { readonly code: JurisdictionCode; readonly value: A } | undefined => {
  let node = tree.nodes.get(code)
  while (node !== undefined) {
    const value = pick(node.code)
    if (value !== undefined) return { code: node.code, value }
    node = node.parent === undefined ? undefined : tree.nodes.get(node.parent)
  }
  return undefined
}
