// Decode issues localized from the effect Schema issue tree (issue kinds, the schema's annotations, the
// literals it allows, effect's built-in checks), never from the English text: hostile input, each problem
// asserted in Chinese and English, and no English prose left in the Chinese.
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { decodeIssues, localizedIssue } from "../src/decode-issues/DecodeIssues.ts"
import * as Engine from "../src/evaluation/Engine.ts"
import { code, demoPack, record } from "./fixtures.ts"

const engine = Engine.make({ packs: [demoPack] })
const plan = engine.plan("2023-01-01")
const rejected = (input: unknown) => {
  const r = engine.evaluateRecord(input, 0, plan)
  if (r._tag !== "rejected") throw new Error("expected a rejected record")
  return r.issues
}
/** path → [zh, en] */
const both = (issues: ReturnType<typeof rejected>) =>
  Object.fromEntries(issues.map((i) => [i.path.join("."), [i.messages!["zh-CN"], i.messages!.en]]))
const issuesOf = <S extends Schema.Top>(schema: S, input: unknown, options: { readonly onExcessProperty?: "error"; readonly reportInput?: boolean } = {}) => {
  const r = Schema.decodeUnknownResult(schema as never)(input, { errors: "all", ...options })
  if (!Result.isFailure(r)) throw new Error("expected a failure")
  return decodeIssues(r.failure)
}
/** English prose (quoted values, the input's own data, are taken out first). */
const ENGLISH = /\b(Expected|expected|Missing|missing|key|must|got|character|Invalid|invalid|value|cannot|duplicate|before|digits)\b/
const prose = (zh: string) => zh.replace(/"(?:[^"\\]|\\.)*"/g, "")

