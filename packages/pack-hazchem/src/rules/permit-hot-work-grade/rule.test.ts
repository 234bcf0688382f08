import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits[0]"
const hot = (permit: object) =>
  hazchem({ specialOperationPermits: [{ kind: "hot-work", validFrom: "2026-05-01T08:00:00+08:00", ...permit } as never] })
const hazardPlace = { inFireExplosionHazardPlace: true, onOperatingEquipment: false, pressurisedWithoutPurging: false, insideMajorHazardTankFarmDike: false, onPipeRack: false }
const safePlace = { inFireExplosionHazardPlace: false, insideMajorHazardTankFarmDike: false, onPipeRack: false }
const fullDowngrade = { fullShutdown: true, cleaned: true, purged: true, analysed: true, isolated: true, approvedBy: "safety-head" }

tester.run("hazchem/permit-hot-work-grade", {
  violation: [
    {
      name: "on operating equipment in a hazard place needs 特级, permit says 一级",
      asOf,
      enterprise: hot({ id: "DH-1", grade: "level-1", location: { ...hazardPlace, onOperatingEquipment: true } }),
      evidence: [
        { path: `${P}.grade`, value: "level-1" },
        { path: `${P}.location.onOperatingEquipment`, value: true }
      ],
      details: { "zh-CN": "DH-1为一级，动火部位要求特级" },
      severity: "general"
    },
    {
      name: "inside a major-hazard tank farm dike needs 特级",
      asOf,
      enterprise: hot({ grade: "level-2", location: { insideMajorHazardTankFarmDike: true } }),
      details: { "zh-CN": "要求特级" }
    },
    {
      name: "a pipe rack needs 一级",
      asOf,
      enterprise: hot({ grade: "level-2", location: { ...safePlace, onPipeRack: true } }),
      details: { "zh-CN": "为二级，动火部位要求一级" }
    },
    {
      name: "带压不置换 in a hazard place needs 特级",
      asOf,
      enterprise: hot({ grade: "level-1", location: { inFireExplosionHazardPlace: true, pressurisedWithoutPurging: true } })
    },
    {
      name: "a downgrade record that failed a condition does not downgrade",
      asOf,
      enterprise: hot({ grade: "level-2", location: hazardPlace, shutdownDowngrade: { ...fullDowngrade, purged: false } })
    }
  ],
  compliant: [
    { name: "特级 is always enough", asOf, enterprise: hot({ grade: "special" }) },
    { name: "other hot work in a hazard place at 一级", asOf, enterprise: hot({ grade: "level-1", location: hazardPlace }) },
    { name: "二级 outside hazard places", asOf, enterprise: hot({ grade: "level-2", location: safePlace }) },
    {
      name: "after a full shutdown, approved by the safety head, managed as 二级",
      asOf,
      enterprise: hot({ grade: "level-2", location: { ...hazardPlace, onOperatingEquipment: true }, shutdownDowngrade: fullDowngrade })
    }
  ],
  notApplicable: [
    { name: "no hot-work permit", asOf, enterprise: hazchem({ specialOperationPermits: [] }) }
  ],
  indeterminate: [
    {
      name: "二级 permit, location unknown",
      asOf,
      enterprise: hot({ grade: "level-2" }),
      // no location record at all: the language asks for the record itself
      missing: [`${P}.location`]
    },
    {
      name: "一级 permit in a hazard place, whether the equipment is operating is unknown",
      asOf,
      enterprise: hot({ grade: "level-1", location: { inFireExplosionHazardPlace: true, insideMajorHazardTankFarmDike: false } }),
      missing: [`${P}.location.onOperatingEquipment`, `${P}.location.pressurisedWithoutPurging`]
    },
    {
      name: "grade missing, the location needs more than 二级",
      asOf,
      enterprise: hot({ location: { ...safePlace, onPipeRack: true } }),
      missing: [`${P}.grade`]
    },
    {
      name: "a downgrade record without its approver",
      asOf,
      enterprise: hot({ grade: "level-2", location: hazardPlace, shutdownDowngrade: { fullShutdown: true, cleaned: true, purged: true, analysed: true, isolated: true } }),
      missing: [`${P}.shutdownDowngrade.approvedBy`]
    },
    {
      name: "an empty downgrade record: whether the downgrade applies is open",
      asOf,
      enterprise: hot({ grade: "level-2", location: hazardPlace, shutdownDowngrade: {} }),
      missing: ["fullShutdown", "cleaned", "purged", "analysed", "isolated", "approvedBy"].map((f) => `${P}.shutdownDowngrade.${f}`)
    }
  ]
})
