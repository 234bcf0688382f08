/**
 * 事实标签 — every fact the pack's rules read, declared once with its zh-CN and English label, its
 * unit and its allowed values (the rule language's `facts:`). Reports name facts by these words
 * instead of paths (`从业人员数`, not `enterprise.employees`); each rule picks the groups it reads.
 *
 * Paths are relative to the rule subject: `facts.…` is the pack's fact section
 * (`enterprise.facts.workSafety`), `enterprise.…` the core profile. Inside a list, the fields of an
 * entry are declared under the list's `items`.
 *
 * @since 0.2.0
 */
import { Sectors } from "@anquan/core"
import type { FactDeclaration as Declarations, FactDeclarations } from "@anquan/core"

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
export const scopeFacts: FactDeclarations = {
  "enterprise.sectors": { type: "strings", label: { "zh-CN": "行业领域", en: "sectors" }, values: Sectors },
  "enterprise.dangerousGoodsActivities": {
    type: "strings",
    label: { "zh-CN": "危险物品的生产、经营、储存、装卸、使用、运输活动", en: "dangerous-goods activities" },
    values: ["production", "trading", "storage", "loading", "use", "transport"]
  }
}

/**
 * 从业人员、安全生产管理机构和人员 (第二十四条).
 *
 * @since 0.2.0
 */
export const staffingFacts: FactDeclarations = {
  ...scopeFacts,
  "enterprise.employees": people("从业人员数", "staff"),
  "enterprise.transportModes": {
    type: "strings",
    label: { "zh-CN": "运输方式", en: "transport modes" },
    values: ["road", "waterway", "railway", "aviation", "urban-rail", "pipeline"]
  },
  "enterprise.safetyDepartment": bool("设置安全生产管理机构", "safety management body set up"),
  "enterprise.contractedSafetyEngineer": bool("委托工程技术人员提供安全生产管理服务", "qualified engineer contracted for safety management")
}

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
export const keyPeopleFacts: FactDeclarations = {
  "enterprise.keyPeople": list("关键人员", "key people", keyPersonItems)
}

// ---------------------------------------------------------------------------------------------
// The pack's fact section
// ---------------------------------------------------------------------------------------------

/**
 * 第二十八条 — 培训对象 (`facts.training.{staff,dispatchedWorkers,interns}`).
 *
 * @since 0.2.0
 */
export const trainingGroupFacts: FactDeclarations = {
  "facts.training.staff.count": people("从业人员人数", "staff"),
  "facts.training.staff.untrainedAtWork": people("未经安全生产教育和培训合格即上岗作业的从业人员", "staff at work untrained"),
  "facts.training.dispatchedWorkers.count": people("被派遣劳动者人数", "dispatched workers"),
  "facts.training.dispatchedWorkers.untrainedAtWork": people("未经安全生产教育和培训合格即上岗作业的被派遣劳动者", "dispatched workers at work untrained"),
  "facts.training.interns.count": people("实习学生人数", "interns"),
  "facts.training.interns.untrainedAtWork": people("未经安全生产教育和培训合格即上岗作业的实习学生", "interns at work untrained")
}

/**
 * 第二十八条 — 安全生产教育和培训档案 (`facts.training.file`).
 *
 * @since 0.2.0
 */
export const trainingFileFacts: FactDeclarations = {
  "facts.training.file.kept": bool("建立安全生产教育和培训档案", "safety training file kept"),
  "facts.training.file.recordedItems": {
    type: "strings",
    label: { "zh-CN": "培训档案记录的事项（时间、内容、参加人员、考核结果）", en: "what the training records state (time, content, attendees, results)" },
    values: ["time", "content", "attendees", "results"]
  },
  "facts.training.file.truthful": bool("培训档案如实记录", "training records truthful")
}

/**
 * 第三十条 — 特种作业人员名单完整 (`facts.specialOperatorsListed`).
 *
 * @since 0.2.0
 */
export const specialOperatorsListedFacts: FactDeclarations = {
  "facts.specialOperatorsListed": bool("特种作业人员已全部列入关键人员", "every special operator listed among the key people")
}

/**
 * 第三十一条、第三十二条 — 建设项目 (`facts.constructionProjects`).
 *
 * @since 0.2.0
 */
export const constructionProjectFacts: FactDeclarations = {
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
    stage: oneOf("项目阶段", "project stage", ["design", "construction", "in-use"]),
    safetyFacilitiesDesignedConcurrently: bool("安全设施与主体工程同时设计", "safety facilities designed together with the main works"),
    safetyFacilitiesBuiltConcurrently: bool("安全设施与主体工程同时施工", "safety facilities built together with the main works"),
    safetyFacilitiesInUseConcurrently: bool("安全设施与主体工程同时投入生产和使用", "safety facilities put into use together with the main works"),
    safetyInvestmentInBudget: bool("安全设施投资纳入建设项目概算", "safety investment in the project budget"),
    safetyEvaluation: bool("按照国家有关规定进行安全评价", "safety evaluation carried out")
  })
}

