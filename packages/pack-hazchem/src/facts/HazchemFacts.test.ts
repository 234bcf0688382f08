import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { HazchemFacts, installationGrade, type MajorHazardInstallation, toHazardUnit } from "./HazchemFacts.ts"

/** The error blocks of a failed decode ("message\n  at path"), sorted: the order of independent errors is not part of the contract. */
const errorBlocks = (r: Result.Result<unknown, Schema.SchemaError>): ReadonlyArray<string> =>
  Result.isFailure(r) ? r.failure.message.split(/\n(?! {2}at )/).sort() : ["(decoded)"]

const decode = (u: unknown) => Schema.decodeUnknownResult(HazchemFacts)(u, { errors: "all" })

/** A realistic record of a mid-size chlor-alkali and chlorination site, covering items 2–20 (item 1 reads enterprise.keyPeople). */
const fullExample = {
  specialOperators: [
    { name: "赵六", operationType: "危险化学品安全作业(氯化工艺作业)", holdsCertificate: true, certificateValidUntil: "2028-03-01" },
    { name: "钱七", operationType: "化工自动化控制仪表作业", holdsCertificate: false }
  ],
  externalSafetyDistances: [
    {
      unitId: "U-CL2", unitName: "液氯储存", involvesKeySupervisedChemical: true, involvesMajorHazard: true,
      requiredMetres: 600, actualMetres: 720, meetsStandard: true
    }
  ],
  keyProcesses: [
    { process: "chlor-alkali-electrolysis", unitId: "U-ELEC", automation: "in-use", emergencyShutdown: "in-use" },
    { process: "chlorination", unitId: "U-CHL", automation: "in-use", emergencyShutdown: "installed-not-in-use" }
  ],
  majorHazardInstallations: [
    {
      id: "MH-1",
      name: "液氯罐区",
      unitKind: "storage",
      substances: [{ kind: "named", substance: "chlorine", quantityTonnes: 120, label: "V-201/202" }],
      exposedPeople: 60,
      recordedGrade: 1,
      isTankFarm: true,
      tankFarm: { hasEmergencyShutOff: true, hasIndependentSis: false, media: ["toxic-gas", "liquefied-gas"] }
    }
  ],
  pressurisedLiquefiedHydrocarbonTanks: [],
  liquefiedGasLoading: [{ id: "LD-1", medium: "liquid-chlorine", method: "universal-loading-arm" }],
  toxicGasPipelines: [{ id: "P-CL2-01", medium: "chlorine", areasCrossedOutsidePlant: ["chemical-park"] }],
  overheadPowerLines: [{ id: "110kV 东线", crossesProductionArea: false }],
  chemicalUnits: [
    {
      id: "U-ELEC", name: "离子膜烧碱装置", inService: true, formallyDesigned: true,
      dualPowerSupply: true, automationUps: true
    },
    {
      id: "U-OLD", name: "老氯化釜", inService: true, formallyDesigned: false, safetyDesignDiagnosisDone: true,
      dualPowerSupply: true, automationUps: false
    }
  ],
  obsoleteTechnologyInUse: [],
  gasLeakLocations: [{ id: "氯气压缩机房", gas: "toxic", hasDetectionAlarm: true }],
  explosionHazardAreas: [{ id: "氢气处理", explosionProofEquipmentCompliant: true }],
  controlRooms: [{ kind: "control-room", id: "中控室", facesFireExplosionHazardUnit: true, fireAndBlastProtectionCompliant: true }],
  safetyAccessories: [
    { kind: "safety-valve", id: "PSV-201", inNormalService: true },
    { kind: "rupture-disc", id: "RD-7", inNormalService: false }
  ],
  responsibilitySystem: { established: true, matchedToPosts: true },
  hazardInvestigationSystem: { established: true, implemented: true },
  operatingProceduresEstablished: true,
  processControlLimitsEstablished: true,
  specialOperationManagement: { systemEstablished: true, systemEnforced: true },
  specialOperationPermits: [
    {
      kind: "hot-work",
      id: "DH-2024-0501",
      grade: "level-1",
      validFrom: "2024-05-01T08:00:00+08:00",
      validTo: "2024-05-01T16:00:00+08:00",
      workStartedAt: "2024-05-01T08:20:00+08:00",
      location: { inFireExplosionHazardPlace: true, onOperatingEquipment: false },
      circumstances: ["holiday"],
      upgradedManagement: true,
      outdoor: true,
      windForce: 3,
      gasAnalyses: [{ at: "2024-05-01T08:00:00+08:00", flammableGasPercent: 0.1, lowerExplosiveLimitPercent: 5 }]
    },
    {
      kind: "confined-space",
      id: "SX-77",
      validFrom: "2024-05-02T08:00:00+08:00",
      validTo: "2024-05-03T08:00:00+08:00",
      workStartedAt: "2024-05-02T08:30:00+08:00",
      workEndedAt: "2024-05-02T13:00:00+08:00",
      continuousDetection: true,
      gasDetections: [
        { at: "2024-05-02T08:10:00+08:00", oxygenPercent: 20.6, flammableGasPercent: 0, toxicWithinLimit: true },
        { at: "2024-05-02T10:10:00+08:00", oxygenPercent: 20.5, flammableGasPercent: 0, toxicWithinLimit: true },
        { at: "2024-05-02T12:10:00+08:00", oxygenPercent: 20.5, flammableGasPercent: 0, toxicWithinLimit: true }
      ]
    },
    { kind: "work-at-height", id: "GC-3", heightMetres: 4, hazardFactors: ["gusts-force-5-or-more"], grade: "II" },
    { kind: "lifting", massTonnes: 45, grade: "level-2" },
    { kind: "temporary-power", servesPermitId: "SX-77", servesWorkKind: "confined-space" },
    { kind: "blinding" },
    { kind: "excavation" },
    { kind: "road-breaking", pauses: [{ from: "2024-05-04T12:00:00Z", to: "2024-05-04T13:00:00Z" }] }
  ],
  processDevelopment: {
    newProcesses: [{ name: "连续氯化", newlyDeveloped: true, inIndustrialProduction: true, labScaleTest: true, pilotScaleTest: true, industrialTrial: true }],
    newUnits: [{ id: "U-NEW", chargedAndStarted: false, trialRunPlan: true }],
    isFineChemicalEnterprise: false
  },
  storageAreas: [{ id: "甲类仓库1", zonedAndClassified: true, overQuantity: false, overVariety: false, incompatibleMixedStorage: false }]
}

