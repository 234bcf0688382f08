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
import type { Citation } from "@anquan/core"
import { all, any, defineItem, eachOf, expired, fallsShort, flag, HAZARD_NOT_ELIMINATED, judge, L, lacks, one, t } from "../kit.ts"

/** 安全生产法 第九十七条(二): high-risk units' 主要负责人 or safety staff not 考核合格. */
const NOT_ASSESSED: Citation = { document: "work-safety-law-2021", article: 97, item: 2, verified: true }
/** 安全生产法 第九十七条(一): no safety staff as required. */
const NO_SAFETY_STAFF: Citation = { document: "work-safety-law-2021", article: 97, item: 1, verified: true }
/** 安全生产法 第九十七条(七): 特种作业人员 without qualification. */
const UNQUALIFIED_OPERATOR: Citation = { document: "work-safety-law-2021", article: 97, item: 7, verified: true }

const roleLabel = {
  principal: t("主要负责人", "principal"),
  "project-manager": t("项目负责人", "project manager"),
  "full-time-safety-manager": t("专职安全生产管理人员", "full-time safety manager")
} as const

// ---------------------------------------------------------------------------------------------
// 第四条(一) 安全生产许可证 (2024: 及资质)
// ---------------------------------------------------------------------------------------------

const licenceTitle = L("施工单位无安全生产许可证", "Contractor without a work-safety licence")

const licenceNotInForce = (
  l: { readonly held?: boolean; readonly validUntil?: Date; readonly suspendedOrRevoked?: boolean },
  p: string,
  asOf: Date
) =>
  any(
    lacks(`${p}.held`, l.held, t("未取得安全生产许可证", "holds no work-safety licence")),
    flag(`${p}.suspendedOrRevoked`, l.suspendedOrRevoked, t("安全生产许可证被暂扣或吊销", "the licence is suspended or revoked")),
    expired(`${p}.validUntil`, l.validUntil, asOf, (d) => t(`安全生产许可证已于${d}到期`, `the licence expired on ${d}`))
  )

const licenceReads = [
  "facts.contractor.workSafetyLicence.held",
  "facts.contractor.workSafetyLicence.validUntil",
  "facts.contractor.workSafetyLicence.suspendedOrRevoked"
]

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
  reads: licenceReads,
  evaluate: (f, asOf) =>
    judge(one(f?.contractor?.workSafetyLicence, "facts.contractor.workSafetyLicence", t("安全生产许可证", "work-safety licence"), (l, p) =>
      licenceNotInForce(l, p, asOf)))
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
  reads: [...licenceReads, "facts.contractor.qualification.held", "facts.contractor.qualification.coversProject"],
  evaluate: (f, asOf) =>
    judge(
      one(f?.contractor?.workSafetyLicence, "facts.contractor.workSafetyLicence", t("安全生产许可证", "work-safety licence"), (l, p) =>
        licenceNotInForce(l, p, asOf)),
      one(f?.contractor?.qualification, "facts.contractor.qualification", t("建筑业企业资质", "contractor qualification"), (q, p) =>
        any(
          lacks(`${p}.held`, q.held, t("无资质承揽工程", "took on the work without any qualification")),
          lacks(`${p}.coversProject`, q.coversProject, t("超资质承揽工程", "took on the work beyond its qualification"))
        ))
    )
})

// ---------------------------------------------------------------------------------------------
// 第四条(二) 三类人员 (2024: 及足额配备)
// ---------------------------------------------------------------------------------------------

const personWhat = t("三类人员", "key person")

const personLabel = (role: keyof typeof roleLabel | undefined) => role === undefined ? t("", "") : roleLabel[role]

const personnelReads2022 = ["facts.keyPersonnel[].role", "facts.keyPersonnel[].certificate.held"]

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
  reads: personnelReads2022,
  evaluate: (f) =>
    judge(eachOf(f?.keyPersonnel, "facts.keyPersonnel", personWhat, (person, p) => {
      const role = personLabel(person.role)
      return lacks(`${p}.certificate.held`, person.certificate?.held, () => t(`${role.zh}未取得安全生产考核合格证书`, `${role.en} holds no safety assessment certificate`.trim()))
    }))
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
  reads: [...personnelReads2022, "facts.keyPersonnel[].certificate.validUntil", "facts.safetyManagerStaffing.required", "facts.safetyManagerStaffing.assigned"],
  evaluate: (f, asOf) =>
    judge(
      one(f?.safetyManagerStaffing, "facts.safetyManagerStaffing", t("专职安全生产管理人员配备", "full-time safety manager staffing"), (s, p) =>
        fallsShort(`${p}.assigned`, s.assigned, `${p}.required`, s.required, (a, r) =>
          t(`实际配备${a}人，少于按规定应配备的${r}人`, `${a} assigned, fewer than the ${r} required`))),
      eachOf(f?.keyPersonnel, "facts.keyPersonnel", personWhat, (person, p) => {
        const role = personLabel(person.role)
        return any(
          lacks(`${p}.certificate.held`, person.certificate?.held, () => t(`${role.zh}未取得安全生产考核合格证书`, `${role.en} holds no safety assessment certificate`.trim())),
          expired(`${p}.certificate.validUntil`, person.certificate?.validUntil, asOf, (d) =>
            t(`${role.zh}安全生产考核合格证书已于${d}过期`, `${role.en} safety assessment certificate expired on ${d}`.trim()))
        )
      })
    )
})