/**
 * 第四十一条 — 双重预防机制 (`facts.dualPrevention`).
 *
 * @since 0.2.0
 */
export const dualPreventionFacts: FactDeclarations = {
  "facts.dualPrevention.riskControlSystem": bool("建立安全风险分级管控制度", "risk classification and control system set up"),
  "facts.dualPrevention.controlsByRiskLevel": bool("按照安全风险分级采取相应的管控措施", "controls applied by risk level"),
  "facts.dualPrevention.hazardInvestigationSystem": bool("建立健全并落实事故隐患排查治理制度", "hazard investigation and remediation system in place"),
  "facts.dualPrevention.hazardRecordsTruthful": bool("事故隐患排查治理情况如实记录", "hazard investigation and remediation truthfully recorded"),
  "facts.dualPrevention.hazardRecordsNotified": bool("事故隐患排查治理情况向从业人员通报", "hazard investigation and remediation made known to staff")
}

/**
 * 第四十一条 — 重大事故隐患 (`facts.dualPrevention.majorAccidentHazards`).
 *
 * @since 0.2.0
 */
export const majorAccidentHazardFacts: FactDeclarations = {
  "facts.dualPrevention.majorAccidentHazards": list("重大事故隐患", "major accident hazards", {
    id: text("隐患编号", "hazard id"),
    description: text("隐患描述", "description"),
    identifiedOn: date("发现日期", "date found"),
    reportedToDepartment: bool("排查治理情况已向负有安全生产监督管理职责的部门报告", "reported to the supervising department"),
    reportedToWorkersCongress: bool("排查治理情况已向职工大会或者职工代表大会报告", "reported to the workers' congress")
  })
}

/**
 * 第四十二条 — 危险物品场所与员工宿舍 (`facts.staffDormitory`, `facts.dangerousGoodsPremises`).
 *
 * @since 0.2.0
 */
export const dormitoryFacts: FactDeclarations = {
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
}

/**
 * 第四十二条 — 出口、疏散通道 (`facts.evacuation`).
 *
 * @since 0.2.0
 */
export const evacuationFacts: FactDeclarations = {
  "facts.evacuation.exitsCompliant": bool("出口、疏散通道符合紧急疏散要求、标志明显、保持畅通", "exits and escape routes meet evacuation needs, clearly marked and clear"),
  "facts.evacuation.exitsObstructed": bool("出口、疏散通道被占用、锁闭、封堵", "exits or escape routes occupied, locked or blocked")
}

/**
 * 第四十三条 — 危险作业 (`facts.dangerousOperations`).
 *
 * @since 0.2.0
 */
export const dangerousOperationFacts: FactDeclarations = {
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
}

/**
 * 第五十一条 — 安全生产责任保险 (`facts.liabilityInsurancePolicies`).
 *
 * @since 0.2.0
 */
export const liabilityInsuranceFacts: FactDeclarations = {
  "facts.liabilityInsurancePolicies": list("安全生产责任保险保单", "liability insurance policies", {
    insurer: text("保险人", "insurer"),
    policyNumber: text("保单号", "policy number"),
    from: date("保险期间起", "cover from"),
    to: date("保险期间止", "cover to")
  })
}

/**
 * 第八十一条 — 应急救援预案和演练 (`facts.emergencyPlan`).
 *
 * @since 0.2.0
 */
export const emergencyPlanFacts: FactDeclarations = {
  "facts.emergencyPlan.established": bool("制定生产安全事故应急救援预案", "emergency rescue plan drawn up"),
  "facts.emergencyPlan.adoptedOn": date("应急预案公布施行日期", "plan adopted on"),
  "facts.emergencyPlan.linkedWithLocalGovernmentPlan": bool("应急预案与地方人民政府预案相衔接", "plan linked with the local government's plan"),
  "facts.emergencyPlan.onSitePlans": { type: "integer", label: { "zh-CN": "现场处置方案数量", en: "on-site disposal plans" }, unit: { "zh-CN": "个", en: "plans" } },
  "facts.emergencyPlan.drills": list("应急预案演练", "emergency drills", {
    plan: oneOf("演练的预案（综合、专项、现场处置方案）", "plan drilled (comprehensive, special, on-site)", ["comprehensive", "special", "on-site"]),
    date: date("演练日期", "drill date"),
    name: text("演练名称", "drill name")
  })
}

/**
 * 第四十条 — 重大危险源 (`enterprise.installations`, `facts.majorHazardInstallations`).
 *
 * @since 0.2.0
 */
export const majorHazardInstallationFacts: FactDeclarations = {
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
}
