import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { guides, readme, region, root, snippets } from "./snippets.ts"

describe("the guides", () => {
  for (const guide of guides()) {
    const list = snippets(guide)
    describe(guide, () => {
      for (const s of list) {
        it(`shows ${s.file}${s.region ? `#${s.region}` : ""} as it is`, () => {
          expect(existsSync(join(root, s.file)), `${s.file} exists`).toBe(true)
          expect(s.body, "run `node docs/snippets.ts --write` after changing the example").toBe(region(s.file, s.region))
        })
      }
      it("takes every TypeScript code block from an example that runs in CI", () => {
        const untracked = [...readFileSync(join(root, "docs", guide), "utf8").matchAll(/```(ts|typescript)(?![^\n]* file=)[^\n]*\n/g)]
        expect(untracked.map((m) => m[0].trim()), "a ts block without file=…").toEqual([])
      })
    })
  }
})

describe("README.md", () => {
  const list = snippets(readme)
  it("has the first program of \"Use it in your project\" from an example", () => {
    expect(list.map((s) => s.file)).toContain("examples/quickstart/src/first.mjs")
  })
  for (const s of list) {
    it(`shows ${s.file}${s.region ? `#${s.region}` : ""} as it is`, () => {
      expect(existsSync(join(root, s.file)), `${s.file} exists`).toBe(true)
      expect(s.body, "run `node docs/snippets.ts --write` after changing the example").toBe(region(s.file, s.region))
    })
  }
})
