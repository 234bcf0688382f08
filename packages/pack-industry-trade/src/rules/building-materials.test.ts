import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofIndustry, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const cementWorks = ofIndustry("building-materials", "buildingMaterials")
const notBuildingMaterials = { name: "not a building-materials enterprise", asOf, enterprise: plant({ industries: ["light-industry"], specialFields: [] }) }
const P = "facts.buildingMaterials"

tester.run("industry-trade/building-materials-coal-mill-protection", {
  violation: [
    { name: "no temperature and CO alarms", asOf, enterprise: cementWorks({ coalMillFiltersOrBins: true, coalMillTemperatureAndCoAlarms: "missing", coalMillGasExtinguishing: "effective" }), details: { "zh-CN": "未设置温度和固定式一氧化碳浓度监测报警装置" } },
    { name: "no gas extinguishing", asOf, enterprise: cementWorks({ coalMillFiltersOrBins: true, coalMillTemperatureAndCoAlarms: "effective", coalMillGasExtinguishing: "missing" }), evidence: [{ path: `${P}.coalMillGasExtinguishing`, value: "missing" }] }
  ],
  compliant: [{ asOf, enterprise: cementWorks({ coalMillFiltersOrBins: true, coalMillTemperatureAndCoAlarms: "effective", coalMillGasExtinguishing: "effective" }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ coalMillFiltersOrBins: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ coalMillFiltersOrBins: true, coalMillTemperatureAndCoAlarms: "effective" }), missing: [`${P}.coalMillGasExtinguishing`] }]
})

tester.run("industry-trade/building-materials-manual-silo-cleaning", {
  violation: [{ asOf, enterprise: cementWorks({ manualSiloCleaning: true, siloCleaningMeasuresCarriedOut: false }), details: { "zh-CN": "未落实清库方案中防止高处坠落、坍塌等安全措施" } }],
  compliant: [{ asOf, enterprise: cementWorks({ manualSiloCleaning: true, siloCleaningMeasuresCarriedOut: true }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ manualSiloCleaning: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ manualSiloCleaning: true }), missing: [`${P}.siloCleaningMeasuresCarriedOut`] }]
})

tester.run("industry-trade/building-materials-carbide-slag-silos", {
  violation: [
    { name: "no flammable-gas alarm", asOf, enterprise: cementWorks({ carbideSlagSilos: true, carbideSlagSiloGasAlarms: "missing", carbideSlagSiloVentilationInterlock: "effective" }) },
    { name: "not interlocked with the emergency ventilation", asOf, enterprise: cementWorks({ carbideSlagSilos: true, carbideSlagSiloGasAlarms: "effective", carbideSlagSiloVentilationInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: cementWorks({ carbideSlagSilos: true, carbideSlagSiloGasAlarms: "effective", carbideSlagSiloVentilationInterlock: "effective" }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ carbideSlagSilos: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ carbideSlagSilos: true, carbideSlagSiloGasAlarms: "effective" }), missing: [`${P}.carbideSlagSiloVentilationInterlock`] }]
})

tester.run("industry-trade/building-materials-equipment-entry", {
  violation: [
    { name: "no isolation", asOf, enterprise: cementWorks({ equipmentEntryWork: true, entryIsolationMeasures: false, entryFallAndCollapseMeasures: true }) },
    { name: "no fall and collapse measures", asOf, enterprise: cementWorks({ equipmentEntryWork: true, entryIsolationMeasures: true, entryFallAndCollapseMeasures: false }) }
  ],
  compliant: [{ asOf, enterprise: cementWorks({ equipmentEntryWork: true, entryIsolationMeasures: true, entryFallAndCollapseMeasures: true }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ equipmentEntryWork: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ equipmentEntryWork: true, entryIsolationMeasures: true }), missing: [`${P}.entryFallAndCollapseMeasures`] }]
})

tester.run("industry-trade/building-materials-premix-gas-kilns", {
  violation: [
    { name: "no pipe-pressure alarm", asOf, enterprise: cementWorks({ premixGasKilns: true, premixKilnMainPressureAlarm: "missing", premixKilnAlarmShutOffInterlock: "effective" }), details: { "zh-CN": "燃气总管未设置管道压力监测报警装置" } },
    { name: "not interlocked with the shut-off", asOf, enterprise: cementWorks({ premixGasKilns: true, premixKilnMainPressureAlarm: "effective", premixKilnAlarmShutOffInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: cementWorks({ premixGasKilns: true, premixKilnMainPressureAlarm: "effective", premixKilnAlarmShutOffInterlock: "effective" }) }],
  notApplicable: [notBuildingMaterials, { name: "no premix kilns (producer-gas kilns are excepted)", asOf, enterprise: cementWorks({ premixGasKilns: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ premixGasKilns: true }), missing: [`${P}.premixKilnMainPressureAlarm`, `${P}.premixKilnAlarmShutOffInterlock`] }]
})

tester.run("industry-trade/building-materials-hydrogen-and-gas-rooms", {
  violation: [{ asOf, enterprise: cementWorks({ hydrogenOrGasRooms: true, hydrogenOrGasRoomAlarms: "missing" }) }],
  compliant: [{ asOf, enterprise: cementWorks({ hydrogenOrGasRooms: true, hydrogenOrGasRoomAlarms: "effective" }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ hydrogenOrGasRooms: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ hydrogenOrGasRooms: true }), missing: [`${P}.hydrogenOrGasRoomAlarms`] }]
})

tester.run("industry-trade/building-materials-fused-product-furnace-cooling", {
  violation: [{ asOf, enterprise: cementWorks({ fusedProductFurnaces: true, fusedFurnaceWaterCoolingFailed: true }), evidence: [{ path: `${P}.fusedFurnaceWaterCoolingFailed`, value: true }] }],
  compliant: [{ asOf, enterprise: cementWorks({ fusedProductFurnaces: true, fusedFurnaceWaterCoolingFailed: false }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ fusedProductFurnaces: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ fusedProductFurnaces: true }), missing: [`${P}.fusedFurnaceWaterCoolingFailed`] }]
})

tester.run("industry-trade/building-materials-glass-furnace-cooling-alarms", {
  violation: [{ asOf, enterprise: cementWorks({ glassFurnacesOrTinBaths: true, glassCoolingProtectionAlarms: "missing" }) }],
  compliant: [{ asOf, enterprise: cementWorks({ glassFurnacesOrTinBaths: true, glassCoolingProtectionAlarms: "effective" }) }],
  notApplicable: [notBuildingMaterials, { asOf, enterprise: cementWorks({ glassFurnacesOrTinBaths: false }) }],
  indeterminate: [{ asOf, enterprise: cementWorks({ glassFurnacesOrTinBaths: true }), missing: [`${P}.glassCoolingProtectionAlarms`] }]
})
