import { describe, expect, it } from "vitest"
import { formatCitation } from "./Citation.ts"
import { nationalDocuments } from "./documents.ts"

const documents = new Map(nationalDocuments.map((d) => [d.id, d]))

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
