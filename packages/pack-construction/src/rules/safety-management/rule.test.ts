import type { KeyRole } from "../../facts/ConstructionFacts.ts"
import { BEFORE_2022, FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

const licence = { held: true, validUntil: "2027-01-14", suspendedOrRevoked: false }
const qualification = { held: true, description: "市政公用工程施工总承包二级", coversProject: true }

tester.run("construction/work-safety-licence", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: no licence at all`,
      ...s,
      enterprise: project({ contractor: { workSafetyLicence: { held: false }, qualification } }),
      evidence: [{ path: "facts.contractor.workSafetyLicence.held", value: false }],
      details: { "zh-CN": "未取得安全生产许可证", en: "no work-safety licence" }
    })),
    {
      name: "2022: a licence that expired the day before counts as none",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ contractor: { workSafetyLicence: { ...licence, validUntil: "2024-12-11" } } }),
      evidence: [{ path: "facts.contractor.workSafetyLicence.validUntil", value: "2024-12-11" }],
      details: { "zh-CN": "2024-12-11到期" }
    },
    {
      name: "2024: a suspended licence",
      asOf: IN_2024,
      version: V2024,
      enterprise: project({ contractor: { workSafetyLicence: { ...licence, suspendedOrRevoked: true }, qualification } }),
      details: { en: "suspended or revoked" }
    },
    {
      name: "2024: 超资质承揽 (the work is beyond the qualification)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ contractor: { workSafetyLicence: licence, qualification: { ...qualification, coversProject: false } } }),
      evidence: [{ path: "facts.contractor.qualification.coversProject", value: false }],
      details: { "zh-CN": "超资质承揽工程" }
    },
    {
      name: "2024: 无资质承揽 (no qualification), scope unknown",
      asOf: FIRST_2024,
      enterprise: project({ contractor: { workSafetyLicence: licence, qualification: { held: false } } }),
      details: { "zh-CN": "无资质承揽工程" }
    }
  ],
  compliant: [
    {
      name: "2022: the qualification is not part of the 2022 item",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ contractor: { workSafetyLicence: licence, qualification: { ...qualification, coversProject: false } } })
    },
    {
      name: "2022: valid until the as-of day itself",
      asOf: LAST_2022,
      enterprise: project({ contractor: { workSafetyLicence: { ...licence, validUntil: LAST_2022 } } })
    },
    {
      name: "2024: licence in force and work within the qualification",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ contractor: { workSafetyLicence: licence, qualification } })
    }
  ],
  indeterminate: [
    { name: "2022: no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.contractor.workSafetyLicence"] },
    {
      name: "2024: no construction facts",
      asOf: IN_2024,
      enterprise: project(),
      missing: ["facts.contractor.workSafetyLicence", "facts.contractor.qualification"]
    },
    {
      name: "2022: held, but expiry and status unknown",
      asOf: IN_2022,
      enterprise: project({ contractor: { workSafetyLicence: { held: true } } }),
      missing: ["facts.contractor.workSafetyLicence.validUntil", "facts.contractor.workSafetyLicence.suspendedOrRevoked"]
    },
    {
      name: "2024: licence fine, qualification scope unknown",
      asOf: IN_2024,
      enterprise: project({ contractor: { workSafetyLicence: licence, qualification: { held: true } } }),
      missing: ["facts.contractor.qualification.coversProject"]
    }
  ],
  notSelected: [{ name: "before the 2022 edition", asOf: BEFORE_2022, enterprise: project({ contractor: { workSafetyLicence: { held: false } } }) }]
})

const person = (role: KeyRole, certificate: Record<string, unknown> | undefined) =>
  ({ role, name: role === "project-manager" ? "刘项目" : role === "principal" ? "张主要" : "王专职", ...(certificate === undefined ? {} : { certificate }) })
const valid = { held: true, number: "浙建安B(2021)0012345", validUntil: "2027-03-31" }
const staffed = { required: 2, assigned: 2 }

tester.run("construction/safety-personnel", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: the project manager has no certificate`,
      ...s,
      enterprise: project({ keyPersonnel: [person("principal", valid), person("project-manager", { held: false })], safetyManagerStaffing: staffed }),
      evidence: [{ path: "facts.keyPersonnel[1].certificate.held", value: false }],
      details: { "zh-CN": "项目负责人未取得安全生产考核合格证书", en: "project manager holds no" }
    })),
    {
      name: "2024: an expired certificate is not valid (有效)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ keyPersonnel: [person("full-time-safety-manager", { ...valid, validUntil: "2024-12-12" })], safetyManagerStaffing: staffed }),
      evidence: [{ path: "facts.keyPersonnel[0].certificate.validUntil", value: "2024-12-12" }],
      details: { "zh-CN": "已于2024-12-12过期" }
    },
    {
      name: "2024: 1 full-time safety manager where 2 are required",
      asOf: IN_2024,
      version: V2024,
      enterprise: project({ keyPersonnel: [person("full-time-safety-manager", valid)], safetyManagerStaffing: { required: 2, assigned: 1 } }),
      evidence: [{ path: "facts.safetyManagerStaffing.assigned", value: 1 }, { path: "facts.safetyManagerStaffing.required", value: 2 }],
      details: { "zh-CN": "少于按规定应配备的2人" }
    }
  ],
  compliant: [
    {
      name: "2022: an expired certificate was still 取得 under the 2022 wording",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ keyPersonnel: [person("full-time-safety-manager", { ...valid, validUntil: "2024-01-01" })] })
    },
    {
      name: "2022: staffing is not part of the 2022 item",
      asOf: IN_2022,
      enterprise: project({ keyPersonnel: [person("principal", valid)], safetyManagerStaffing: { required: 3, assigned: 1 } })
    },
    {
      name: "2024: valid until the as-of day, and exactly the required number",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ keyPersonnel: [person("project-manager", { ...valid, validUntil: FIRST_2024 })], safetyManagerStaffing: staffed })
    }
  ],
  indeterminate: [
    { name: "2022: no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.keyPersonnel"] },
    { name: "2024: no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.keyPersonnel", "facts.safetyManagerStaffing"] },
    {
      name: "2024: certificate held, expiry unknown; required number unknown",
      asOf: IN_2024,
      enterprise: project({ keyPersonnel: [person("principal", { held: true })], safetyManagerStaffing: { assigned: 1 } }),
      missing: ["facts.keyPersonnel[0].certificate.validUntil", "facts.safetyManagerStaffing.required"]
    },
    {
      name: "2022: certificate not recorded",
      asOf: IN_2022,
      enterprise: project({ keyPersonnel: [person("principal", undefined)] }),
      missing: ["facts.keyPersonnel[0].certificate.held"]
    }
  ]
})

