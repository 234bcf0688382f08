/**
 * 第四条 施工安全管理 — the management items: licence and qualification, the "三类人员" and
 * staffing, special operators, 危大工程 plans and acceptance.
 *
 * | rule | 2022 (2022-04-19 – 2024-12-12) | 2024 (from 2024-12-13) |
 * |---|---|---|
 * | `work-safety-licence` | 第四条(一) 无安全生产许可证 | 第四条(一) + 超(无)资质承揽 |
 * | `safety-personnel` | 第四条(二) 三类人员未取得考核合格证书 | 第四条(二) + 未足额配备; 证书须**有效** |
 * | `special-operator-certificates` | 第四条(三) 未取得操作资格证书 | 第四条(三) 未取得**有效**证书 |
 * | `dangerous-works-plans` | 第四条(四) 方案未编制、未审核、未论证 | 第四条(四) + 方案严重缺陷 |
 * | `dangerous-works-acceptance` | — | 第四条(五) (new) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Citation } from "@anquan/core"
import { defineItem, HAZARD_NOT_ELIMINATED, L, named } from "../item.ts"

const { all, any, because, eq, fact, lt, one, some } = Condition

/** 安全生产法 第九十七条(二): high-risk units' 主要负责人 or safety staff not 考核合格. */
const NOT_ASSESSED: Citation = { document: "work-safety-law-2021", article: 97, item: 2, verified: true }
/** 安全生产法 第九十七条(一): no safety staff as required. */
const NO_SAFETY_STAFF: Citation = { document: "work-safety-law-2021", article: 97, item: 1, verified: true }
/** 安全生产法 第九十七条(七): 特种作业人员 without qualification. */
const UNQUALIFIED_OPERATOR: Citation = { document: "work-safety-law-2021", article: 97, item: 7, verified: true }

// ---------------------------------------------------------------------------------------------
// 第四条(一) 安全生产许可证 (2024: 及资质)
// ---------------------------------------------------------------------------------------------

const licenceTitle = L("施工单位无安全生产许可证", "Contractor without a work-safety licence")

/** The licence is not in force: not held, suspended or revoked, or expired. */
const licenceNotInForce = one(
  "facts.contractor.workSafetyLicence",
  any(
    because(eq("held", false), "未取得安全生产许可证", "holds no work-safety licence"),
    because(eq("suspendedOrRevoked", true), "安全生产许可证被暂扣或吊销", "the licence is suspended or revoked"),
    because({ expired: "validUntil" }, "安全生产许可证已于{validUntil}到期", "the licence expired on {validUntil}")
  ),
  { entry: L("安全生产许可证", "work-safety licence") }
)

/**
 * 2022 第四条(一): 建筑施工企业未取得安全生产许可证擅自从事建筑施工活动. A licence that is
 * expired, suspended or revoked counts as not held.
 *
 * @since 0.1.0
 */
export const workSafetyLicence2022 = defineItem({
  slug: "work-safety-licence",
  edition: "2022",
  article: 4,
  item: 1,
  verified: true,
  title: licenceTitle,
  message: L("建筑施工企业未取得安全生产许可证擅自从事建筑施工活动", "The contractor carries out construction without a work-safety licence"),
  remediation: L(
    "立即停止施工，依法取得安全生产许可证后方可从事建筑施工活动；许可证到期前办理延续。",
    "Stop work at once and obtain a work-safety licence before building; renew it before it expires."
  ),
  penalties: [],
  keys: ["contractor"],
  violationWhen: licenceNotInForce
})

/**
 * 2024 第四条(一): 无安全生产许可证, 或超(无)资质承揽工程.
 *
 * @since 0.1.0
 */
