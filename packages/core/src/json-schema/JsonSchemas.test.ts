import { describe, expect, it } from "vitest"
import * as JsonSchemas from "./JsonSchemas.ts"

/** The schema the document's root stands for (following a top-level $ref into $defs). */
const root = (doc: Record<string, unknown>): Record<string, unknown> => {
  const ref = doc["$ref"]
  if (typeof ref !== "string") return doc
  return (doc["$defs"] as Record<string, Record<string, unknown>>)[ref.slice("#/$defs/".length)]!
}

describe("JsonSchemas", () => {
  it("gives a self-contained draft 2020-12 document for every model", () => {
    for (const [name, doc] of Object.entries(JsonSchemas.all())) {
      expect(doc["$schema"], name).toBe("https://json-schema.org/draft/2020-12/schema")
      // every $ref points into the document's own $defs
      const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []
      const defs = (doc["$defs"] ?? {}) as Record<string, unknown>
      for (const ref of refs) {
        const target = ref.slice(8, -1)
        expect(target.startsWith("#/$defs/"), `${name}: ${target}`).toBe(true)
        expect(defs[decodeURIComponent(target.slice(8))], `${name}: ${target} is defined`).toBeDefined()
      }
    }
  })

  it("describes the enterprise's wire shape", () => {
    const doc = JsonSchemas.of("Enterprise")
    expect(root(doc)["type"]).toBe("object")
    expect(root(doc)["required"]).toEqual(expect.arrayContaining(["creditCode", "name", "jurisdiction", "sectors"]))
    const text = JSON.stringify(doc)
    expect(text).toContain("hazardous-chemicals")
    expect(text).toContain("elderly-care")
  })

  it("describes config layers with their levels and waiver dates as strings", () => {
    const text = JSON.stringify(JsonSchemas.of("ConfigLayers"))
    for (const level of ["national", "province", "city", "county", "township", "deployment"]) expect(text).toContain(level)
    expect(text).toContain("expires")
  })
})
