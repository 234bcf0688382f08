/**
 * Every one of the 47 items through PackTester, from the same table: a violation (the item's
 * situation on an entry still in use), compliant (the entry as recorded; and the same situation on
 * an entry **out of use**, which is no hazard — except 4.5 a) and b), whose text has no 仍继续使用),
 * indeterminate (the item's fact not given; "still in use" not given) and not-applicable (a register
 * without the equipment the item concerns; no register, for every item but 4.1 a), which names it). The items' particular readings have their own tests.
 */
import { PackTester } from "@anquan/testing"
import { specialEquipmentPack } from "../pack.ts"
import { entries } from "../testEntries.ts"
import type { EntryName } from "../testEntries.ts"
import { asOf, at, omit, unit } from "../testSupport.ts"

const tester = PackTester.make(specialEquipmentPack)

/** The one item that names a missing register (4.1 a)). */
const REGISTER_ITEM = "unlicensed-banned-or-scrapped"

interface Row {
  /** The entry the item concerns (compliant as recorded). */
  readonly entry: EntryName
  /** The fields that make the item's situation. */
  readonly breach: Readonly<Record<string, unknown>>
  /** The field whose absence leaves the item unknown. */
  readonly field: string
  /** An entry the item does not concern. */
  readonly other: EntryName
  /** Words the violation's zh-CN details contain. */
  readonly words: string
  /** 4.5 a), b): no 仍继续使用. */
  readonly withoutContinuedUse?: true
}