export const workSafetyLicence2024 = defineItem({
  slug: "work-safety-licence",
  edition: "2024",
  article: 4,
  item: 1,
  verified: true,
  title: L("施工单位无安全生产许可证或超(无)资质承揽工程", "Contractor without a work-safety licence, or beyond or without its qualification"),
  message: L(
    "建筑施工企业未取得安全生产许可证擅自从事建筑施工活动，或超(无)资质承揽工程",
    "The contractor builds without a work-safety licence, or has taken on work beyond or without its qualification"
  ),
  remediation: L(
    "立即停止施工；依法取得安全生产许可证，并只在资质许可范围内承揽工程。",
    "Stop work at once; obtain a work-safety licence and take on work only within the scope of the contractor's qualification."
  ),
  penalties: [],
  keys: ["contractor"],
  violationWhen: any(
    licenceNotInForce,
    one(
      "facts.contractor.qualification",
      any(
        because(eq("held", false), "无资质承揽工程", "took on the work without any qualification"),
        because(eq("coversProject", false), "超资质承揽工程", "took on the work beyond its qualification")
      ),
      { entry: L("建筑业企业资质", "contractor qualification") }
    )
  )
})

// ---------------------------------------------------------------------------------------------
// 第四条(二) 三类人员 (2024: 及足额配备)
// ---------------------------------------------------------------------------------------------

const noCertificate = because(
  eq("certificate.held", false),
  "{role:label}未取得安全生产考核合格证书",
  "{role:label} holds no safety assessment certificate"
)

/**
 * 2022 第四条(二): 主要负责人、项目负责人、专职安全生产管理人员未取得安全生产考核合格证书.
 *
 * @since 0.1.0
 */
export const safetyPersonnel2022 = defineItem({
  slug: "safety-personnel",
  edition: "2022",
  article: 4,
  item: 2,
  verified: true,
  title: L("三类人员未取得安全生产考核合格证书", "Key people without the safety assessment certificate"),
  message: L(
    "施工单位的主要负责人、项目负责人、专职安全生产管理人员未取得安全生产考核合格证书从事相关工作",
    "A principal, project manager or full-time safety manager works without the safety assessment certificate"
  ),
  remediation: L(
    "调离未取得安全生产考核合格证书的人员，安排其参加考核并取得证书后方可上岗。",
    "Take the uncertified person off the post until they pass the assessment and hold the certificate."
  ),
  penalties: [NOT_ASSESSED, HAZARD_NOT_ELIMINATED],
  keys: ["keyPersonnel"],
  violationWhen: some("facts.keyPersonnel", noCertificate, named("facts.keyPersonnel"))
})

/**
 * 2024 第四条(二): 安全生产管理人员未按规定足额配备; 或三类人员未取得**有效的**安全生产考核合格证书.
 *
 * @since 0.1.0
 */
export const safetyPersonnel2024 = defineItem({
  slug: "safety-personnel",
  edition: "2024",
  article: 4,
  item: 2,
  verified: true,
  title: L("安全生产管理人员配备不足或三类人员无有效考核合格证书", "Safety managers short, or key people without a valid assessment certificate"),
  message: L(
    "施工单位未按规定足额配备安全生产管理人员，或其主要负责人、项目负责人、专职安全生产管理人员未取得有效的安全生产考核合格证书从事相关工作",
    "The contractor has fewer safety managers than required, or a principal, project manager or full-time safety manager works without a valid safety assessment certificate"
  ),
  remediation: L(
    "按规定足额配备专职安全生产管理人员；调离无有效证书的人员，证书到期前办理延续。",
    "Staff the required number of full-time safety managers; take people without a valid certificate off the post and renew certificates before they expire."
  ),
  penalties: [NO_SAFETY_STAFF, NOT_ASSESSED, HAZARD_NOT_ELIMINATED],
  keys: ["keyPersonnel", "safetyManagerStaffing"],
  violationWhen: any(
    one(
      "facts.safetyManagerStaffing",
      because(lt("assigned", fact("required")), "实际配备{assigned}人，少于按规定应配备的{required}人", "{assigned} assigned, fewer than the {required} required"),
      { entry: L("专职安全生产管理人员配备", "full-time safety manager staffing") }
    ),
    some(
      "facts.keyPersonnel",
      any(
        noCertificate,
        because(
          { expired: "certificate.validUntil" },
          "{role:label}安全生产考核合格证书已于{certificate.validUntil}过期",
          "{role:label} safety assessment certificate expired on {certificate.validUntil}"
        )
      ),
      named("facts.keyPersonnel")
    )
  )
})

