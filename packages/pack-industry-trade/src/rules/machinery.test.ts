import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofIndustry, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const foundry = ofIndustry("machinery", "machinery")
const notMachinery = { name: "not a machinery enterprise", asOf, enterprise: plant({ industries: ["tobacco"], specialFields: [] }) }
const P = "facts.machinery"

tester.run("industry-trade/machinery-gathering-rooms-in-lifting-or-pouring-bays", {
  violation: [{ asOf, enterprise: foundry({ moltenMetalLiftingOrPouringBays: true, gatheringRoomsInBay: true }), details: { "zh-CN": "5类人员聚集场所" } }],
  compliant: [{ asOf, enterprise: foundry({ moltenMetalLiftingOrPouringBays: true, gatheringRoomsInBay: false }) }],
  notApplicable: [notMachinery, { asOf, enterprise: foundry({ moltenMetalLiftingOrPouringBays: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ moltenMetalLiftingOrPouringBays: true }), missing: [`${P}.gatheringRoomsInBay`] }]
})

tester.run("industry-trade/machinery-foundry-emergency-discharge", {
  violation: [{ asOf, enterprise: foundry({ foundryFurnaces: true, foundryEmergencyDischargeAndStorage: "missing" }) }],
  compliant: [{ asOf, enterprise: foundry({ foundryFurnaces: true, foundryEmergencyDischargeAndStorage: "effective" }) }],
  notApplicable: [notMachinery, { asOf, enterprise: foundry({ foundryFurnaces: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ foundryFurnaces: true }), missing: [`${P}.foundryEmergencyDischargeAndStorage`] }]
})

tester.run("industry-trade/machinery-foundry-standing-water", {
  violation: [{ asOf, enterprise: foundry({ foundryFurnaces: true, standingWaterDuringProduction: true }), evidence: [{ path: `${P}.standingWaterDuringProduction`, value: true }] }],
  compliant: [{ asOf, enterprise: foundry({ foundryFurnaces: true, standingWaterDuringProduction: false }) }],
  notApplicable: [notMachinery, { asOf, enterprise: foundry({ foundryFurnaces: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ foundryFurnaces: true }), missing: [`${P}.standingWaterDuringProduction`] }]
})

tester.run("industry-trade/machinery-foundry-cooling-water", {
  violation: [
    { name: "no alarms", asOf, enterprise: foundry({ cooledFoundryEquipment: true, coolingWaterAlarms: "missing", coolingWaterInterlocks: "effective" }) },
    { name: "not interlocked", asOf, enterprise: foundry({ cooledFoundryEquipment: true, coolingWaterAlarms: "effective", coolingWaterInterlocks: "missing" }), details: { "zh-CN": "熔融金属加热、输送控制系统联锁" } }
  ],
  compliant: [{ asOf, enterprise: foundry({ cooledFoundryEquipment: true, coolingWaterAlarms: "effective", coolingWaterInterlocks: "effective" }) }],
  notApplicable: [notMachinery, { asOf, enterprise: foundry({ cooledFoundryEquipment: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ cooledFoundryEquipment: true, coolingWaterAlarms: "effective" }), missing: [`${P}.coolingWaterInterlocks`] }]
})

const burners = { gasBurners: true, burnerGasMainPressureAlarm: "effective", burnerAlarmShutOffInterlock: "effective", flameFailureProtection: "effective" }
tester.run("industry-trade/machinery-gas-burners", {
  violation: [
    { name: "no pressure alarm", asOf, enterprise: foundry({ ...burners, burnerGasMainPressureAlarm: "missing" }) },
    { name: "not interlocked", asOf, enterprise: foundry({ ...burners, burnerAlarmShutOffInterlock: "missing" }) },
    { name: "no flame-failure protection", asOf, enterprise: foundry({ ...burners, flameFailureProtection: "missing" }), details: { "zh-CN": "火焰监测和熄火保护系统" } }
  ],
  compliant: [{ asOf, enterprise: foundry(burners) }],
  notApplicable: [notMachinery, { asOf, enterprise: foundry({ gasBurners: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ gasBurners: true, burnerGasMainPressureAlarm: "effective", burnerAlarmShutOffInterlock: "effective" }), missing: [`${P}.flameFailureProtection`] }]
})

tester.run("industry-trade/machinery-solvent-cleaning", {
  violation: [{ asOf, enterprise: foundry({ solventCleaning: true, solventVapourMeasures: false }) }],
  compliant: [{ asOf, enterprise: foundry({ solventCleaning: true, solventVapourMeasures: true }) }],
  notApplicable: [notMachinery, { asOf, enterprise: foundry({ solventCleaning: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ solventCleaning: true }), missing: [`${P}.solventVapourMeasures`] }]
})

tester.run("industry-trade/machinery-solvent-paint-rooms", {
  violation: [
    { name: "no gas alarm (ventilation present): either missing is a breach", asOf, enterprise: foundry({ solventPaintRooms: true, paintRoomGasAlarms: "missing", paintRoomVentilation: "effective" }) },
    { name: "no ventilation (alarm present)", asOf, enterprise: foundry({ solventPaintRooms: true, paintRoomGasAlarms: "effective", paintRoomVentilation: "missing" }), details: { "zh-CN": "未设置通风设施" } }
  ],
  compliant: [{ asOf, enterprise: foundry({ solventPaintRooms: true, paintRoomGasAlarms: "effective", paintRoomVentilation: "effective" }) }],
  notApplicable: [notMachinery, { name: "water-based paint only", asOf, enterprise: foundry({ solventPaintRooms: false }) }],
  indeterminate: [{ asOf, enterprise: foundry({ solventPaintRooms: true, paintRoomGasAlarms: "effective" }), missing: [`${P}.paintRoomVentilation`] }]
})