describe("HazchemFacts", () => {
  it("decodes a realistic full record", () => {
    const r = decode(fullExample)
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    const facts = r.success
    expect(facts.specialOperators?.[0]?.certificateValidUntil).toEqual(new Date("2028-03-01T00:00:00Z"))
    expect(facts.specialOperationPermits).toHaveLength(8)
    const hot = facts.specialOperationPermits?.[0]
    expect(hot?.kind).toBe("hot-work")
    expect(hot?.validFrom).toEqual(new Date("2024-05-01T00:00:00Z"))
    expect(facts.pressurisedLiquefiedHydrocarbonTanks).toEqual([])
    expect(facts.storageAreas?.[0]?.zonedAndClassified).toBe(true)
    // Round trip to the wire shape.
    const encoded = Schema.encodeSync(HazchemFacts)(facts)
    expect(encoded.specialOperationPermits?.[0]).toMatchObject({ validFrom: "2024-05-01T00:00:00.000Z" })
  })

  it("has no key-personnel list: item 1 reads the core enterprise profile (one source)", () => {
    expect(Object.keys(HazchemFacts.fields)).not.toContain("keyPersonnel")
    const r = decode({ keyPersonnel: [{ role: "principal", assessment: "passed" }] })
    expect(Result.isSuccess(r) && r.success).toEqual({})
  })

  it("accepts an empty record: every fact is optional and nothing is defaulted", () => {
    const r = decode({})
    expect(Result.isSuccess(r) && r.success).toEqual({})
  })

  it("rejects an explicit undefined: absent means unknown, it is not a value", () => {
    const r = decode({ operatingProceduresEstablished: undefined })
    expect(Result.isFailure(r)).toBe(true)
  })

  it("reports every bad fact with its path", () => {
    const r = decode({
      specialOperators: [{ holdsCertificate: "yes" }, { certificateValidUntil: "2024-02-30" }],
      keyProcesses: [{ process: "pyrolysis", automation: "in-use" }],
      majorHazardInstallations: [{ substances: [{ kind: "named", substance: "naphtha", quantityTonnes: 300 }], recordedGrade: 5 }],
      toxicGasPipelines: [{ areasCrossedOutsidePlant: ["park"] }],
      specialOperationPermits: [
        { kind: "hot-work", grade: "level-3", validFrom: "2024-05-01T08:00:00", windForce: 20 },
        { kind: "confined-space", validFrom: "2024-05-02T08:00:00+08:00", validTo: "2024-05-01T08:00:00+08:00" },
        { kind: "welding" }
      ],
      operatingProceduresEstablished: "yes"
    })
    expect(errorBlocks(r)).toEqual([
      `Expected boolean\n  at ["specialOperators"][0]["holdsCertificate"]`,
      `Expected a calendar date YYYY-MM-DD\n  at ["specialOperators"][1]["certificateValidUntil"]`,
      `Expected one of the 18 key-supervision hazardous process ids of regulations.md §9 (phosgenation … azotization)\n  at ["keyProcesses"][0]["process"]`,
      `Expected the id, name, alias or CAS number of a GB 18218-2018 表1 row, e.g. "ammonia", "液氨" or "7664-41-7"; "naphtha" is in no row (a substance not in 表1, such as 石脑油, is entered as { kind: "classified", hazards: [...] })\n  at ["majorHazardInstallations"][0]["substances"][0]["substance"]`,
      `Expected 1 | 2 | 3 | 4\n  at ["majorHazardInstallations"][0]["recordedGrade"]`,
      `Expected "chemical-park" | "industrial-park" | "public-area"\n  at ["toxicGasPipelines"][0]["areasCrossedOutsidePlant"][0]`,
      `Expected "special" | "level-1" | "level-2"\n  at ["specialOperationPermits"][0]["grade"]`,
      `Expected an ISO-8601 date-time with an offset, e.g. 2024-05-01T08:30:00+08:00\n  at ["specialOperationPermits"][0]["validFrom"]`,
      `Expected a Beaufort force 0–17\n  at ["specialOperationPermits"][0]["windForce"]`,
      `Expected validTo not before validFrom\n  at ["specialOperationPermits"][1]["validTo"]`,
      `Expected a permit whose kind is one of "hot-work", "confined-space", "blinding", "work-at-height", "lifting", "temporary-power", "excavation", "road-breaking"\n  at ["specialOperationPermits"][2]`,
      `Expected boolean\n  at ["operatingProceduresEstablished"]`
    ].sort())
  })

  it("produces a JSON Schema document (for reference pages)", () => {
    const doc = Schema.toJsonSchemaDocument(HazchemFacts)
    expect(doc.schema).toEqual({ $ref: "#/$defs/HazchemFacts" })
    expect(Object.keys(doc.definitions)).toContain("HotWorkPermit")
  })
})

