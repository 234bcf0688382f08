/**
 * 安全生产法事实 — the fact section of the work-safety-law pack (`enterprise.facts.workSafety`):
 * what the rules of 中华人民共和国安全生产法 (2021, `work-safety-law-2021`, regulations.md §7) read
 * beyond the core enterprise profile.
 *
 * Every fact is optional (`Schema.optionalKey`): an absent fact means "unknown", and a rule that
 * needs it answers `indeterminate`; nothing defaults silently. An empty array is a known fact
 * ("checked, none"); an absent array is not. Inside list entries only the key that says what the
 * entry is (an installation id, a drill's plan and date, a policy's period) is required.
 *
 * Facts the core profile already carries are **not** repeated here; the rules read them there:
 * - 主要负责人 / 安全生产管理人员 and their 考核: `enterprise.keyPeople[].roles` and `.assessment`;
 * - 注册安全工程师: `enterprise.keyPeople[].roles` (`registered-safety-engineer`);
 * - 特种作业人员 and their 特种作业操作证: `enterprise.keyPeople[].roles` (`special-operator`) and
 *   `.certificates` (kind `special-operation:…`);
 * - 重大危险源: `enterprise.installations[].majorHazardGrade`.
 *
 * Dates are `CalendarDate` (`YYYY-MM-DD` on the wire). Facts dated after the as-of date of an
 * evaluation are treated as not having happened yet on that date.
 *
 * In rule evidence and `missing` lists, paths into this section start with `facts.` (they are
 * relative to the rule subject: `facts.training.staff` is `enterprise.facts.workSafety.training.staff`).
 *
 * @since 0.1.0
 */
import { CalendarDate } from "@anquan/core"
import { Schema } from "effect"

const opt = Schema.optionalKey
const Bool = Schema.Boolean
const Day = CalendarDate.CalendarDate
const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a count ≥ 0" }))

// ---------------------------------------------------------------------------------------------
// 第二十八条 — 安全生产教育和培训
// ---------------------------------------------------------------------------------------------

/**
 * 培训对象 — one group of people the unit must train before they start work (第二十八条).
 * `untrainedAtWork` may not exceed `count` when both are given.
 *
 * @since 0.1.0
 */
export const TrainingGroup = Schema.Struct({
  /** 人数 (0 = the unit has none of this group). */
  count: opt(Count),
  /** 未经安全生产教育和培训合格即上岗作业的人数 (0 = all trained before work). */
  untrainedAtWork: opt(Count)
}).check(Schema.makeFilter((g) =>
  g.count !== undefined && g.untrainedAtWork !== undefined && g.untrainedAtWork > g.count
    ? { path: ["untrainedAtWork"], issue: "more untrained people than the group has (untrainedAtWork > count)" }
    : undefined
)).annotate({ identifier: "TrainingGroup", description: "培训对象 — a group the unit must train before work" })

/** @since 0.1.0 */
export type TrainingGroup = typeof TrainingGroup.Type

/**
 * What a training record states: 时间 `time`, 内容 `content`, 参加人员 `attendees`, 考核结果 `results`.
 *
 * @since 0.1.0
 */
export const TrainingRecordItem = Schema.Literals(["time", "content", "attendees", "results"]).annotate({
  identifier: "TrainingRecordItem",
  description: "time 时间 | content 内容 | attendees 参加人员 | results 考核结果"
})

/** @since 0.1.0 */
export type TrainingRecordItem = typeof TrainingRecordItem.Type

/**
 * 安全生产教育和培训档案 (第二十八条, training file).
 *
 * @since 0.1.0
 */
export const TrainingFile = Schema.Struct({
  /** 建立了安全生产教育和培训档案. */
  kept: opt(Bool),
  /** What the records state (`[]` = none of the four). */
  recordedItems: opt(Schema.Array(TrainingRecordItem)),
  /** 如实记录: `false` when the records were found not to match the training actually given. */
  truthful: opt(Bool)
}).annotate({ identifier: "TrainingFile", description: "安全生产教育和培训档案" })

/** @since 0.1.0 */
export type TrainingFile = typeof TrainingFile.Type

/**
 * 安全生产教育和培训 (第二十八条).
 *
 * @since 0.1.0
 */
export const Training = Schema.Struct({
  /** 本单位从业人员 other than dispatched workers and interns. */
  staff: opt(TrainingGroup),
  /** 被派遣劳动者 (第二十八条: trained as the unit's own staff). */
  dispatchedWorkers: opt(TrainingGroup),
  /** 实习学生 (第二十八条). */
  interns: opt(TrainingGroup),
  /** 安全生产教育和培训档案. */
  file: opt(TrainingFile)
}).annotate({ identifier: "Training", description: "安全生产教育和培训" })

/** @since 0.1.0 */
export type Training = typeof Training.Type

// ---------------------------------------------------------------------------------------------
// 第三十一条、第三十二条 — 建设项目
// ---------------------------------------------------------------------------------------------

/**
 * 建设项目类别 (第三十二条): `mine` 矿山建设项目, `metal-smelting` 金属冶炼建设项目,
 * `dangerous-goods` 用于生产、储存、装卸危险物品的建设项目, `other` any other project.
 *
 * @since 0.1.0
 */
export const ConstructionProjectKind = Schema.Literals(["mine", "metal-smelting", "dangerous-goods", "other"]).annotate({
  identifier: "ConstructionProjectKind",
  description: "mine 矿山 | metal-smelting 金属冶炼 | dangerous-goods 用于生产、储存、装卸危险物品 | other 其他"
})

