import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofField, omit, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const dusty = ofField("dust-explosion", "dust")
const coldStore = ofField("liquid-ammonia-refrigeration", "ammonia")
const sewerWork = ofField("toxic-confined-space", "confinedSpace")
const noField = (name: string) => ({ name, asOf, enterprise: plant({ industries: ["light-industry"], specialFields: [] }) })
const D = "facts.dust"

tester.run("industry-trade/dust-explosion-area-building-and-gathering-rooms", {
  violation: [
    { name: "non-frame multi-storey building", asOf, enterprise: dusty({ inNonFrameMultiStoreyBuilding: true, gatheringRoomsInDustArea: false }) },
    { name: "an office inside the dust area", asOf, enterprise: dusty({ inNonFrameMultiStoreyBuilding: false, gatheringRoomsInDustArea: true }), details: { "zh-CN": "粉尘爆炸危险场所内设有人员聚集场所" } }
  ],
  compliant: [{ asOf, enterprise: dusty({ inNonFrameMultiStoreyBuilding: false, gatheringRoomsInDustArea: false }) }],
  notApplicable: [noField("no dust-explosion hazard")],
  indeterminate: [
    { asOf, enterprise: dusty({ inNonFrameMultiStoreyBuilding: false }), missing: [`${D}.gatheringRoomsInDustArea`] },
    { name: "special fields not recorded", asOf, enterprise: plant({ industries: ["commerce"], dust: { inNonFrameMultiStoreyBuilding: false, gatheringRoomsInDustArea: false } }), missing: ["facts.specialFields"] }
  ]
})

const systems = { dustCollectionSystems: true, incompatibleMediaShareSystem: false, buildingsOrCompartmentsShareSystem: false, systemsInterconnected: false }
tester.run("industry-trade/dust-explosion-shared-collection-systems", {
  violation: [
    { name: "dust and gas on one system", asOf, enterprise: dusty({ ...systems, incompatibleMediaShareSystem: true }) },
    { name: "two fire compartments on one system", asOf, enterprise: dusty({ ...systems, buildingsOrCompartmentsShareSystem: true }) },
    { name: "systems interconnected", asOf, enterprise: dusty({ ...systems, systemsInterconnected: true }), evidence: [{ path: `${D}.systemsInterconnected`, value: true }] }
  ],
  compliant: [{ asOf, enterprise: dusty(systems) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ dustCollectionSystems: false }) }],
  indeterminate: [{ asOf, enterprise: dusty(omit(systems, "systemsInterconnected")), missing: [`${D}.systemsInterconnected`] }]
})

tester.run("industry-trade/dust-explosion-dry-collector-explosion-control", {
  violation: [{ asOf, enterprise: dusty({ dryCollection: true, dryCollectionExplosionControl: "missing" }), details: { "zh-CN": "干式除尘系统未采取任一种爆炸防控措施" } }],
  compliant: [{ name: "one measure (venting) is enough", asOf, enterprise: dusty({ dryCollection: true, dryCollectionExplosionControl: "effective" }) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ dryCollection: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ dryCollection: true }), missing: [`${D}.dryCollectionExplosionControl`] }]
})

tester.run("industry-trade/dust-explosion-positive-pressure-collection", {
  violation: [
    { name: "metal dust under positive pressure", asOf, enterprise: dusty({ dustCollectionSystems: true, metalDustPositivePressure: true, otherDustPositivePressureBlowing: false }) },
    { name: "other dust blown under pressure without spark control", asOf, enterprise: dusty({ dustCollectionSystems: true, metalDustPositivePressure: false, otherDustPositivePressureBlowing: true, positivePressureIgnitionControl: "missing" }) }
  ],
  compliant: [
    { name: "negative pressure throughout", asOf, enterprise: dusty({ dustCollectionSystems: true, metalDustPositivePressure: false, otherDustPositivePressureBlowing: false }) },
    { name: "other dust blown under pressure with spark detection", asOf, enterprise: dusty({ dustCollectionSystems: true, metalDustPositivePressure: false, otherDustPositivePressureBlowing: true, positivePressureIgnitionControl: "effective" }) }
  ],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ dustCollectionSystems: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ dustCollectionSystems: true, metalDustPositivePressure: false, otherDustPositivePressureBlowing: true }), missing: [`${D}.positivePressureIgnitionControl`] }]
})

