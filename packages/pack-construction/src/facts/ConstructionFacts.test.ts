import { readFileSync } from "node:fs"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ConstructionFacts } from "./ConstructionFacts.ts"

const decode = Schema.decodeUnknownSync(ConstructionFacts)
const sample = JSON.parse(readFileSync(new URL("../../sample/construction-projects.json", import.meta.url), "utf8")) as Array<{
  facts: { construction: unknown }
}>

describe("ConstructionFacts", () => {
  it("decodes the sample project; dates become calendar dates", () => {
    const facts = decode(sample[0]!.facts.construction)
    expect(facts.contractor?.workSafetyLicence?.validUntil?.toISOString()).toBe("2027-03-31T00:00:00.000Z")
    expect(facts.cranes).toHaveLength(2)
  })

  it("an empty section is valid: every fact is unknown", () => {
    expect(decode({})).toEqual({})
  })

  it("rejects an explicit undefined (absent means unknown; nothing defaults)", () => {
    expect(() => decode({ slopes: undefined })).toThrow()
  })

  it("rejects bad values with the path", () => {
    expect(() => decode({ foundationPits: [{ excavationDepthMetres: -1 }] })).toThrow(/foundationPits/)
    expect(() => decode({ lightingAreas: [{ longTermRelativeHumidityPercent: 120 }] })).toThrow(/percentage/)
    expect(() => decode({ keyPersonnel: [{ certificate: { validUntil: "2025-02-30" } }] })).toThrow(/calendar date/)
    expect(() => decode({ cranes: [{ kind: "gantry" }] })).toThrow()
  })

  it("has a JSON Schema", () => {
    const doc = Schema.toJsonSchemaDocument(ConstructionFacts)
    expect(JSON.stringify(doc)).toContain("nearestSurchargeFromBottomEdgeMetres")
  })
})
