import { PackTester } from "@anquan/testing"
import { cityGasPack } from "../pack.ts"
import { asOf, defined, operator, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)

/** A station with every facility in order; `over` changes some of it (`undefined`: the fact left out, unknown). */
const station = (over: Record<string, unknown> = {}) => defined({
  name: "城东门站",
  storageTanks: true,
  tankMonitoring: true,
  tankOverLimitAlarm: true,
  overpressureShutoff: true,
  overpressureRelief: true,
  loadingSystem: true,
  loadingPullAwayInterlock: true,
  hazardousAreaExProtection: true,
  leakAreas: [{ name: "压缩机房", possibleLeakConcentration: 25, fixedGasAlarm: true }],
  ...over
})
const stations = (...list: ReadonlyArray<Record<string, unknown>>) => operator({ stations: list })

tester.run("city-gas/station-tank-monitoring", {
  violation: [
    {
      name: "no monitoring device on the tanks",
      asOf,
      enterprise: stations(station(), station({ name: "储配站", tankMonitoring: false })),
      evidence: [{ path: "facts.stations[1].storageTanks", value: true }, { path: "facts.stations[1].tankMonitoring", value: false }],
      details: { "zh-CN": "燃气厂站「储配站」：燃气储罐未设置压力、罐容或液位显示等监测装置" }
    },
    {
      name: "or monitoring without an over-limit alarm: either part alone",
      asOf,
      enterprise: stations(station({ tankOverLimitAlarm: false })),
      details: { "zh-CN": "燃气厂站「城东门站」：燃气储罐监测装置不具有超限报警功能", en: "gas station \"城东门站\": tank monitoring has no over-limit alarm" }
    },
    { name: "monitoring missing decides, whatever the alarm", asOf, enterprise: stations(station({ tankMonitoring: false, tankOverLimitAlarm: undefined })) }
  ],
  compliant: [
    { asOf, enterprise: stations(station()) },
    { name: "a station without tanks is not judged on them", asOf, enterprise: stations(station(), station({ name: "调压站", storageTanks: false, tankMonitoring: false })) }
  ],
  notApplicable: [
    { name: "no station has tanks", asOf, enterprise: stations(station({ storageTanks: false, tankMonitoring: false })) },
    { name: "no station at all", asOf, enterprise: stations() },
    { name: "not a gas supplier", asOf, enterprise: user({ stations: [station({ tankMonitoring: false })] }) }
  ],
  indeterminate: [
    { name: "stations not recorded", asOf, enterprise: operator(), missing: ["facts.stations"] },
    { asOf, enterprise: stations(station({ tankOverLimitAlarm: undefined })), missing: ["facts.stations[0].tankOverLimitAlarm"] },
    { name: "whether a station has tanks is not recorded", asOf, enterprise: stations(station({ storageTanks: undefined })), missing: ["facts.stations[0].storageTanks"] }
  ]
})

tester.run("city-gas/station-overpressure-protection", {
  violation: [
    {
      name: "no automatic shut-off",
      asOf,
      enterprise: stations(station({ overpressureShutoff: false })),
      evidence: [{ path: "facts.stations[0].overpressureShutoff", value: false }],
      details: { "zh-CN": "燃气厂站「城东门站」：设备和管道未设置防止系统压力参数超过限值的自动切断装置" }
    },
    { name: "shut-off but no relief: both are required", asOf, enterprise: stations(station({ overpressureRelief: false })) }
  ],
  compliant: [{ asOf, enterprise: stations(station(), station({ name: "储配站" })) }],
  notApplicable: [{ name: "no station", asOf, enterprise: stations() }],
  indeterminate: [{ asOf, enterprise: stations(station({ overpressureRelief: undefined })), missing: ["facts.stations[0].overpressureRelief"] }]
})