/**
 * 项目阶段: `design` 设计, `construction` 施工, `in-use` 投入生产和使用.
 *
 * @since 0.1.0
 */
export const ConstructionProjectStage = Schema.Literals(["design", "construction", "in-use"]).annotate({
  identifier: "ConstructionProjectStage",
  description: "design 设计 | construction 施工 | in-use 投入生产和使用"
})

/**
 * 建设项目 — a new, rebuilt or extended project of the unit (新建、改建、扩建工程项目).
 *
 * @since 0.1.0
 */
export const ConstructionProject = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  kind: opt(ConstructionProjectKind),
  stage: opt(ConstructionProjectStage),
  /** 安全设施与主体工程同时设计 (第三十一条). */
  safetyFacilitiesDesignedConcurrently: opt(Bool),
  /** 安全设施与主体工程同时施工 (第三十一条). */
  safetyFacilitiesBuiltConcurrently: opt(Bool),
  /** 安全设施与主体工程同时投入生产和使用 (第三十一条). */
  safetyFacilitiesInUseConcurrently: opt(Bool),
  /** 安全设施投资纳入建设项目概算 (第三十一条). */
  safetyInvestmentInBudget: opt(Bool),
  /** 按照国家有关规定进行了安全评价 (第三十二条). */
  safetyEvaluation: opt(Bool),
  /** 安全设施设计经有关部门审查 (第三十三条). */
  designReviewed: opt(Bool),
  /** 施工单位按照批准的安全设施设计施工 (第三十三条). */
  builtToApprovedDesign: opt(Bool),
  /** 竣工投入生产或者使用前，建设单位组织安全设施验收并验收合格 (第三十四条). */
  safetyFacilitiesAccepted: opt(Bool)
}).annotate({ identifier: "ConstructionProject", description: "建设项目 — 新建、改建、扩建工程项目" })

/** @since 0.1.0 */
export type ConstructionProject = typeof ConstructionProject.Type

// ---------------------------------------------------------------------------------------------
// 第四十条 — 重大危险源
// ---------------------------------------------------------------------------------------------

/**
 * 重大危险源管理 — the 第四十条 duties for one major hazard installation. `installation` is the id
 * of an entry of `enterprise.installations` that carries a `majorHazardGrade`.
 *
 * @since 0.1.0
 */
export const MajorHazardInstallationRecord = Schema.Struct({
  installation: Schema.NonEmptyString,
  /** 登记建档. */
  registered: opt(Bool),
  /** 定期检测. */
  tested: opt(Bool),
  /** 定期评估. */
  assessed: opt(Bool),
  /** 监控. */
  monitored: opt(Bool),
  /** 制定应急预案. */
  emergencyPlan: opt(Bool),
  /** 告知从业人员和相关人员在紧急情况下应当采取的应急措施. */
  measuresCommunicated: opt(Bool),
  /** 报有关地方人民政府应急管理部门和有关部门备案. */
  filed: opt(Bool)
}).annotate({ identifier: "MajorHazardInstallationRecord", description: "重大危险源 — 登记建档、检测评估监控、应急预案、告知、备案" })

/** @since 0.1.0 */
export type MajorHazardInstallationRecord = typeof MajorHazardInstallationRecord.Type

// ---------------------------------------------------------------------------------------------
// 第四十一条 — 双重预防机制, 重大事故隐患报告
// ---------------------------------------------------------------------------------------------

/**
 * 重大事故隐患 found by the unit's own 排查 (第四十一条).
 *
 * @since 0.1.0
 */
export const MajorAccidentHazard = Schema.Struct({
  id: opt(Schema.String),
  description: opt(Schema.String),
  /** 发现日期. A hazard found after the as-of date is ignored. */
  identifiedOn: opt(Day),
  /** 排查治理情况 reported to 负有安全生产监督管理职责的部门. */
  reportedToDepartment: opt(Bool),
  /** 排查治理情况 reported to 职工大会或者职工代表大会. */
  reportedToWorkersCongress: opt(Bool)
}).annotate({ identifier: "MajorAccidentHazard", description: "重大事故隐患及其报告" })

/** @since 0.1.0 */
export type MajorAccidentHazard = typeof MajorAccidentHazard.Type

/**
 * 重大风险点 — one risk point of the unit's risk register graded 重大 (red), with the number of
 * controls (管控措施) recorded for it.
 *
 * @since 0.2.0
 */
export const MajorRiskPoint = Schema.Struct({
  id: Schema.NonEmptyString,
  name: opt(Schema.String),
  /** 管控措施的数量 (0 = none recorded). */
  controls: Count
}).annotate({ identifier: "MajorRiskPoint", description: "重大风险点及其管控措施数量" })

/** @since 0.2.0 */
export type MajorRiskPoint = typeof MajorRiskPoint.Type

/**
 * 安全风险分级管控台账摘要 — what the dual-prevention rule reads from the unit's risk register
 * (`@anquan/risk-register`'s `riskRegisterFacts` produces it). Given, the register is known: its
 * 重大 risk points are all listed (`[]` = none).
 *
 * @since 0.2.0
 */
export const RiskRegisterSummary = Schema.Struct({
  /** 风险点总数. */
  riskPoints: opt(Count),
  /** 尚未评价定级的风险点数. */
  unassessedRiskPoints: opt(Count),
  /** 重大风险点 (`[]` = none). */
  majorRiskPoints: Schema.Array(MajorRiskPoint)
}).annotate({ identifier: "RiskRegisterSummary", description: "安全风险分级管控台账摘要" })

