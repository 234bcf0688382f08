import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Citation, formatCitation } from "./Citation.ts"
import { fromJson } from "../pack/PackJson.ts"
import { make } from "../registry/Registry.ts"
import { nationalDocuments } from "./documents.ts"

const documents = new Map(nationalDocuments.map((d) => [d.id, d]))

describe("a standard's clause and lettered item", () => {
  const gb = { document: "special-equipment-major-hazard-gb45067-2024", clause: "4.2", letter: "c", verified: true } as const

  it("decodes as a citation, and the article form is unchanged", () => {
    expect(Schema.decodeUnknownSync(Citation)(gb)).toEqual(gb)
    expect(Schema.decodeUnknownSync(Citation)({ document: "work-safety-law-2021", article: 24, item: 1, verified: true }))
      .toEqual({ document: "work-safety-law-2021", article: 24, item: 1, verified: true })
  })

  it("refuses a clause that is not dotted numbers and a letter that is not one lowercase letter", () => {
    expect(() => Schema.decodeUnknownSync(Citation)({ ...gb, clause: "4.2a" })).toThrow(/clause number/)
    expect(() => Schema.decodeUnknownSync(Citation)({ ...gb, letter: "C" })).toThrow(/lowercase letter/)
    expect(() => Schema.decodeUnknownSync(Citation)({ ...gb, letter: "ab" })).toThrow(/lowercase letter/)
  })

  it("is written as the standard writes it: 4.2 c)", () => {
    expect(formatCitation(gb, "zh-CN", documents)).toBe("《GB 45067-2024 特种设备重大事故隐患判定准则》 4.2 c)")
    expect(formatCitation(gb, "en", documents)).toBe("GB 45067-2024 Criteria for determining major accident hazards of special equipment clause 4.2 c)")
    expect(formatCitation({ document: gb.document, clause: "4.1", verified: false }, "zh-CN", documents)).toBe("《GB 45067-2024 特种设备重大事故隐患判定准则》 4.1 [未核实]")
  })

  it("GB 45067-2024 is in the catalogue from 2024-12-01, marked unverified (the in-force date is secondary)", () => {
    const doc = documents.get("special-equipment-major-hazard-gb45067-2024")
    expect(doc?.verified).toBe(false)
    expect(doc?.inForceFrom?.toISOString().slice(0, 10)).toBe("2024-12-01")
  })
})

describe("a JSON pack citing a standard's clause and letter", () => {
  it("registers, and the listing carries { clause, letter }", () => {
    const pack = fromJson({
      id: "lifts",
      name: { "zh-CN": "电梯", en: "Lifts" },
      version: "0.1.0",
      factsKey: "lifts",
      facts: { "facts.doorLockCircuitBypassed": { type: "boolean", label: { "zh-CN": "门锁安全回路被短接", en: "door-lock circuit bypassed" } } },
      rules: [{
        id: "lifts/door-lock-circuit",
        title: { "zh-CN": "门锁安全回路被短接", en: "Door-lock circuit bypassed" },
        message: { "zh-CN": "乘客与载货电梯门锁安全回路被短接", en: "The door-lock safety circuit is bypassed" },
        remediation: { "zh-CN": "恢复门锁安全回路。", en: "Restore the circuit." },
        citation: { document: "special-equipment-major-hazard-gb45067-2024", clause: "4.6", letter: "b", verified: true },
        severity: "major",
        effective: { from: "2024-12-01" },
        violationWhen: { op: "=", left: { fact: "facts.doorLockCircuitBypassed" }, right: { value: true } }
      }]
    })
    expect(make([pack]).listing()[0]!.citation).toEqual({ document: "special-equipment-major-hazard-gb45067-2024", clause: "4.6", letter: "b", verified: true })
  })
})

describe("formatCitation", () => {
  it("prints an article and item as 第N条(M)", () => {
    expect(formatCitation({ document: "coal-major-hazard-2026", article: 5, item: 4, verified: true }, "zh-CN", documents)).toBe("《煤矿重大事故隐患判定标准(2026修订)》 第五条(四)")
    expect(formatCitation({ document: "coal-major-hazard-2026", article: 5, item: 4, verified: true }, "en", documents)).toBe("Criteria for Major Accident Hazards in Coal Mines (2026 revision) art. 5 item 4")
  })

  it("prints the part of a text numbered by parts (一、地下矿山 … (二十)), not an article it does not have", () => {
    expect(formatCitation({ document: "noncoal-major-hazard-2022", article: 1, item: 20, verified: true }, "zh-CN", documents)).toBe("《金属非金属矿山重大事故隐患判定标准》 一、(二十)")
    expect(formatCitation({ document: "noncoal-major-hazard-2022", article: 3, item: 7, verified: true }, "en", documents)).toBe("Criteria for Major Accident Hazards in Metal and Non-metal Mines part 3 item 7")
    expect(formatCitation({ document: "noncoal-major-hazard-supplement-2024", article: 2, item: 1, verified: false }, "zh-CN", documents)).toBe("《金属非金属矿山重大事故隐患判定标准补充情形》 二、(一) [未核实]")
  })
})
