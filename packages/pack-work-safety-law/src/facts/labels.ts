/**
 * 事实标签 — every fact the pack's rules read, declared once with its zh-CN and English label, its
 * unit and its allowed values (the rule language's `facts:`). Reports name facts by these words
 * instead of paths (`从业人员数`, not `enterprise.employees`); each rule picks the groups it reads.
 * Each group carries the labels of the sections its facts sit in (`facts.training` 安全生产教育和培训).
 *
 * Paths are relative to the rule subject: `facts.…` is the pack's fact section
 * (`enterprise.facts.workSafety`), `enterprise.…` the core profile. Inside a list, the fields of an
 * entry are declared under the list's `items`.
 *
 * @since 0.2.0
 */
import { Sectors } from "@anquan/core"
import type { FactDeclaration as Declarations, FactDeclarations } from "@anquan/core"
import { withSections } from "./sections.ts"

type FactDeclaration = Declarations.FactDeclaration

const bool = (zh: string, en: string): FactDeclaration => ({ type: "boolean", label: { "zh-CN": zh, en } })
const text = (zh: string, en: string): FactDeclaration => ({ type: "string", label: { "zh-CN": zh, en } })
const date = (zh: string, en: string): FactDeclaration => ({ type: "date", label: { "zh-CN": zh, en } })
const people = (zh: string, en: string): FactDeclaration => ({ type: "integer", label: { "zh-CN": zh, en }, unit: { "zh-CN": "人", en: "people" } })
const oneOf = (zh: string, en: string, values: ReadonlyArray<string>): FactDeclaration => ({ type: "string", label: { "zh-CN": zh, en }, values })
const list = (zh: string, en: string, items: Readonly<Record<string, FactDeclaration>>): FactDeclaration => ({ type: "list", label: { "zh-CN": zh, en }, items })

// ---------------------------------------------------------------------------------------------
// The core profile
// ---------------------------------------------------------------------------------------------

/**
 * 行业领域 and 危险物品活动 (`enterprise.sectors`, `enterprise.dangerousGoodsActivities`): the scope
 * of 第二十四条, 第二十七条 and 第四十二条.
 *
 * @since 0.2.0
 */
export const scopeFacts: FactDeclarations = withSections({
  "enterprise.sectors": { type: "strings", label: { "zh-CN": "行业领域", en: "sectors" }, values: Sectors },
  "enterprise.dangerousGoodsActivities": {
    type: "strings",
    label: { "zh-CN": "危险物品的生产、经营、储存、装卸、使用、运输活动", en: "dangerous-goods activities" },
    values: ["production", "trading", "storage", "loading", "use", "transport"]
  }
})

/**
 * 从业人员、安全生产管理机构和人员 (第二十四条).
 *
 * @since 0.2.0
 */
export const staffingFacts: FactDeclarations = withSections({
  ...scopeFacts,
  "enterprise.employees": people("从业人员数", "staff"),
  "enterprise.transportModes": {
    type: "strings",
    label: { "zh-CN": "运输方式", en: "transport modes" },
    values: ["road", "waterway", "railway", "aviation", "urban-rail", "pipeline"]
  },
  "enterprise.safetyDepartment": bool("设置安全生产管理机构", "safety management body set up"),
  "enterprise.contractedSafetyEngineer": bool("委托工程技术人员提供安全生产管理服务", "qualified engineer contracted for safety management")
})

/** The fields of a key person the rules read. */
const keyPersonItems: Readonly<Record<string, FactDeclaration>> = {
  name: text("姓名", "name"),
  roles: {
    type: "strings",
    label: { "zh-CN": "岗位", en: "roles" },
    values: ["principal", "charge-leader", "safety-officer", "special-operator", "registered-safety-engineer"]
  },
  employment: oneOf("专职或者兼职", "full- or part-time", ["full-time", "part-time"]),
  "assessment.passed": bool("安全生产知识和管理能力考核合格", "passed the safety knowledge and management assessment"),
  "assessment.date": date("考核合格日期", "assessment date"),
  certificates: list("证书", "certificates", {
    kind: text("证书种类", "certificate kind"),
    issuedOn: date("发证日期", "issued on"),
    validUntil: date("有效期至", "valid until")
  })
}

