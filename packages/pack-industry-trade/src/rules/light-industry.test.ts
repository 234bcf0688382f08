import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofIndustry, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const factory = ofIndustry("light-industry", "lightIndustry")
const notLightIndustry = { name: "not a light-industry enterprise", asOf, enterprise: plant({ industries: ["machinery"], specialFields: [] }) }
const P = "facts.lightIndustry"

tester.run("industry-trade/light-industry-baking-frying-overheat-cut-off", {
  violation: [{ asOf, enterprise: factory({ bakingOrFryingEquipment: true, overheatCutOff: "missing" }), details: { "zh-CN": "防过热自动切断装置" } }],
  compliant: [{ asOf, enterprise: factory({ bakingOrFryingEquipment: true, overheatCutOff: "effective" }) }],
  notApplicable: [notLightIndustry, { asOf, enterprise: factory({ bakingOrFryingEquipment: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ bakingOrFryingEquipment: true }), missing: [`${P}.overheatCutOff`] }]
})

tester.run("industry-trade/light-industry-baijiu-ethanol-alarms", {
  violation: [
    { name: "no ethanol alarm", asOf, enterprise: factory({ baijiuBlendingFillingOrStores: true, ethanolVapourAlarms: "missing", ethanolAlarmVentilationInterlock: "effective" }) },
    { name: "not interlocked with the ventilation", asOf, enterprise: factory({ baijiuBlendingFillingOrStores: true, ethanolVapourAlarms: "effective", ethanolAlarmVentilationInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: factory({ baijiuBlendingFillingOrStores: true, ethanolVapourAlarms: "effective", ethanolAlarmVentilationInterlock: "effective" }) }],
  notApplicable: [notLightIndustry, { asOf, enterprise: factory({ baijiuBlendingFillingOrStores: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ baijiuBlendingFillingOrStores: true, ethanolVapourAlarms: "effective" }), missing: [`${P}.ethanolAlarmVentilationInterlock`] }]
})

tester.run("industry-trade/light-industry-liquid-chlorine-vaporisation", {
  violation: [{ asOf, enterprise: factory({ pulpPaperLiquidChlorine: true, chlorineCylindersHeatedDirectly: true }), evidence: [{ path: `${P}.chlorineCylindersHeatedDirectly`, value: true }] }],
  compliant: [{ asOf, enterprise: factory({ pulpPaperLiquidChlorine: true, chlorineCylindersHeatedDirectly: false }) }],
  notApplicable: [notLightIndustry, { asOf, enterprise: factory({ pulpPaperLiquidChlorine: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ pulpPaperLiquidChlorine: true }), missing: [`${P}.chlorineCylindersHeatedDirectly`] }]
})

tester.run("industry-trade/light-industry-premix-gas-kilns", {
  violation: [
    { name: "no pressure alarm", asOf, enterprise: factory({ premixGasKilns: true, premixKilnMainPressureAlarm: "missing", premixKilnAlarmShutOffInterlock: "effective" }) },
    { name: "not interlocked", asOf, enterprise: factory({ premixGasKilns: true, premixKilnMainPressureAlarm: "effective", premixKilnAlarmShutOffInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: factory({ premixGasKilns: true, premixKilnMainPressureAlarm: "effective", premixKilnAlarmShutOffInterlock: "effective" }) }],
  notApplicable: [
    notLightIndustry,
    { asOf, enterprise: factory({ premixGasKilns: false }) },
    { name: "the 建材 facts are not read for 轻工", asOf, enterprise: plant({ industries: ["light-industry"], buildingMaterials: { premixGasKilns: true, premixKilnMainPressureAlarm: "missing" }, lightIndustry: { premixGasKilns: false } }) }
  ],
  indeterminate: [{ asOf, enterprise: factory({ premixGasKilns: true, premixKilnMainPressureAlarm: "effective" }), missing: [`${P}.premixKilnAlarmShutOffInterlock`] }]
})

tester.run("industry-trade/light-industry-glass-furnace-cooling-alarms", {
  violation: [{ asOf, enterprise: factory({ domesticGlassFurnaces: true, glassFurnaceCoolingAlarms: "missing" }) }],
  compliant: [{ asOf, enterprise: factory({ domesticGlassFurnaces: true, glassFurnaceCoolingAlarms: "effective" }) }],
  notApplicable: [notLightIndustry, { asOf, enterprise: factory({ domesticGlassFurnaces: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ domesticGlassFurnaces: true }), missing: [`${P}.glassFurnaceCoolingAlarms`] }]
})

tester.run("industry-trade/light-industry-solvent-paint-rooms", {
  violation: [
    { name: "no gas alarm", asOf, enterprise: factory({ solventPaintRooms: true, paintRoomGasAlarms: "missing", paintRoomVentilation: "effective" }) },
    { name: "no ventilation", asOf, enterprise: factory({ solventPaintRooms: true, paintRoomGasAlarms: "effective", paintRoomVentilation: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: factory({ solventPaintRooms: true, paintRoomGasAlarms: "effective", paintRoomVentilation: "effective" }) }],
  notApplicable: [notLightIndustry, { asOf, enterprise: factory({ solventPaintRooms: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ solventPaintRooms: true }), missing: [`${P}.paintRoomGasAlarms`, `${P}.paintRoomVentilation`] }]
})

tester.run("industry-trade/light-industry-faulty-lithium-battery-isolation", {
  violation: [{ asOf, enterprise: factory({ lithiumBatteryWarehouses: true, faultyBatteriesIsolated: false }), details: { "zh-CN": "未对故障电池采取有效物理隔离措施" } }],
  compliant: [{ asOf, enterprise: factory({ lithiumBatteryWarehouses: true, faultyBatteriesIsolated: true }) }],
  notApplicable: [notLightIndustry, { asOf, enterprise: factory({ lithiumBatteryWarehouses: false }) }],
  indeterminate: [{ asOf, enterprise: factory({ lithiumBatteryWarehouses: true }), missing: [`${P}.faultyBatteriesIsolated`] }]
})
