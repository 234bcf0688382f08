import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  AccidentId,
  AgreementId,
  CampaignId,
  DepartmentId,
  HazardId,
  InspectionId,
  InstallationId,
  PersonId,
  PersonRef,
  SiteId
} from "./index.ts"

const all = { HazardId, CampaignId, AccidentId, InspectionId, AgreementId, PersonId, SiteId, InstallationId, DepartmentId }

describe("ids", () => {
  for (const [name, schema] of Object.entries(all)) {
    it(`${name} accepts a non-empty string and rejects an empty one`, () => {
      expect(Schema.decodeUnknownSync(schema)("x-1")).toBe("x-1")
      const r = Schema.decodeUnknownResult(schema)("")
      expect(Result.isFailure(r) && r.failure.message).toContain("length of at least 1")
      expect(Result.isFailure(Schema.decodeUnknownResult(schema)(1))).toBe(true)
    })
  }

  it("make builds a branded id and throws on an empty string", () => {
    const id: HazardId = HazardId.make("YH-2024-0017")
    expect(id).toBe("YH-2024-0017")
    expect(() => HazardId.make("")).toThrow()
  })

  it("ids carry their identifier into JSON Schema", () => {
    const doc = Schema.toJsonSchemaDocument(Schema.Struct({ id: SiteId }))
    expect(doc.definitions["SiteId"]).toMatchObject({ type: "string", minLength: 1 })
  })

  it("PersonRef needs a name", () => {
    expect(Schema.decodeUnknownSync(PersonRef)({ name: "张三", title: "安全科科长" })).toEqual({ name: "张三", title: "安全科科长" })
    const r = Schema.decodeUnknownResult(PersonRef)({ id: "p-1" })
    expect(Result.isFailure(r) && r.failure.message).toBe('Missing key\n  at ["name"]')
  })
})