/**
 * 关键人员 (`enterprise.keyPeople`): 主要负责人, 安全生产管理人员, 特种作业人员, 注册安全工程师.
 *
 * @since 0.2.0
 */
export const keyPeopleFacts: FactDeclarations = withSections({
  "enterprise.keyPeople": list("关键人员", "key people", keyPersonItems)
})

// ---------------------------------------------------------------------------------------------
// The pack's fact section
// ---------------------------------------------------------------------------------------------

/**
 * 第二十八条 — 培训对象 (`facts.training.{staff,dispatchedWorkers,interns}`).
 *
 * @since 0.2.0
 */
export const trainingGroupFacts: FactDeclarations = withSections({
  "facts.training.staff.count": people("从业人员人数", "staff"),
  "facts.training.staff.untrainedAtWork": people("未经安全生产教育和培训合格即上岗作业的从业人员", "staff at work untrained"),
  "facts.training.dispatchedWorkers.count": people("被派遣劳动者人数", "dispatched workers"),
  "facts.training.dispatchedWorkers.untrainedAtWork": people("未经安全生产教育和培训合格即上岗作业的被派遣劳动者", "dispatched workers at work untrained"),
  "facts.training.interns.count": people("实习学生人数", "interns"),
  "facts.training.interns.untrainedAtWork": people("未经安全生产教育和培训合格即上岗作业的实习学生", "interns at work untrained")
})

/**
 * 第二十八条 — 安全生产教育和培训档案 (`facts.training.file`).
 *
 * @since 0.2.0
 */
export const trainingFileFacts: FactDeclarations = withSections({
  "facts.training.file.kept": bool("建立安全生产教育和培训档案", "safety training file kept"),
  "facts.training.file.recordedItems": {
    type: "strings",
    label: { "zh-CN": "培训档案记录的事项（时间、内容、参加人员、考核结果）", en: "what the training records state (time, content, attendees, results)" },
    values: ["time", "content", "attendees", "results"]
  },
  "facts.training.file.truthful": bool("培训档案如实记录", "training records truthful")
})

/**
 * 第三十条 — 特种作业人员名单完整 (`facts.specialOperatorsListed`).
 *
 * @since 0.2.0
 */
export const specialOperatorsListedFacts: FactDeclarations = withSections({
  "facts.specialOperatorsListed": bool("特种作业人员已全部列入关键人员", "every special operator listed among the key people")
})

/**
 * 第三十一条、第三十二条 — 建设项目 (`facts.constructionProjects`).
 *
 * @since 0.2.0
 */
export const constructionProjectFacts: FactDeclarations = withSections({
  "facts.constructionProjects": list("建设项目", "construction projects", {
    id: text("项目编号", "project id"),
    name: text("项目名称", "project name"),
    kind: {
      ...oneOf("建设项目类别", "project kind", ["mine", "metal-smelting", "dangerous-goods", "other"]),
      valueLabels: {
        mine: { "zh-CN": "矿山建设项目", en: "mine project" },
        "metal-smelting": { "zh-CN": "金属冶炼建设项目", en: "metal-smelting project" },
        "dangerous-goods": { "zh-CN": "危险物品建设项目", en: "dangerous-goods project" },
        other: { "zh-CN": "其他建设项目", en: "other project" }
      }
    },
    stage: {
      ...oneOf("项目阶段", "project stage", ["design", "construction", "in-use"]),
      valueLabels: {
        design: { "zh-CN": "设计", en: "design" },
        construction: { "zh-CN": "施工", en: "construction" },
        "in-use": { "zh-CN": "投入生产和使用", en: "in use" }
      }
    },
    safetyFacilitiesDesignedConcurrently: bool("安全设施与主体工程同时设计", "safety facilities designed together with the main works"),
    safetyFacilitiesBuiltConcurrently: bool("安全设施与主体工程同时施工", "safety facilities built together with the main works"),
    safetyFacilitiesInUseConcurrently: bool("安全设施与主体工程同时投入生产和使用", "safety facilities put into use together with the main works"),
    safetyInvestmentInBudget: bool("安全设施投资纳入建设项目概算", "safety investment in the project budget"),
    safetyEvaluation: bool("按照国家有关规定进行安全评价", "safety evaluation carried out"),
    designReviewed: bool("安全设施设计经有关部门审查", "safety facilities design reviewed by the authorities"),
    builtToApprovedDesign: bool("按照批准的安全设施设计施工", "built to the approved safety facilities design"),
    safetyFacilitiesAccepted: bool("投入生产或者使用前安全设施经验收合格", "safety facilities accepted before use")
  })
})

