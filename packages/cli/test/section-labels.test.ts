// Issues 19 and 24: a record without a whole section of a pack's facts (facts.management absent) names the
// missing section by the label the pack declares for it (安全管理), in the CLI table in both languages and
// in the checklist's topic headings — not by its key.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { computeCheckCharacter } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { check, checklist, selectPacks } from "../src/index.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-section-labels-"))
const AS_OF = "2026-11-23"

const unit = (n: number, sectors: ReadonlyArray<string>, facts: Record<string, unknown>) => {
  const body = `9133010200000000${n}`
  return {
    creditCode: body + computeCheckCharacter(body), name: `示例企业${n}`, jurisdiction: "330102", sectors, employees: 50,
    dangerousGoodsActivities: [], safetyDepartment: true, keyPeople: [], facts
  }
}

const cases = [
  {
    pack: "industry-trade",
    record: unit(1, ["industry-trade"], { industryTrade: { industries: ["machinery"], specialFields: [] } }),
    path: "facts.management",
    zh: "安全管理",
    en: "safety management",
    topic: { key: "industry-trade/management", zh: "安全管理", en: "safety management" }
  },
  {
    pack: "city-gas",
    record: unit(2, ["gas"], { cityGas: { gasOperator: true } }),
    path: "facts.cylinders",
    zh: "瓶装燃气",
    en: "bottled gas",
    sector: "gas",
    topic: { key: "city-gas/cylinders", zh: "瓶装燃气", en: "bottled gas" }
  },
  {
    pack: "construction",
    record: unit(3, ["construction"], { construction: {} }),
    path: "facts.contractor.workSafetyLicence",
    zh: "施工单位安全生产许可证",
    en: "contractor's work-safety licence",
    topic: { key: "construction/contractor", zh: "施工单位", en: "contractor" }
  },
  {
    pack: "hazchem",
    record: unit(4, ["hazardous-chemicals"], { hazchem: {} }),
    path: "facts.responsibilitySystem",
    zh: "全员安全生产责任制",
    en: "work-safety responsibility system",
    sector: "hazardous-chemicals",
    topic: { key: "hazchem/responsibilitySystem", zh: "全员安全生产责任制", en: "work-safety responsibility system" }
  },
  {
    pack: "noncoal-mine",
    record: unit(5, ["non-coal-mine"], { noncoalMine: { units: ["tailings-pond"] } }),
    path: "facts.tailingsPond",
    zh: "尾矿库",
    en: "tailings pond",
    sector: "non-coal-mine",
    topic: { key: "noncoal-mine/tailingsPond", zh: "尾矿库", en: "tailings pond" }
  }
] as const

const table = async (c: (typeof cases)[number], locale: "zh-CN" | "en") => {
  const input = join(dir, `${c.pack}.json`)
  writeFileSync(input, JSON.stringify([c.record]))
  let out = ""
  await check({ input, packs: selectPacks([c.pack]), asOf: AS_OF, format: "table", locale, write: (s) => void (out += s) })
  return out
}

describe("a missing fact section is named by its declared label", () => {
  for (const c of cases) {
    it(`${c.pack}: ${c.path} in the table, zh-CN and en`, async () => {
      const zh = await table(c, "zh-CN")
      expect(zh).toContain(`${c.zh} (${c.path})`)
      const en = await table(c, "en")
      expect(en).toContain(`${c.en} (${c.path})`)
      // never the bare key, never the facts-under-it fallback
      expect(zh).not.toMatch(new RegExp(`等 \\d+ 项事实 \\(${c.path.replace(".", "\\.")}\\)`))
    })

    it(`${c.pack}: the checklist's topic heading ${c.topic.key} is the section's label, in CSV and HTML`, () => {
      let csv = ""
      const sectors = ["sector" in c ? c.sector : c.pack]
      const r = checklist({ packs: selectPacks([c.pack]), sectors, asOf: AS_OF, format: "csv", locale: "zh-CN", write: (s) => (csv += s), writeBytes: () => {} })
      const items = r.checklist.items.filter((i) => i.topic.key === c.topic.key)
      expect(items.length).toBeGreaterThan(0)
      for (const i of items) expect(i.topic.label).toEqual({ "zh-CN": c.topic.zh, en: c.topic.en })
      expect(csv).toContain(`,${c.topic.zh},`)
      let html = ""
      checklist({ packs: selectPacks([c.pack]), sectors, asOf: AS_OF, format: "html", locale: "zh-CN", write: (s) => (html += s), writeBytes: () => {} })
      expect(html).toContain(`<h2><span lang="zh-CN">${c.topic.zh}</span><span lang="en">${c.topic.en.replace("'", "&#39;")}</span></h2>`)
      expect(html).not.toContain(`<h2><span lang="zh-CN">${c.topic.key.split("/")[1]}</span>`)
    })
  }
})
