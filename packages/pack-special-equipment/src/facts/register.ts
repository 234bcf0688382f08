/**
 * 特种设备台账 — the unit's equipment register, the one fact list every rule of the pack reads:
 * `facts.equipment` (in the input `enterprise.facts.specialEquipment.equipment`), one entry per
 * boiler, pressure vessel, pressure pipeline, lift, crane, passenger ropeway, large amusement ride
 * or in-plant motor vehicle, and one per filling operation (移动式压力容器或者气瓶充装). Each entry
 * has its `kind`, a name or registration code that names it in findings, `inUse` (仍继续使用) and the
 * facts of its kind; a field an entry does not give is unknown for that entry.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"


const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })

/** The register's path. @since 0.2.0 */
export const EQUIPMENT = "facts.equipment"

/**
 * 设备种类 — the kinds of entry: the equipment of 4.2–4.4 and 4.6–4.10, and `filling` for 4.5
 * (a filling operation with its filling equipment, not an item of equipment of its own).
 *
 * @since 0.2.0
 */
export const equipmentKinds = [
  "boiler",
  "pressure-vessel",
  "pressure-piping",
  "filling",
  "elevator",
  "crane",
  "passenger-ropeway",
  "large-amusement-ride",
  "in-plant-vehicle"
] as const

/** @since 0.2.0 */
export type EquipmentKind = (typeof equipmentKinds)[number]

/** The zh-CN and English names of the kinds (the words of the standard's clause titles). @since 0.2.0 */
export const kindNames: Readonly<Record<EquipmentKind, Localized>> = {
  boiler: L("锅炉", "boiler"),
  "pressure-vessel": L("压力容器", "pressure vessel"),
  "pressure-piping": L("压力管道", "pressure piping"),
  filling: L("移动式压力容器或者气瓶充装", "filling of mobile pressure vessels or gas cylinders"),
  elevator: L("电梯", "lift"),
  crane: L("起重机械", "crane"),
  "passenger-ropeway": L("客运索道", "passenger ropeway"),
  "large-amusement-ride": L("大型游乐设施", "large amusement ride"),
  "in-plant-vehicle": L("场(厂)内专用机动车辆", "in-plant motor vehicle")
}

/** The kinds that are equipment (4.1 judges them; a filling operation is not one). @since 0.2.0 */
export const equipmentProper: ReadonlyArray<EquipmentKind> = equipmentKinds.filter((k) => k !== "filling")

/**
 * 安全附件、安全保护装置状态 — the state of a safety device the items name: `effective` (设置且有效),
 * `missing` (缺失), `failed` (失效), `not-required` (this equipment need not have it under its
 * safety technical specification — a fact the standard delegates, recorded as such).
 *
 * @since 0.2.0
 */
export const deviceStates = ["effective", "missing", "failed", "not-required"] as const

/** @since 0.2.0 */
export type DeviceState = (typeof deviceStates)[number]

const device = (zh: string, en: string): Declarations.FactDeclaration => ({
  type: "string",
  label: L(zh, en),
  values: deviceStates,
  valueLabels: {
    effective: L("有效", "effective"),
    missing: L("缺失", "missing"),
    failed: L("失效", "failed"),
    "not-required": L("不要求设置", "not required")
  }
})

const flag = (zh: string, en: string): Declarations.FactDeclaration => ({ type: "boolean", label: L(zh, en) })

const choice = (zh: string, en: string, values: Readonly<Record<string, Localized>>): Declarations.FactDeclaration => ({
  type: "string",
  label: L(zh, en),
  values: Object.keys(values),
  valueLabels: values
})

/**
 * 定期检验结论 — the conclusion of the latest periodic inspection, one vocabulary for every kind:
 * `pass` (符合要求 for boilers, pressure vessels and piping; 合格 for the others), `basically-pass`
 * (基本符合要求), `fail` (不符合要求 for boilers, pressure vessels and piping; 不合格 for the others),
 * `not-allowed` (不允许使用), `reinspection-pass` / `reinspection-fail` (复检合格 / 复检不合格, ropeways).
 * Each item names the conclusions that are its hazard, in the words it quotes.
 *
 * @since 0.2.0
 */
export const inspectionConclusions = {
  pass: L("符合要求(合格)", "pass (meets requirements)"),
  "basically-pass": L("基本符合要求", "basically meets requirements"),
  fail: L("不符合要求(不合格)", "fail (does not meet requirements)"),
  "not-allowed": L("不允许使用", "not allowed to be used"),
  "reinspection-pass": L("复检合格", "pass on re-inspection"),
  "reinspection-fail": L("复检不合格", "fail on re-inspection")
} as const