/**
 * 第四十一条 — 双重预防机制 (`facts.dualPrevention`).
 *
 * @since 0.2.0
 */
export const dualPreventionFacts: FactDeclarations = withSections({
  "facts.dualPrevention.riskControlSystem": bool("建立安全风险分级管控制度", "risk classification and control system set up"),
  "facts.dualPrevention.controlsByRiskLevel": bool("按照安全风险分级采取相应的管控措施", "controls applied by risk level"),
  "facts.dualPrevention.hazardInvestigationSystem": bool("建立健全并落实事故隐患排查治理制度", "hazard investigation and remediation system in place"),
  "facts.dualPrevention.hazardRecordsTruthful": bool("事故隐患排查治理情况如实记录", "hazard investigation and remediation truthfully recorded"),
  "facts.dualPrevention.hazardRecordsNotified": bool("事故隐患排查治理情况向从业人员通报", "hazard investigation and remediation made known to staff"),
  "facts.dualPrevention.riskRegister.majorRiskPoints": list("风险分级管控台账中的重大风险点", "major risk points of the risk register", {
    id: text("风险点编号", "risk point id"),
    name: text("风险点名称", "risk point name"),
    controls: { type: "integer", label: { "zh-CN": "管控措施数量", en: "controls" }, unit: { "zh-CN": "项", en: "controls" } }
  })
})

/**
 * 第四十一条 — 重大事故隐患 (`facts.dualPrevention.majorAccidentHazards`).
 *
 * @since 0.2.0
 */
export const majorAccidentHazardFacts: FactDeclarations = withSections({
  "facts.dualPrevention.majorAccidentHazards": list("重大事故隐患", "major accident hazards", {
    id: text("隐患编号", "hazard id"),
    description: text("隐患描述", "description"),
    identifiedOn: date("发现日期", "date found"),
    reportedToDepartment: bool("排查治理情况已向负有安全生产监督管理职责的部门报告", "reported to the supervising department"),
    reportedToWorkersCongress: bool("排查治理情况已向职工大会或者职工代表大会报告", "reported to the workers' congress")
  })
})

/**
 * 第四十二条 — 危险物品场所与员工宿舍 (`facts.staffDormitory`, `facts.dangerousGoodsPremises`).
 *
 * @since 0.2.0
 */
export const dormitoryFacts: FactDeclarations = withSections({
  "facts.staffDormitory": bool("设有员工宿舍", "has staff dormitories"),
  "facts.dangerousGoodsPremises": list("危险物品车间、商店、仓库", "dangerous-goods workshops, shops and warehouses", {
    id: text("场所编号", "premises id"),
    name: text("场所名称", "premises name"),
    kind: {
      ...oneOf("场所类别", "kind of premises", ["workshop", "shop", "warehouse"]),
      valueLabels: { workshop: { "zh-CN": "车间", en: "workshop" }, shop: { "zh-CN": "商店", en: "shop" }, warehouse: { "zh-CN": "仓库", en: "warehouse" } }
    },
    sameBuildingAsDormitory: bool("与员工宿舍在同一座建筑物内", "in the same building as staff dormitories"),
    safeDistanceFromDormitory: bool("与员工宿舍保持安全距离", "at a safe distance from staff dormitories")
  })
})

