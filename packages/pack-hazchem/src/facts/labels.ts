/**
 * 事实标签 — the hazchem facts the rules read, declared once for the rule language: type, zh-CN and
 * English label (in the words of the 判定标准 and an inspector), unit and allowed values. Rules
 * written with `Rule.fromCondition` take the declarations of the facts they read from here, so a
 * fact read by several items (e.g. `facts.chemicalUnits`, items 10 and 14) has one label.
 *
 * Paths are those of the rule subject (`facts.` is the hazchem section, `enterprise.` the core
 * profile); a list's entries are declared by their fields under `items`.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as FD, FactDeclarations } from "@anquan/core"
import { keyHazardousProcesses } from "./keyHazardousProcesses.ts"
import { heightHazardFactorIds } from "./specialOperations.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const bool = (zh: string, en: string): FD.FactDeclaration => ({ type: "boolean", label: text(zh, en) })
const str = (zh: string, en: string): FD.FactDeclaration => ({ type: "string", label: text(zh, en) })
/** A string fact with its allowed values and the words for each. */
const choice = (zh: string, en: string, valueLabels: Readonly<Record<string, readonly [string, string]>>): FD.FactDeclaration => ({
  type: "string",
  label: text(zh, en),
  values: Object.keys(valueLabels),
  valueLabels: Object.fromEntries(Object.entries(valueLabels).map(([v, [z, e]]) => [v, text(z, e)]))
})
const list = (zh: string, en: string, items: Readonly<Record<string, FD.FactDeclaration>>): FD.FactDeclaration => ({ type: "list", label: text(zh, en), items })
const metres = (zh: string, en: string): FD.FactDeclaration => ({ type: "number", label: text(zh, en), unit: text("米", "m") })

/** 系统状态 (item 4), in the words of the details. */
const systemStatus = { "absent": ["未实现", "absent"], "installed-not-in-use": ["已装备但未投入使用", "installed-not-in-use"], "in-use": ["已投用", "in-use"] } as const

/** 第2项 特种作业人员. @since 0.2.0 */
export const specialOperatorsFact: FactDeclarations = {
  "facts.specialOperators": list("特种作业人员", "special operators", {
    name: str("姓名", "name"),
    operationType: str("作业类别", "operation type"),
    holdsCertificate: bool("持有特种作业操作证", "holds a special-operation certificate"),
    certificateValidUntil: { type: "date", label: text("特种作业操作证有效期至", "certificate valid until") }
  })
}

/** 第3项 外部安全防护距离. @since 0.2.0 */
export const externalSafetyDistancesFact: FactDeclarations = {
  "facts.externalSafetyDistances": list("涉及“两重点一重大”的生产装置、储存设施", "units and stores involving the two keys and one major", {
    unitId: str("装置编号", "unit id"),
    unitName: str("装置名称", "unit name"),
    involvesKeyProcess: bool("涉及重点监管危险化工工艺", "involves a key-supervision hazardous process"),
    involvesKeySupervisedChemical: bool("涉及重点监管危险化学品", "involves a key-supervision hazardous chemical"),
    involvesMajorHazard: bool("构成重大危险源", "is a major hazard installation"),
    requiredMetres: metres("国家标准要求的外部安全防护距离", "external safety distance the national standard requires"),
    actualMetres: metres("实际外部安全防护距离", "actual external safety distance"),
    meetsStandard: bool("外部安全防护距离符合国家标准", "external safety distance meets the national standard")
  })
}

/** 重大危险源 (items 3 and 5). @since 0.2.0 */
export const majorHazardInstallationsFact: FactDeclarations = {
  "facts.majorHazardInstallations": list("重大危险源", "major hazard installations", {
    id: str("重大危险源编号", "installation id"),
    name: str("重大危险源名称", "installation name"),
    unitKind: choice("单元类型", "kind of unit", { production: ["生产单元", "production unit"], storage: ["储存单元", "storage unit"] }),
    substances: list("危险化学品及其最大实际存在量", "hazardous chemicals and their largest quantities present", {}),
    exposedPeople: { type: "integer", label: text("厂区边界外500米范围内暴露人员数", "people exposed within 500 m of the site boundary"), unit: text("人", "people") },
    recordedGrade: { type: "integer", label: text("备案的重大危险源级别", "recorded major-hazard grade") },
    isTankFarm: bool("为危险化学品罐区", "is a tank farm"),
    "tankFarm.hasEmergencyShutOff": bool("罐区实现紧急切断功能", "tank farm has emergency shut-off"),
    "tankFarm.hasIndependentSis": bool("罐区配备独立的安全仪表系统", "tank farm has an independent safety instrumented system"),
    "tankFarm.media": {
      type: "strings",
      label: text("罐区涉及的介质", "media the tank farm holds"),
      values: ["toxic-gas", "liquefied-gas", "highly-toxic-liquid"],
      valueLabels: { "toxic-gas": text("毒性气体", "toxic gas"), "liquefied-gas": text("液化气体", "liquefied gas"), "highly-toxic-liquid": text("剧毒液体", "highly toxic liquid") }
    }
  })
}

