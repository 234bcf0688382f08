/**
 * 企业基本情况 — the enterprise profile's fields declared as facts (`enterprise.*` paths, as rules
 * read them), with zh-CN and English labels, units and allowed values: for reasons, reports and
 * inspection checklists, and for rules that read the profile.
 *
 * @since 0.2.0
 */
import type { FactDeclaration, FactDeclarations } from "../condition/FactDeclaration.ts"
import { Sectors } from "../sector/Sector.ts"
import { UnitKinds } from "./Enterprise.ts"

const L = (zh: string, en: string) => ({ "zh-CN": zh, en })

const certificate: Readonly<Record<string, FactDeclaration>> = {
  kind: { type: "string", label: L("证书种类", "certificate kind") },
  number: { type: "string", label: L("证书编号", "certificate number") },
  issuedOn: { type: "date", label: L("发证日期", "issued on") },
  validUntil: { type: "date", label: L("有效期至", "valid until") }
}

/**
 * Every field of the enterprise profile, by `enterprise.*` path; the fields of list entries under
 * `items` (`enterprise.keyPeople` → `roles`, `assessment.passed`, …).
 *
 * @since 0.2.0
 */
export const enterpriseFactDeclarations: FactDeclarations = {
  "enterprise.creditCode": { type: "string", label: L("统一社会信用代码", "unified social credit code") },
  "enterprise.name": { type: "string", label: L("单位名称", "name") },
  "enterprise.jurisdiction": { type: "string", label: L("行政区划代码", "administrative division code") },
  "enterprise.address": { type: "string", label: L("地址", "address") },
  "enterprise.sectors": { type: "strings", label: L("行业领域", "sectors"), values: Sectors },
  "enterprise.unitKinds": { type: "strings", label: L("单位类型", "unit kinds"), values: UnitKinds },
  "enterprise.employees": { type: "integer", label: L("从业人员数", "staff"), unit: L("人", "people") },
  "enterprise.scale": { type: "string", label: L("规模以上/以下", "above or below designated size"), values: ["above-designated-size", "below-designated-size"] },
  "enterprise.dangerousGoodsActivities": {
    type: "strings",
    label: L("危险物品的生产、经营、储存、装卸、使用、运输", "dangerous-goods activities"),
    values: ["production", "trading", "storage", "loading", "use", "transport"]
  },
  "enterprise.transportModes": { type: "strings", label: L("运输方式", "transport modes"), values: ["road", "waterway", "railway", "aviation", "urban-rail", "pipeline"] },
  "enterprise.safetyDepartment": { type: "boolean", label: L("设置安全生产管理机构", "has a safety management department") },
  "enterprise.contractedSafetyEngineer": { type: "boolean", label: L("委托注册安全工程师提供安全生产管理服务", "contracts a registered safety engineer's services") },
  "enterprise.keyPeople": {
    type: "list",
    label: L("主要负责人和关键岗位人员", "principal and key people"),
    items: {
      id: { type: "string", label: L("人员编号", "person id") },
      name: { type: "string", label: L("姓名", "name") },
      roles: { type: "strings", label: L("岗位", "roles"), values: ["principal", "charge-leader", "safety-officer", "special-operator", "registered-safety-engineer"] },
      employment: { type: "string", label: L("专职/兼职", "full- or part-time"), values: ["full-time", "part-time"] },
      "assessment.passed": { type: "boolean", label: L("安全生产知识和管理能力考核合格", "passed the safety knowledge and management assessment") },
      "assessment.date": { type: "date", label: L("考核日期", "assessment date") },
      certificates: { type: "list", label: L("证书", "certificates"), items: certificate }
    }
  },
  "enterprise.licences": {
    type: "list",
    label: L("许可证", "licences"),
    items: {
      kind: {
        type: "string",
        label: L("许可证种类", "licence kind"),
        values: ["work-safety-licence", "hazchem-business-licence", "hazchem-use-licence", "fireworks-production-licence", "fireworks-business-licence", "construction-qualification", "other"]
      },
      number: { type: "string", label: L("许可证编号", "licence number") },
      issuedBy: { type: "string", label: L("发证机关", "issued by") },
      validFrom: { type: "date", label: L("有效期起", "valid from") },
      validUntil: { type: "date", label: L("有效期至", "valid until") },
      status: { type: "string", label: L("许可证状态", "licence status"), values: ["valid", "suspended", "revoked"] }
    }
  },
  "enterprise.standardization.grade": { type: "integer", label: L("安全生产标准化等级", "standardization grade") },
  "enterprise.standardization.approvedBy": { type: "string", label: L("标准化评审层级", "standardization approved by"), values: ["state", "province", "city"] },
  "enterprise.standardization.validUntil": { type: "date", label: L("标准化有效期至", "standardization valid until") },
  "enterprise.standardization.revoked": { type: "boolean", label: L("标准化等级被撤销", "standardization revoked") },
  "enterprise.supervisionClass": { type: "string", label: L("分类监管类别", "supervision class"), values: ["A", "B", "C", "D"] },
  "enterprise.sites": {
    type: "list",
    label: L("场所", "sites"),
    items: {
      id: { type: "string", label: L("场所编号", "site id") },
      name: { type: "string", label: L("场所名称", "site name") },
      address: { type: "string", label: L("场所地址", "site address") },
      jurisdiction: { type: "string", label: L("场所所在行政区划", "site jurisdiction") }
    }
  },
  "enterprise.installations": {
    type: "list",
    label: L("装置、设施", "installations"),
    items: {
      id: { type: "string", label: L("装置编号", "installation id") },
      name: { type: "string", label: L("装置名称", "installation name") },
      site: { type: "string", label: L("所在场所", "site") },
      kind: { type: "string", label: L("装置类型", "installation kind") },
      majorHazardGrade: {
        type: "integer",
        label: L("重大危险源等级", "major hazard installation grade"),
        valueLabels: { "1": L("一级", "grade 1"), "2": L("二级", "grade 2"), "3": L("三级", "grade 3"), "4": L("四级", "grade 4") }
      }
    }
  }
}