const rows: Readonly<Record<string, Row>> = {
  // 4.1
  "unlicensed-banned-or-scrapped": { entry: "crane", breach: { atScrappingCondition: true }, field: "scrapped", other: "filling", words: "特种设备「20t桥式起重机」：达到报废条件" },
  "not-inspected-after-accident": { entry: "forklift", breach: { hadAccident: true, inspectedAndRectifiedAfterAccident: false }, field: "hadAccident", other: "filling", words: "发生过事故" },
  "supervisory-inspection": { entry: "passengerLift", breach: { supervisoryInspection: "not-done" }, field: "supervisoryInspection", other: "filling", words: "监督检验未按规定进行" },
  "beyond-parameters-or-scope": { entry: "fixedVessel", breach: { convertedToMobileUse: true }, field: "convertedToMobileUse", other: "boiler", words: "固定式压力容器改做移动式使用(4.3 b))" },
  // 4.2
  "boiler-periodic-inspection": { entry: "boiler", breach: { periodicInspection: "fail" }, field: "periodicInspection", other: "fixedVessel", words: "锅炉「1号燃气锅炉」：定期检验结论为“不符合要求”" },
  "boiler-cannot-monitor-parameters": { entry: "boiler", breach: { cannotMonitorMainParameters: true }, field: "cannotMonitorMainParameters", other: "fixedVessel", words: "无法监视、调整主要运行参数" },
  "boiler-safety-valve": { entry: "boiler", breach: { reliefDevice: "missing" }, field: "reliefDevice", other: "crane", words: "安全阀(爆破片装置)缺失" },
  "boiler-alarm-devices": { entry: "boiler", breach: { alarmSystem: "failed" }, field: "alarmSystem", other: "crane", words: "系统报警装置失效" },
  "boiler-interlock-protection": { entry: "boiler", breach: { interlockProtection: "missing" }, field: "interlockProtection", other: "crane", words: "联锁保护装置缺失" },
  "boiler-flame-failure-protection": { entry: "boiler", breach: { flameFailureProtection: "failed" }, field: "flameFailureProtection", other: "crane", words: "熄火保护装置失效" },
  "power-station-boiler-pipes": { entry: "boiler", breach: { pipeRuptureWithinBoiler: true }, field: "pipeRuptureWithinBoiler", other: "crane", words: "电站锅炉「1号燃气锅炉」：锅炉范围内管道破裂" },
  // 4.3
  "pressure-vessel-periodic-inspection": { entry: "fixedVessel", breach: { periodicInspection: "fail" }, field: "periodicInspection", other: "boiler", words: "不符合要求" },
  "fixed-vessel-used-as-mobile": { entry: "fixedVessel", breach: { convertedToMobileUse: true }, field: "convertedToMobileUse", other: "tanker", words: "固定式压力容器「1号储气罐」：改做移动式使用" },
  "pressure-vessel-safety-devices": { entry: "tanker", breach: { emergencyShutOff: "failed" }, field: "emergencyShutOff", other: "oxygenChamber", words: "紧急切断装置失效" },
  "quick-opening-interlock": { entry: "autoclave", breach: { quickOpeningInterlock: "missing" }, field: "quickOpeningInterlock", other: "fixedVessel", words: "快开门式压力容器「蒸压釜」：快开安全保护联锁装置缺失" },
  "oxygen-chamber-grounding": { entry: "oxygenChamber", breach: { grounding: "missing" }, field: "grounding", other: "fixedVessel", words: "接地装置缺失" },
  "oxygen-chamber-interlock": { entry: "oxygenChamber", breach: { oxygenChamberInterlock: "failed" }, field: "oxygenChamberInterlock", other: "tanker", words: "安全保护联锁装置(联锁功能)失效" },
  // 4.4
  "pressure-piping-periodic-inspection": { entry: "piping", breach: { periodicInspection: "not-allowed" }, field: "periodicInspection", other: "boiler", words: "定期检验结论为“不允许使用”" },
  "pressure-piping-safety-devices": { entry: "piping", breach: { reliefDevice: "failed" }, field: "reliefDevice", other: "boiler", words: "压力管道「蒸汽管道GC2」：安全阀(爆破片装置)失效" },
  // 4.5
  "unlicensed-filling": { entry: "filling", breach: { fillingLicensed: false }, field: "fillingLicensed", other: "tanker", words: "未经许可，擅自从事充装活动", withoutContinuedUse: true },
  "wrong-medium-filled": { entry: "filling", breach: { wrongMediumFilled: true }, field: "wrongMediumFilled", other: "tanker", words: "错装介质", withoutContinuedUse: true },
  "filling-emergency-shut-off": { entry: "filling", breach: { emergencyShutOff: "missing" }, field: "emergencyShutOff", other: "tanker", words: "充装设备设施上的紧急切断装置缺失" },
  // 4.6
  "elevator-periodic-inspection": { entry: "escalator", breach: { periodicInspection: "fail" }, field: "periodicInspection", other: "crane", words: "定期检验结论为“不合格”" },
  "elevator-door-lock-circuit-bypassed": { entry: "passengerLift", breach: { doorLockCircuitBypassed: true }, field: "doorLockCircuitBypassed", other: "escalator", words: "电梯「1号客梯」：门锁安全回路被短接" },
  "elevator-governor-safety-gear": { entry: "passengerLift", breach: { governorSafetyGearTestFailed: true }, field: "governorSafetyGearTestFailed", other: "escalator", words: "限速器-安全钳联动试验失效" },
  "escalator-emergency-stop": { entry: "escalator", breach: { emergencyStop: "failed" }, field: "emergencyStop", other: "passengerLift", words: "紧急停止开关失效" },
  "escalator-handrail-guard-plates": { entry: "escalator", breach: { handrailClearance: 300 }, field: "handrailClearance", other: "passengerLift", words: "为300mm，小于400mm" },
  // 4.7
  "crane-first-inspection": { entry: "gantry", breach: { firstInspection: "not-done" }, field: "firstInspection", other: "forklift", words: "起重机械「门式起重机」：未经首次检验" },
  "crane-periodic-inspection": { entry: "crane", breach: { periodicInspection: "fail" }, field: "periodicInspection", other: "forklift", words: "不合格" },
  "crane-emergency-stop": { entry: "crane", breach: { emergencyStop: "missing" }, field: "emergencyStop", other: "forklift", words: "急停开关缺失" },
  "crane-limiters-and-fall-arresters": { entry: "crane", breach: { loadLimiter: "failed" }, field: "loadLimiter", other: "forklift", words: "起重量限制器失效" },
  "crane-wind-anti-slip": { entry: "gantry", breach: { windAntiSlip: "failed" }, field: "windAntiSlip", other: "crane", words: "室外轨道式起重机械「门式起重机」：抗风防滑装置失效" },
  // 4.8
  "ropeway-periodic-inspection": { entry: "ropeway", breach: { periodicInspection: "reinspection-fail" }, field: "periodicInspection", other: "ride", words: "复检不合格" },
  "ropeway-emergency-stop": { entry: "ropeway", breach: { emergencyStop: "missing" }, field: "emergencyStop", other: "ride", words: "紧急停车开关缺失" },
  "ropeway-carrier-doors": { entry: "ropeway", breach: { carrierDoorsCannotLock: true, unlockableCarriersWithdrawn: false }, field: "carrierDoorsCannotLock", other: "ride", words: "未停用" },
  "ropeway-auxiliary-drive-and-backup-power": { entry: "ropeway", breach: { auxiliaryDriveOrBackupPowerCannotStart: true }, field: "auxiliaryDriveOrBackupPowerCannotStart", other: "ride", words: "辅机、备用电源不能启动运行" },
  "ropeway-safety-circuit-bypassed": { entry: "ropeway", breach: { safetyCircuitBypassedAfterFault: true }, field: "safetyCircuitBypassedAfterFault", other: "ride", words: "采用短接方法继续运营" },
  // 4.9
  "amusement-ride-periodic-inspection": { entry: "ride", breach: { periodicInspection: "fail" }, field: "periodicInspection", other: "ropeway", words: "大型游乐设施「过山车」：定期检验结论为“不合格”" },
  "amusement-ride-passenger-restraints": { entry: "ride", breach: { passengerRestraints: "failed" }, field: "passengerRestraints", other: "ropeway", words: "乘客束缚装置失效" },
  "amusement-ride-cabin-door-locks": { entry: "ride", breach: { cabinDoorLocks: "missing" }, field: "cabinDoorLocks", other: "ropeway", words: "座舱舱门锁紧装置缺失" },
  "amusement-ride-brakes-limits-buffers": { entry: "ride", breach: { antiRollback: "failed" }, field: "antiRollback", other: "ropeway", words: "止逆行装置失效" },
  "amusement-ride-structural-cracks": { entry: "ride", breach: { structuralCracksOrDeformation: true }, field: "structuralCracksOrDeformation", other: "ropeway", words: "出现裂纹、严重变形" },
  // 4.10
  "vehicle-periodic-inspection": { entry: "forklift", breach: { periodicInspection: "fail" }, field: "periodicInspection", other: "crane", words: "场(厂)内专用机动车辆「3号叉车」：定期检验结论为“不合格”" },
  "electric-vehicle-power-cut-off": { entry: "forklift", breach: { powerEmergencyCutOff: "missing" }, field: "powerEmergencyCutOff", other: "sightseeingTrain", words: "电动车辆「3号叉车」：电源紧急切断装置缺失" },
  "vehicle-brakes": { entry: "sightseeingTrain", breach: { brakes: "failed" }, field: "brakes", other: "crane", words: "制动(包括行车、驻车)装置失效" },
  "sightseeing-train-tow-coupling": { entry: "sightseeingTrain", breach: { towCouplingSecondaryProtection: "missing" }, field: "towCouplingSecondaryProtection", other: "sightseeingCar", words: "牵引连接装置的二次保护装置缺失" },
  "sightseeing-vehicle-beyond-max-gradient": { entry: "sightseeingCar", breach: { routeMaxGradient: 25 }, field: "routeMaxGradient", other: "forklift", words: "使用路线最大坡度为25%，大于车辆最大行驶坡度" }
}