/** 第4项 重点监管危险化工工艺装置. @since 0.2.0 */
export const keyProcessesFact: FactDeclarations = {
  "facts.keyProcesses": list("涉及重点监管危险化工工艺的装置", "units using key-supervision hazardous processes", {
    process: choice("重点监管危险化工工艺", "key-supervision hazardous process", Object.fromEntries(keyHazardousProcesses.map((p) => [p.id, [p.zh, p.en] as const]))),
    unitId: str("装置编号", "unit id"),
    automation: choice("自动化控制系统", "automated control", systemStatus),
    emergencyShutdown: choice("紧急停车系统", "emergency shutdown", systemStatus)
  })
}

/** 第6项 全压力式液化烃储罐. @since 0.2.0 */
export const pressurisedTanksFact: FactDeclarations = {
  "facts.pressurisedLiquefiedHydrocarbonTanks": list("全压力式液化烃储罐", "fully pressurised liquefied-hydrocarbon tanks", {
    id: str("储罐编号", "tank id"),
    hasWaterInjection: bool("按国家标准设置注水措施", "water injection per the national standard")
  })
}

/** 第7项 液化气体充装. @since 0.2.0 */
export const liquefiedGasLoadingFact: FactDeclarations = {
  "facts.liquefiedGasLoading": list("液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装点", "loading points of liquefied flammable or toxic gases", {
    id: str("充装点编号", "loading point id"),
    medium: choice("充装介质", "medium", {
      "liquefied-hydrocarbon": ["液化烃", "liquefied-hydrocarbon"],
      "liquid-ammonia": ["液氨", "liquid-ammonia"],
      "liquid-chlorine": ["液氯", "liquid-chlorine"],
      "other-flammable-or-toxic-liquefied-gas": ["易燃易爆、有毒有害液化气体", "other-flammable-or-toxic-liquefied-gas"]
    }),
    method: choice("充装方式", "loading method", { "universal-loading-arm": ["万向管道充装系统", "universal loading arm"], "other": ["其他方式", "other"] })
  })
}

/** 第8项 剧毒气体、硫化氢管道. @since 0.2.0 */
export const toxicGasPipelinesFact: FactDeclarations = {
  "facts.toxicGasPipelines": list("光气、氯气等剧毒气体及硫化氢气体管道", "pipelines of phosgene, chlorine and other highly toxic gases or hydrogen sulfide", {
    id: str("管道编号", "pipeline id"),
    medium: choice("输送介质", "medium", {
      "phosgene": ["光气", "phosgene"],
      "chlorine": ["氯气", "chlorine"],
      "other-highly-toxic-gas": ["剧毒气体", "other-highly-toxic-gas"],
      "hydrogen-sulfide": ["硫化氢", "hydrogen-sulfide"]
    }),
    areasCrossedOutsidePlant: {
      type: "strings",
      label: text("管道在厂区外穿越的区域", "areas crossed outside the plant"),
      values: ["chemical-park", "industrial-park", "public-area"]
    }
  })
}

/** 第9项 区域架空电力线路. @since 0.2.0 */
export const overheadPowerLinesFact: FactDeclarations = {
  "facts.overheadPowerLines": list("区域架空电力线路", "regional overhead power lines", {
    id: str("线路编号", "line id"),
    crossesProductionArea: bool("穿越生产区", "crosses the production area"),
    compliesWithStandard: bool("符合国家标准要求", "complies with the national standard")
  })
}

/** 第10项、第14项 化工生产装置. @since 0.2.0 */
export const chemicalUnitsFact: FactDeclarations = {
  "facts.chemicalUnits": list("化工生产装置", "chemical production units", {
    id: str("装置编号", "unit id"),
    name: str("装置名称", "unit name"),
    inService: bool("在役", "in service"),
    formallyDesigned: bool("经正规设计", "formally designed"),
    safetyDesignDiagnosisDone: bool("已进行安全设计诊断", "safety design diagnosis done"),
    dualPowerSupply: bool("双重电源供电", "dual power supply"),
    automationUps: bool("自动化控制系统设置不间断电源", "UPS for the automation system")
  })
}