// ---------------------------------------------------------------------------------------------
// 第四条(三) 特种作业人员
// ---------------------------------------------------------------------------------------------

const operatorTitle = L("建筑施工特种作业人员无证上岗", "Special operators without a certificate")

/**
 * 2022 第四条(三): 建筑施工特种作业人员未取得特种作业人员操作资格证书上岗作业.
 *
 * @since 0.1.0
 */
export const specialOperatorCertificates2022 = defineItem({
  slug: "special-operator-certificates",
  edition: "2022",
  article: 4,
  item: 3,
  verified: true,
  title: operatorTitle,
  message: L("建筑施工特种作业人员未取得特种作业人员操作资格证书上岗作业", "A special operator works without the operator qualification certificate"),
  remediation: L("立即停止无证人员作业，经培训考核取得操作资格证书后方可上岗。", "Stop uncertified operators at once; they may work only after training, assessment and certification."),
  penalties: [UNQUALIFIED_OPERATOR, HAZARD_NOT_ELIMINATED],
  keys: ["specialOperators"],
  violationWhen: some(
    "facts.specialOperators",
    because(eq("certificate.held", false), "未取得操作资格证书", "holds no operator certificate"),
    named("facts.specialOperators")
  )
})

/**
 * 2024 第四条(三): 未取得**有效的**特种作业人员操作资格证书上岗作业.
 *
 * @since 0.1.0
 */
export const specialOperatorCertificates2024 = defineItem({
  slug: "special-operator-certificates",
  edition: "2024",
  article: 4,
  item: 3,
  verified: true,
  title: operatorTitle,
  message: L("建筑施工特种作业人员未取得有效的特种作业人员操作资格证书上岗作业", "A special operator works without a valid operator qualification certificate"),
  remediation: L("立即停止无有效证书人员作业；证书到期前按规定延续复核。", "Stop operators without a valid certificate at once; renew certificates before they expire."),
  penalties: [UNQUALIFIED_OPERATOR, HAZARD_NOT_ELIMINATED],
  keys: ["specialOperators"],
  violationWhen: some(
    "facts.specialOperators",
    any(
      because(eq("certificate.held", false), "未取得操作资格证书", "holds no operator certificate"),
      because({ expired: "certificate.validUntil" }, "操作资格证书已于{certificate.validUntil}过期", "the operator certificate expired on {certificate.validUntil}")
    ),
    named("facts.specialOperators")
  )
})

// ---------------------------------------------------------------------------------------------
// 第四条(四) 危大工程专项施工方案
// ---------------------------------------------------------------------------------------------

const planFailings: ReadonlyArray<Condition.Condition> = [
  because(eq("specialPlan.prepared", false), "未编制专项施工方案", "no special construction plan"),
  because(eq("specialPlan.reviewed", false), "专项施工方案未经审核", "the special plan was not reviewed"),
  all(
    because(eq("overSize", true), "属超过一定规模的危大工程", "it is over the size threshold"),
    because(eq("expertReview", false), "未按规定组织专家论证", "no expert review organised")
  )
]


/**
 * 2022 第四条(四): 危大工程未编制、未审核专项施工方案, 或超过一定规模的未按规定组织专家论证.
 *
 * @since 0.1.0
 */