/** @since 0.2.0 */
export type RiskRegisterSummary = typeof RiskRegisterSummary.Type

/**
 * 双重预防机制 — 安全风险分级管控 and 隐患排查治理 (第四十一条).
 *
 * @since 0.1.0
 */
export const DualPrevention = Schema.Struct({
  /** 建立安全风险分级管控制度. */
  riskControlSystem: opt(Bool),
  /** 按照安全风险分级采取相应的管控措施. */
  controlsByRiskLevel: opt(Bool),
  /** 建立健全并落实生产安全事故隐患排查治理制度. */
  hazardInvestigationSystem: opt(Bool),
  /** 事故隐患排查治理情况如实记录. */
  hazardRecordsTruthful: opt(Bool),
  /** 通过职工大会或者职工代表大会、信息公示栏等方式向从业人员通报. */
  hazardRecordsNotified: opt(Bool),
  /** 重大事故隐患 found (`[]` = none). */
  majorAccidentHazards: opt(Schema.Array(MajorAccidentHazard)),
  /** 安全风险分级管控台账摘要 (absent: no register given; the rule then reads the other facts only). */
  riskRegister: opt(RiskRegisterSummary)
}).annotate({ identifier: "DualPrevention", description: "安全风险分级管控和隐患排查治理双重预防机制" })

/** @since 0.1.0 */
export type DualPrevention = typeof DualPrevention.Type

// ---------------------------------------------------------------------------------------------
// 第四十二条 — 危险物品场所与员工宿舍, 疏散出口
// ---------------------------------------------------------------------------------------------

/**
 * 危险物品场所 — a workshop 车间, shop 商店 or warehouse 仓库 where dangerous goods are produced,
 * traded, stored or used (第四十二条).
 *
 * @since 0.1.0
 */
export const DangerousGoodsPremises = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  kind: opt(Schema.Literals(["workshop", "shop", "warehouse"]).annotate({ description: "workshop 车间 | shop 商店 | warehouse 仓库" })),
  /** 与员工宿舍在同一座建筑物内. */
  sameBuildingAsDormitory: opt(Bool),
  /** 与员工宿舍保持安全距离. */
  safeDistanceFromDormitory: opt(Bool)
}).annotate({ identifier: "DangerousGoodsPremises", description: "生产、经营、储存、使用危险物品的车间、商店、仓库" })

/** @since 0.1.0 */
export type DangerousGoodsPremises = typeof DangerousGoodsPremises.Type

/**
 * 出口、疏散通道 of the unit's premises and staff dormitories (第四十二条, exits part).
 *
 * @since 0.1.0
 */
export const Evacuation = Schema.Struct({
  /** 生产经营场所和员工宿舍设有符合紧急疏散要求、标志明显、保持畅通的出口、疏散通道. */
  exitsCompliant: opt(Bool),
  /** 出口、疏散通道被占用、锁闭或者封堵. */
  exitsObstructed: opt(Bool)
}).annotate({ identifier: "Evacuation", description: "出口、疏散通道" })

/** @since 0.1.0 */
export type Evacuation = typeof Evacuation.Type

// ---------------------------------------------------------------------------------------------
// 第四十三条 — 危险作业
// ---------------------------------------------------------------------------------------------

/**
 * 危险作业种类: `blasting` 爆破, `hoisting` 吊装, `hot-work` 动火, `temporary-electricity` 临时用电,
 * `other` another operation the 应急管理部 (with other departments) has designated as 危险作业.
 *
 * @since 0.1.0
 */
export const DangerousOperationKind = Schema.Literals(["blasting", "hoisting", "hot-work", "temporary-electricity", "other"]).annotate({
  identifier: "DangerousOperationKind",
  description: "blasting 爆破 | hoisting 吊装 | hot-work 动火 | temporary-electricity 临时用电 | other 其他规定的危险作业"
})

/**
 * 危险作业 — one operation (current or recent). An operation dated after the as-of date is ignored.
 *
 * @since 0.1.0
 */
export const DangerousOperation = Schema.Struct({
  kind: DangerousOperationKind,
  description: opt(Schema.String),
  date: opt(Day),
  /** 安排专门人员进行现场安全管理. */
  onSiteSafetyManager: opt(Bool)
}).annotate({ identifier: "DangerousOperation", description: "危险作业" })

/** @since 0.1.0 */
export type DangerousOperation = typeof DangerousOperation.Type

// ---------------------------------------------------------------------------------------------
// 第五十一条 — 安全生产责任保险
// ---------------------------------------------------------------------------------------------

/**
 * 安全生产责任保险保单 — cover from `from` to `to`, both inclusive.
 *
 * @since 0.1.0
 */
export const LiabilityInsurancePolicy = Schema.Struct({
  insurer: opt(Schema.String),
  policyNumber: opt(Schema.String),
  from: Day,
  to: Day
}).check(Schema.makeFilter((p) =>
  p.to.getTime() < p.from.getTime() ? { path: ["to"], issue: "a policy cannot end before it starts (to < from)" } : undefined
)).annotate({ identifier: "LiabilityInsurancePolicy", description: "安全生产责任保险保单" })

/** @since 0.1.0 */
export type LiabilityInsurancePolicy = typeof LiabilityInsurancePolicy.Type

// ---------------------------------------------------------------------------------------------
// 第八十一条 — 应急救援预案和演练
// ---------------------------------------------------------------------------------------------

