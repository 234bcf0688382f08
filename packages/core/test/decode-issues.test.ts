// Decode issues in both languages: every kind of message the SDK's decoding gives has its Chinese.
import { describe, expect, it } from "vitest"
import { decodeIssueMessage, decodeIssueMessages } from "../src/decode-issues/DecodeIssues.ts"
import * as Engine from "../src/evaluation/Engine.ts"
import { code, demoPack, record } from "./fixtures.ts"

const engine = Engine.make({ packs: [demoPack] })
const rejected = (input: unknown) => {
  const r = engine.evaluateRecord(input, 0, engine.plan("2023-01-01"))
  if (r._tag !== "rejected") throw new Error("expected a rejected record")
  return r.issues
}
const zh = (issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) =>
  Object.fromEntries(issues.map((i) => [i.path.join("."), decodeIssueMessage(i, "zh-CN")]))

describe("decode issues in Chinese and English", () => {
  it("the demo's bad record: a wrong check character, an unknown sector and a string for a number, each in Chinese", () => {
    const issues = rejected({ creditCode: "91330104MA27UWD5KX", name: "杭州录入有误纺织有限公司", jurisdiction: "330104",
      sectors: ["industry-trade", "textiles"], employees: "约200" })
    const messages = zh(issues)
    expect(messages["creditCode"]).toBe("统一社会信用代码校验码错误：应为 R，实际为 X")
    expect(messages["sectors.1"]).toMatch(/^应为已知的行业领域：("[a-z-]+" \| )+"[a-z-]+"$/)
    expect(messages["employees"]).toMatch(/^应为(数字|整数)/)
    // English is the message as it is
    for (const i of issues) expect(decodeIssueMessage(i, "en")).toBe(i.message)
    for (const i of issues) expect(decodeIssueMessages(i)).toEqual({ "zh-CN": messages[i.path.join(".")], en: i.message })
  })

  it("a missing key, each problem of a credit code, a date and an unreadable record", () => {
    const { name: _name, ...noName } = record(1, {})
    expect(zh(rejected(noName))["name"]).toBe("缺少必填字段")
    expect(zh(rejected(record(1, { creditCode: code(1).slice(0, 17) })))["creditCode"]).toBe("统一社会信用代码应为 18 位，实际为 17 位")
    expect(zh(rejected(record(1, { creditCode: "91330104ma27UWD5KX" })))["creditCode"]).toBe("统一社会信用代码第 9 位含非法字符 \"m\"（字母须大写）")
    expect(zh(rejected(record(1, { creditCode: "91A30104MA27UWD5KX" })))["creditCode"])
      .toBe("统一社会信用代码第 3–8 位为登记管理机关行政区划码，应为数字，第 3 位为 \"A\"")
    expect(decodeIssueMessage({ path: ["d"], message: "Expected a calendar date YYYY-MM-DD" }, "zh-CN")).toBe("应为日期 YYYY-MM-DD")
    expect(decodeIssueMessage({ path: [], message: "record cannot be read (TypeError: x)" }, "zh-CN")).toBe("记录无法读取（TypeError: x）")
    expect(decodeIssueMessage({ path: ["a"], message: "Expected boolean, got \"yes\"" }, "zh-CN")).toBe("应为布尔值（true 或 false），实际为 \"yes\"")
  })

  it("a message of another kind stays as it is", () => {
    expect(decodeIssueMessage({ path: [], message: "my pack's own check failed" }, "zh-CN")).toBe("my pack's own check failed")
  })
})