/**
 * 第四十二条 — 出口、疏散通道 (`facts.evacuation`).
 *
 * @since 0.2.0
 */
export const evacuationFacts: FactDeclarations = withSections({
  "facts.evacuation.exitsCompliant": bool("出口、疏散通道符合紧急疏散要求、标志明显、保持畅通", "exits and escape routes meet evacuation needs, clearly marked and clear"),
  "facts.evacuation.exitsObstructed": bool("出口、疏散通道被占用、锁闭、封堵", "exits or escape routes occupied, locked or blocked")
})

/**
 * 第四十三条 — 危险作业 (`facts.dangerousOperations`).
 *
 * @since 0.2.0
 */
export const dangerousOperationFacts: FactDeclarations = withSections({
  "facts.dangerousOperations": list("危险作业", "dangerous operations", {
    kind: {
      ...oneOf("作业类别", "kind of operation", ["blasting", "hoisting", "hot-work", "temporary-electricity", "other"]),
      valueLabels: {
        blasting: { "zh-CN": "爆破", en: "blasting" },
        hoisting: { "zh-CN": "吊装", en: "hoisting" },
        "hot-work": { "zh-CN": "动火", en: "hot work" },
        "temporary-electricity": { "zh-CN": "临时用电", en: "temporary electricity" },
        other: { "zh-CN": "危险", en: "dangerous" }
      }
    },
    description: text("作业内容", "description"),
    date: date("作业日期", "date"),
    onSiteSafetyManager: bool("安排专门人员进行现场安全管理", "dedicated on-site safety manager")
  })
})

/**
 * 第五十一条 — 安全生产责任保险 (`facts.liabilityInsurancePolicies`).
 *
 * @since 0.2.0
 */
export const liabilityInsuranceFacts: FactDeclarations = withSections({
  "facts.liabilityInsurancePolicies": list("安全生产责任保险保单", "liability insurance policies", {
    insurer: text("保险人", "insurer"),
    policyNumber: text("保单号", "policy number"),
    from: date("保险期间起", "cover from"),
    to: date("保险期间止", "cover to")
  })
})

/**
 * 第八十一条 — 应急救援预案和演练 (`facts.emergencyPlan`).
 *
 * @since 0.2.0
 */
export const emergencyPlanFacts: FactDeclarations = withSections({
  "facts.emergencyPlan.established": bool("制定生产安全事故应急救援预案", "emergency rescue plan drawn up"),
  "facts.emergencyPlan.adoptedOn": date("应急预案公布施行日期", "plan adopted on"),
  "facts.emergencyPlan.linkedWithLocalGovernmentPlan": bool("应急预案与地方人民政府预案相衔接", "plan linked with the local government's plan"),
  "facts.emergencyPlan.onSitePlans": { type: "integer", label: { "zh-CN": "现场处置方案数量", en: "on-site disposal plans" }, unit: { "zh-CN": "个", en: "plans" } },
  "facts.emergencyPlan.drills": list("应急预案演练", "emergency drills", {
    plan: oneOf("演练的预案（综合、专项、现场处置方案）", "plan drilled (comprehensive, special, on-site)", ["comprehensive", "special", "on-site"]),
    date: date("演练日期", "drill date"),
    name: text("演练名称", "drill name")
  })
})

/**
 * 第四十条 — 重大危险源 (`enterprise.installations`, `facts.majorHazardInstallations`).
 *
 * @since 0.2.0
 */
export const majorHazardInstallationFacts: FactDeclarations = withSections({
  ...scopeFacts,
  "facts.hasMajorHazardInstallations": bool("有重大危险源", "has major hazard installations"),
  "facts.majorHazardInstallations": list("重大危险源管理记录", "major hazard installation records", {
    installation: text("装置编号", "installation id"),
    registered: bool("登记建档", "registered"),
    tested: bool("定期检测", "periodically tested"),
    assessed: bool("定期评估", "periodically assessed"),
    monitored: bool("监控", "monitored"),
    emergencyPlan: bool("制定应急预案", "emergency plan drawn up"),
    measuresCommunicated: bool("告知从业人员和相关人员应急措施", "emergency measures told to staff and others concerned"),
    filed: bool("报应急管理部门和有关部门备案", "filed with the emergency management and other departments")
  })
})