/**
 * 应急预案种类: `comprehensive` 综合应急预案, `special` 专项应急预案, `on-site` 现场处置方案.
 *
 * @since 0.1.0
 */
export const EmergencyPlanKind = Schema.Literals(["comprehensive", "special", "on-site"]).annotate({
  identifier: "EmergencyPlanKind",
  description: "comprehensive 综合应急预案 | special 专项应急预案 | on-site 现场处置方案"
})

/**
 * 应急预案演练 — one drill held. A drill dated after the as-of date is ignored.
 *
 * @since 0.1.0
 */
export const EmergencyDrill = Schema.Struct({
  plan: EmergencyPlanKind,
  date: Day,
  name: opt(Schema.String)
}).annotate({ identifier: "EmergencyDrill", description: "应急预案演练记录" })

/** @since 0.1.0 */
export type EmergencyDrill = typeof EmergencyDrill.Type

/**
 * 生产安全事故应急救援预案 (第八十一条).
 *
 * @since 0.1.0
 */
export const EmergencyPlan = Schema.Struct({
  /** 制定了本单位生产安全事故应急救援预案. */
  established: opt(Bool),
  /** 预案公布施行日期: the first drill is due one interval after it. */
  adoptedOn: opt(Day),
  /** 与所在地县级以上地方人民政府组织制定的应急救援预案相衔接. */
  linkedWithLocalGovernmentPlan: opt(Bool),
  /** 现场处置方案 in force (0 = none). */
  onSitePlans: opt(Count),
  /** 演练记录 (`[]` = none held). */
  drills: opt(Schema.Array(EmergencyDrill))
}).annotate({ identifier: "EmergencyPlan", description: "生产安全事故应急救援预案和演练" })

/** @since 0.1.0 */
export type EmergencyPlan = typeof EmergencyPlan.Type

// ---------------------------------------------------------------------------------------------
// 第三十五条 — 安全警示标志
// ---------------------------------------------------------------------------------------------

/**
 * 有较大危险因素的场所、设施、设备的类别: `confined-space` 有限空间, `dangerous-goods` 危险物品场所,
 * `fuel-gas` 燃气场所, `electrical` 配电、变电场所, `equipment` 设施、设备, `other` 其他.
 *
 * @since 0.2.0
 */
export const HazardousLocationKind = Schema.Literals(["confined-space", "dangerous-goods", "fuel-gas", "electrical", "equipment", "other"]).annotate({
  identifier: "HazardousLocationKind",
  description: "confined-space 有限空间 | dangerous-goods 危险物品场所 | fuel-gas 燃气场所 | electrical 配电、变电场所 | equipment 设施、设备 | other 其他"
})

/**
 * 有较大危险因素的生产经营场所或者设施、设备 (第三十五条) — one place or installation the unit
 * lists as having 较大危险因素, and whether it carries a 安全警示标志.
 *
 * @since 0.2.0
 */
export const HazardousLocation = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  kind: opt(HazardousLocationKind),
  /** 设置明显的安全警示标志. */
  warningSign: opt(Bool)
}).annotate({ identifier: "HazardousLocation", description: "有较大危险因素的生产经营场所或者设施、设备" })

/** @since 0.2.0 */
export type HazardousLocation = typeof HazardousLocation.Type

// ---------------------------------------------------------------------------------------------
// 第三十六条 — 安全设备
// ---------------------------------------------------------------------------------------------

/**
 * 安全设备类别: `monitoring` 监控, `alarm` 报警 (gas detectors and alarms among them), `protective`
 * 防护, `life-saving` 救生, `other` 其他安全设备.
 *
 * @since 0.2.0
 */
export const SafetyEquipmentKind = Schema.Literals(["monitoring", "alarm", "protective", "life-saving", "other"]).annotate({
  identifier: "SafetyEquipmentKind",
  description: "monitoring 监控 | alarm 报警 | protective 防护 | life-saving 救生 | other 其他"
})

/**
 * 安全设备状态: `in-service` 正常运行, `switched-off` 关闭、停用, `removed` 拆除, `damaged` 破坏、损坏.
 *
 * @since 0.2.0
 */
export const SafetyEquipmentState = Schema.Literals(["in-service", "switched-off", "removed", "damaged"]).annotate({
  identifier: "SafetyEquipmentState",
  description: "in-service 正常运行 | switched-off 关闭、停用 | removed 拆除 | damaged 破坏、损坏"
})

/**
 * 安全设备 — one item of safety equipment, where it is and its state (第三十六条).
 *
 * @since 0.2.0
 */
export const SafetyEquipment = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  kind: opt(SafetyEquipmentKind),
  /** 所在场所、装置 (e.g. 液氨制冷车间). */
  place: opt(Schema.String),
  /** 设计、制造、安装、使用、检测、维修、改造和报废符合国家标准或者行业标准. */
  meetsStandards: opt(Bool),
  /** 经常性维护、保养. */
  maintained: opt(Bool),
  /** 定期检测. */
  tested: opt(Bool),
  /** 维护、保养、检测作好记录，并由有关人员签字. */
  recordsKept: opt(Bool),
  /** 状态. */
  state: opt(SafetyEquipmentState),
  /** 所监护的场所、装置在生产运行 (a detector switched off or removed while it runs). */
  placeInOperation: opt(Bool),
  /** 篡改、隐瞒、销毁其相关数据、信息. */
  dataTampered: opt(Bool)
}).annotate({ identifier: "SafetyEquipment", description: "安全设备 — 类别、场所、状态" })