tester.run("industry-trade/dust-explosion-settling-chambers-and-tunnel-ducts", {
  violation: [
    { name: "gravity settling chamber", asOf, enterprise: dusty({ dustCollectionSystems: true, gravitySettlingChamber: true, dryTunnelDuct: false }) },
    { name: "dry tunnel duct", asOf, enterprise: dusty({ dustCollectionSystems: true, gravitySettlingChamber: false, dryTunnelDuct: true }) }
  ],
  compliant: [{ asOf, enterprise: dusty({ dustCollectionSystems: true, gravitySettlingChamber: false, dryTunnelDuct: false }) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ dustCollectionSystems: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ dustCollectionSystems: true, gravitySettlingChamber: false }), missing: [`${D}.dryTunnelDuct`] }]
})

tester.run("industry-trade/dust-explosion-airlock-discharge", {
  violation: [{ asOf, enterprise: dusty({ metalOrWoodDryCollection: true, airlockDischarge: "missing" }) }],
  compliant: [{ asOf, enterprise: dusty({ metalOrWoodDryCollection: true, airlockDischarge: "effective" }) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ metalOrWoodDryCollection: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ metalOrWoodDryCollection: true }), missing: [`${D}.airlockDischarge`] }]
})

tester.run("industry-trade/dust-explosion-zone-20-electrical-equipment", {
  violation: [{ asOf, enterprise: dusty({ zone20Areas: true, zone20EquipmentExplosionProof: false }) }],
  compliant: [{ asOf, enterprise: dusty({ zone20Areas: true, zone20EquipmentExplosionProof: true }) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ zone20Areas: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ zone20Areas: true }), missing: [`${D}.zone20EquipmentExplosionProof`] }]
})

tester.run("industry-trade/dust-explosion-tramp-removal-and-sander-sparks", {
  violation: [
    { name: "no tramp removal before a mill", asOf, enterprise: dusty({ grindingEquipment: true, trampRemoval: "missing", sanderDucts: false }) },
    { name: "sander ducts without spark detection", asOf, enterprise: dusty({ grindingEquipment: false, sanderDucts: true, sanderDuctSparkDetection: "missing" }), details: { "zh-CN": "与砂光机连接的风管未设置火花探测消除装置" } }
  ],
  compliant: [{ asOf, enterprise: dusty({ grindingEquipment: true, trampRemoval: "effective", sanderDucts: true, sanderDuctSparkDetection: "effective" }) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ grindingEquipment: false, sanderDucts: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ grindingEquipment: true, trampRemoval: "effective", sanderDucts: true }), missing: [`${D}.sanderDuctSparkDetection`] }]
})

tester.run("industry-trade/dust-explosion-water-reactive-metal-dust", {
  violation: [
    { name: "no ventilation against hydrogen", asOf, enterprise: dusty({ waterReactiveMetalDustPlaces: true, hydrogenBuildUpMeasures: false, dryCollectionOrStoragePlaces: false }) },
    { name: "dry store without damp protection", asOf, enterprise: dusty({ waterReactiveMetalDustPlaces: true, hydrogenBuildUpMeasures: true, dryCollectionOrStoragePlaces: true, dryPlacesWaterproofed: false }) }
  ],
  compliant: [{ asOf, enterprise: dusty({ waterReactiveMetalDustPlaces: true, hydrogenBuildUpMeasures: true, dryCollectionOrStoragePlaces: true, dryPlacesWaterproofed: true }) }],
  notApplicable: [noField("no dust-explosion hazard"), { asOf, enterprise: dusty({ waterReactiveMetalDustPlaces: false }) }],
  indeterminate: [{ asOf, enterprise: dusty({ waterReactiveMetalDustPlaces: true, hydrogenBuildUpMeasures: true, dryCollectionOrStoragePlaces: true }), missing: [`${D}.dryPlacesWaterproofed`] }]
})

tester.run("industry-trade/dust-explosion-cleaning-regime", {
  violation: [{
    name: "regime not carried out and serious build-up: both parts",
    asOf,
    enterprise: dusty({ cleaningRegimeCarriedOut: false, seriousDustBuildUp: true }),
    evidence: [{ path: `${D}.cleaningRegimeCarriedOut`, value: false }, { path: `${D}.seriousDustBuildUp`, value: true }],
    details: { "zh-CN": "未落实粉尘清理制度；作业现场积尘严重" }
  }],
  compliant: [
    { name: "regime not carried out, but no serious build-up: not this item", asOf, enterprise: dusty({ cleaningRegimeCarriedOut: false, seriousDustBuildUp: false }) },
    { name: "serious build-up, regime carried out: not this item either", asOf, enterprise: dusty({ cleaningRegimeCarriedOut: true, seriousDustBuildUp: true }) },
    { name: "one part false decides, the other unknown", asOf, enterprise: dusty({ seriousDustBuildUp: false }) }
  ],
  notApplicable: [noField("no dust-explosion hazard")],
  indeterminate: [{ asOf, enterprise: dusty({ cleaningRegimeCarriedOut: false }), missing: [`${D}.seriousDustBuildUp`] }]
})

