/**
 * 事实标签 — the declarations of the facts the fireworks rules read (the rule language): type,
 * zh-CN and English label in the words of 烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行) and an
 * inspector, unit and allowed values. Declared once here and picked by each rule, so a fact reads
 * alike in every report.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declaration, FactDeclarations } from "@anquan/core"
import { withSections } from "./sections.ts"

type FactDeclaration = Declaration.FactDeclaration

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const yesNo = (zh: string, en: string): FactDeclaration => ({ type: "boolean", label: text(zh, en) })

const kg = text("kg", "kg")
const metres = text("米", "m")
const people = text("人", "people")

const facilityStatus = ["effective", "missing", "failed", "not-required"]

/** 安全距离 entries (第6项): required vs actual, metres. */
const distance = (zh: string, en: string): FactDeclaration => ({
  type: "list",
  label: text(zh, en),
  items: {
    target: { type: "string", label: text("距离对象", "object") },
    requiredMetres: { type: "number", label: text("要求的最小安全距离", "required safety distance"), unit: metres },
    actualMetres: { type: "number", label: text("实际距离", "actual distance"), unit: metres }
  }
})

/** The fields a 工房 and a 库房 share (第4–8项). */
const buildingItems: Readonly<Record<string, FactDeclaration>> = {
  id: { type: "string", label: text("编号", "number") },
  name: { type: "string", label: text("名称", "name") },
  hazardClass: { type: "string", label: text("危险等级", "hazard class") },
  approvedHeadCount: { type: "integer", label: text("核定人数", "approved head-count"), unit: people },
  actualHeadCount: { type: "integer", label: text("实际作业人员数量", "head-count at work"), unit: people },
  approvedExplosiveKg: { type: "number", label: text("核定药量", "approved explosive quantity"), unit: kg },
  actualExplosiveKg: { type: "number", label: text("实际滞留、存储药量", "explosive quantity held"), unit: kg },
  internalDistances: distance("内部安全距离", "internal safety distance"),
  externalDistances: distance("外部安全距离", "external safety distance"),
  protectiveBarrier: {
    type: "string",
    label: text("防护屏障", "protective barrier"),
    values: ["compliant", "missing", "substandard", "not-required"]
  },
  antiStatic: { type: "string", label: text("防静电设备设施", "anti-static facilities"), values: facilityStatus },
  fireProtection: { type: "string", label: text("防火设备设施", "fire protection facilities"), values: facilityStatus },
  lightningProtection: { type: "string", label: text("防雷设备设施", "lightning protection facilities"), values: facilityStatus },
  designedUse: { type: "string", label: text("设计用途", "designed use") },
  actualUse: { type: "string", label: text("实际用途", "actual use") },
  useChanged: yesNo("改变了工(库)房用途", "use of the building changed"),
  useChangeApproved: yesNo("用途变更经过批准", "change of use approved")
}

/**
 * 工房 (第4–8、10项): each entry's fields.
 *
 * @since 0.2.0
 */
export const workshops: FactDeclaration = {
  type: "list",
  label: text("工房", "workshop"),
  items: {
    ...buildingItems,
    oxidiserCrushedOrWeighed: yesNo("在本工房内粉碎、称量氧化剂", "oxidisers crushed or weighed here"),
    reducerCrushedOrWeighed: yesNo("在本工房内粉碎、称量还原剂", "reducers crushed or weighed here")
  }
}

/**
 * 库房/仓库 (第4–8、10、19项): each entry's fields.
 *
 * @since 0.2.0
 */
export const stores: FactDeclaration = {
  type: "list",
  label: text("库房", "store"),
  items: {
    ...buildingItems,
    holdsOxidiser: yesNo("本库储存氧化剂", "holds oxidisers"),
    holdsReducer: yesNo("本库储存还原剂", "holds reducers"),
    otherDangerousGoods: { type: "strings", label: text("存放的其它爆炸物等危险物品", "other dangerous goods kept") }
  }
}

/**
 * Every fact of the fireworks section the rules read, by path.
 *
 * @since 0.2.0
 */
