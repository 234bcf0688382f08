/**
 * 第十四条 “未按照规定建立监控与通讯系统，或者系统不能正常运行”重大事故隐患，是指有下列情形之一的： — 8 情形.
 *
 * (一), (二) apply to 井工 and 露天煤矿 (each its own systems); (三)–(七) (甲烷传感器) to 井工煤矿; (八) to 露天煤矿.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { eq, oneOf } = Condition

/** 第十四条(一): “井工煤矿未建立安全监控系统、人员位置监测系统、有线调度通信系统、视频监视系统，露天煤矿未建立边坡监测预警系统，或者系统不能正常运行。” @since 0.2.0 */
export const monitoringSystemsMissing = flagRule({
  article: 14, item: 1, slug: "monitoring-systems-missing",
  title: ["未建立监控与通讯系统或不能正常运行", "Monitoring and communication systems missing or down"],
  message: ["井工煤矿未建立安全监控、人员位置监测、有线调度通信、视频监视系统，露天煤矿未建立边坡监测预警系统，或者系统不能正常运行", "The required monitoring and communication systems (underground: safety monitoring, personnel location, wired dispatch, video; open-pit: slope monitoring) are missing or not running"],
  remediation: ["建立并保持系统正常运行。", "Install the systems and keep them running."],
  path: "facts.monitoring.systemsMissingOrDown", breach: true, notApplicableWhen: null
})

/** 第十四条(二): “过滤、篡改、屏蔽、隐瞒或者销毁井工煤矿安全监控系统、人员位置监测系统、有线调度通信系统、视频监视系统或者露天煤矿边坡监测预警系统数据。” @since 0.2.0 */
export const monitoringDataTampered = flagRule({
  article: 14, item: 2, slug: "monitoring-data-tampered",
  title: ["篡改、屏蔽、隐瞒监控系统数据", "Monitoring data tampered with"],
  message: ["过滤、篡改、屏蔽、隐瞒或者销毁监控与通讯系统数据", "Monitoring or communication system data were filtered, altered, blocked, hidden or destroyed"],
  remediation: ["恢复系统数据的真实、完整。", "Restore true and complete system data."],
  path: "facts.monitoring.dataTampered", breach: true, notApplicableWhen: null
})

/**
 * 第十四条(三): “井工煤矿井下甲烷传感器安设存在下列情形之一的：1.下列地点未设置甲烷传感器：…(采煤工作面及其回风巷和回风隅角；…回风巷长度大于1000m时回风巷中部；…
 * 使用架线电机车的主要运输巷道内装煤点下风侧3m至5m范围内；煤仓上口下风侧；井下临时瓦斯抽采泵站及排放口下风侧栅栏外。)2.施工区域防突措施钻孔时，在下风侧5m至10m范围内未设置具备超限报警断电功能的甲烷传感器。”
 *
 * The inspection records the required points without a sensor (codes); the distances (1000 m, 3–5 m,
 * 5–10 m) place the sensor and are judged by the inspector.
 *
 * @since 0.2.0
 */
export const methaneSensorsMissing = Rule.fromCondition({
  id: "coal-mine/methane-sensors-missing",
  title: text("规定地点未设置甲烷传感器", "Methane sensors missing at required points"),
  message: text("井工煤矿井下规定地点未设置甲烷传感器，或者施工防突钻孔时下风侧5m至10m范围内未设置具备超限报警断电功能的甲烷传感器", "Methane sensors are missing at required points, or at 5–10 m downwind of outburst-prevention drilling"),
  remediation: text("在规定地点设置甲烷传感器。", "Install methane sensors at every required point."),
  ...common2026(14, 3),
  notApplicableWhen: openPit,
  violationWhen: oneOf("facts.monitoring.missingMethaneSensors", [
    "longwall-return-and-corner", "long-return-midpoint", "heading-and-return", "long-heading-midpoint", "outburst-or-burst-longwall-intake",
    "series-ventilated-intake", "district-and-main-return-stations", "loading-point-trolley-road", "bunker-top", "temporary-drainage-station", "outburst-drilling-5-10m"
  ])
})

