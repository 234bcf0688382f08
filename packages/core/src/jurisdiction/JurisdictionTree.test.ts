import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { type JurisdictionLevel, JurisdictionTree, JurisdictionTreeError } from "./index.ts"

const node = (code: string, name: string, level: JurisdictionLevel, parent?: string): JurisdictionTree.JurisdictionInput =>
  parent === undefined ? { code, name, level } : { code, name, level, parent }

const nodes = [
  node("320000", "江苏省", "province"),
  node("320500", "苏州市", "city", "320000"),
  node("320571", "苏州工业园区", "county", "320500"),
  node("320571001", "娄葑街道", "township", "320571"),
  node("320571001001", "某社区", "village", "320571001"),
  node("320571002", "斜塘街道", "township", "320571"),
  node("320506", "吴中区", "county", "320500"),
  node("320100", "南京市", "city", "320000"),
  node("110000", "北京市", "province"),
  node("110101", "东城区", "county", "110000")
]
const tree = JurisdictionTree.make(nodes)

describe("JurisdictionTree queries", () => {
  it("ancestors are nearest first and exclude the node", () => {
    expect(JurisdictionTree.ancestors(tree, "320571001001")).toEqual(["320571001", "320571", "320500", "320000"])
    expect(JurisdictionTree.ancestors(tree, "320000")).toEqual([])
  })

  it("path runs from the root to the node", () => {
    expect(JurisdictionTree.path(tree, "320571001").map((n) => n.name)).toEqual(["江苏省", "苏州市", "苏州工业园区", "娄葑街道"])
  })

  it("isWithin: a node is within itself and its ancestors, not its siblings or descendants", () => {
    expect(JurisdictionTree.isWithin(tree, "320571001", "320571001")).toBe(true)
    expect(JurisdictionTree.isWithin(tree, "320571001", "320000")).toBe(true)
    expect(JurisdictionTree.isWithin(tree, "320571001", "320506")).toBe(false)
    expect(JurisdictionTree.isWithin(tree, "320500", "320571")).toBe(false)
    expect(JurisdictionTree.isWithin(tree, "110101", "320000")).toBe(false)
    expect(JurisdictionTree.isWithin(tree, "999999", "320000")).toBe(false)
    expect(JurisdictionTree.isWithin(tree, "320500", "999999")).toBe(false)
  })

  it("subtree lists the node and all descendants, depth-first in input order", () => {
    expect(JurisdictionTree.subtree(tree, "320500")).toEqual([
      "320500", "320571", "320571001", "320571001001", "320571002", "320506"
    ])
    expect(JurisdictionTree.subtree(tree, "320571002")).toEqual(["320571002"])
  })

  it("children, roots, get, has", () => {
    expect(JurisdictionTree.children(tree, "320000")).toEqual(["320500", "320100"])
    expect(JurisdictionTree.children(tree, "320571002")).toEqual([])
    expect(tree.roots).toEqual(["320000", "110000"])
    expect(JurisdictionTree.get(tree, "320506")?.name).toBe("吴中区")
    expect(JurisdictionTree.has(tree, "320507")).toBe(false)
    expect(JurisdictionTree.nodes(tree)).toHaveLength(nodes.length)
  })

  it("unknown codes throw a RangeError in ancestors, path, subtree", () => {
    expect(() => JurisdictionTree.ancestors(tree, "320599")).toThrow("unknown jurisdiction code (行政区划代码): 320599")
    expect(() => JurisdictionTree.path(tree, "320599")).toThrow(RangeError)
    expect(() => JurisdictionTree.subtree(tree, "320599")).toThrow(RangeError)
  })

  it("nearest finds the closest ancestor-or-self that answers", () => {
    const settings = new Map([["320000", "province"], ["320571", "park"]])
    expect(JurisdictionTree.nearest(tree, "320571001", (c) => settings.get(c))).toEqual({ code: "320571", value: "park" })
    expect(JurisdictionTree.nearest(tree, "320506", (c) => settings.get(c))).toEqual({ code: "320000", value: "province" })
    expect(JurisdictionTree.nearest(tree, "110101", (c) => settings.get(c))).toBeUndefined()
  })

  it("isWithin stays fast on a large tree", () => {
    const big: Array<JurisdictionTree.JurisdictionInput> = [node("320000", "省", "province")]
    for (let c = 1; c <= 13; c++) {
      const city = `32${String(c).padStart(2, "0")}00`
      big.push(node(city, `市${c}`, "city", "320000"))
      for (let k = 1; k <= 10; k++) {
        const county = `32${String(c).padStart(2, "0")}${String(k).padStart(2, "0")}`
        big.push(node(county, `县${k}`, "county", city))
        for (let t = 1; t <= 20; t++) {
          const town = `${county}${String(t).padStart(3, "0")}`
          big.push(node(town, `镇${t}`, "township", county))
          for (let v = 1; v <= 20; v++) big.push(node(`${town}${String(v).padStart(3, "0")}`, `村${v}`, "village", town))
        }
      }
    }
    const t = JurisdictionTree.make(big)
    expect(t.nodes.size).toBe(1 + 13 + 130 + 2600 + 52000)
    const start = performance.now()
    let hits = 0
    for (let i = 0; i < 100_000; i++) if (JurisdictionTree.isWithin(t, "321310020020", "321300")) hits++
    expect(hits).toBe(100_000)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

describe("JurisdictionTree validation", () => {
  const problemsOf = (ns: ReadonlyArray<JurisdictionTree.JurisdictionInput>) => {
    const r = JurisdictionTree.validate(ns)
    return Result.isFailure(r) ? r.failure.problems.map((p) => p.kind) : []
  }

  it("a valid tree validates", () => {
    expect(Result.isSuccess(JurisdictionTree.validate(nodes))).toBe(true)
  })

  it("rejects duplicate codes", () => {
    expect(problemsOf([...nodes, node("320500", "苏州", "city", "320000")])).toEqual(["duplicate-code"])
  })

  it("rejects unknown parents", () => {
    expect(problemsOf([node("320500", "苏州市", "city", "320000")])).toEqual(["unknown-parent"])
  })

  it("rejects a child whose level is not strictly below its parent's", () => {
    const r = JurisdictionTree.validate([
      node("320000", "江苏省", "province"),
      node("320500", "苏州市", "city", "320000"),
      node("320100", "南京市", "city", "320500")
    ])
    expect(Result.isFailure(r) && r.failure.problems).toEqual([{
      kind: "level-not-below-parent",
      code: "320100",
      parent: "320500",
      level: "city",
      parentLevel: "city",
      message: "320100 (南京市) is a city but its parent 320500 (苏州市) is a city: a child's level must be below its parent's"
    }])
  })

  it("rejects a child code outside its parent's code prefix, unless told not to", () => {
    const ns = [node("320000", "江苏省", "province"), node("330100", "杭州市", "city", "320000")]
    expect(problemsOf(ns)).toEqual(["code-not-under-parent"])
    expect(Result.isSuccess(JurisdictionTree.validate(ns, { checkCodePrefix: false }))).toBe(true)
  })

  it("rejects nodes whose code does not fit the level", () => {
    const r = JurisdictionTree.validate([node("320000", "江苏省", "province"), node("320500", "苏州市", "province")])
    expect(Result.isFailure(r) && r.failure.problems).toEqual([
      { kind: "invalid-node", index: 1, message: 'a province (省) code must end in 0000, got 320500 at [1]["code"]' }
    ])
  })

  it("accepts already decoded nodes", () => {
    const t = JurisdictionTree.make(JurisdictionTree.nodes(tree))
    expect(JurisdictionTree.subtree(t, "320000")).toEqual(JurisdictionTree.subtree(tree, "320000"))
  })

  it("skipping a level is allowed (省 → 区 for a municipality)", () => {
    expect(Result.isSuccess(JurisdictionTree.validate([node("110000", "北京市", "province"), node("110101", "东城区", "county", "110000")])))
      .toBe(true)
  })

  it("make throws a JurisdictionTreeError listing every problem", () => {
    let error: unknown
    try {
      JurisdictionTree.make([node("320500", "苏州市", "city", "320000"), node("320500", "苏州市", "city", "320000")])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(JurisdictionTreeError)
    const e = error as JurisdictionTreeError
    expect(e._tag).toBe("JurisdictionTreeError")
    expect(e.problems.map((p) => p.kind)).toEqual(["duplicate-code", "unknown-parent"])
    expect(e.message).toBe(
      "invalid jurisdiction tree (行政区划树):\n- duplicate code 320500 (苏州市)\n- 320500 (苏州市) names parent 320000, which is not in the tree"
    )
  })

  it("decode validates untrusted input with paths", () => {
    const ok = JurisdictionTree.decode([{ code: "320000", name: "江苏省", level: "province" }])
    expect(Result.isSuccess(ok)).toBe(true)
    const bad = JurisdictionTree.decode([
      { code: "320000", name: "江苏省", level: "province" },
      { code: "3205", name: "苏州市", level: "city", parent: "320000" },
      { code: "320506", name: "", level: "county", parent: "320500" }
    ])
    expect(Result.isFailure(bad) && bad.failure.problems).toEqual([
      { kind: "invalid-node", index: 1, message: 'Expected a jurisdiction code (行政区划代码): 6, 9 or 12 digits at [1]["code"]' },
      { kind: "invalid-node", index: 2, message: 'Expected a value with a length of at least 1 at [2]["name"]' }
    ])
    const notArray = JurisdictionTree.decode({})
    expect(Result.isFailure(notArray) && notArray.failure.problems[0]?.message).toBe("Expected array input")
  })
})
