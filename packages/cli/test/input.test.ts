// Input never harms other records (issue 14 §2): hostile CSV headers and JSON keys, control
// characters in names, byte-order marks, UTF-16 and GB18030, delimiters, over-long lines.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { computeCheckCharacter } from "@anquan/core"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { campaignStatus, check, installedPacks, readRecords } from "../src/index.ts"
import type { InputItem } from "../src/index.ts"
import { setPath } from "../src/input/csv.ts"
import { byteLines, decodeBytes } from "../src/input/encoding.ts"
import { renderError, table } from "../src/ledger/format.ts"

const code = (n: number) => {
  const body = `91330102${String(n).padStart(9, "0")}`
  return body + computeCheckCharacter(body)
}
/** A work-safety record with a fact section but no evacuation facts. */
const plain = (n: number, name = `企业${n}`) => ({
  creditCode: code(n), name, jurisdiction: "330102", sectors: ["industry-trade"], employees: 20,
  facts: { workSafety: { specialOperatorsListed: true } }
})

const dir = mkdtempSync(join(tmpdir(), "anquan-input-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

// whatever the code under test does, the process's Object.prototype is left clean for the next test
const PROTO_KEYS = ["evacuation", "exitsCompliant", "polluted"]
afterEach(() => {
  for (const k of PROTO_KEYS) delete (Object.prototype as Record<string, unknown>)[k]
})
const prototypeIsClean = () => PROTO_KEYS.every((k) => !(k in {}))

const run = async (input: string, extra: Partial<Parameters<typeof check>[0]> = {}) => {
  let out = ""
  let warnings = ""
  const result = await check({
    input, packs: installedPacks, asOf: "2026-11-23", format: "json", locale: "zh-CN", retainEnterprises: true,
    write: (s) => (out += s), warn: (s) => (warnings += s), progress: { tick: () => {}, done: () => {} }, ...extra
  })
  return { ...result, out, warnings }
}

const items = async (path: string, options: Parameters<typeof readRecords>[1] = {}) => {
  const list: Array<InputItem> = []
  const warnings: Array<string> = []
  for await (const i of readRecords(path, { onWarning: (m, s) => warnings.push(`${s.line ?? ""}: ${m}`), ...options })) list.push(i)
  return { list, warnings }
}

const evacuation = (r: Awaited<ReturnType<typeof run>>, creditCode: string) =>
  r.report.enterprises.find((e) => e.subject.creditCode === creditCode)?.findings.find((f) => f.ruleId === "work-safety-law/evacuation-exits")?.outcome

describe("prototype pollution", () => {
  const header = "creditCode,name,jurisdiction,sectors,facts.workSafety.specialOperatorsListed"
  const row = (n: number, extra = "") => `${code(n)},企业${n},330102,"[""industry-trade""]",true${extra}`

  it("a CSV header __proto__.x is refused, naming the column; no other record, file or the process is touched", async () => {
    const sub = join(dir, "run")
    mkdirSync(sub)
    writeFileSync(join(sub, "a.csv"), `${header},__proto__.evacuation.exitsCompliant\n${row(1, ",false")}\n${row(2, ",")}\n`)
    writeFileSync(join(sub, "b.json"), JSON.stringify([plain(3)]))
    const r = await run(sub)
    expect(prototypeIsClean()).toBe(true)
    // the clean record of the later file: no evacuation facts, so indeterminate (was: a 第四十二条 violation)
    expect(evacuation(r, code(3))).toBe("indeterminate")
    const rejected = r.report.rejected.map((x) => ({ line: x.source.line, message: x.issues[0]!.message }))
    expect(rejected).toEqual([
      { line: 1, message: expect.stringContaining(`column 6 "__proto__.evacuation.exitsCompliant": the path segment "__proto__" is not allowed`) },
      { line: 2, message: "not read: the header on line 1 is refused" },
      { line: 3, message: "not read: the header on line 1 is refused" }
    ])
  })

  it.each(["prototype", "constructor"])("a CSV path through %s is refused too", async (segment) => {
    const { list } = await items(file(`${segment}.csv`, `${header},facts.${segment}.polluted\n${row(4, ",1")}\n`))
    expect(list[0]).toMatchObject({ _tag: "unparseable", message: expect.stringContaining(`the path segment "${segment}" is not allowed`) })
    expect(list).toHaveLength(2)
    expect(prototypeIsClean()).toBe(true)
  })

  it("readRecords, the library function, leaves the host's Object.prototype alone, and builds records without a prototype", async () => {
    const { list } = await items(file("host.csv", `${header},__proto__.polluted\n${row(5, ",1")}\n`))
    expect(list.every((i) => i._tag === "unparseable")).toBe(true)
    expect(prototypeIsClean()).toBe(true)
    const ok = await items(file("ok.csv", `${header}\n${row(6)}\n`))
    const value = (ok.list[0] as Extract<InputItem, { _tag: "record" }>).value as Record<string, any>
    expect(Object.getPrototypeOf(value)).toBeNull()
    expect(Object.getPrototypeOf(value["facts"]["workSafety"])).toBeNull()
  })

  it("setPath refuses the segments itself", () => {
    for (const path of ["__proto__.x", "a.prototype", "constructor", "a.b.__proto__"]) {
      expect(() => setPath({}, path, 1)).toThrow(/is not allowed/)
    }
    expect(prototypeIsClean()).toBe(true)
  })

  it("JSON and NDJSON __proto__ keys stay keys of their record: the other records' findings are their own", async () => {
    const hostile = `{"creditCode":"${code(7)}","name":"x","jurisdiction":"330102","sectors":["industry-trade"],` +
      `"__proto__":{"facts":{"workSafety":{"evacuation":{"exitsCompliant":false,"exitsObstructed":true}}}},` +
      `"facts":{"workSafety":{"specialOperatorsListed":true,"__proto__":{"evacuation":{"exitsCompliant":false,"exitsObstructed":true}}},` +
      `"__proto__":{"workSafety":{"evacuation":{"exitsCompliant":false}}}},"constructor":{"prototype":{"evacuation":1}}}`
    const alone = await run(file("alone.json", JSON.stringify([plain(8)])))
    for (const [name, text] of [["p.json", `[${hostile},${JSON.stringify(plain(8))}]`], ["p.ndjson", `${hostile}\n${JSON.stringify(plain(8))}\n`]] as const) {
      const r = await run(file(name, text))
      expect(prototypeIsClean()).toBe(true)
      expect(r.report.enterprises[1]!.findings).toEqual(alone.report.enterprises[0]!.findings)
      expect(evacuation(r, code(7))).toBe("indeterminate")
      expect(evacuation(r, code(8))).toBe("indeterminate")
    }
  })
})

describe("terminal output", () => {
  it("a control character in a name is shown escaped, and the rest of the table stays visible", async () => {
    const records = [
      { ...plain(9, "隐藏\u001b[8m"), employees: 150 },
      { ...plain(10, "回车\r覆盖"), employees: 150 },
      { ...plain(11, "正常企业"), employees: 150 },
      { creditCode: "bad\u001b]0;title\u0007", name: 1 }
    ]
    const r = await run(file("esc.json", JSON.stringify(records)), { format: "table" })
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u)
    expect(r.out).toContain("隐藏\\u001b[8m")
    expect(r.out).toContain("回车\\r覆盖")
    expect(r.out).toContain("正常企业")
    expect(r.out).toContain("bad\\u001b]0;title\\u0007")
    // JSON output keeps the value, and holds no raw control character either (C1 and bidi ones escaped too)
    const json = await run(file("esc.json", JSON.stringify([...records, { ...plain(12, "C1\u009b2J双向\u202e"), employees: 150 }])))
    expect(json.report.enterprises[0]!.subject.name).toBe("隐藏\u001b[8m")
    expect(json.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u)
    expect(JSON.parse(json.out).enterprises.map((e: { subject: { name: string } }) => e.subject.name)).toContain("C1\u009b2J双向\u202e")
  })
})

describe("campaign status table", () => {
  it("names from the campaign and roster files show control characters escaped", async () => {
    const sample = (name: string) => fileURLToPath(new URL(`../../campaign/sample/${name}`, import.meta.url))
    const params = JSON.parse(readFileSync(sample("params.json"), "utf8"))
    params.id = "c\u001b[8mx"
    const roster = JSON.parse(readFileSync(sample("roster.json"), "utf8"))
    roster[0].name = "单位\u001b[8m"
    let out = ""
    await campaignStatus({
      campaign: file("campaign.json", JSON.stringify(params)), roster: file("roster.json", JSON.stringify(roster)),
      asOf: "2024-09-10", format: "table", write: (t) => void (out += t)
    })
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u)
    expect(out).toContain("(c\\u001b[8mx)")
    expect(out).toContain("单位\\u001b[8m, ")
  })
})

