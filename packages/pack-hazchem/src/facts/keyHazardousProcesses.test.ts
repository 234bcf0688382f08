import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { KeyHazardousProcessId, keyHazardousProcesses, keyHazardousProcessIds } from "./keyHazardousProcesses.ts"

describe("重点监管危险化工工艺 (regulations.md §9)", () => {
  it("lists 18 processes, 15 in the first batch and 3 in the second, in §9's order", () => {
    expect(keyHazardousProcesses).toHaveLength(18)
    expect(new Set(keyHazardousProcessIds).size).toBe(18)
    expect(keyHazardousProcesses.filter((p) => p.batch === 1)).toHaveLength(15)
    expect(keyHazardousProcesses.map((p) => p.zh)).toEqual([
      "光气及光气化工艺", "电解工艺(氯碱)", "氯化工艺", "硝化工艺", "合成氨工艺", "裂解(裂化)工艺", "氟化工艺",
      "加氢工艺", "重氮化工艺", "氧化工艺", "过氧化工艺", "胺基化工艺", "磺化工艺", "聚合工艺", "烷基化工艺",
      "新型煤化工工艺", "电石生产工艺", "偶氮化工艺"
    ])
    expect(keyHazardousProcesses.filter((p) => p.batch === 2).map((p) => p.id)).toEqual([
      "novel-coal-chemical", "calcium-carbide-production", "azotization"
    ])
  })

  it("rejects an id that is not one of the 18", () => {
    expect(Schema.is(KeyHazardousProcessId)("nitration")).toBe(true)
    expect(Schema.is(KeyHazardousProcessId)("esterification")).toBe(false)
  })
})