// ---------------------------------------------------------------------------------------------
// 第四条(三) 特种作业人员
// ---------------------------------------------------------------------------------------------

const operatorWhat = t("特种作业人员", "special operator")
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
  reads: ["facts.specialOperators[].certificate.held"],
  evaluate: (f) =>
    judge(eachOf(f?.specialOperators, "facts.specialOperators", operatorWhat, (o, p) =>
      lacks(`${p}.certificate.held`, o.certificate?.held, t("未取得操作资格证书", "holds no operator certificate"))))
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
  reads: ["facts.specialOperators[].certificate.held", "facts.specialOperators[].certificate.validUntil"],
  evaluate: (f, asOf) =>
    judge(eachOf(f?.specialOperators, "facts.specialOperators", operatorWhat, (o, p) =>
      any(
        lacks(`${p}.certificate.held`, o.certificate?.held, t("未取得操作资格证书", "holds no operator certificate")),
        expired(`${p}.certificate.validUntil`, o.certificate?.validUntil, asOf, (d) => t(`操作资格证书已于${d}过期`, `the operator certificate expired on ${d}`))
      )))
})

// ---------------------------------------------------------------------------------------------
// 第四条(四) 危大工程专项施工方案
// ---------------------------------------------------------------------------------------------

const workWhat = t("危大工程", "dangerous sub-project")

const planFailings = (w: {
  readonly overSize?: boolean
  readonly specialPlan?: { readonly prepared?: boolean; readonly reviewed?: boolean }
  readonly expertReview?: boolean
}, p: string) => [
  lacks(`${p}.specialPlan.prepared`, w.specialPlan?.prepared, t("未编制专项施工方案", "no special construction plan")),
  lacks(`${p}.specialPlan.reviewed`, w.specialPlan?.reviewed, t("专项施工方案未经审核", "the special plan was not reviewed")),
  all(
    flag(`${p}.overSize`, w.overSize, t("属超过一定规模的危大工程", "it is over the size threshold")),
    lacks(`${p}.expertReview`, w.expertReview, t("未按规定组织专家论证", "no expert review organised"))
  )
]

const planReads = [
  "facts.dangerousWorks[].specialPlan.prepared",
  "facts.dangerousWorks[].specialPlan.reviewed",
  "facts.dangerousWorks[].overSize",
  "facts.dangerousWorks[].expertReview"
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
  reads: planReads,
  evaluate: (f) => judge(eachOf(f?.dangerousWorks, "facts.dangerousWorks", workWhat, (w, p) => any(...planFailings(w, p))))
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
  reads: [...planReads, "facts.dangerousWorks[].specialPlan.seriousDefects"],
  evaluate: (f) =>
    judge(eachOf(f?.dangerousWorks, "facts.dangerousWorks", workWhat, (w, p) =>
      any(
        ...planFailings(w, p),
        flag(`${p}.specialPlan.seriousDefects`, w.specialPlan?.seriousDefects, t("专项施工方案存在严重缺陷", "the special plan is seriously defective"))
      )))
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
  reads: ["facts.dangerousWorks[].acceptance.required", "facts.dangerousWorks[].acceptance.passed", "facts.dangerousWorks[].acceptance.proceeded"],
  evaluate: (f) =>
    judge(eachOf(f?.dangerousWorks, "facts.dangerousWorks", workWhat, (w, p) =>
      all(
        flag(`${p}.acceptance.required`, w.acceptance?.required, t("按规定需要验收", "acceptance is required")),
        lacks(`${p}.acceptance.passed`, w.acceptance?.passed, t("未经验收合格", "it has not passed acceptance")),
        flag(`${p}.acceptance.proceeded`, w.acceptance?.proceeded, t("已进入下一道工序或投入使用", "it went on to the next stage or into use"))
      )))
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
