/**
 * 第七条 “煤(岩)与瓦斯(二氧化碳)突出矿井、高瓦斯矿井未按照规定建立瓦斯抽采系统，或者系统不能正常运行”重大事故隐患，是指有下列情形之一的： — 5 情形.
 *
 * Applies to 突出矿井 and 高瓦斯矿井 (`facts.gasClass` `outburst` or `high-gas`); not applicable to 低瓦斯矿井
 * or 露天煤矿. “小于” is strictly less: a standby pump as large as the largest running one, or running
 * pumps of exactly twice the required flow, meet the text.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, openPit, text } from "./shared.ts"

const { all, any, eq, lt, fact, value } = Condition

/** Neither 突出 nor 高瓦斯, or 露天. */
const notGassyMine = any(openPit, eq("facts.gasClass", "low-gas"))

/**
 * 第七条(一): “生产矿井、建设矿井建井期间未按照《煤矿安全规程》规定建立瓦斯抽采系统。”
 *
 * @since 0.2.0
 */
export const drainageSystemMissing = Rule.fromCondition({
  id: "coal-mine/drainage-system-missing",
  title: text("未按规定建立瓦斯抽采系统", "No gas drainage system as required"),
  message: text("生产矿井、建设矿井建井期间未按照《煤矿安全规程》规定建立瓦斯抽采系统", "The mine (in production, or under construction) has not built the gas drainage system the Coal Mine Safety Regulations require"),
  remediation: text("按照《煤矿安全规程》规定建立瓦斯抽采系统。", "Build the gas drainage system the Coal Mine Safety Regulations require."),
  ...common2026(7, 1),
  notApplicableWhen: notGassyMine,
  violationWhen: eq("facts.drainageSystem.establishedAsRequired", false)
})

/**
 * 第七条(二): “瓦斯抽采系统不能正常运行。”
 *
 * @since 0.2.0
 */
export const drainageSystemNotRunning = Rule.fromCondition({
  id: "coal-mine/drainage-system-not-running",
  title: text("瓦斯抽采系统不能正常运行", "Gas drainage system not running normally"),
  message: text("瓦斯抽采系统不能正常运行", "The gas drainage system does not run normally"),
  remediation: text("检修瓦斯抽采系统，恢复正常运行。", "Repair the gas drainage system and return it to normal running."),
  ...common2026(7, 2),
  notApplicableWhen: notGassyMine,
  violationWhen: eq("facts.drainageSystem.runningNormally", false)
})

/**
 * 第七条(三): “地面抽采瓦斯泵无备用泵或者备用泵能力小于运行泵中最大一台单泵能力。”
 *
 * Not applicable where the mine has no surface pump station (`facts.drainageSystem.surfacePumpStation` false).
 *
 * @since 0.2.0
 */
export const standbyDrainagePump = Rule.fromCondition({
  id: "coal-mine/standby-drainage-pump",
  title: text("地面抽采瓦斯泵无备用泵或备用泵能力不足", "No adequate standby surface drainage pump"),
  message: text("地面抽采瓦斯泵无备用泵或者备用泵能力小于运行泵中最大一台单泵能力", "The surface gas pumps have no standby, or the standby is smaller than the largest running pump"),
  remediation: text("配备能力不小于运行泵中最大一台单泵能力的备用泵。", "Provide a standby pump at least as large as the largest running pump."),
  ...common2026(7, 3),
  notApplicableWhen: any(notGassyMine, eq("facts.drainageSystem.surfacePumpStation", false)),
  violationWhen: any(
    eq("facts.drainageSystem.hasStandbyPump", false),
    all(eq("facts.drainageSystem.hasStandbyPump", true), lt("facts.drainageSystem.standbyPumpCapacity", fact("facts.drainageSystem.largestRunningPumpCapacity")))
  )
})

/**
 * 第七条(四): “抽采瓦斯运行泵的装机能力小于瓦斯抽采达标时应抽采瓦斯量对应工况流量2倍。”
 *
 * @since 0.2.0
 */
export const drainagePumpCapacity = Rule.fromCondition({
  id: "coal-mine/drainage-pump-capacity",
  title: text("抽采瓦斯运行泵装机能力不足2倍", "Running drainage pumps below twice the required flow"),
  message: text("抽采瓦斯运行泵的装机能力小于瓦斯抽采达标时应抽采瓦斯量对应工况流量2倍", "The running pumps' installed capacity is less than twice the working flow needed to meet the drainage standard"),
  remediation: text("增加运行泵装机能力，达到应抽采瓦斯量对应工况流量的2倍以上。", "Raise the running pumps' installed capacity to at least twice the required working flow."),
  ...common2026(7, 4),
  notApplicableWhen: notGassyMine,
  violationWhen: lt("facts.drainageSystem.runningPumpsInstalledCapacity", { multiply: [fact("facts.drainageSystem.requiredFlow"), value(2)] })
})

/**
 * 第七条(五): “干式抽采瓦斯泵吸气侧管路系统中未装设有防回火、防回流和防爆炸作用安全装置。”
 *
 * @since 0.2.0
 */
export const dryPumpSafetyDevices = Rule.fromCondition({
  id: "coal-mine/dry-pump-safety-devices",
  title: text("干式抽采瓦斯泵未装设安全装置", "Dry drainage pumps without safety devices"),
  message: text("干式抽采瓦斯泵吸气侧管路系统中未装设有防回火、防回流和防爆炸作用安全装置", "The suction side of dry gas drainage pumps has no flame-arrest, backflow and explosion-protection devices"),
  remediation: text("在干式抽采瓦斯泵吸气侧管路系统中装设防回火、防回流和防爆炸作用安全装置。", "Fit flame-arrest, backflow and explosion-protection devices on the dry pumps' suction side."),
  ...common2026(7, 5),
  notApplicableWhen: any(notGassyMine, eq("facts.drainageSystem.dryPumps", false)),
  violationWhen: eq("facts.drainageSystem.dryPumpSafetyDevices", false)
})

/** 第七条, in the order of its 情形. @since 0.2.0 */
export const article07 = [drainageSystemMissing, drainageSystemNotRunning, standbyDrainagePump, drainagePumpCapacity, dryPumpSafetyDevices] as const