const operator = (certificate: Record<string, unknown>) => ({ name: "赵师傅", trade: "建筑起重机械司机(塔式起重机)", certificate })

tester.run("construction/special-operator-certificates", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: operator without a certificate`,
      ...s,
      enterprise: project({ specialOperators: [operator({ held: true, validUntil: "2026-01-01" }), operator({ held: false })] }),
      evidence: [{ path: "facts.specialOperators[1].certificate.held", value: false }],
      details: { "zh-CN": "特种作业人员「赵师傅」：未取得操作资格证书" }
    })),
    {
      name: "2024: certificate expired the day before",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ specialOperators: [operator({ held: true, validUntil: LAST_2022 })] }),
      details: { en: "expired on 2024-12-12" }
    }
  ],
  compliant: [
    {
      name: "2022: an expired certificate is still 取得 under the 2022 wording",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ specialOperators: [operator({ held: true, validUntil: "2024-06-30" })] })
    },
    { name: "2024: valid certificate", asOf: FIRST_2024, version: V2024, enterprise: project({ specialOperators: [operator({ held: true, validUntil: FIRST_2024 })] }) },
    { name: "2024: no special operators on the project", asOf: IN_2024, enterprise: project({ specialOperators: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.specialOperators"] },
    {
      name: "2024: held, expiry unknown",
      asOf: IN_2024,
      enterprise: project({ specialOperators: [operator({ held: true })] }),
      missing: ["facts.specialOperators[0].certificate.validUntil"]
    }
  ]
})

const work = (over: Record<string, unknown>) => ({
  name: "1#基坑支护及土方开挖",
  kind: "基坑工程",
  overSize: true,
  specialPlan: { prepared: true, reviewed: true, seriousDefects: false },
  expertReview: true,
  acceptance: { required: true, passed: true, proceeded: true },
  ...over
})

tester.run("construction/dangerous-works-plans", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: over-size sub-project without expert review`,
      ...s,
      enterprise: project({ dangerousWorks: [work({ expertReview: false })] }),
      evidence: [{ path: "facts.dangerousWorks[0].overSize", value: true }, { path: "facts.dangerousWorks[0].expertReview", value: false }],
      details: { "zh-CN": "未按规定组织专家论证" }
    })),
    {
      name: "2022: no plan (review status unknown does not matter)",
      asOf: IN_2022,
      version: V2022,
      enterprise: project({ dangerousWorks: [work({ specialPlan: { prepared: false } })] }),
      details: { "zh-CN": "未编制专项施工方案" }
    },
    {
      name: "2022: plan not reviewed",
      asOf: IN_2022,
      enterprise: project({ dangerousWorks: [work({ specialPlan: { prepared: true, reviewed: false } })] }),
      details: { en: "not reviewed" }
    },
    {
      name: "2024: plan with serious defects",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ dangerousWorks: [work({ specialPlan: { prepared: true, reviewed: true, seriousDefects: true } })] }),
      details: { "zh-CN": "严重缺陷" }
    }
  ],
  compliant: [
    {
      name: "2022: a seriously defective plan is not part of the 2022 item",
      asOf: LAST_2022,
      version: V2022,
      enterprise: project({ dangerousWorks: [work({ specialPlan: { prepared: true, reviewed: true, seriousDefects: true } })] })
    },
    {
      name: "2024: a sub-project under the size threshold needs no expert review",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ dangerousWorks: [work({ overSize: false, expertReview: false })] })
    },
    { name: "no dangerous sub-projects", asOf: IN_2024, enterprise: project({ dangerousWorks: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.dangerousWorks"] },
    {
      name: "2022: size unknown and no expert review",
      asOf: IN_2022,
      enterprise: project({ dangerousWorks: [work({ overSize: undefined, expertReview: false })] }),
      missing: ["facts.dangerousWorks[0].overSize"]
    },
    {
      name: "2024: defects not assessed",
      asOf: IN_2024,
      enterprise: project({ dangerousWorks: [work({ specialPlan: { prepared: true, reviewed: true } })] }),
      missing: ["facts.dangerousWorks[0].specialPlan.seriousDefects"]
    }
  ]
})

