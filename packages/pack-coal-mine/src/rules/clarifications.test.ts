import { Registry } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "../pack.ts"
import { batteryNote, beltSensorNote, closedListNote, dualCircuitNote, safetyMarkNote } from "./clarifications.ts"

const notesOf = (article: number, item: number) =>
  coalMinePack.rules.find((r) => r.citation.document === "coal-major-hazard-2026" && r.citation.article === article && r.citation.item === item)!.notes

describe("the 国家矿山安全监察局 clarifications, as rule notes", () => {
  it("(a) closed list on every 情形 of 第二十条", () => {
    for (let item = 1; item <= 19; item++) expect(notesOf(20, item)).toContainEqual(closedListNote)
  })
  it("(b) 第十六条 for underground mines on its three 情形", () => {
    for (let item = 1; item <= 3; item++) expect(notesOf(16, item)).toEqual([dualCircuitNote])
  })
  it("(c) 第十三条(二), (d) 第二十条(十八), (e) 第二十条(十一)", () => {
    expect(notesOf(13, 2)).toEqual([safetyMarkNote])
    expect(notesOf(20, 18)).toEqual([closedListNote, batteryNote])
    expect(notesOf(20, 11)).toEqual([closedListNote, beltSensorNote])
  })
  it("no note on a 情形 no clarification concerns", () => {
    expect(notesOf(4, 1)).toEqual([])
  })
  it("registers: the replies are declared documents, cited unverified, and listed with the rules", () => {
    const listing = Registry.make([coalMinePack]).listing()
    const rule = listing.find((r) => r.id === "coal-mine/single-circuit-supply")!
    expect(rule.notes).toEqual([dualCircuitNote])
    expect(dualCircuitNote.citations).toEqual([{ document: "nmsa-coal-2026-dual-circuit", verified: false }])
  })
})