/** @since 0.2.0 */
export type SafetyEquipment = typeof SafetyEquipment.Type

/**
 * 使用燃气的场所 (第三十六条第三款) — one place where the unit uses fuel gas.
 *
 * @since 0.2.0
 */
export const FuelGasPlace = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  /** 安装可燃气体报警装置. */
  combustibleGasAlarm: opt(Bool)
}).annotate({ identifier: "FuelGasPlace", description: "使用燃气的场所" })

/** @since 0.2.0 */
export type FuelGasPlace = typeof FuelGasPlace.Type

/**
 * 餐饮等行业使用燃气 (第三十六条第三款).
 *
 * @since 0.2.0
 */
export const FuelGasUse = Schema.Struct({
  /** 餐饮等行业的生产经营单位. */
  cateringOrSimilar: opt(Bool),
  /** 使用燃气. */
  usesFuelGas: opt(Bool),
  /** 使用燃气的场所 (kitchens, …). */
  places: opt(Schema.Array(FuelGasPlace))
}).annotate({ identifier: "FuelGasUse", description: "餐饮等行业使用燃气" })

/** @since 0.2.0 */
export type FuelGasUse = typeof FuelGasUse.Type

// ---------------------------------------------------------------------------------------------
// 第三十九条 — 危险物品
// ---------------------------------------------------------------------------------------------

/**
 * 可燃、有毒气体检测报警装置的状态: `working` 正常, `unpowered` 未通电, `faulty` 故障,
 * `absent` 未设置, `not-required` 不需设置 (no flammable or toxic gas can gather).
 *
 * @since 0.2.0
 */
export const GasAlarmState = Schema.Literals(["working", "unpowered", "faulty", "absent", "not-required"]).annotate({
  identifier: "GasAlarmState",
  description: "working 正常 | unpowered 未通电 | faulty 故障 | absent 未设置 | not-required 不需设置"
})

/**
 * 照明: `explosion-proof` 防爆, `ordinary` 非防爆, `not-required` 不需防爆.
 *
 * @since 0.2.0
 */
export const StoreLighting = Schema.Literals(["explosion-proof", "ordinary", "not-required"]).annotate({
  identifier: "StoreLighting",
  description: "explosion-proof 防爆 | ordinary 非防爆 | not-required 不需防爆"
})

/**
 * 危险物品储存场所 — one store (仓库, 储存室, 罐区) and the safety measures taken there (第三十九条).
 *
 * @since 0.2.0
 */
export const DangerousGoodsStore = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  /** 储存经有关主管部门依法批准 (licence or approval covers this store). */
  approved: opt(Bool),
  /** 按危险物品的性质分类、分区、隔离储存. */
  segregated: opt(Bool),
  /** 储存量不超过核定（设计）储存量. */
  withinApprovedQuantity: opt(Bool),
  /** 可燃、有毒气体检测报警装置. */
  gasAlarm: opt(GasAlarmState),
  /** 照明. */
  lighting: opt(StoreLighting)
}).annotate({ identifier: "DangerousGoodsStore", description: "危险物品储存场所及其安全措施" })

/** @since 0.2.0 */
export type DangerousGoodsStore = typeof DangerousGoodsStore.Type

/**
 * 危险物品管理 (第三十九条): approval, the dedicated safety rules, and the stores.
 *
 * @since 0.2.0
 */
export const DangerousGoods = Schema.Struct({
  /** 生产、经营、运输、储存、使用危险物品或者处置废弃危险物品，经有关主管部门依法审批. */
  activitiesApproved: opt(Bool),
  /** 建立专门的安全管理制度. */
  safetyManagementRules: opt(Bool),
  /** 危险物品储存场所 (`[]` = none). */
  stores: opt(Schema.Array(DangerousGoodsStore))
}).annotate({ identifier: "DangerousGoods", description: "危险物品 — 审批、专门的安全管理制度、储存场所" })

/** @since 0.2.0 */
export type DangerousGoods = typeof DangerousGoods.Type

// ---------------------------------------------------------------------------------------------
// 第四十八条、第四十九条 — 交叉作业、发包和出租
// ---------------------------------------------------------------------------------------------

/**
 * 发包或者出租: `contract` 将生产经营项目、场所、设备发包, `lease` 将生产经营项目、场所、设备出租.
 *
 * @since 0.2.0
 */
export const ContractOrLeaseKind = Schema.Literals(["contract", "lease"]).annotate({
  identifier: "ContractOrLeaseKind",
  description: "contract 发包 | lease 出租"
})

/**
 * 发包、出租 — one project, site or piece of equipment the unit contracts out or leases to another
 * unit or person (第四十九条), with the contractor or tenant.
 *
 * @since 0.2.0
 */
export const ContractOrLease = Schema.Struct({
  id: opt(Schema.String),
  /** The project, site or equipment (e.g. 3号厂房). */
  subject: opt(Schema.String),
  kind: opt(ContractOrLeaseKind),
  /** 承包单位、承租单位 (name). */
  counterparty: opt(Schema.String),
  /** 承包方、承租方具备安全生产条件或者相应资质. */
  counterpartyQualified: opt(Bool),
  /** 签订专门的安全生产管理协议，或者在承包合同、租赁合同中约定各自的安全生产管理职责. */
  safetyAgreement: opt(Bool),
  /** 对承包单位、承租单位的安全生产工作统一协调、管理. */
  unifiedCoordination: opt(Bool),
  /** 定期进行安全检查，发现安全问题的，及时督促整改. */
  periodicChecks: opt(Bool)
}).annotate({ identifier: "ContractOrLease", description: "发包、出租 — 承包单位、承租单位、安全生产管理协议、统一协调管理" })