/** 第11项 淘汰落后安全技术工艺、设备. @since 0.2.0 */
export const obsoleteTechnologyFact: FactDeclarations = {
  "facts.obsoleteTechnologyInUse": list("使用中的淘汰落后安全技术工艺、设备", "listed obsolete processes and equipment in use", {
    kind: choice("类别（工艺或设备）", "kind (process or equipment)", { "process": ["工艺", "process"], "equipment": ["设备", "equipment"] }),
    name: str("名称", "name"),
    catalogueEntry: str("淘汰落后目录条目", "catalogue entry")
  })
}

/** 第12项 可燃和有毒气体泄漏场所、爆炸危险场所. @since 0.2.0 */
export const gasAndExplosionFacts: FactDeclarations = {
  "facts.gasLeakLocations": list("涉及可燃和有毒有害气体泄漏的场所", "locations where flammable or toxic gas may leak", {
    id: str("场所编号", "location id"),
    gas: choice("气体性质", "gas", { "flammable": ["可燃", "flammable"], "toxic": ["有毒", "toxic"], "flammable-and-toxic": ["可燃有毒", "flammable and toxic"] }),
    hasDetectionAlarm: bool("设置检测报警装置", "gas detection alarm installed")
  }),
  "facts.explosionHazardAreas": list("爆炸危险场所", "explosion-hazard areas", {
    id: str("场所编号", "area id"),
    explosionProofEquipmentCompliant: bool("按国家标准安装使用防爆电气设备", "explosion-proof electrical equipment per the national standard")
  })
}

/** 第13项 控制室、机柜间. @since 0.2.0 */
export const controlRoomsFact: FactDeclarations = {
  "facts.controlRooms": list("控制室、机柜间", "control rooms and cabinet rooms", {
    kind: choice("类别（控制室或机柜间）", "kind (control room or cabinet room)", { "control-room": ["控制室", "control room"], "cabinet-room": ["机柜间", "cabinet room"] }),
    id: str("编号", "id"),
    facesFireExplosionHazardUnit: bool("面向具有火灾、爆炸危险性装置一侧", "faces a unit with fire or explosion hazard"),
    fireAndBlastProtectionCompliant: bool("满足防火防爆要求", "meets the fire and blast protection requirements")
  })
}

/** 第15项 安全附件. @since 0.2.0 */
export const safetyAccessoriesFact: FactDeclarations = {
  "facts.safetyAccessories": list("安全阀、爆破片等安全附件", "safety valves, rupture discs and other safety accessories", {
    kind: choice("类别", "kind", { "safety-valve": ["安全阀", "safety-valve"], "rupture-disc": ["爆破片", "rupture-disc"], "other": ["安全附件", "other"] }),
    id: str("编号", "id"),
    inNormalService: bool("正常投用", "in normal service")
  })
}

/** 第16项 全员安全生产责任制、事故隐患排查治理制度. @since 0.2.0 */
export const responsibilityFacts: FactDeclarations = {
  "facts.responsibilitySystem.established": bool("建立全员安全生产责任制", "all-staff safety responsibility system established"),
  "facts.responsibilitySystem.matchedToPosts": bool("全员安全生产责任制与岗位相匹配", "responsibility system matched to the posts"),
  "facts.hazardInvestigationSystem.established": bool("制定事故隐患排查治理制度", "hazard investigation system drawn up"),
  "facts.hazardInvestigationSystem.implemented": bool("实施事故隐患排查治理制度", "hazard investigation system applied")
}

/** 第17项 操作规程和工艺控制指标. @since 0.2.0 */
export const operatingProceduresFacts: FactDeclarations = {
  "facts.operatingProceduresEstablished": bool("制定操作规程", "operating procedures drawn up"),
  "facts.processControlLimitsEstablished": bool("制定工艺控制指标", "process control limits drawn up")
}

/** 第18项 特殊作业管理制度. @since 0.2.0 */
export const specialOperationManagementFacts: FactDeclarations = {
  "facts.specialOperationManagement.systemEstablished": bool("制定特殊作业管理制度", "special-operations management system drawn up"),
  "facts.specialOperationManagement.systemEnforced": bool("有效执行特殊作业管理制度", "special-operations management system effectively enforced")
}