const labelled = (zh: string, en: string, values: Readonly<Record<string, readonly [string, string]>>): FactDeclaration => ({
  type: "string",
  label: { "zh-CN": zh, en },
  values: Object.keys(values),
  valueLabels: Object.fromEntries(Object.entries(values).map(([k, [z, e]]) => [k, { "zh-CN": z, en: e }]))
})

/**
 * 第三十五条 — 有较大危险因素的场所、设施、设备 (`facts.hazardousLocations`).
 *
 * @since 0.2.0
 */
export const hazardousLocationFacts: FactDeclarations = withSections({
  "facts.hazardousLocations": list("有较大危险因素的生产经营场所和有关设施、设备", "places and installations with major danger factors", {
    id: text("编号", "id"),
    name: text("名称", "name"),
    kind: labelled("类别", "kind", {
      "confined-space": ["有限空间", "confined space"],
      "dangerous-goods": ["危险物品场所", "dangerous-goods place"],
      "fuel-gas": ["燃气场所", "fuel-gas place"],
      electrical: ["配电、变电场所", "electrical room"],
      equipment: ["设施、设备", "installation"],
      other: ["场所", "place"]
    }),
    warningSign: bool("设置明显的安全警示标志", "conspicuous safety warning sign")
  })
})

/**
 * 第三十六条 — 安全设备 (`facts.safetyEquipment`).
 *
 * @since 0.2.0
 */
export const safetyEquipmentFacts: FactDeclarations = withSections({
  "facts.safetyEquipment": list("安全设备", "safety equipment", {
    id: text("编号", "id"),
    name: text("名称", "name"),
    kind: labelled("类别", "kind", {
      monitoring: ["监控设备", "monitoring equipment"],
      alarm: ["报警设备", "alarm"],
      protective: ["防护设备", "protective equipment"],
      "life-saving": ["救生设备", "life-saving equipment"],
      other: ["安全设备", "safety equipment"]
    }),
    place: text("所在场所、装置", "place"),
    meetsStandards: bool("符合国家标准或者行业标准", "meets the national or sector standards"),
    maintained: bool("经常性维护、保养", "regularly maintained"),
    tested: bool("定期检测", "periodically tested"),
    recordsKept: bool("维护、保养、检测作好记录并由有关人员签字", "maintenance and tests recorded and signed"),
    state: labelled("状态", "state", {
      "in-service": ["正常运行", "in service"],
      "switched-off": ["关闭、停用", "switched off"],
      removed: ["拆除", "removed"],
      damaged: ["破坏、损坏", "damaged"]
    }),
    placeInOperation: bool("所监护的场所、装置在生产运行", "the place it guards is operating"),
    dataTampered: bool("篡改、隐瞒、销毁其相关数据、信息", "its data tampered with, hidden or destroyed")
  })
})

/**
 * 第三十六条第三款 — 餐饮等行业使用燃气 (`facts.fuelGasUse`).
 *
 * @since 0.2.0
 */
export const fuelGasFacts: FactDeclarations = withSections({
  "facts.fuelGasUse.cateringOrSimilar": bool("餐饮等行业的生产经营单位", "catering or similar business"),
  "facts.fuelGasUse.usesFuelGas": bool("使用燃气", "uses fuel gas"),
  "facts.fuelGasUse.places": list("使用燃气的场所", "places using fuel gas", {
    id: text("编号", "id"),
    name: text("名称", "name"),
    combustibleGasAlarm: bool("安装可燃气体报警装置", "combustible gas alarm installed")
  })
})

/**
 * 第三十九条 — 危险物品 (`facts.dangerousGoods`).
 *
 * @since 0.2.0
 */
