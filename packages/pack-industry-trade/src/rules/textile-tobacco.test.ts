import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofIndustry, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const mill = ofIndustry("textile", "textile")
const cigaretteFactory = ofIndustry("tobacco", "tobacco")
const notTextile = { name: "not a textile enterprise", asOf, enterprise: plant({ industries: ["tobacco"], specialFields: [] }) }
const notTobacco = { name: "not a tobacco enterprise", asOf, enterprise: plant({ industries: ["textile"], specialFields: [] }) }

tester.run("industry-trade/textile-heat-setting-separation", {
  violation: [{ asOf, enterprise: mill({ heatSettingFacilities: true, heatSettingFacilitiesSeparated: false }), details: { "zh-CN": "未与生产加工等人员聚集场所隔开或者单独设置" } }],
  compliant: [{ asOf, enterprise: mill({ heatSettingFacilities: true, heatSettingFacilitiesSeparated: true }) }],
  notApplicable: [notTextile, { asOf, enterprise: mill({ heatSettingFacilities: false }) }],
  indeterminate: [{ asOf, enterprise: mill({ heatSettingFacilities: true }), missing: ["facts.textile.heatSettingFacilitiesSeparated"] }]
})

tester.run("industry-trade/textile-incompatible-storage", {
  violation: [
    { name: "stored with incompatible materials", asOf, enterprise: mill({ storesListedChemicals: true, listedChemicalsMixedWithIncompatibles: true, storesHydrosulfite: false }) },
    { name: "hydrosulfite store without damp protection", asOf, enterprise: mill({ storesListedChemicals: true, listedChemicalsMixedWithIncompatibles: false, storesHydrosulfite: true, hydrosulfiteStoreWaterproofed: false }), details: { "zh-CN": "保险粉储存场所未采取防水防潮措施" } }
  ],
  compliant: [
    { asOf, enterprise: mill({ storesListedChemicals: true, listedChemicalsMixedWithIncompatibles: false, storesHydrosulfite: true, hydrosulfiteStoreWaterproofed: true }) },
    { name: "no hydrosulfite: its store is not asked about", asOf, enterprise: mill({ storesListedChemicals: true, listedChemicalsMixedWithIncompatibles: false, storesHydrosulfite: false }) }
  ],
  notApplicable: [notTextile, { asOf, enterprise: mill({ storesListedChemicals: false }) }],
  indeterminate: [{ asOf, enterprise: mill({ storesListedChemicals: true, listedChemicalsMixedWithIncompatibles: false, storesHydrosulfite: true }), missing: ["facts.textile.hydrosulfiteStoreWaterproofed"] }]
})

const fumigating = { fumigates: true, phosphineAlarmInstruments: "effective", gasMasks: true, unrelatedPeopleEvacuationConfirmed: true }
tester.run("industry-trade/tobacco-fumigation", {
  violation: [
    { name: "no phosphine alarm instruments", asOf, enterprise: cigaretteFactory({ ...fumigating, phosphineAlarmInstruments: "missing" }) },
    { name: "no gas masks", asOf, enterprise: cigaretteFactory({ ...fumigating, gasMasks: false }), evidence: [{ path: "facts.tobacco.gasMasks", value: false }], details: { "zh-CN": "未配备防毒面具" } },
    { name: "evacuation not confirmed", asOf, enterprise: cigaretteFactory({ ...fumigating, unrelatedPeopleEvacuationConfirmed: false }) }
  ],
  compliant: [{ asOf, enterprise: cigaretteFactory(fumigating) }],
  notApplicable: [notTobacco, { asOf, enterprise: cigaretteFactory({ fumigates: false }) }],
  indeterminate: [{ asOf, enterprise: cigaretteFactory({ fumigates: true, phosphineAlarmInstruments: "effective", gasMasks: true }), missing: ["facts.tobacco.unrelatedPeopleEvacuationConfirmed"] }]
})

tester.run("industry-trade/tobacco-expanded-tobacco-co2-alarm", {
  violation: [
    { name: "no fixed CO₂ alarm", asOf, enterprise: cigaretteFactory({ makesExpandedTobaccoWithLiquidCO2: true, fixedCo2Alarm: "missing", alarmInterlockedWithEmergencyVentilation: "effective" }) },
    { name: "not interlocked", asOf, enterprise: cigaretteFactory({ makesExpandedTobaccoWithLiquidCO2: true, fixedCo2Alarm: "effective", alarmInterlockedWithEmergencyVentilation: "missing" }), details: { "zh-CN": "监测报警装置未与事故通风设施联锁" } }
  ],
  compliant: [{ asOf, enterprise: cigaretteFactory({ makesExpandedTobaccoWithLiquidCO2: true, fixedCo2Alarm: "effective", alarmInterlockedWithEmergencyVentilation: "effective" }) }],
  notApplicable: [notTobacco, { asOf, enterprise: cigaretteFactory({ makesExpandedTobaccoWithLiquidCO2: false }) }],
  indeterminate: [{ asOf, enterprise: cigaretteFactory({ makesExpandedTobaccoWithLiquidCO2: true, fixedCo2Alarm: "effective" }), missing: ["facts.tobacco.alarmInterlockedWithEmergencyVentilation"] }]
})