/** 第十四条(四): “甲烷传感器报警功能、甲烷电闭锁功能失效，造成甲烷超限后不能报警、不能切断所监控区域的全部非本质安全型电气设备电源。” @since 0.2.0 */
export const methaneLockoutFailed = flagRule({
  article: 14, item: 4, slug: "methane-lockout-failed",
  title: ["甲烷报警、电闭锁功能失效", "Methane alarm or lockout failed"],
  message: ["甲烷传感器报警功能、甲烷电闭锁功能失效，甲烷超限后不能报警、不能切断非本质安全型电气设备电源", "The methane alarm or methane-electric lockout failed: no alarm, or no power cut to non-intrinsically-safe equipment"],
  remediation: ["修复报警和电闭锁功能。", "Repair the alarm and the lockout."],
  path: "facts.monitoring.alarmOrLockoutFailed", breach: true
})

/** 第十四条(五): “甲烷传感器的报警浓度、断电浓度或者断电范围不符合《煤矿安全规程》规定。” @since 0.2.0 */
export const methaneSettingsWrong = flagRule({
  article: 14, item: 5, slug: "methane-settings-wrong",
  title: ["甲烷传感器报警、断电设置不符合规程", "Methane sensor settings against the regulations"],
  message: ["甲烷传感器的报警浓度、断电浓度或者断电范围不符合《煤矿安全规程》规定", "The methane sensors' alarm level, cut-off level or cut-off range breaks the regulations"],
  remediation: ["按规程设置报警浓度、断电浓度和断电范围。", "Set alarm and cut-off levels and ranges to the regulations."],
  path: "facts.monitoring.settingsNonCompliant", breach: true
})

/** 第十四条(六): “甲烷传感器未按照《煤矿安全规程》规定周期调校。” @since 0.2.0 */
export const methaneCalibrationOverdue = flagRule({
  article: 14, item: 6, slug: "methane-calibration-overdue",
  title: ["甲烷传感器未按周期调校", "Methane sensors not calibrated on schedule"],
  message: ["甲烷传感器未按照《煤矿安全规程》规定周期调校", "Methane sensors are not calibrated as often as the regulations require"],
  remediation: ["按规程周期调校甲烷传感器。", "Calibrate the sensors on the regulations' schedule."],
  path: "facts.monitoring.calibrationOverdue", breach: true
})

/** 第十四条(七): “为规避超限报警采取堵塞、包裹、喷雾、隔挡、风吹甲烷传感器或者压缩量程等方式，造成甲烷传感器失效、失真。” @since 0.2.0 */
export const methaneSensorsDefeated = flagRule({
  article: 14, item: 7, slug: "methane-sensors-defeated",
  title: ["人为使甲烷传感器失效、失真", "Methane sensors deliberately defeated"],
  message: ["为规避超限报警采取堵塞、包裹、喷雾、隔挡、风吹甲烷传感器或者压缩量程等方式，造成甲烷传感器失效、失真", "Sensors were blocked, wrapped, sprayed, shielded, blown or range-compressed to dodge alarms"],
  remediation: ["立即恢复传感器正常工作，追究责任。", "Restore the sensors at once and hold those responsible to account."],
  path: "facts.monitoring.sensorsDefeated", breach: true
})

/** 第十四条(八): “露天煤矿影响作业人员安全的采场、排土场未实现边坡监测预警全覆盖。” @since 0.2.0 */
export const slopeMonitoringCoverage = flagRule({
  article: 14, item: 8, slug: "slope-monitoring-coverage",
  title: ["露天煤矿边坡监测预警未全覆盖", "Slope monitoring not covering every pit and dump"],
  message: ["露天煤矿影响作业人员安全的采场、排土场未实现边坡监测预警全覆盖", "An open-pit mine's pits and dumps that affect workers are not all covered by slope monitoring"],
  remediation: ["实现采场、排土场边坡监测预警全覆盖。", "Extend slope monitoring to every such pit and dump."],
  path: "facts.monitoring.slopeMonitoringFullCoverage", breach: false, notApplicableWhen: eq("facts.mineType", "underground")
})

/** 第十四条, in the order of its 情形. @since 0.2.0 */
export const article14: ReadonlyArray<Rule.Rule<any>> = [
  monitoringSystemsMissing,
  monitoringDataTampered,
  methaneSensorsMissing,
  methaneLockoutFailed,
  methaneSettingsWrong,
  methaneCalibrationOverdue,
  methaneSensorsDefeated,
  slopeMonitoringCoverage
]