/** @since 0.2.0 */
export type ContractOrLease = typeof ContractOrLease.Type

/**
 * 同一作业区域 — an area where the unit and another unit carry out production or business that may
 * endanger each other (第四十八条).
 *
 * @since 0.2.0
 */
export const SharedWorkArea = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  /** 其他生产经营单位 (names). */
  otherUnits: opt(Schema.Array(Schema.String)),
  /** 签订安全生产管理协议，明确各自的安全生产管理职责和应当采取的安全措施. */
  safetyAgreement: opt(Bool),
  /** 指定专职安全生产管理人员进行安全检查与协调. */
  coordinatorDesignated: opt(Bool)
}).annotate({ identifier: "SharedWorkArea", description: "同一作业区域内的交叉作业" })

/** @since 0.2.0 */
export type SharedWorkArea = typeof SharedWorkArea.Type

// ---------------------------------------------------------------------------------------------
// 第三十七条、第三十八条 — 特种设备, 淘汰的工艺、设备
// ---------------------------------------------------------------------------------------------

/**
 * 第三十七条的设备: `dangerous-goods-container` 危险物品的容器, `dangerous-goods-vehicle` 危险物品的运输工具,
 * `offshore-oil` 涉及人身安全、危险性较大的海洋石油开采特种设备, `underground-mine` 矿山井下特种设备.
 *
 * @since 0.2.0
 */
export const SpecialEquipmentKind = Schema.Literals(["dangerous-goods-container", "dangerous-goods-vehicle", "offshore-oil", "underground-mine"]).annotate({
  identifier: "SpecialEquipmentKind",
  description: "dangerous-goods-container 危险物品的容器 | dangerous-goods-vehicle 危险物品的运输工具 | offshore-oil 海洋石油开采特种设备 | underground-mine 矿山井下特种设备"
})

/**
 * 第三十七条 — a container, vehicle or item of special equipment that must be tested by a
 * qualified body and carry a 安全使用证 or 安全标志 before use.
 *
 * @since 0.2.0
 */
export const SpecialEquipment = Schema.Struct({
  id: opt(Schema.String),
  name: opt(Schema.String),
  kind: opt(SpecialEquipmentKind),
  /** 经具有专业资质的检测、检验机构检测、检验合格. */
  inspectedByQualifiedBody: opt(Bool),
  /** 取得安全使用证或者安全标志. */
  certified: opt(Bool)
}).annotate({ identifier: "SpecialEquipment", description: "危险物品的容器、运输工具和海洋石油开采、矿山井下特种设备" })

/** @since 0.2.0 */
export type SpecialEquipment = typeof SpecialEquipment.Type

/**
 * 第三十八条 — a process or piece of equipment in use that is on the national list of those to be
 * eliminated (应当淘汰的危及生产安全的工艺、设备).
 *
 * @since 0.2.0
 */
export const EliminatedItem = Schema.Struct({
  name: Schema.NonEmptyString,
  kind: opt(Schema.Literals(["process", "equipment"]).annotate({ description: "process 工艺 | equipment 设备" }))
}).annotate({ identifier: "EliminatedItem", description: "应当淘汰的工艺、设备" })

/** @since 0.2.0 */
export type EliminatedItem = typeof EliminatedItem.Type

// ---------------------------------------------------------------------------------------------
// 第四十四条、第四十五条 — 告知, 劳动防护用品
// ---------------------------------------------------------------------------------------------

/**
 * 劳动防护用品 (第四十五条).
 *
 * @since 0.2.0
 */
export const ProtectiveEquipment = Schema.Struct({
  /** 为从业人员提供劳动防护用品. */
  provided: opt(Bool),
  /** 所提供的劳动防护用品符合国家标准或者行业标准. */
  meetsStandards: opt(Bool)
}).annotate({ identifier: "ProtectiveEquipment", description: "劳动防护用品" })

/** @since 0.2.0 */
export type ProtectiveEquipment = typeof ProtectiveEquipment.Type

// ---------------------------------------------------------------------------------------------
// 第四条、第二十一条至第二十三条、第二十六条、第二十九条、第四十六条、第四十七条
// ---------------------------------------------------------------------------------------------

/**
 * 全员安全生产责任制和安全生产规章制度 (第四条, 第二十二条).
 *
 * @since 0.2.0
 */
export const ResponsibilitySystem = Schema.Struct({
  /** 建立健全全员安全生产责任制 (第四条). */
  established: opt(Bool),
  /** 建立健全安全生产规章制度 (第四条). */
  safetyRulesEstablished: opt(Bool),
  /** 责任制明确各岗位的责任人员、责任范围和考核标准 (第二十二条). */
  coversEveryPost: opt(Bool),
  /** 建立相应的机制，加强对责任制落实情况的监督考核 (第二十二条). */
  implementationAssessed: opt(Bool)
}).annotate({ identifier: "ResponsibilitySystem", description: "全员安全生产责任制和安全生产规章制度" })

/** @since 0.2.0 */
export type ResponsibilitySystem = typeof ResponsibilitySystem.Type

/**
 * 主要负责人的职责 (第二十一条): whether the principal carried out each of the seven duties.
 *
 * @since 0.2.0
 */