export const dangerousGoodsFacts: FactDeclarations = withSections({
  "facts.dangerousGoods.activitiesApproved": bool("危险物品活动经有关主管部门依法审批", "dangerous-goods activities approved by the authorities"),
  "facts.dangerousGoods.safetyManagementRules": bool("建立专门的危险物品安全管理制度", "dedicated dangerous-goods safety rules"),
  "facts.dangerousGoods.stores": list("危险物品储存场所", "dangerous-goods store", {
    id: text("编号", "id"),
    name: text("名称", "name"),
    approved: bool("储存经依法批准", "storage approved"),
    segregated: bool("按性质分类、分区、隔离储存", "stored segregated by kind"),
    withinApprovedQuantity: bool("储存量不超过核定储存量", "quantity within the approved amount"),
    gasAlarm: labelled("可燃、有毒气体检测报警装置", "flammable or toxic gas alarm", {
      working: ["正常", "working"],
      unpowered: ["未通电", "unpowered"],
      faulty: ["故障", "faulty"],
      absent: ["未设置", "absent"],
      "not-required": ["不需设置", "not required"]
    }),
    lighting: labelled("照明", "lighting", {
      "explosion-proof": ["防爆", "explosion-proof"],
      ordinary: ["非防爆", "not explosion-proof"],
      "not-required": ["不需防爆", "no explosion-proofing required"]
    })
  })
})

/**
 * 第四十八条 — 同一作业区域 (`facts.sharedWorkAreas`).
 *
 * @since 0.2.0
 */
export const sharedWorkAreaFacts: FactDeclarations = withSections({
  "facts.sharedWorkAreas": list("同一作业区域", "shared work area", {
    id: text("编号", "id"),
    name: text("名称", "name"),
    otherUnits: { type: "strings", label: { "zh-CN": "其他生产经营单位", en: "other units" } },
    safetyAgreement: bool("签订安全生产管理协议", "safety management agreement signed"),
    coordinatorDesignated: bool("指定专职安全生产管理人员进行安全检查与协调", "full-time safety officer designated to check and coordinate")
  })
})

/**
 * 第四十九条 — 发包、出租 (`facts.contractsAndLeases`).
 *
 * @since 0.2.0
 */
export const contractsAndLeasesFacts: FactDeclarations = withSections({
  "facts.contractsAndLeases": list("发包、出租", "contract or lease", {
    id: text("编号", "id"),
    subject: text("项目、场所、设备", "project, site or equipment"),
    kind: labelled("发包或者出租", "contract or lease", { contract: ["发包", "contracted out"], lease: ["出租", "leased out"] }),
    counterparty: text("承包单位、承租单位", "contractor or tenant"),
    counterpartyQualified: bool("承包方、承租方具备安全生产条件或者相应资质", "contractor or tenant has the safety conditions or qualification"),
    safetyAgreement: bool("签订专门的安全生产管理协议或者在合同中约定各自的安全生产管理职责", "safety management agreement, or duties set in the contract"),
    unifiedCoordination: bool("对承包单位、承租单位的安全生产工作统一协调、管理", "contractor's or tenant's safety work coordinated and managed"),
    periodicChecks: bool("定期进行安全检查并督促整改", "periodic safety checks with follow-up")
  })
})

/**
 * 第三十七条 — 特种设备 (`facts.specialEquipment`).
 *
 * @since 0.2.0
 */
export const specialEquipmentFacts: FactDeclarations = withSections({
  "facts.specialEquipment": list("危险物品的容器、运输工具和海洋石油开采、矿山井下特种设备", "dangerous-goods containers and vehicles, offshore-oil and underground-mine special equipment", {
    id: text("编号", "id"),
    name: text("名称", "name"),
    kind: labelled("类别", "kind", {
      "dangerous-goods-container": ["危险物品的容器", "dangerous-goods container"],
      "dangerous-goods-vehicle": ["危险物品的运输工具", "dangerous-goods vehicle"],
      "offshore-oil": ["海洋石油开采特种设备", "offshore-oil special equipment"],
      "underground-mine": ["矿山井下特种设备", "underground-mine special equipment"]
    }),
    inspectedByQualifiedBody: bool("经具有专业资质的检测、检验机构检测、检验合格", "passed the tests of a qualified body"),
    certified: bool("取得安全使用证或者安全标志", "has a safety-use certificate or safety mark")
  })
})