describe("decode issues from the issue tree, in Chinese and English", () => {
  it("wrong types, a missing key, unknown literals: the expected type or the schema's literals, by its Chinese name", () => {
    const { name: _n, ...noName } = record(1, {})
    const m = both(rejected({ ...noName, creditCode: 91330102, employees: "约200", sectors: ["industry-trade", "mining"], unitKinds: "production", scale: "huge", jurisdiction: ["330102"] }))
    expect(m["name"]).toEqual(["缺少必填字段", "Missing key"])
    expect(m["creditCode"]).toEqual(["应为统一社会信用代码", "Expected UnifiedSocialCreditCode"])
    expect(m["employees"]![0]).toMatch(/^应为(数字|整数)$/)
    expect(m["employees"]![1]).toBe("Expected number")
    expect(m["sectors.1"]![0]).toMatch(/^应为已知的行业领域："hazardous-chemicals" \| "fireworks" \| .*"elderly-care"$/)
    expect(m["sectors.1"]![1]).toMatch(/^Expected a known sector \(行业领域\): "hazardous-chemicals"/)
    expect(m["unitKinds"]).toEqual(["应为数组", "Expected array"])
    expect(m["scale"]![0]).toBe("应为已知的规模以上/以下：\"above-designated-size\" | \"below-designated-size\"")
    expect(m["jurisdiction"]![0]).toBe("应为行政区划代码")
    // a key's own missing-key message, in both languages
    expect(both(rejected(record(1, { sectors: [] })))["sectors.0"]).toEqual(["单位至少应属于一个行业领域", "an enterprise needs at least one sector (行业领域)"])
  })

  it("every problem of a credit code, from its check's own kinds (length, which character where, the check character)", () => {
    const m = (creditCode: string) => both(rejected(record(1, { creditCode })))["creditCode"]
    expect(m(code(1).slice(0, 17))).toEqual(["统一社会信用代码应为 18 位，实际为 17 位", "unified social credit code (统一社会信用代码) must be 18 characters, got 17"])
    const wrong = code(1).slice(0, 17) + (code(1).endsWith("0") ? "1" : "0")
    expect(m(wrong)![0]).toMatch(/^统一社会信用代码校验码错误：应为 [0-9A-Z]，实际为 [01]$/)
    expect(m(wrong)![1]).toMatch(/has a wrong check character: expected [0-9A-Z], got [01]$/)
    expect(m("91330104ma27UWD5KX")![0]).toBe("统一社会信用代码第 9 位含非法字符 \"m\"（字母须大写）")
    expect(m("91330104MA27UWD5KＸ")![0]).toBe("统一社会信用代码第 18 位含非法字符 \"Ｘ\"（全角字符，请用半角）")
    expect(m("91330104MA27UWD5KO")![0]).toBe("统一社会信用代码第 18 位含非法字符 \"O\"（不使用字母 I、O、S、V、Z）")
    expect(m("91A30104MA27UWD5KX")![0]).toBe("统一社会信用代码第 3–8 位为登记管理机关行政区划码，应为数字，第 3 位为 \"A\"")
  })

  it("control characters stay escaped in both languages; __proto__ keys are named by their path, never followed", () => {
    const m = both(rejected(record(1, { creditCode: "9133010\u0007MA27UWD5KX" })))["creditCode"]!
    expect(m[0]).toBe("统一社会信用代码第 8 位含非法字符 \"\\u0007\"")
    expect(m[0]).not.toMatch(/[\u0000-\u001f]/)
    expect(m[1]).toContain("\"\\u0007\" at position 8")
    const S = Schema.Struct({ a: Schema.Number })
    const issues = issuesOf(S, JSON.parse("{\"a\":1,\"__proto__\":{\"polluted\":true}}"), { onExcessProperty: "error" })
    expect(issues.map((i) => [i.path, i.messages])).toEqual([[["__proto__"], { "zh-CN": "不应有此字段", en: "Expected no excess property" }]])
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
    // a __proto__ key of the record, with a bad value under it, is a path like any other
    const bad = JSON.parse(`{"creditCode":"${code(2)}","name":"x","jurisdiction":"330102","sectors":["industry-trade"],"licences":[{"__proto__":1,"kind":"other","validFrom":"2020-01-01","validUntil":"2019-01-01"}]}`)
    expect(both(rejected(bad))["licences.0.validUntil"]).toEqual(["许可证有效期截止日期不能早于起始日期", "a licence cannot end before it starts (validUntil < validFrom)"])
  })

  it("effect's built-in checks in Chinese from their representation; the input only where decoding reports it", () => {
    const S = Schema.Struct({
      n: Schema.Int.check(Schema.isGreaterThan(0)),
      m: Schema.Number.check(Schema.isLessThanOrEqualTo(10)),
      i: Schema.Int,
      list: Schema.Array(Schema.String).check(Schema.isMinLength(1)),
      s: Schema.String.check(Schema.isMaxLength(3)),
      b: Schema.Number.check(Schema.isBetween({ minimum: 1, maximum: 5 }))
    })
    const m = Object.fromEntries(issuesOf(S, { n: -1, m: 11, i: 1.5, list: [], s: "abcd", b: 9 }).map((i) => [i.path.join("."), i.messages]))
    expect(m["n"]).toEqual({ "zh-CN": "应大于 0", en: "Expected a value greater than 0" })
    expect(m["m"]).toEqual({ "zh-CN": "应不大于 10", en: "Expected a value less than or equal to 10" })
    expect(m["i"]).toEqual({ "zh-CN": "应为整数", en: "Expected an integer" })
    expect(m["list"]!["zh-CN"]).toBe("长度应不少于 1")
    expect(m["s"]!["zh-CN"]).toBe("长度应不超过 3")
    expect(m["b"]!["zh-CN"]).toBe("应在 1 与 5 之间")
    const reported = issuesOf(Schema.Struct({ a: Schema.Number, k: Schema.Literals(["x", "y"]) }), { a: "七", k: "z" }, { reportInput: true })
    expect(reported.map((i) => i.messages)).toEqual([
      { "zh-CN": "应为数字，实际为 \"七\"", en: "Expected number, got \"七\"" },
      { "zh-CN": "应为以下值之一：\"x\" | \"y\"，实际为 \"z\"", en: "Expected \"x\" | \"y\", got \"z\"" }
    ])
  })

  it("a schema's own check: its messageZh (localizedIssue), else its English kept inside the Chinese", () => {
    const Window = Schema.Struct({ from: Schema.Number, to: Schema.Number }).check(Schema.makeFilter((w) =>
      w.to < w.from ? { path: ["to"], issue: localizedIssue("a window cannot end before it starts", "结束不能早于开始") } : undefined))
    expect(issuesOf(Window, { from: 2, to: 1 })[0]).toEqual({ path: ["to"], message: "a window cannot end before it starts", messages: { "zh-CN": "结束不能早于开始", en: "a window cannot end before it starts" } })
    const Foreign = Schema.String.check(Schema.makeFilter((s) => s.startsWith("A") || "must start with A"))
    expect(issuesOf(Foreign, "b")[0]!.messages).toEqual({ "zh-CN": "值不符合要求（must start with A）", en: "must start with A" })
    const Annotated = Schema.String.check(Schema.isPattern(/^\d{6}$/, { message: "Expected 6 digits", messageZh: "应为 6 位数字" }))
    expect(issuesOf(Annotated, "12")[0]!.messages).toEqual({ "zh-CN": "应为 6 位数字", en: "Expected 6 digits" })
  })

  it("hostile records through the engine: every SDK problem has Chinese with no English prose, and the English is effect's", () => {
    const hostile: Array<unknown> = [
      record(1, { employees: -3 }),
      record(2, { employees: 1.5, sectors: "industry-trade" }),
      record(3, { creditCode: "", jurisdiction: "33010", sectors: [42, null, "x"] }),
      record(4, { licences: [{ kind: "nope", validFrom: "2020-13-01", validUntil: 5 }] }),
      record(5, { sites: [{ id: "A", name: "一号" }, { id: "A", name: "二号" }] }),
      record(6, { keyPersons: "all of them", scale: 3 }),
      record(7, { sectors: [], jurisdiction: "330100", standardization: { grade: 4 } }),
      { creditCode: null },
      [],
      "not a record"
    ]
    const all = hostile.flatMap((h) => rejected(h))
    expect(all.length).toBeGreaterThan(12)
    for (const i of all) {
      expect(i.messages, JSON.stringify(i)).toBeDefined()
      expect(i.messages!.en).toBe(i.message)
      expect(prose(i.messages!["zh-CN"]), `${i.path.join(".")}: ${i.messages!["zh-CN"]}`).not.toMatch(ENGLISH)
      expect(i.messages!["zh-CN"]).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