describe("installationGrade", () => {
  const chlorineFarm: MajorHazardInstallation = {
    unitKind: "storage",
    substances: [{ kind: "named", substance: "chlorine", quantityTonnes: 120 }],
    exposedPeople: 60,
    recordedGrade: 2
  }

  it("computes the grade from the inventory when it can", () => {
    // 氯 120 t: q/Q = 24, β = 4 → 96; α = 1.5 (60 people) → R = 144 → 一级.
    const g = installationGrade(chlorineFarm)
    expect(g?.basis).toBe("computed")
    if (g?.basis === "computed" && g.result._tag === "Graded") {
      expect(g.result.R).toBe(144)
      expect(g.result.grade).toBe(1)
    } else throw new Error("expected a computed grade")
  })

  it("falls back to the recorded grade when the inventory or head-count is unknown", () => {
    const { exposedPeople: _, ...noHeadCount } = chlorineFarm
    expect(installationGrade(noHeadCount)).toEqual({ basis: "recorded", grade: 2 })
    expect(installationGrade({ recordedGrade: 3 })).toEqual({ basis: "recorded", grade: 3 })
  })

  it("falls back to the recorded grade when a β is unknown, and is undefined when nothing is known", () => {
    expect(installationGrade({
      unitKind: "storage",
      substances: [{ kind: "named", substance: "methanol", quantityTonnes: 5000 }],
      exposedPeople: 10,
      recordedGrade: 4
    })).toEqual({ basis: "recorded", grade: 4 })
    expect(installationGrade({})).toBeUndefined()
  })

  it("toHazardUnit needs the kind and the inventory", () => {
    expect(toHazardUnit({ id: "MH-1", ...chlorineFarm })).toEqual({
      id: "MH-1", kind: "storage", substances: [{ kind: "named", substance: "chlorine", quantityTonnes: 120 }]
    })
    expect(toHazardUnit({ substances: [] })).toBeUndefined()
  })
})
