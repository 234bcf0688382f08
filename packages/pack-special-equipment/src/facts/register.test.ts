import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { specialEquipmentPack } from "../pack.ts"
import { asOf, unit } from "../testSupport.ts"
import { deviceStates, entryFields, EQUIPMENT, equipmentKinds, kindNames } from "./register.ts"

describe("the register's declarations", () => {
  it("label every field in zh-CN and English, with the words of every allowed value", () => {
    for (const [field, d] of Object.entries(entryFields)) {
      expect(d.label["zh-CN"].trim(), field).not.toBe("")
      expect(d.label.en.trim(), field).not.toBe("")
      if (d.unit !== undefined) expect([d.unit["zh-CN"], d.unit.en], field).not.toContain("")
      if (d.values !== undefined) expect(Object.keys(d.valueLabels ?? {}).sort(), field).toEqual([...d.values].sort())
    }
    expect(Object.keys(kindNames)).toEqual([...equipmentKinds])
  })
  it("give every safety device the same four states", () => {
    const devices = Object.entries(entryFields).filter(([, d]) => d.values?.includes("effective"))
    expect(devices.length).toBe(23)
    for (const [, d] of devices) expect(d.values).toEqual(deviceStates)
  })
  it("are every one read by a rule (name and registration code label the entries)", () => {
    const read = new Set(specialEquipmentPack.rules.flatMap((r) => r.reads))
    const unread = Object.keys(entryFields).filter((f) => !read.has(`${EQUIPMENT}[].${f}`))
    expect(unread).toEqual(["name", "registrationCode"])
  })
})

describe("bad input", () => {
  const engine = Engine.make({ packs: [specialEquipmentPack] })
  it("is rejected with the path of every problem, never judged", () => {
    const report = engine.evaluate([unit([
      { kind: "boiler", inUse: "yes", reliefDevice: "broken" },
      { kind: "forklift", inUse: true },
      { kind: "elevator", elevatorType: "escalator", handrailClearance: "350mm" }
    ])], { asOf })
    expect(report.totals.rejected).toBe(1)
    const paths = report.rejected[0]!.issues.map((i) => i.path.join("."))
    expect(paths).toEqual(expect.arrayContaining([
      "facts.specialEquipment.equipment.0.inUse",
      "facts.specialEquipment.equipment.0.reliefDevice",
      "facts.specialEquipment.equipment.1.kind",
      "facts.specialEquipment.equipment.2.handrailClearance"
    ]))
  })
  it("a register that is not a list is rejected", () => {
    const report = engine.evaluate([unit(undefined, { facts: { specialEquipment: { equipment: { kind: "boiler" } } } })], { asOf })
    expect(report.rejected[0]!.issues.map((i) => i.path.join("."))).toEqual(["facts.specialEquipment.equipment"])
  })
})