/**
 * 第三十八条 — 应当淘汰的工艺、设备 (`facts.eliminatedItemsInUse`).
 *
 * @since 0.2.0
 */
export const eliminatedItemsFacts: FactDeclarations = withSections({
  "facts.eliminatedItemsInUse": list("仍在使用的应当淘汰的危及生产安全的工艺、设备", "processes and equipment in use that should be eliminated", {
    name: text("名称", "name"),
    kind: labelled("工艺或者设备", "process or equipment", { process: ["工艺", "process"], equipment: ["设备", "equipment"] })
  })
})

/**
 * 第四十四条 — 如实告知 (`facts.hazardsDisclosedToWorkers`).
 *
 * @since 0.2.0
 */
export const disclosureFacts: FactDeclarations = withSections({
  "facts.hazardsDisclosedToWorkers": bool("如实告知从业人员危险因素、防范措施以及事故应急措施", "workers told the hazards, the precautions and the emergency measures")
})

/**
 * 第四十五条 — 劳动防护用品 (`facts.protectiveEquipment`).
 *
 * @since 0.2.0
 */
export const protectiveEquipmentFacts: FactDeclarations = withSections({
  "facts.protectiveEquipment.provided": bool("为从业人员提供劳动防护用品", "protective equipment provided to workers"),
  "facts.protectiveEquipment.meetsStandards": bool("劳动防护用品符合国家标准或者行业标准", "protective equipment meets the standards")
})

/**
 * 第四条、第二十二条 — 全员安全生产责任制和规章制度 (`facts.responsibilitySystem`).
 *
 * @since 0.2.0
 */
export const responsibilitySystemFacts: FactDeclarations = withSections({
  "facts.responsibilitySystem.established": bool("建立健全全员安全生产责任制", "all-staff safety responsibility system set up"),
  "facts.responsibilitySystem.safetyRulesEstablished": bool("建立健全安全生产规章制度", "safety rules set up"),
  "facts.responsibilitySystem.coversEveryPost": bool("责任制明确各岗位的责任人员、责任范围和考核标准", "every post's responsible person, scope and assessment standard set"),
  "facts.responsibilitySystem.implementationAssessed": bool("对责任制落实情况进行监督考核", "implementation supervised and assessed")
})

/**
 * 第二十一条 — 主要负责人的职责 (`facts.principalDuties`).
 *
 * @since 0.2.0
 */
export const principalDutyFacts: FactDeclarations = withSections({
  "facts.principalDuties.responsibilitySystem": bool("主要负责人建立健全并落实全员安全生产责任制，加强安全生产标准化建设", "principal set up and applied the responsibility system"),
  "facts.principalDuties.rulesAndProcedures": bool("主要负责人组织制定并实施安全生产规章制度和操作规程", "principal drew up and applied the rules and procedures"),
  "facts.principalDuties.trainingPlan": bool("主要负责人组织制定并实施安全生产教育和培训计划", "principal drew up and carried out the training plan"),
  "facts.principalDuties.investment": bool("主要负责人保证安全生产投入的有效实施", "principal ensured the safety budget was spent"),
  "facts.principalDuties.dualPrevention": bool("主要负责人组织建立并落实双重预防工作机制，及时消除事故隐患", "principal set up and ran dual prevention, removing hazards promptly"),
  "facts.principalDuties.emergencyPlan": bool("主要负责人组织制定并实施应急救援预案", "principal drew up and applied the emergency plan"),
  "facts.principalDuties.accidentReporting": bool("主要负责人及时、如实报告生产安全事故", "principal reported accidents promptly and truthfully")
})

/**
 * 第二十三条、第四十七条 — 安全生产投入 (`facts.safetyInvestment`).
 *
 * @since 0.2.0
 */