/** @since 0.2.0 */
export type InspectionConclusion = keyof typeof inspectionConclusions

/**
 * The fields of a register entry, by entry path: type, zh-CN and English label, unit, allowed values.
 *
 * @since 0.2.0
 */
export const entryFields: Readonly<Record<string, Declarations.FactDeclaration>> = {
  kind: choice("设备种类", "kind of equipment", kindNames),
  name: { type: "string", label: L("设备名称", "name") },
  registrationCode: { type: "string", label: L("使用登记证编号或设备代码", "registration or equipment code") },
  inUse: flag("仍继续使用", "still in use"),
  // 4.1
  manufacturedWithoutLicence: flag("未取得许可生产", "made without a manufacturing licence"),
  bannedForSafety: flag("因安全问题国家明令淘汰", "banned by the state for safety reasons"),
  scrapped: flag("已经报废", "scrapped"),
  atScrappingCondition: flag("达到报废条件", "at its scrapping condition"),
  hadAccident: flag("发生过事故", "has had an accident"),
  inspectedAndRectifiedAfterAccident: flag("事故后已对其进行全面检查、消除事故隐患", "fully inspected and its hazards eliminated after the accident"),
  supervisoryInspection: choice("监督检验", "supervisory inspection", {
    passed: L("合格", "passed"),
    failed: L("不合格", "failed"),
    "not-done": L("未按规定进行", "not carried out as required"),
    "not-required": L("不需要进行", "not required")
  }),
  // periodic inspection (4.2 a) … 4.10 a))
  periodicInspection: choice("定期检验结论", "periodic inspection conclusion", inspectionConclusions),
  // safety devices shared by several kinds
  reliefDevice: device("安全阀(爆破片装置)", "safety valve (bursting-disc device)"),
  emergencyShutOff: device("紧急切断装置", "emergency shut-off device"),
  emergencyStop: device(
    "紧急停止开关(电梯、自动扶梯紧急停止开关，起重机械急停开关，客运索道控制室、站台、机房紧急停车开关)",
    "emergency stop switches (escalator, crane; a ropeway's control-room, station and machine-room switches)"
  ),
  brakes: device("制动装置(车辆包括行车、驻车制动)", "brakes (for vehicles: service and parking brakes)"),
  // 4.2 boilers
  cannotMonitorMainParameters: flag(
    "热工仪表失效或控制电(气)源中断，导致无法监视、调整主要运行参数",
    "instruments failed or control power (air) cut, so the main operating parameters cannot be monitored or adjusted"
  ),
  alarmSystem: device("系统报警装置", "system alarm devices"),
  interlockProtection: device("联锁保护装置", "interlock protection devices"),
  flameFailureProtection: device("熄火保护装置", "flame-failure protection"),
  powerStationBoiler: flag("电站锅炉", "power-station boiler"),
  mainSteamWaterPipeLeak: flag("主要汽水管道泄漏", "main steam or water pipe leaking"),
  pipeRuptureWithinBoiler: flag("锅炉范围内管道破裂", "pipe ruptured within the boiler's scope"),
  // 4.3 pressure vessels
  vesselType: choice("压力容器类型", "type of pressure vessel", {
    fixed: L("固定式压力容器", "fixed pressure vessel"),
    mobile: L("移动式压力容器", "mobile pressure vessel"),
    "oxygen-chamber": L("氧舱", "oxygen chamber")
  }),
  convertedToMobileUse: flag("固定式压力容器改做移动式使用", "fixed vessel converted to mobile use"),
  quickOpening: flag("快开门式压力容器", "quick-opening-door vessel"),
  quickOpeningInterlock: device("快开安全保护联锁装置", "quick-opening safety interlock"),
  grounding: device("接地装置", "grounding device"),
  oxygenChamberInterlock: device("氧舱安全保护联锁装置(联锁功能)", "oxygen-chamber safety interlock (interlock function)"),
  // 4.5 filling
  fillingLicensed: flag("取得移动式压力容器或者气瓶充装许可", "licensed to fill mobile pressure vessels or gas cylinders"),
  wrongMediumFilled: flag("移动式压力容器、气瓶错装介质", "a mobile vessel or cylinder filled with the wrong medium"),
  // 4.6 lifts
  elevatorType: choice("电梯类型", "type of lift", {
    passenger: L("乘客电梯", "passenger lift"),
    freight: L("载货电梯", "goods lift"),
    escalator: L("自动扶梯", "escalator"),
    "moving-walk": L("自动人行道", "moving walk"),
    other: L("其他电梯", "other lift")
  }),
  doorLockCircuitBypassed: flag("门锁安全回路被短接", "door-lock safety circuit bypassed"),
  governorSafetyGearTestFailed: flag("限速器-安全钳联动试验失效", "governor and safety gear fail their combined test"),
  handrailClearance: {
    type: "number",
    label: L("扶手带外缘与任何障碍物之间的最小距离", "least distance from the handrail's outer edge to any obstacle"),
    unit: L("mm", "mm")
  },
  guardPlatesFitted: flag("按要求装设防护挡板", "guard plates fitted as required"),
  // 4.7 cranes
  firstInspection: choice("首次检验", "first inspection", {
    done: L("已进行", "done"),
    "not-done": L("未经首次检验", "not done"),
    "not-required": L("不需要进行", "not required")
  }),
  loadLimiter: device("起重量限制器", "load limiter"),
  momentLimiter: device("起重力矩限制器", "load-moment limiter"),
  fallArrester: device("防坠安全器", "fall arrester"),
  outdoorRailMounted: flag("室外工作的轨道式起重机械", "rail-mounted crane working outdoors"),
  windAntiSlip: device("抗风防滑装置", "wind-resistant anti-slip devices"),
  // 4.8 ropeways
  carrierDoorsCannotLock: flag("吊厢、吊篮、客车门不能锁闭", "cabin, basket or car doors cannot be locked"),
  unlockableCarriersWithdrawn: flag("门不能锁闭的吊厢、吊篮、客车已停用", "the carriers whose doors cannot lock are withdrawn"),
  auxiliaryDriveOrBackupPowerCannotStart: flag("辅机、备用电源不能启动运行", "auxiliary drive or backup power cannot start"),
  safetyCircuitBypassedAfterFault: flag("电气系统安全回路发生故障后采用短接方法继续运营", "operated on with the electrical safety circuit bypassed after a fault"),
  // 4.9 amusement rides
  passengerRestraints: device("安全带、安全压杠和安全挡杆等乘客束缚装置", "passenger restraints (belts, lap bars, safety bars)"),
  cabinDoorLocks: device("座舱舱门锁紧装置", "cabin door locks"),
  limitDevices: device("限位装置", "limit devices"),
  collisionBuffers: device("防碰撞及缓冲装置", "anti-collision and buffer devices"),
  antiRollback: device("止逆行装置", "anti-rollback devices"),
  speedLimiter: device("限速装置", "speed limiters"),
  structuralCracksOrDeformation: flag("主要受力部件、重要焊缝及重要螺栓出现裂纹、严重变形", "cracks or severe deformation of main load-bearing parts, important welds or bolts"),
  // 4.10 in-plant vehicles
  vehicleType: choice("车辆类型", "type of vehicle", {
    forklift: L("叉车", "forklift"),
    "sightseeing-car": L("非公路用旅游观光车", "off-road sightseeing car"),
    "sightseeing-train": L("观光列车", "sightseeing train"),
    other: L("其他场(厂)内专用机动车辆", "other in-plant vehicle")
  }),
  electric: flag("电动车辆", "electric vehicle"),
  powerEmergencyCutOff: device("电源紧急切断装置", "emergency power cut-off"),
  towCoupling: device("牵引连接装置", "tow coupling"),
  towCouplingSecondaryProtection: device("牵引连接装置的二次保护装置", "secondary protection of the tow coupling"),
  ratedMaxGradient: { type: "number", label: L("车辆最大行驶坡度", "the vehicle's maximum driving gradient"), unit: L("%", "%") },
  routeMaxGradient: { type: "number", label: L("使用路线最大坡度", "the steepest gradient of its route"), unit: L("%", "%") }
}

/**
 * The register's declaration: a list whose entries have {@link entryFields}.
 *
 * @since 0.2.0
 */
export const registerFacts: FactDeclarations = {
  [EQUIPMENT]: { type: "list", label: L("特种设备台账", "special-equipment register"), items: entryFields }
}

/**
 * 在用特种设备种类 — the kinds of special equipment the unit is known to use, recorded where no
 * register is given (a 工贸 or hazchem inspection form notes "uses boilers, cranes"): with no
 * register, a non-empty list makes the missing register one indeterminate finding (4.1 a)) instead
 * of not-applicable. Ignored once the register is given.
 *
 * @since 0.2.0
 */
export const KINDS_IN_USE = "facts.kindsInUse"

/**
 * The facts that say whether a unit without a register is known to use special equipment:
 * {@link KINDS_IN_USE}.
 *
 * @since 0.2.0
 */
export const usageFacts: FactDeclarations = {
  [KINDS_IN_USE]: {
    type: "strings",
    label: L("在用特种设备种类(未提供台账时)", "kinds of special equipment in use (where no register is given)"),
    values: equipmentKinds,
    valueLabels: kindNames
  }
}