tester.run("city-gas/station-loading-pull-away-interlock", {
  violation: [{
    asOf,
    enterprise: stations(station({ loadingPullAwayInterlock: false })),
    evidence: [{ path: "facts.stations[0].loadingSystem", value: true }, { path: "facts.stations[0].loadingPullAwayInterlock", value: false }],
    details: { "zh-CN": "燃气厂站「城东门站」：装卸系统未设置防止装卸用管拉脱的联锁保护装置" }
  }],
  compliant: [
    { asOf, enterprise: stations(station()) },
    { name: "a station without a loading system needs no interlock", asOf, enterprise: stations(station(), station({ name: "调压站", loadingSystem: false, loadingPullAwayInterlock: false })) }
  ],
  notApplicable: [{ name: "no station loads CNG, LNG or LPG", asOf, enterprise: stations(station({ loadingSystem: false })) }],
  indeterminate: [{ asOf, enterprise: stations(station({ loadingPullAwayInterlock: undefined })), missing: ["facts.stations[0].loadingPullAwayInterlock"] }]
})

tester.run("city-gas/station-hazardous-area-ex-protection", {
  violation: [{
    asOf,
    enterprise: stations(station({ hazardousAreaExProtection: false })),
    evidence: [{ path: "facts.stations[0].hazardousAreaExProtection", value: false }],
    details: { "zh-CN": "燃气厂站「城东门站」：设置在有爆炸危险环境的电气、仪表装置不具有与该区域爆炸危险等级相对应的防爆性能" }
  }],
  compliant: [{ asOf, enterprise: stations(station()) }],
  notApplicable: [{ name: "no station", asOf, enterprise: stations() }],
  indeterminate: [{ asOf, enterprise: stations(station({ hazardousAreaExProtection: undefined })), missing: ["facts.stations[0].hazardousAreaExProtection"] }]
})

const areas = (...list: ReadonlyArray<Record<string, unknown>>) => stations(station({ leakAreas: list }))

tester.run("city-gas/station-fixed-gas-alarms", {
  violation: [
    {
      name: "20 % LEL exactly (\"达到\": the threshold is within) and no fixed alarm",
      asOf,
      enterprise: areas({ name: "压缩机房", possibleLeakConcentration: 25, fixedGasAlarm: true }, { name: "调压计量间", possibleLeakConcentration: 20, fixedGasAlarm: false }),
      evidence: [
        { path: "facts.stations[0].leakAreas[1].possibleLeakConcentration", value: 20 },
        { path: "facts.stations[0].leakAreas[1].fixedGasAlarm", value: false }
      ],
      details: { "zh-CN": "燃气厂站「城东门站」：区域「调压计量间」：可燃气体泄漏可能达到的浓度为20%爆炸下限，不小于20%爆炸下限；未设置固定式可燃气体浓度报警装置" }
    },
    { name: "well above 20 % LEL", asOf, enterprise: areas({ name: "罐区", possibleLeakConcentration: 60, fixedGasAlarm: false }) }
  ],
  compliant: [
    { name: "19.9 % LEL: below the threshold, the item does not ask for an alarm", asOf, enterprise: areas({ name: "值班室", possibleLeakConcentration: 19.9, fixedGasAlarm: false }) },
    { name: "20 % LEL with a fixed alarm", asOf, enterprise: areas({ name: "调压计量间", possibleLeakConcentration: 20, fixedGasAlarm: true }) },
    { name: "a station with no such area", asOf, enterprise: areas() }
  ],
  notApplicable: [{ name: "no station", asOf, enterprise: stations() }],
  indeterminate: [
    { name: "the possible concentration is not recorded", asOf, enterprise: areas({ name: "罐区", fixedGasAlarm: false }), missing: ["facts.stations[0].leakAreas[0].possibleLeakConcentration"] },
    { name: "the areas are not recorded", asOf, enterprise: stations(station({ leakAreas: undefined })), missing: ["facts.stations[0].leakAreas"] }
  ]
})
