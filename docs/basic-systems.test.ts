// Pins docs/investigation.md's table of seed 000's eleven systems to the campaign template
// `annual-plan-basic-systems` and to the work-safety-law pack: each row's checklist item exists with
// exactly the row's rule, each rule exists and cites the row's article of 安全生产法 (2021), and a row
// without an article has no rule.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { getTemplate } from "../packages/campaign/src/index.ts"
import { workSafetyLaw } from "../packages/pack-work-safety-law/src/index.ts"
import { root } from "./snippets.ts"

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
/** 第八十一条 → 81 (the numbers 1–99 the table uses). */
const articleNumber = (s: string): number => {
  const m = /^第(.+)条$/u.exec(s)
  if (m === null) throw new Error(`not an article: ${s}`)
  const t = m[1]!
  const i = t.indexOf("十")
  if (i < 0) return NUMERALS[t]!
  return (i === 0 ? 1 : NUMERALS[t[0]!]!) * 10 + (i === t.length - 1 ? 0 : NUMERALS[t[i + 1]!]!)
}

const table = () => {
  const text = readFileSync(join(root, "docs", "investigation.md"), "utf8")
  const body = text.slice(text.indexOf("<!-- basic-systems:begin -->"), text.indexOf("<!-- basic-systems:end -->"))
  return body.split("\n").filter((l) => /^\| \d+ \|/u.test(l)).map((l) => {
    const cells = l.split("|").slice(1, -1).map((c) => c.trim())
    const code = (c: string) => c === "—" ? undefined : c.replace(/^`|`$/gu, "")
    return { n: Number(cells[0]), article: cells[3] === "—" ? undefined : articleNumber(cells[3]!), rule: code(cells[4]!), item: code(cells[5]!)! }
  })
}

describe("docs/investigation.md: seed 000's eleven systems", () => {
  const rows = table()
  const template = getTemplate("annual-plan-basic-systems")

  it("has eleven rows, one per checklist item of the template, in its order", () => {
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1))
    expect(rows.map((r) => r.item)).toEqual(template.checklist.map((i) => i.id))
  })

  it("gives each item exactly the rule the template carries", () => {
    for (const r of rows) {
      const item = template.checklist.find((i) => i.id === r.item)!
      expect(item.ruleIds ?? [], r.item).toEqual(r.rule === undefined ? [] : [r.rule])
    }
  })

  it("names rules of the work-safety-law pack that cite the row's article (2021 text), and no rule without an article", () => {
    for (const r of rows) {
      if (r.article === undefined) {
        expect(r.rule, `row ${r.n} has no article but a rule`).toBeUndefined()
        continue
      }
      const rule = workSafetyLaw.rules.find((x) => x.id === r.rule)
      expect(rule, `row ${r.n}: ${r.rule} is not in the pack`).toBeDefined()
      expect(rule!.citation, `row ${r.n}`).toMatchObject({ document: "work-safety-law-2021", article: r.article })
    }
  })

  it("reads Chinese article numbers", () => {
    expect(["第二十三条", "第三十一条", "第八十一条", "第五十一条", "第十九条", "第二十条"].map(articleNumber)).toEqual([23, 31, 81, 51, 19, 20])
  })
})