describe("ledger text output", () => {
  it("table cells and error lines show control characters escaped", () => {
    const out = table(["id", "description"], [["YH-1", "隐患\u001b[8m描述\r覆盖\n换行"], ["YH-2", "可见"]])
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u)
    expect(out).toContain("隐患\\u001b[8m描述\\r覆盖\\n换行")
    expect(out).toContain("可见")
    const err = renderError({ _tag: "UsageError", summary: "", message: "bad \u001b]0;x\u0007 input", fields: {} })
    expect(err).toBe("anquan: bad \\u001b]0;x\\u0007 input\n")
  })
})

/** 你好 and 杭州 in GB18030/GBK bytes (Node's TextDecoder decodes them; it has no GB18030 encoder). */
const GB_NIHAO = [0xc4, 0xe3, 0xba, 0xc3]
const GB_HANGZHOU = [0xba, 0xbc, 0xd6, 0xdd]
const utf16 = (text: string, endian: "le" | "be") => {
  const le = Buffer.from(`\ufeff${text}`, "utf16le")
  if (endian === "le") return le
  const be = Buffer.alloc(le.length)
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!
    be[i + 1] = le[i]!
  }
  return be
}

describe("encodings", () => {
  const BOM = "\ufeff"
  it("a UTF-8 byte-order mark: the JSON file and the first NDJSON record are read", async () => {
    const json = await run(file("bom.json", BOM + JSON.stringify([plain(12)])))
    expect(json.report.totals).toMatchObject({ records: 1, rejected: 0 })
    const ndjson = await run(file("bom.ndjson", `${BOM}${JSON.stringify(plain(12))}\n${JSON.stringify(plain(13))}\n`))
    expect(ndjson.report.totals).toMatchObject({ records: 2, rejected: 0 })
  })

  it("UTF-16 LE and BE by their byte-order mark, in every format", async () => {
    for (const endian of ["le", "be"] as const) {
      const json = await run(file(`u16${endian}.json`, utf16(JSON.stringify([plain(14, "杭州企业")]), endian)))
      expect(json.report.rejected).toEqual([])
      expect(json.report.enterprises[0]!.subject.name).toBe("杭州企业")
      const nd = await run(file(`u16${endian}.ndjson`, utf16(`${JSON.stringify(plain(15))}\n${JSON.stringify(plain(16))}\n`, endian)))
      expect(nd.report.totals).toMatchObject({ records: 2, rejected: 0 })
      const csv = await run(file(`u16${endian}.csv`, utf16(`creditCode,name,jurisdiction,sectors\n${code(17)},杭州企业,330102,"[""industry-trade""]"\n`, endian)))
      expect(csv.report.rejected).toEqual([])
      expect(csv.report.enterprises[0]!.subject.name).toBe("杭州企业")
    }
  })

  const gbCsv = () =>
    Buffer.concat([
      Buffer.from(`creditCode,name,jurisdiction,sectors\n${code(18)},`),
      Buffer.from(GB_HANGZHOU),
      Buffer.from(`,330102,"[""industry-trade""]"\n${code(19)},`),
      Buffer.from(GB_NIHAO),
      Buffer.from(`,330102,"[""industry-trade""]"\n`)
    ])

  it("a GB18030 CSV (as Excel saves it) is read as GB18030 with a warning, not garbled", async () => {
    const r = await run(file("gb.csv", gbCsv()))
    expect(r.report.enterprises.map((e) => e.subject.name)).toEqual(["杭州", "你好"])
    expect(r.warnings).toMatch(/gb\.csv:2: not UTF-8 but valid GB18030/)
    const given = await run(file("gb.csv", gbCsv()), { read: { encoding: "gb18030" } })
    expect(given.report.enterprises.map((e) => e.subject.name)).toEqual(["杭州", "你好"])
    expect(given.warnings).toBe("")
    const gbk = await run(file("gb.csv", gbCsv()), { read: { encoding: "GBK" } })
    expect(gbk.report.enterprises.map((e) => e.subject.name)).toEqual(["杭州", "你好"])
  })

  it("a line that is valid in no encoding is rejected by its number and the rest go on; nothing becomes U+FFFD", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${JSON.stringify(plain(20, "企业甲"))}\n`),
      Buffer.from(`{"creditCode":"${code(21)}","name":"`), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(`"}\n`),
      Buffer.from(`${JSON.stringify(plain(22))}\n`)
    ])
    const r = await run(file("mixed.ndjson", bytes))
    expect(r.report.totals).toMatchObject({ records: 3, evaluated: 2, rejected: 1 })
    expect(r.report.rejected[0]).toMatchObject({ source: { line: 2 }, issues: [{ message: expect.stringContaining("line 2 is not valid UTF-8 nor GB18030") }] })
    expect(r.out).not.toContain("\ufffd")
    // a JSON file: the whole file, and the message names the line
    const json = await run(file("mixed.json", Buffer.concat([Buffer.from(`[\n${JSON.stringify(plain(23, "企业乙"))},\n"`), Buffer.from([0xff]), Buffer.from(`"\n]`)])))
    expect(json.report.rejected[0]!.issues[0]!.message).toContain("line 3 is not valid UTF-8 nor GB18030")
  })

  it("--encoding takes WHATWG labels; an unknown one is a usage error before anything is read", async () => {
    await expect(run(file("ok.json", JSON.stringify([plain(24)])), { read: { encoding: "klingon" } })).rejects.toThrow(/unknown encoding "klingon"/)
    expect(decodeBytes(Buffer.from(GB_NIHAO), { encoding: "gb18030" })).toBe("你好")
  })
})

describe("CSV delimiters and headers", () => {
  it("--delimiter ';' and tab", async () => {
    const semi = await run(file("semi.csv", `creditCode;name;jurisdiction;sectors;employees\n${code(25)};分号企业;330102;"[""industry-trade""]";20\n`), { read: { delimiter: ";" } })
    expect(semi.report.enterprises[0]!.subject.name).toBe("分号企业")
    const tab = await run(file("tab.csv", `creditCode\tname\tjurisdiction\tsectors\n${code(26)}\t制表企业\t330102\t["industry-trade"]\n`), { read: { delimiter: "\t" } })
    expect(tab.report.enterprises[0]!.subject.name).toBe("制表企业")
    await expect(run(file("semi.csv", "a"), { read: { delimiter: ";;" } })).rejects.toThrow(/one character/)
  })

  it("a header that names no known field is said so, with the expected columns", async () => {
    const r = await run(file("wrongdelim.csv", `creditCode;name;jurisdiction;sectors\n${code(27)};x;330102;industry-trade\n`))
    expect(r.warnings).toContain("no column of the header names a field of the enterprise profile")
    expect(r.warnings).toContain("expected columns: creditCode, name, jurisdiction, sectors")
    expect(r.warnings).toContain("--delimiter")
    expect(r.report.totals.rejected).toBe(1)
  })
})

describe("over-long lines", () => {
  it("an NDJSON line over --max-line-bytes is rejected by its number; the others are evaluated", async () => {
    const long = JSON.stringify({ ...plain(28), name: "长".repeat(5000) })
    const r = await run(file("long.ndjson", `${JSON.stringify(plain(29))}\n${long}\n${JSON.stringify(plain(30))}\n`), { read: { maxLineBytes: 4096 } })
    expect(r.report.totals).toMatchObject({ records: 3, evaluated: 2, rejected: 1 })
    expect(r.report.rejected[0]).toMatchObject({ source: { line: 2 }, issues: [{ message: expect.stringContaining("over the limit of 4096 bytes") }] })
  })

  it("a CSV line over the limit inside a quoted cell: its row is rejected, the rows after it are cut as they are", async () => {
    const header = "creditCode,name,jurisdiction,sectors"
    const row = (n: number, name: string) => `${code(n)},${name},330102,"[""industry-trade""]"`
    const text = `${header}\n${row(31, "甲")}\n${code(32)},"${"长".repeat(3000)}\n第二行",330102,"[""industry-trade""]"\n${row(33, "乙")}\n`
    const r = await run(file("longcell.csv", text), { read: { maxLineBytes: 4096 } })
    expect(r.report.enterprises.map((e) => e.subject.name)).toEqual(["甲", "乙"])
    expect(r.report.rejected).toMatchObject([{ source: { line: 3 }, issues: [{ message: expect.stringContaining("line of 9") }] }])
  })

  it("a line far over the limit is counted, not held: a 600 MB line in 1 MiB chunks", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61)
    async function* source() {
      yield Buffer.from("{\"a\":1}\n")
      for (let i = 0; i < 600; i++) yield chunk
      yield Buffer.from("\n{\"b\":2}\n")
    }
    const lines: Array<string> = []
    for await (const l of byteLines(source(), 64 * 1024 * 1024)) {
      lines.push(l._tag === "line" ? `${l.line}:${Buffer.from(l.bytes).toString()}` : `${l.line}:too-long:${l.size}:${l.skeleton}`)
    }
    expect(lines).toEqual(["1:{\"a\":1}", `2:too-long:${600 * 1024 * 1024 + 1}:`, "3:{\"b\":2}"])
  })
})
