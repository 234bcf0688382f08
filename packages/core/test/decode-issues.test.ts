// Decode issues in both languages: every kind of message the SDK's decoding gives has its Chinese.
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { decodeIssueMessage, decodeIssueMessages, decodeIssues } from "../src/decode-issues/DecodeIssues.ts"
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
    // a date, a throwing getter and a boolean, each decoded (the Chinese comes from the issue, not from its English)
    expect(zh(rejected(record(1, { licences: [{ kind: "work-safety-licence", number: "L1", validFrom: "2020-02-30", validUntil: "2021-01-01" }] })))["licences.0.validFrom"])
      .toBe("应为日期 YYYY-MM-DD")
    const throwing = record(1)
    Object.defineProperty(throwing, "employees", { enumerable: true, get: () => { throw new TypeError("x") } })
    expect(zh(rejected(throwing))["employees"]).toBe("无法读取（TypeError: x）")
    const r = Schema.decodeUnknownResult(Schema.Struct({ a: Schema.Boolean }))({ a: "yes" }, { reportInput: true })
    expect(Result.isFailure(r) && decodeIssues(r.failure)[0]!.messages).toEqual({ "zh-CN": "应为布尔值（true 或 false），实际为 \"yes\"", en: "Expected boolean, got \"yes\"" })
  })

  it("an issue made by hand, without messages, is its message in both languages (its English is never parsed)", () => {
    expect(decodeIssueMessage({ path: [], message: "my pack's own check failed" }, "zh-CN")).toBe("my pack's own check failed")
    expect(decodeIssueMessage({ path: ["d"], message: "Expected a calendar date YYYY-MM-DD" }, "zh-CN")).toBe("Expected a calendar date YYYY-MM-DD")
    expect(decodeIssueMessages({ path: [], message: "x", messages: { "zh-CN": "甲", en: "x" } })).toEqual({ "zh-CN": "甲", en: "x" })
  })
})