export const PrincipalDuties = Schema.Struct({
  /** (一) 建立健全并落实全员安全生产责任制，加强安全生产标准化建设. */
  responsibilitySystem: opt(Bool),
  /** (二) 组织制定并实施安全生产规章制度和操作规程. */
  rulesAndProcedures: opt(Bool),
  /** (三) 组织制定并实施安全生产教育和培训计划. */
  trainingPlan: opt(Bool),
  /** (四) 保证安全生产投入的有效实施. */
  investment: opt(Bool),
  /** (五) 组织建立并落实双重预防工作机制，督促、检查安全生产工作，及时消除事故隐患. */
  dualPrevention: opt(Bool),
  /** (六) 组织制定并实施生产安全事故应急救援预案. */
  emergencyPlan: opt(Bool),
  /** (七) 及时、如实报告生产安全事故. */
  accidentReporting: opt(Bool)
}).annotate({ identifier: "PrincipalDuties", description: "主要负责人的七项职责" })

/** @since 0.2.0 */
export type PrincipalDuties = typeof PrincipalDuties.Type

/**
 * 安全生产投入和安全生产费用 (第二十三条, 第四十七条).
 *
 * @since 0.2.0
 */
export const SafetyInvestment = Schema.Struct({
  /** 具备安全生产条件所必需的资金投入得到保证 (第二十三条). */
  ensured: opt(Bool),
  /** 按照规定提取和使用安全生产费用 (第二十三条). */
  costsDrawnAndUsed: opt(Bool),
  /** 安排用于配备劳动防护用品、进行安全生产培训的经费 (第四十七条). */
  ppeAndTrainingFunded: opt(Bool)
}).annotate({ identifier: "SafetyInvestment", description: "安全生产投入、安全生产费用、劳动防护用品和培训经费" })

/** @since 0.2.0 */
export type SafetyInvestment = typeof SafetyInvestment.Type

/**
 * 安全生产管理人员的任免 (第二十六条) — one appointment or removal.
 *
 * @since 0.2.0
 */
export const SafetyStaffChange = Schema.Struct({
  name: opt(Schema.String),
  kind: opt(Schema.Literals(["appointed", "removed"]).annotate({ description: "appointed 任命 | removed 免职" })),
  date: opt(Day),
  /** 告知主管的负有安全生产监督管理职责的部门. */
  notified: opt(Bool)
}).annotate({ identifier: "SafetyStaffChange", description: "安全生产管理人员的任免及其告知" })

/** @since 0.2.0 */
export type SafetyStaffChange = typeof SafetyStaffChange.Type

/**
 * 新工艺、新技术、新材料、新设备 (第二十九条) — one adopted.
 *
 * @since 0.2.0
 */
export const NewTechnology = Schema.Struct({
  name: opt(Schema.String),
  kind: opt(Schema.Literals(["process", "technology", "material", "equipment"]).annotate({ description: "process 新工艺 | technology 新技术 | material 新材料 | equipment 新设备" })),
  date: opt(Day),
  /** 对从业人员进行了专门的安全生产教育和培训. */
  staffTrained: opt(Bool)
}).annotate({ identifier: "NewTechnology", description: "采用的新工艺、新技术、新材料、新设备" })

/** @since 0.2.0 */
export type NewTechnology = typeof NewTechnology.Type

/**
 * 安全生产检查 (第四十六条).
 *
 * @since 0.2.0
 */
export const SafetyInspections = Schema.Struct({
  /** 安全生产管理人员根据本单位特点经常性检查安全生产状况. */
  regular: opt(Bool),
  /** 检查及处理情况如实记录在案. */
  recorded: opt(Bool)
}).annotate({ identifier: "SafetyInspections", description: "安全生产经常性检查及其记录" })

/** @since 0.2.0 */
export type SafetyInspections = typeof SafetyInspections.Type

// ---------------------------------------------------------------------------------------------
// 第五十一条、第八十二条、第八十三条
// ---------------------------------------------------------------------------------------------

/**
 * 应急救援组织 (第八十二条).
 *
 * @since 0.2.0
 */
export const RescueOrganisation = Schema.Struct({
  /** 建立应急救援组织. */
  established: opt(Bool),
  /** 生产经营规模较小 (may name part-time rescuers instead of an organisation). */
  smallScale: opt(Bool),
  /** 指定兼职的应急救援人员. */
  partTimeRescuers: opt(Bool),
  /** 配备必要的应急救援器材、设备和物资，并进行经常性维护、保养. */
  equipmentKept: opt(Bool)
}).annotate({ identifier: "RescueOrganisation", description: "应急救援组织、兼职救援人员和器材" })

/** @since 0.2.0 */
export type RescueOrganisation = typeof RescueOrganisation.Type

/**
 * 生产安全事故 (第八十三条) — one accident of the unit and how it was reported.
 *
 * @since 0.2.0
 */
export const Accident = Schema.Struct({
  id: opt(Schema.String),
  description: opt(Schema.String),
  date: opt(Day),
  /** 单位负责人接到报告后立即如实报告当地负有安全生产监督管理职责的部门. */
  reportedPromptlyAndTruthfully: opt(Bool),
  /** 隐瞒不报、谎报或者迟报. */
  concealedOrLate: opt(Bool),
  /** 故意破坏事故现场、毁灭有关证据. */
  sceneOrEvidenceDestroyed: opt(Bool)
}).annotate({ identifier: "Accident", description: "生产安全事故及其报告" })

/** @since 0.2.0 */
export type Accident = typeof Accident.Type