export const fireworksFactLabels = {
  "enterprise.licences": {
    type: "list",
    label: text("许可证", "licence"),
    items: {
      kind: {
        type: "string",
        label: text("许可证种类", "licence kind"),
        values: ["work-safety-licence", "hazchem-business-licence", "hazchem-use-licence", "fireworks-production-licence", "fireworks-business-licence", "construction-qualification", "other"]
      },
      number: { type: "string", label: text("许可证编号", "licence number") },
      validFrom: { type: "date", label: text("有效期起", "valid from") },
      validUntil: { type: "date", label: text("有效期至", "valid until") },
      status: {
        type: "string",
        label: text("许可证状态", "licence status"),
        values: ["valid", "suspended", "revoked"],
        valueLabels: { valid: text("有效", "valid"), suspended: text("暂扣", "suspended"), revoked: text("吊销或注销", "revoked") }
      }
    }
  },
  "facts.suspensions": {
    type: "list",
    label: text("停产停业期间", "suspension period"),
    items: {
      reason: {
        type: "string",
        label: text("停产停业原因", "reason"),
        values: ["licence-expired", "rectification", "severe-weather", "ordered", "other"],
        valueLabels: {
          "licence-expired": text("许可证过期", "licence expired"),
          rectification: text("整顿改造", "rectification"),
          "severe-weather": text("恶劣天气", "severe weather"),
          ordered: text("责令停产停业", "ordered suspension"),
          other: text("停产停业", "suspension")
        }
      },
      from: { type: "date", label: text("起始日", "from") },
      to: { type: "date", label: text("结束日", "to") },
      operatedDuring: yesNo("停产停业期间组织了生产经营", "operated during the suspension")
    }
  },
  "enterprise.keyPeople": {
    type: "list",
    label: text("关键人员", "key person"),
    items: {
      name: { type: "string", label: text("姓名", "name") },
      roles: {
        type: "strings",
        label: text("岗位", "roles"),
        values: ["principal", "charge-leader", "safety-officer", "special-operator", "registered-safety-engineer"],
        valueLabels: {
          principal: text("主要负责人", "principal"),
          "charge-leader": text("分管负责人", "charge leader"),
          "safety-officer": text("安全生产管理人员", "safety officer"),
          "special-operator": text("特种作业人员", "special operator"),
          "registered-safety-engineer": text("注册安全工程师", "registered safety engineer")
        }
      },
      "assessment.passed": yesNo("安全生产知识和管理能力考核合格", "passed the safety knowledge and management assessment"),
      "assessment.date": { type: "date", label: text("考核合格日期", "assessment date") },
      certificates: {
        type: "list",
        label: text("证书", "certificates"),
        items: {
          kind: { type: "string", label: text("证书种类", "certificate kind") },
          issuedOn: { type: "date", label: text("发证日期", "issued on") },
          validUntil: { type: "date", label: text("有效期至", "valid until") }
        }
      }
    }
  },
  "enterprise.unitKinds": {
    type: "strings",
    label: text("单位类型", "unit kinds"),
    values: ["production", "trading", "storage", "use", "loading", "transport", "construction-contractor", "construction-client", "retail-point", "key-site"],
    valueLabels: {
      production: text("生产", "production"),
      trading: text("经营", "trading"),
      storage: text("储存", "storage"),
      use: text("使用", "use"),
      loading: text("装卸", "loading"),
      transport: text("运输", "transport"),
      "construction-contractor": text("施工单位", "construction contractor"),
      "construction-client": text("建设单位", "construction client"),
      "retail-point": text("零售点", "retail point"),
      "key-site": text("重点场所", "key site")
    }
  },
  "facts.hasSpecialOperations": yesNo("设有特种作业岗位", "has special operations"),
  "facts.repairsWithExplosivesPresent": yesNo("作业人员带药检维修设备设施", "equipment serviced or repaired with explosives present"),
  "facts.personalToolsInExplosiveWork": yesNo(
    "职工自行携带工器具、机器设备进厂进行涉药作业",
    "workers bring their own tools or machines into the plant for explosive work"
  ),
  "facts.workshops": workshops,
  "facts.stores": stores,
  "facts.unauthorisedStructures": {
    type: "list",
    label: text("违规私搭乱建的建(构)筑物", "structure built without authorisation"),
    items: {
      description: { type: "string", label: text("描述", "description") },
      location: { type: "string", label: text("位置", "location") }
    }
  },
  "facts.plant.perimeterWallComplete": yesNo("工厂围墙完整", "plant perimeter wall complete"),
  "facts.plant.zoningCompliant": yesNo("分区设置符合国家标准", "zoning meets the national standard"),
  "facts.improperPremixing": yesNo("氧化剂、还原剂违规预混", "oxidisers and reducers pre-mixed against the rules"),
  "facts.explosiveMachinery": {
    type: "list",
    label: text("涉药机械设备", "explosive-handling machine"),
    items: {
      id: { type: "string", label: text("编号", "number") },
      name: { type: "string", label: text("名称", "name") },
      inUse: yesNo("在用", "in use"),
      safetyDemonstrated: yesNo("经过安全性论证", "demonstrated safe"),
      unapprovedModification: yesNo("擅自更改", "altered without approval"),
      unapprovedUseChange: yesNo("擅自改变用途", "put to another use without approval")
    }
  },
  "facts.centralStoreCapacity.transferStore.matchesDesignedCapacity": yesNo("中转库存储能力与设计产能相匹配", "transfer store capacity matches the designed production capacity"),
  "facts.centralStoreCapacity.transferStore.capacityKg": { type: "number", label: text("中转库存储能力", "transfer store capacity"), unit: kg },
  "facts.centralStoreCapacity.compositionStore.matchesDesignedCapacity": yesNo("药物总库存储能力与设计产能相匹配", "central composition store capacity matches the designed production capacity"),
  "facts.centralStoreCapacity.compositionStore.capacityKg": { type: "number", label: text("药物总库存储能力", "central composition store capacity"), unit: kg },
  "facts.centralStoreCapacity.finishedProductStore.matchesDesignedCapacity": yesNo("成品总库存储能力与设计产能相匹配", "central finished-product store capacity matches the designed production capacity"),
  "facts.centralStoreCapacity.finishedProductStore.capacityKg": { type: "number", label: text("成品总库存储能力", "central finished-product store capacity"), unit: kg },
  "facts.responsibilitySystem.established": yesNo("已建立全员安全生产责任制", "all-staff responsibility system established"),
  "facts.responsibilitySystem.matchedToPosts": yesNo("全员安全生产责任制与岗位相匹配", "responsibility system matched to the posts"),
  "facts.hazardInvestigationSystem.established": yesNo("已制定生产安全事故隐患排查治理制度", "hazard investigation and remediation system formulated"),
  "facts.hazardInvestigationSystem.implemented": yesNo("生产安全事故隐患排查治理制度已实施", "hazard investigation and remediation system carried out"),
  "facts.licenceMisuse": {
    type: "strings",
    label: text("出租、出借、转让、买卖、冒用或者伪造许可证的情形", "licence rented out, lent, transferred, bought or sold, used in another's name or forged"),
    values: ["rented-out", "lent", "transferred", "bought-or-sold", "used-in-another-name", "forged"],
    valueLabels: {
      "rented-out": text("出租", "rented out"),
      lent: text("出借", "lent"),
      transferred: text("转让", "transferred"),
      "bought-or-sold": text("买卖", "bought or sold"),
      "used-in-another-name": text("冒用", "used in another's name"),
      forged: text("伪造", "forged")
    }
  },
  "facts.licensedScope.productKinds": { type: "strings", label: text("许可的产品种类", "licensed product kinds") },
  "facts.licensedScope.hazardGrades": { type: "strings", label: text("许可的危险等级", "licensed hazard grades") },
  "facts.products": {
    type: "list",
    label: text("产品", "product"),
    items: {
      name: { type: "string", label: text("名称", "name") },
      kind: { type: "string", label: text("产品种类", "product kind") },
      hazardGrade: { type: "string", label: text("危险等级", "hazard grade") }
    }
  },
  "facts.prohibitedChemicalsUsed": yesNo("生产使用违禁药物", "prohibited chemicals used in production"),
  "facts.outsourcedFacilities": {
    type: "list",
    label: text("分包转包的生产线、工房、库房", "facility handed over to another party"),
    items: {
      object: {
        type: "string",
        label: text("分包转包对象", "what was handed over"),
        values: ["production-line", "workshop", "store"],
        valueLabels: { "production-line": text("生产线", "production line"), workshop: text("工房", "workshop"), store: text("库房", "store") }
      },
      arrangement: {
        type: "string",
        label: text("方式", "arrangement"),
        values: ["subcontract", "transfer", "lease"],
        valueLabels: { subcontract: text("分包", "subcontracted"), transfer: text("转包", "transferred"), lease: text("出租", "leased out") }
      },
      counterparty: { type: "string", label: text("对方单位或个人", "counterparty") },
      facility: { type: "string", label: text("生产线、工(库)房编号或名称", "facility") }
    }
  },
  "facts.oneLicenceMultiplePlants": yesNo("一证多厂", "one licence used for several plants"),
  "facts.shareholdersOperateIndependently": yesNo("多股东各自独立组织生产经营", "shareholders each organise production or operation independently"),
  "facts.inOperation": yesNo("正在组织生产经营", "in operation"),
  "facts.dealsInProhibitedOrSubstandardProducts": yesNo("生产经营违禁超标产品", "produces or trades prohibited or over-standard products"),
  "facts.retailPremises.sameBuildingAsResidence": yesNo("零售点与居民居住场所设置在同一建筑物内", "retail point in the same building as people's homes"),
  "facts.retailPremises.openFlameUsed": yesNo("在零售场所使用明火", "open flame used on the retail premises")
} satisfies FactDeclarations

/** A fact path the pack declares. @since 0.2.0 */
export type FireworksFactPath = keyof typeof fireworksFactLabels

/**
 * The declarations of `paths`, for a rule's `facts:`, with the labels of the sections they sit in
 * (`facts.plant` 工厂围墙与分区).
 *
 * @since 0.2.0
 */
export const factLabels = (...paths: ReadonlyArray<FireworksFactPath>): FactDeclarations => {
  const out: Record<string, FactDeclaration> = {}
  for (const p of paths) out[p] = (fireworksFactLabels as FactDeclarations)[p]!
  return withSections(out)
}