/** 第20项 危险化学品储存场所. @since 0.2.0 */
export const storageAreasFact: FactDeclarations = {
  "facts.storageAreas": list("危险化学品储存场所", "hazardous-chemicals storage areas", {
    id: str("编号", "id"),
    name: str("名称", "name"),
    zonedAndClassified: bool("按国家标准分区分类储存", "stored by zone and class per the national standard"),
    overQuantity: bool("超量储存", "stored over quantity"),
    overVariety: bool("超品种储存", "stored over variety"),
    incompatibleMixedStorage: bool("相互禁配物质混放混存", "incompatible substances stored together")
  })
}

/** 第19项 工艺开发与试生产. @since 0.2.0 */
export const processDevelopmentFacts: FactDeclarations = {
  "facts.processDevelopment.newProcesses": list("新开发或首次使用的化工工艺", "new or first-used chemical processes", {
    name: str("工艺名称", "process name"),
    newlyDeveloped: bool("新开发的危险化学品生产工艺", "newly developed hazardous-chemicals process"),
    inIndustrialProduction: bool("已投入工业化生产", "in industrial production"),
    labScaleTest: bool("经小试", "lab-scale test done"),
    pilotScaleTest: bool("经中试", "pilot-scale test done"),
    industrialTrial: bool("经工业化试验", "industrial trial done"),
    firstUseInChina: bool("国内首次使用", "first use in China"),
    provincialSafetyReliabilityDemonstration: bool("经省级人民政府有关部门组织的安全可靠性论证", "provincially organised safety reliability assessment done")
  }),
  "facts.processDevelopment.newUnits": list("新建装置", "new units", {
    id: str("装置编号", "unit id"),
    chargedAndStarted: bool("已投料开车", "charged and started"),
    trialRunPlan: bool("制定了试生产方案", "trial-run plan drawn up")
  }),
  "facts.processDevelopment.isFineChemicalEnterprise": bool("精细化工企业", "fine-chemicals enterprise"),
  "facts.processDevelopment.reactionSafetyRiskAssessmentDone": bool("按规范性文件要求开展反应安全风险评估", "reaction safety risk assessment done as required")
}

/** 第1项 主要负责人和安全生产管理人员 (the core profile's key people). @since 0.2.0 */
export const keyPeopleFact: FactDeclarations = {
  "enterprise.keyPeople": list("主要负责人和安全管理人员", "key people", {
    roles: {
      type: "strings",
      label: text("职务", "roles"),
      values: ["principal", "charge-leader", "safety-officer", "special-operator", "registered-safety-engineer"]
    },
    "assessment.passed": bool("安全生产知识和管理能力考核合格", "passed the safety knowledge and management ability assessment"),
    "assessment.date": { type: "date", label: text("考核合格日期", "assessment passed on") }
  })
}

/**
 * GB 30871-2022 特殊作业安全作业票 (the fields the permit rules written in the rule language read).
 *
 * @since 0.2.0
 */
