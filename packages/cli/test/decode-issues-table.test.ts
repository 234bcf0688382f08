// The CLI's table output names a rejected record's problems in the report's language: the Chinese comes from
// core's structural decode issues (issue 24), so problems the old text matching never knew are Chinese too.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { check, installedPacks } from "../src/index.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-issues-table-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const input = join(dir, "bad.json")
writeFileSync(input, JSON.stringify([
  {
    creditCode: "91330104MA27UWD5KX", name: "杭州录入有误纺织有限公司", jurisdiction: "330104", sectors: ["industry-trade", "textiles"],
    employees: "约200", licences: [{ kind: "work-safety-licence", validFrom: "2024-01-01", validUntil: "2023-01-01" }]
  },
  // the record's own checks run once its fields decode: two sites with one id
  { creditCode: "91330102MA2XK3P1XN", name: "场所重复有限公司", jurisdiction: "330102", sectors: ["industry-trade"], sites: [{ id: "S1", name: "一号" }, { id: "S1", name: "二号" }] },
  { creditCode: "91330102MA2XK3P1X\u0007", name: "控制字符有限公司", jurisdiction: "3301", sectors: [] }
]))

const table = async (locale: "zh-CN" | "en") => {
  let out = ""
  await check({ input, packs: installedPacks, asOf: "2026-11-23", format: "table", locale, write: (s) => void (out += s), progress: { tick: () => {}, done: () => {} } })
  return out
}

describe("rejected records in the table, in the report's language", () => {
  it("zh-CN: every problem in Chinese, by its path, no English prose; en: effect's English", async () => {
    const zh = await table("zh-CN")
    expect(zh).toContain("creditCode: 统一社会信用代码校验码错误：应为 R，实际为 X")
    expect(zh).toMatch(/sectors\[1\]: 应为已知的行业领域："hazardous-chemicals" \| /)
    expect(zh).toContain("employees: 应为数字")
    expect(zh).toContain("licences[0].validUntil: 许可证有效期截止日期不能早于起始日期")
    expect(zh).toContain("sites[1].id: 场所编号 S1 重复")
    expect(zh).toContain("sectors[0]: 单位至少应属于一个行业领域")
    expect(zh).toContain("jurisdiction: 应为行政区划代码：6、9 或 12 位数字")
    // the control character is escaped in the message (and never reaches the terminal raw)
    expect(zh).toContain("统一社会信用代码第 18 位含非法字符 \"\\u0007\"")
    expect(zh).not.toMatch(/[\u0007]/)
    const problems = zh.split("\n").filter((l) => l.startsWith("    ")).map((l) => l.replace(/"(?:[^"\\]|\\.)*"/g, ""))
    expect(problems.length).toBeGreaterThanOrEqual(8)
    for (const line of problems) expect(line.slice(line.indexOf(": ") + 2)).not.toMatch(/\b(Expected|expected|Missing|must|got|character|cannot|duplicate|before)\b/)
    const en = await table("en")
    expect(en).toContain("licences[0].validUntil: a licence cannot end before it starts (validUntil < validFrom)")
    expect(en).toContain("employees: Expected number")
    expect(en).toContain("sites[1].id: duplicate site id S1")
  })
})