tester.run("industry-trade/ammonia-direct-evaporation-air-conditioning", {
  violation: [{ asOf, enterprise: coldStore({ directEvaporationAirConditioning: true }), details: { "zh-CN": "氨直接蒸发制冷" } }],
  compliant: [{ asOf, enterprise: coldStore({ directEvaporationAirConditioning: false }) }],
  notApplicable: [noField("no liquid-ammonia refrigeration")],
  indeterminate: [{ asOf, enterprise: coldStore({}), missing: ["facts.ammonia.directEvaporationAirConditioning"] }]
})

tester.run("industry-trade/ammonia-quick-freeze-room", {
  violation: [
    {
      name: "10 people: more than 9",
      asOf,
      enterprise: coldStore({ quickFreezers: true, quickFreezerInSeparateRoom: true, quickFreezeRoomWorkers: 10 }),
      evidence: [{ path: "facts.ammonia.quickFreezeRoomWorkers", value: 10 }],
      details: { "zh-CN": "快速冻结装置作业间内作业人员数量为10人" }
    },
    { name: "not in a separate room, 3 people: either part alone", asOf, enterprise: coldStore({ quickFreezers: true, quickFreezerInSeparateRoom: false, quickFreezeRoomWorkers: 3 }) },
    { name: "12 people, the room unknown", asOf, enterprise: coldStore({ quickFreezers: true, quickFreezeRoomWorkers: 12 }) }
  ],
  compliant: [{ name: "9 people is not 超过9人", asOf, enterprise: coldStore({ quickFreezers: true, quickFreezerInSeparateRoom: true, quickFreezeRoomWorkers: 9 }) }],
  notApplicable: [noField("no liquid-ammonia refrigeration"), { asOf, enterprise: coldStore({ quickFreezers: false }) }],
  indeterminate: [{ asOf, enterprise: coldStore({ quickFreezers: true, quickFreezerInSeparateRoom: true }), missing: ["facts.ammonia.quickFreezeRoomWorkers"] }]
})

tester.run("industry-trade/confined-space-identification-and-signs", {
  violation: [{
    name: "not identified with a ledger and no signs",
    asOf,
    enterprise: sewerWork({ identifiedWithLedger: false, warningSigns: false }),
    details: { "zh-CN": "未对有限空间进行辨识、建立安全管理台账；未设置明显的安全警示标志" }
  }],
  compliant: [
    { name: "no ledger but signs posted: the item is conjunctive (并且)", asOf, enterprise: sewerWork({ identifiedWithLedger: false, warningSigns: true }) },
    { name: "a ledger but no signs", asOf, enterprise: sewerWork({ identifiedWithLedger: true, warningSigns: false }) },
    { asOf, enterprise: sewerWork({ identifiedWithLedger: true, warningSigns: true }) }
  ],
  notApplicable: [noField("no confined-space work with poisoning risk")],
  indeterminate: [{ asOf, enterprise: sewerWork({ identifiedWithLedger: false }), missing: ["facts.confinedSpace.warningSigns"] }]
})

tester.run("industry-trade/confined-space-work-controls", {
  violation: [
    { name: "no approval", asOf, enterprise: sewerWork({ workApproval: false, ventilateTestThenWork: true, attendantOnSite: true }) },
    { name: "entered before ventilating and testing", asOf, enterprise: sewerWork({ workApproval: true, ventilateTestThenWork: false, attendantOnSite: true }) },
    { name: "no attendant", asOf, enterprise: sewerWork({ workApproval: true, ventilateTestThenWork: true, attendantOnSite: false }), details: { "zh-CN": "作业现场未设置监护人员" } }
  ],
  compliant: [{ asOf, enterprise: sewerWork({ workApproval: true, ventilateTestThenWork: true, attendantOnSite: true }) }],
  notApplicable: [noField("no confined-space work with poisoning risk")],
  indeterminate: [{ asOf, enterprise: sewerWork({ workApproval: true, ventilateTestThenWork: true }), missing: ["facts.confinedSpace.attendantOnSite"] }]
})
