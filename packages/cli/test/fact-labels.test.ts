// Missing facts by their words: a whole section missing (facts.management) is named by the facts its rule
// declares under it when the pack declares no label for the section itself (type "object"), else by that label.
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { Engine } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import { check, installedPacks } from "../src/index.ts"
import { factLabeler, sectionLabelAt } from "../src/output/factLabels.ts"

const t = (zh: string, en: string) => ({ "zh-CN": zh, en })
const declarations: FactDeclarations = {
  "facts.a.x": { type: "boolean", label: t("甲", "x") },
  "facts.a.y": { type: "integer", label: t("乙", "y") },
  "facts.b": { type: "boolean", label: t("丙", "b") },
  "facts.rooms": { type: "list", label: t("作业间", "rooms"), items: { "sub.z": { type: "boolean", label: t("丁", "z") }, "sub.w": { type: "number", label: t("戊", "w") } } }
}

describe("section labels", () => {
  it("a section by the facts declared under it, through list entries; none for an undeclared one", () => {
    expect(sectionLabelAt(declarations, "facts.a")).toEqual(t("甲等 2 项事实", "x and 1 more facts"))
    // inside a list entry the list names the entry (since issue 24; before, the facts alone: 丁等 2 项事实)
    expect(sectionLabelAt(declarations, "facts.rooms[3].sub")).toEqual(t("作业间（第4项）：丁等 2 项事实", "rooms #4: z and 1 more facts"))
    expect(sectionLabelAt(declarations, "facts.c")).toBeUndefined()
    // a prefix of a key is not a section ("facts.a" is not under "facts.")
    expect(sectionLabelAt(declarations, "facts.a.x")).toBeUndefined()
  })

  it("an undeclared sub-section is named after the nearest declared section above it (issue 24)", () => {
    const nested: FactDeclarations = {
      "facts.mine": { type: "object", label: t("地下矿山", "underground mine") },
      "facts.mine.air.mechanical": { type: "boolean", label: t("采用机械通风", "mechanical ventilation") },
      "facts.mine.air.fanRunning": { type: "boolean", label: t("主通风机连续运转", "main fan running") },
      "facts.mine.deep.pumps.count": { type: "integer", label: t("水泵数量", "pumps") }
    }
    expect(sectionLabelAt(nested, "facts.mine.air")).toEqual(t("地下矿山：采用机械通风等 2 项事实", "underground mine: mechanical ventilation and 1 more facts"))
    // however deep, the nearest declared section counts
    expect(sectionLabelAt(nested, "facts.mine.deep.pumps")).toEqual(t("地下矿山：水泵数量", "underground mine: pumps"))
    // a section with no declared section above it: the facts alone, as before
    expect(sectionLabelAt(declarations, "facts.a")).toEqual(t("甲等 2 项事实", "x and 1 more facts"))
  })

  it("every sub-section of the shipped packs is declared with a label of its own: none falls back to the facts under it", () => {
    const undeclared: Array<string> = []
    for (const pack of installedPacks) {
      for (const rule of pack.rules) {
        const d = rule.factDeclarations ?? {}
        for (const path of Object.keys(d)) {
          const segments = path.split(".")
          for (let i = 2; i < segments.length; i++) {
            const prefix = segments.slice(0, i).join(".")
            if (path.startsWith("facts.") && !Object.hasOwn(d, prefix)) undeclared.push(`${rule.id}: ${prefix}`)
          }
        }
      }
    }
    expect([...new Set(undeclared)]).toEqual([])
    const registry = Engine.make({ packs: installedPacks }).registry
    const labelOf = factLabeler(registry)
    const version = registry.versionsOf("noncoal-mine/ventilation")[0]!.version
    expect(labelOf("noncoal-mine/ventilation", version, "facts.underground.ventilation")).toEqual({ "zh-CN": "地下矿山通风系统", en: "underground mine: ventilation" })
  })

  it("the demo sample: every missing section of a rule with declarations has words, in the table and for the HTML report", async () => {
    const sample = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
    const result = await check({ input: sample, packs: installedPacks, asOf: "2026-11-23", format: "json", locale: "zh-CN", write: () => {}, retainEnterprises: true })
    const engine = Engine.make({ packs: installedPacks })
    const labelOf = factLabeler(engine.registry)
    const sections = new Map<string, string>()
    for (const e of result.report.enterprises) {
      for (const f of e.findings) {
        const rule = engine.registry.versionsOf(f.ruleId).find((r) => r.version === f.ruleVersion)!.rule
        if (rule.factDeclarations === undefined) continue
        for (const p of f.missing ?? []) {
          const label = labelOf(f.ruleId, f.ruleVersion, p)
          expect(label, `${f.ruleId}: ${p}`).toBeDefined()
          const declared = Object.hasOwn(rule.factDeclarations, p) ? rule.factDeclarations[p]! : undefined
          if ((declared === undefined || declared.type === "object") && !p.startsWith("enterprise.")) sections.set(p, label!["zh-CN"])
        }
      }
    }
    // the 工贸 units' whole sections, e.g. facts.management, facts.nonferrous
    expect([...sections.keys()]).toEqual(expect.arrayContaining(["facts.management", "facts.nonferrous", "facts.dust"]))
    for (const [p, label] of sections) expect(label, p).toMatch(/等 \d+ 项事实$|^[^a-z]+$/)
    // the packs declare their sections (type "object"): those are named by their own label
    expect(sections.get("facts.management")).toBe("安全管理")
    expect(sections.get("facts.nonferrous")).toBe("有色企业")
    let table = ""
    await check({ input: sample, packs: installedPacks, asOf: "2026-11-23", format: "table", locale: "zh-CN", write: (s) => void (table += s) })
    expect(table).toMatch(/安全管理 \(facts\.management\)/)
    expect(table).not.toMatch(/(: |、)facts\.management($|、|\n)/m)
  })
})