export const specialOperationPermitsFact: FactDeclarations = {
  "facts.specialOperationPermits": list("特殊作业安全作业票", "special-operation permits", {
    kind: choice("作业类别", "kind of work", {
      "hot-work": ["动火作业", "hot work"],
      "confined-space": ["受限空间作业", "confined space"],
      "blinding": ["盲板抽堵作业", "blinding"],
      "work-at-height": ["高处作业", "work at height"],
      "lifting": ["吊装作业", "lifting"],
      "temporary-power": ["临时用电作业", "temporary power"],
      "excavation": ["动土作业", "excavation"],
      "road-breaking": ["断路作业", "road breaking"]
    }),
    id: str("作业票编号", "permit number"),
    validFrom: { type: "instant", label: text("作业票有效期起", "valid from") },
    workStartedAt: { type: "instant", label: text("作业开始时间", "work started at") },
    validTo: { type: "instant", label: text("作业票有效期止", "valid to") },
    workEndedAt: { type: "instant", label: text("作业结束时间", "work ended at") },
    grade: choice("作业级别", "grade", {
      "special": ["特级", "special"],
      "level-1": ["一级", "level-1"],
      "level-2": ["二级", "level-2"],
      "level-3": ["三级", "level-3"],
      "I": ["Ⅰ级", "I"],
      "II": ["Ⅱ级", "II"],
      "III": ["Ⅲ级", "III"],
      "IV": ["Ⅳ级", "IV"]
    }),
    "location.inFireExplosionHazardPlace": bool("在火灾爆炸危险场所内", "in a fire/explosion-hazard place"),
    "location.onOperatingEquipment": bool("在运行状态的设备、管道、储罐、容器上", "on operating equipment, pipelines, tanks or vessels"),
    "location.pressurisedWithoutPurging": bool("带压不置换动火", "pressurised, without purging"),
    "location.insideMajorHazardTankFarmDike": bool("在存有易燃易爆介质的重大危险源罐区防火堤内", "inside the dike of a major-hazard tank farm with flammable media"),
    "location.onPipeRack": bool("在管廊上", "on a pipe rack"),
    "shutdownDowngrade.fullShutdown": bool("装置全部停车", "full shutdown"),
    "shutdownDowngrade.cleaned": bool("已清洗", "cleaned"),
    "shutdownDowngrade.purged": bool("已置换", "purged"),
    "shutdownDowngrade.analysed": bool("已分析合格", "analysed"),
    "shutdownDowngrade.isolated": bool("已采取可靠隔离措施", "isolated"),
    "shutdownDowngrade.approvedBy": choice("降级管理审批人", "downgrade approved by", {
      "production-head": ["生产负责人", "production head"],
      "safety-head": ["安全管理负责人", "safety head"]
    }),
    servesPermitId: str("所服务作业的作业票编号", "number of the permit it serves"),
    continuousDetection: bool("作业中连续检测", "detected continuously during the work"),
    pauses: list("作业中断", "breaks in the work", {
      from: { type: "instant", label: text("中断开始", "break from") },
      to: { type: "instant", label: text("中断结束", "break to") }
    }),
    gasDetections: list("气体检测记录", "gas detection records", {
      at: { type: "instant", label: text("检测时间", "detected at") }
    }),
    gasAnalyses: list("动火分析记录", "hot-work gas analyses", {
      at: { type: "instant", label: text("取样时间", "sampled at") },
      flammableGasPercent: { type: "number", label: text("可燃气体浓度", "flammable gas"), unit: text("%", "%") },
      lowerExplosiveLimitPercent: { type: "number", label: text("可燃气体爆炸下限", "lower explosive limit"), unit: text("%", "%") }
    }),
    continuousMonitoring: bool("特级动火连续监测", "monitored continuously"),
    heightMetres: { type: "number", label: text("作业高度", "working height"), unit: text("m", "m") },
    hazardFactors: {
      type: "strings",
      label: text("客观危险因素", "objective hazard factors"),
      values: [...heightHazardFactorIds],
      valueLabels: {
        "gusts-force-5-or-more": text("阵风风力五级以上", "gusts of force 5 or more"),
        "mean-temperature-5c-or-below": text("平均气温等于或低于5℃", "mean temperature 5 ℃ or below"),
        "cold-water-12c-or-below": text("接触冷水温度等于或低于12℃", "contact with water of 12 ℃ or below"),
        "slippery-footing": text("作业面有冰、雪、霜、油、水等易滑物", "slippery footing (ice, snow, frost, oil, water)"),
        "poor-light-or-visibility": text("光线不足或能见度差", "poor light or visibility"),
        "near-live-conductor": text("与带电体距离小于规定", "closer to live conductors than allowed"),
        "unstable-or-small-footing": text("摆动，立足处不是平面或只有很小的平面", "swaying, or no or only a small flat footing"),
        "toxic-gas-or-low-oxygen": text("存在有毒气体或空气中含氧量低于19.5%", "toxic gas or oxygen below 19.5 %"),
        "disaster-environment-or-rescue": text("可能会引起各种灾害事故的作业环境或抢救突发灾害", "disaster-prone environment or emergency rescue")
      }
    },
    massTonnes: { type: "number", label: text("吊物质量", "load mass"), unit: text("t", "t") },
    circumstances: {
      type: "strings",
      label: text("动火时的特殊情况", "special circumstances of the hot work"),
      values: ["holiday", "rest-day", "night", "other-special"],
      valueLabels: {
        "holiday": text("节假日", "holiday"),
        "rest-day": text("公休日", "rest-day"),
        "night": text("夜间", "night"),
        "other-special": text("其他特殊情况", "other-special")
      }
    },
    outdoor: bool("室外动火", "outdoors"),
    windForce: { type: "integer", label: text("风力", "wind force"), unit: text("级", "(Beaufort)") },
    upgradedManagement: bool("升级管理", "managed one grade up")
  })
}
