/**
 * 条款覆盖检查 — checks that a pack has a rule for every numbered provision of an official text, and
 * none for a provision the text does not have, so a missing item fails the build.
 *
 * @since 0.1.0
 */
import type { Pack } from "@anquan/core"
import { describe, expect, it } from "vitest"

/**
 * The official numbering of one document.
 * - `items`: a list of items numbered without articles (判定标准 like hazchem: items 1–20);
 * - `articles`: article number → how many items it has (0 = the article itself is the provision);
 * - `clauses`: a standard's clause → how many lettered items it has, a) onwards (0 = the clause
 *   itself is the provision), e.g. `{ "4.1": 4, "4.2": 7 }` (since 0.2.0).
 *
 * @since 0.1.0
 */
export interface CoverageSpec {
  readonly document: string
  readonly items?: ReadonlyArray<number>
  readonly articles?: Readonly<Record<number, number>>
  readonly clauses?: Readonly<Record<string, number>>
}

const clauseKey = (clause: string, letter: string | undefined): string => letter === undefined ? `clause ${clause}` : `clause ${clause} ${letter})`

const key = (article: number | undefined, item: number | undefined): string =>
  article === undefined ? `item ${item}` : item === undefined ? `article ${article}` : `article ${article} item ${item}`

/**
 * The provisions a spec expects, as labels (`item 7`, `article 5 item 4`, `article 17`, `clause 4.2 c)`).
 *
 * @since 0.1.0
 */
export const expectedProvisions = (spec: CoverageSpec): Array<string> => {
  const out: Array<string> = []
  for (const i of spec.items ?? []) out.push(key(undefined, i))
  for (const [a, n] of Object.entries(spec.articles ?? {})) {
    if (n === 0) out.push(key(Number(a), undefined))
    for (let i = 1; i <= n; i++) out.push(key(Number(a), i))
  }
  for (const [c, n] of Object.entries(spec.clauses ?? {})) {
    if (n === 0) out.push(clauseKey(c, undefined))
    for (let i = 0; i < n; i++) out.push(clauseKey(c, String.fromCharCode(97 + i)))
  }
  return out
}

/**
 * The provisions of `document` that the pack's rules cite as their primary citation (every version).
 *
 * @since 0.1.0
 */
export const coveredProvisions = (pack: Pack.Pack<any>, document: string): Map<string, Array<string>> => {
  const covered = new Map<string, Array<string>>()
  for (const rule of pack.rules) {
    if (rule.citation.document !== document) continue
    const k = rule.citation.clause !== undefined ? clauseKey(rule.citation.clause, rule.citation.letter) : key(rule.citation.article, rule.citation.item)
    const ids = covered.get(k) ?? []
    if (!ids.includes(rule.id)) ids.push(rule.id)
    covered.set(k, ids)
  }
  return covered
}

/**
 * Declares vitest tests: one per expected provision (a rule must cite it), and one that no rule cites
 * a provision outside the numbering.
 *
 * @example
 * ```ts
 * import { PackTester } from "@anquan/testing"
 * PackTester.coverage(hazchemPack, { document: "hazchem-major-hazard-2017", items: Array.from({ length: 20 }, (_, i) => i + 1) })
 * ```
 * @since 0.1.0
 */
export const coverage = (pack: Pack.Pack<any>, spec: CoverageSpec): void => {
  describe(`${pack.id} covers ${spec.document}`, () => {
    const covered = coveredProvisions(pack, spec.document)
    const expected = expectedProvisions(spec)
    for (const provision of expected) {
      it(`has a rule for ${provision}`, () => {
        expect(covered.get(provision), `no rule of pack "${pack.id}" cites ${spec.document} ${provision}`).toBeDefined()
      })
    }
    it("cites no provision outside the official numbering", () => {
      const extra = [...covered.keys()].filter((k) => !expected.includes(k))
      expect(extra, `rules cite provisions that ${spec.document} does not have`).toEqual([])
    })
  })
}