export const safetyInvestmentFacts: FactDeclarations = withSections({
  "facts.safetyInvestment.ensured": bool("具备安全生产条件所必需的资金投入得到保证", "the funding safe production needs is ensured"),
  "facts.safetyInvestment.costsDrawnAndUsed": bool("按照规定提取和使用安全生产费用", "safety costs drawn and used as required"),
  "facts.safetyInvestment.ppeAndTrainingFunded": bool("安排用于配备劳动防护用品、进行安全生产培训的经费", "funds set aside for protective equipment and training")
})

/**
 * 第二十六条 — 安全生产管理人员的任免 (`facts.safetyStaffChanges`).
 *
 * @since 0.2.0
 */
export const safetyStaffChangeFacts: FactDeclarations = withSections({
  "facts.safetyStaffChanges": list("安全生产管理人员的任免", "appointments and removals of safety staff", {
    name: text("姓名", "name"),
    kind: labelled("任免", "appointment or removal", { appointed: ["任命", "appointment"], removed: ["免职", "removal"] }),
    date: date("任免日期", "date"),
    notified: bool("告知主管的负有安全生产监督管理职责的部门", "notified to the supervising department")
  })
})

/**
 * 第二十九条 — 新工艺、新技术、新材料、新设备 (`facts.newTechnologies`).
 *
 * @since 0.2.0
 */
export const newTechnologyFacts: FactDeclarations = withSections({
  "facts.newTechnologies": list("采用的新工艺、新技术、新材料、新设备", "new processes, techniques, materials and equipment adopted", {
    name: text("名称", "name"),
    kind: labelled("类别", "kind", { process: ["新工艺", "new process"], technology: ["新技术", "new technique"], material: ["新材料", "new material"], equipment: ["新设备", "new equipment"] }),
    date: date("采用日期", "adopted on"),
    staffTrained: bool("对从业人员进行专门的安全生产教育和培训", "staff given dedicated safety training")
  })
})

/**
 * 第四十六条 — 安全生产检查 (`facts.safetyInspections`).
 *
 * @since 0.2.0
 */
export const safetyInspectionFacts: FactDeclarations = withSections({
  "facts.safetyInspections.regular": bool("经常性检查安全生产状况", "safety checked regularly"),
  "facts.safetyInspections.recorded": bool("检查及处理情况如实记录在案", "checks and their handling recorded")
})

/**
 * 第五十一条 — 工伤保险 (`facts.workInjuryInsurance`).
 *
 * @since 0.2.0
 */
export const workInjuryInsuranceFacts: FactDeclarations = withSections({
  "facts.workInjuryInsurance": bool("依法参加工伤保险，为从业人员缴纳保险费", "work-injury insurance taken out and paid for the staff")
})

/**
 * 第八十二条 — 应急救援组织 (`facts.rescueOrganisation`).
 *
 * @since 0.2.0
 */
export const rescueOrganisationFacts: FactDeclarations = withSections({
  "facts.rescueOrganisation.established": bool("建立应急救援组织", "rescue organisation set up"),
  "facts.rescueOrganisation.smallScale": bool("生产经营规模较小", "small-scale unit"),
  "facts.rescueOrganisation.partTimeRescuers": bool("指定兼职的应急救援人员", "part-time rescuers designated"),
  "facts.rescueOrganisation.equipmentKept": bool("配备必要的应急救援器材、设备和物资并经常性维护、保养", "rescue equipment and supplies kept and maintained")
})

/**
 * 第八十三条 — 生产安全事故 (`facts.accidents`).
 *
 * @since 0.2.0
 */
export const accidentFacts: FactDeclarations = withSections({
  "facts.accidents": list("生产安全事故", "accidents", {
    id: text("事故编号", "accident id"),
    description: text("事故概况", "description"),
    date: date("事故发生日期", "date"),
    reportedPromptlyAndTruthfully: bool("立即如实报告负有安全生产监督管理职责的部门", "reported at once and truthfully to the supervising department"),
    concealedOrLate: bool("隐瞒不报、谎报或者迟报", "concealed, misreported or reported late"),
    sceneOrEvidenceDestroyed: bool("故意破坏事故现场、毁灭有关证据", "scene or evidence destroyed")
  })
})