export const dangerousWorksPlans2022 = defineItem({
  slug: "dangerous-works-plans",
  edition: "2022",
  article: 4,
  item: 4,
  verified: true,
  title: L("危大工程专项施工方案未编制、未审核或未论证", "Dangerous sub-project plan missing, unreviewed or not expert-reviewed"),
  message: L(
    "危险性较大的分部分项工程未编制、未审核专项施工方案，或未按规定组织专家对超过一定规模的危险性较大的分部分项工程专项施工方案进行论证",
    "A dangerous sub-project has no special construction plan or an unreviewed one, or an over-size one had no expert review"
  ),
  remediation: L(
    "停止该危大工程施工；编制专项施工方案并经审核，超过一定规模的组织专家论证后方可施工。",
    "Stop the sub-project; prepare and review the special plan, and have over-size sub-projects' plans reviewed by experts before work resumes."
  ),
  keys: ["dangerousWorks"],
  violationWhen: some(
    "facts.dangerousWorks",
    any(...planFailings),
    named("facts.dangerousWorks")
  )
})

/**
 * 2024 第四条(四): as 2022, and also a 方案 with 严重缺陷.
 *
 * @since 0.1.0
 */
export const dangerousWorksPlans2024 = defineItem({
  slug: "dangerous-works-plans",
  edition: "2024",
  article: 4,
  item: 4,
  verified: true,
  title: L("危大工程专项施工方案未编制、未审核、严重缺陷或未论证", "Dangerous sub-project plan missing, unreviewed, seriously defective or not expert-reviewed"),
  message: L(
    "危险性较大的分部分项工程未编制、未审核专项施工方案，或专项施工方案存在严重缺陷，或未按规定组织专家对超过一定规模的危险性较大的分部分项工程专项施工方案进行论证",
    "A dangerous sub-project has no special plan, an unreviewed or seriously defective one, or an over-size one had no expert review"
  ),
  remediation: L(
    "停止该危大工程施工；编制并审核专项施工方案、修正严重缺陷，超过一定规模的组织专家论证后方可施工。",
    "Stop the sub-project; prepare and review the plan, correct serious defects, and have over-size sub-projects' plans reviewed by experts."
  ),
  keys: ["dangerousWorks"],
  violationWhen: some(
    "facts.dangerousWorks",
    any(
      ...planFailings,
      because(eq("specialPlan.seriousDefects", true), "专项施工方案存在严重缺陷", "the special plan is seriously defective")
    ),
    named("facts.dangerousWorks")
  )
})

// ---------------------------------------------------------------------------------------------
// 2024 第四条(五) 危大工程验收
// ---------------------------------------------------------------------------------------------

/**
 * 2024 第四条(五) (new): 需要验收的危大工程未经验收合格即进入下一道工序或投入使用.
 *
 * @since 0.1.0
 */
export const dangerousWorksAcceptance2024 = defineItem({
  slug: "dangerous-works-acceptance",
  edition: "2024",
  article: 4,
  item: 5,
  verified: true,
  title: L("危大工程未经验收合格即进入下一道工序或投入使用", "Dangerous sub-project used or built on before passing acceptance"),
  message: L(
    "对按照规定需要验收的危险性较大的分部分项工程，未经验收合格即进入下一道工序或投入使用",
    "A dangerous sub-project that must be accepted went on to the next stage or into use without passing acceptance"
  ),
  remediation: L(
    "立即停止后续工序或停止使用，组织验收，验收合格后方可进入下一道工序或投入使用。",
    "Stop the next stage or the use at once; organise the acceptance and continue only after it is passed."
  ),
  keys: ["dangerousWorks"],
  violationWhen: some(
    "facts.dangerousWorks",
    all(
      because(eq("acceptance.required", true), "按规定需要验收", "acceptance is required"),
      because(eq("acceptance.passed", false), "未经验收合格", "it has not passed acceptance"),
      because(eq("acceptance.proceeded", true), "已进入下一道工序或投入使用", "it went on to the next stage or into use")
    ),
    named("facts.dangerousWorks")
  )
})

/** Every version of the 第四条 rules. @since 0.1.0 */
export const safetyManagementRules = [
  workSafetyLicence2022,
  workSafetyLicence2024,
  safetyPersonnel2022,
  safetyPersonnel2024,
  specialOperatorCertificates2022,
  specialOperatorCertificates2024,
  dangerousWorksPlans2022,
  dangerousWorksPlans2024,
  dangerousWorksAcceptance2024
] as const
