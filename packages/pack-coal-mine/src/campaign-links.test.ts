/**
 * The seed 004 small-coal-mine campaign (packages/campaign/templates/small-coal-mine-three-actions.json) links its
 * checklist items to the coal rules they match, so the campaign's progress can count rule findings: every linked id
 * must be a rule of this pack, and the links must be the matching ones.
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "./index.ts"

interface Item {
  readonly id: string
  readonly text: string
  readonly ruleIds?: ReadonlyArray<string>
}
const template = JSON.parse(readFileSync(new URL("../../campaign/templates/small-coal-mine-three-actions.json", import.meta.url), "utf8")) as { checklist: ReadonlyArray<Item> }
const ids = new Set(coalMinePack.rules.map((r) => r.id))

describe("the small-coal-mine campaign's links to the coal rules", () => {
  it("links only rules of this pack", () => {
    const linked = template.checklist.flatMap((i) => i.ruleIds ?? [])
    expect(linked.length).toBeGreaterThan(0)
    expect(linked.filter((id) => !ids.has(id))).toEqual([])
  })

  it("超层越界、超能力超强度超定员 → 第九条(一)(二), 第四条(一)–(三) and 第三十六条(六)(一); 淘汰设备 → 第十三条(一) and 第三十六条(十)", () => {
    const links = Object.fromEntries(template.checklist.filter((i) => i.ruleIds !== undefined).map((i) => [i.id, i.ruleIds]))
    expect(links).toEqual({
      "enforcement-2": [
        "coal-mine/seams-beyond-licence",
        "coal-mine/beyond-licensed-boundary",
        "coal-mine/output-over-capacity",
        "coal-mine/levels-and-faces-over-limit",
        "coal-mine/headcount-over-limit",
        "coal-mine/regulation-36-beyond-licence",
        "coal-mine/regulation-36-over-capacity"
      ],
      "governance-3": ["coal-mine/banned-equipment", "coal-mine/regulation-36-obsolete-equipment"]
    })
  })
})