for (const [slug, row] of Object.entries(rows)) {
  const base: Record<string, unknown> = { ...entries[row.entry] }
  const breached = { ...base, ...row.breach }
  const outOfUse = { ...breached, inUse: false }
  tester.run(`special-equipment/${slug}`, {
    violation: [
      { name: "the situation, still in use", asOf, enterprise: unit([entries[row.other], breached]), details: { "zh-CN": row.words }, severity: "major" },
      ...(row.withoutContinuedUse ? [{ name: "4.5 a)/b) need no continued use: out of use is still the hazard", asOf, enterprise: unit([outOfUse]) }] : [])
    ],
    compliant: [
      { name: "as recorded", asOf, enterprise: unit([base, entries[row.other]]) },
      ...(row.withoutContinuedUse ? [] : [{ name: "the situation, but out of use (仍继续使用 not met): no hazard", asOf, enterprise: unit([outOfUse]) }])
    ],
    notApplicable: [
      { name: "no such equipment in the register", asOf, enterprise: unit([entries[row.other]]) },
      { name: "an empty register", asOf, enterprise: unit([]) },
      // a missing register is named once, by 4.1 a) (see applicability.test.ts), never by all 47
      ...(slug === REGISTER_ITEM ? [] : [{ name: "no register: 4.1 a) names it, this item does not repeat it", asOf, enterprise: unit(undefined) }])
    ],
    indeterminate: [
      { name: "the item's fact not given", asOf, enterprise: unit([omit(base, row.field)]), missing: [at(0, row.field)] },
      ...(row.withoutContinuedUse ? [] : [{ name: "the situation, use not recorded", asOf, enterprise: unit([omit(breached, "inUse")]), missing: [at(0, "inUse")] }]),
      ...(slug === REGISTER_ITEM ? [{ name: "no register, at a special-equipment user", asOf, enterprise: unit(undefined), missing: ["facts.equipment"] }] : [])
    ]
  })
}

export const itemRows = rows