// ---------------------------------------------------------------------------------------------
// The fact section
// ---------------------------------------------------------------------------------------------

/**
 * 安全生产法事实 — the work-safety-law pack's fact section, `enterprise.facts.workSafety`.
 * Every key is optional; absent = unknown.
 *
 * @since 0.1.0
 */
export const WorkSafetyFacts = Schema.Struct({
  /** 第二十八条 安全生产教育和培训. */
  training: opt(Training),
  /**
   * 第三十条: `true` when `enterprise.keyPeople` lists every 特种作业人员 of the unit (so `true` with
   * none listed = the unit has none); `false` when some are not listed.
   */
  specialOperatorsListed: opt(Bool),
  /** 第三十一条、第三十二条 建设项目 (`[]` = none). */
  constructionProjects: opt(Schema.Array(ConstructionProject)),
  /**
   * 第四十条: whether the unit has a 重大危险源 (after 辨识). Needed only when no entry of
   * `enterprise.installations` carries a `majorHazardGrade`.
   */
  hasMajorHazardInstallations: opt(Bool),
  /** 第四十条 重大危险源管理, one entry per graded installation. */
  majorHazardInstallations: opt(Schema.Array(MajorHazardInstallationRecord)),
  /** 第四十一条 双重预防机制 and 重大事故隐患. */
  dualPrevention: opt(DualPrevention),
  /** 第四十二条: the unit has 员工宿舍. */
  staffDormitory: opt(Bool),
  /** 第四十二条 危险物品的车间、商店、仓库 (`[]` = none). */
  dangerousGoodsPremises: opt(Schema.Array(DangerousGoodsPremises)),
  /** 第四十二条 出口、疏散通道. */
  evacuation: opt(Evacuation),
  /** 第四十三条 危险作业, current or recent (`[]` = none). */
  dangerousOperations: opt(Schema.Array(DangerousOperation)),
  /** 第五十一条 安全生产责任保险 policies (`[]` = none). */
  liabilityInsurancePolicies: opt(Schema.Array(LiabilityInsurancePolicy)),
  /** 第八十一条 应急救援预案和演练. */
  emergencyPlan: opt(EmergencyPlan),
  /** 第三十五条 有较大危险因素的生产经营场所和有关设施、设备 (`[]` = none). */
  hazardousLocations: opt(Schema.Array(HazardousLocation)),
  /** 第三十六条 安全设备 (`[]` = none). */
  safetyEquipment: opt(Schema.Array(SafetyEquipment)),
  /** 第三十六条第三款 餐饮等行业使用燃气. */
  fuelGasUse: opt(FuelGasUse),
  /** 第三十九条 危险物品. */
  dangerousGoods: opt(DangerousGoods),
  /** 第四十八条 同一作业区域内的交叉作业 (`[]` = none). */
  sharedWorkAreas: opt(Schema.Array(SharedWorkArea)),
  /** 第四十九条 发包、出租 (`[]` = none). */
  contractsAndLeases: opt(Schema.Array(ContractOrLease)),
  /** 第三十七条 危险物品的容器、运输工具和海洋石油开采、矿山井下特种设备 (`[]` = none). */
  specialEquipment: opt(Schema.Array(SpecialEquipment)),
  /** 第三十八条 仍在使用的应当淘汰的工艺、设备 (`[]` = none). */
  eliminatedItemsInUse: opt(Schema.Array(EliminatedItem)),
  /** 第四十四条 如实告知从业人员作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施. */
  hazardsDisclosedToWorkers: opt(Bool),
  /** 第四十五条 劳动防护用品. */
  protectiveEquipment: opt(ProtectiveEquipment),
  /** 第四条、第二十二条 全员安全生产责任制和安全生产规章制度. */
  responsibilitySystem: opt(ResponsibilitySystem),
  /** 第二十一条 主要负责人的职责. */
  principalDuties: opt(PrincipalDuties),
  /** 第二十三条、第四十七条 安全生产投入、安全生产费用、劳动防护用品和培训经费. */
  safetyInvestment: opt(SafetyInvestment),
  /** 第二十六条 安全生产管理人员的任免 (`[]` = none). */
  safetyStaffChanges: opt(Schema.Array(SafetyStaffChange)),
  /** 第二十九条 采用的新工艺、新技术、新材料、新设备 (`[]` = none). */
  newTechnologies: opt(Schema.Array(NewTechnology)),
  /** 第四十六条 安全生产检查. */
  safetyInspections: opt(SafetyInspections),
  /** 第五十一条 依法参加工伤保险，为从业人员缴纳保险费. */
  workInjuryInsurance: opt(Bool),
  /** 第八十二条 应急救援组织. */
  rescueOrganisation: opt(RescueOrganisation),
  /** 第八十三条 生产安全事故 (`[]` = none). */
  accidents: opt(Schema.Array(Accident))
}).annotate({
  identifier: "WorkSafetyFacts",
  description: "安全生产法事实 — facts read by the work-safety-law pack (enterprise.facts.workSafety)"
})

/** @since 0.1.0 */
export type WorkSafetyFacts = typeof WorkSafetyFacts.Type

/** The wire (JSON) shape of {@link WorkSafetyFacts}. @since 0.1.0 */
export type WorkSafetyFactsEncoded = typeof WorkSafetyFacts.Encoded

/** Where the section sits in an enterprise record: `enterprise.facts[WORK_SAFETY_FACTS_KEY]`. @since 0.1.0 */
export const WORK_SAFETY_FACTS_KEY = "workSafety"