tester.run("construction/dangerous-works-acceptance", {
  violation: [
    {
      name: "2024: formwork support used before acceptance",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ dangerousWorks: [work({ name: "地下室顶板高支模", acceptance: { required: true, passed: false, proceeded: true } })] }),
      evidence: [{ path: "facts.dangerousWorks[0].acceptance.passed", value: false }],
      details: { "zh-CN": "危大工程「地下室顶板高支模」" }
    }
  ],
  compliant: [
    { name: "accepted", asOf: IN_2024, enterprise: project({ dangerousWorks: [work({})] }) },
    {
      name: "not accepted yet, but nothing has proceeded",
      asOf: IN_2024,
      enterprise: project({ dangerousWorks: [work({ acceptance: { required: true, passed: false, proceeded: false } })] })
    },
    {
      name: "no acceptance required",
      asOf: IN_2024,
      enterprise: project({ dangerousWorks: [work({ acceptance: { required: false, proceeded: true } })] })
    }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.dangerousWorks"] },
    {
      name: "not accepted; whether it proceeded is unknown",
      asOf: IN_2024,
      enterprise: project({ dangerousWorks: [work({ acceptance: { required: true, passed: false } })] }),
      missing: ["facts.dangerousWorks[0].acceptance.proceeded"]
    }
  ],
  notSelected: [
    {
      name: "2024 only: not in the 2022 edition",
      asOf: LAST_2022,
      enterprise: project({ dangerousWorks: [work({ acceptance: { required: true, passed: false, proceeded: true } })] })
    }
  ]
})
