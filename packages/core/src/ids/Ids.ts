/**
 * 编号 — branded identifiers.
 *
 * Every record the SDK tracks carries an id: a non-empty string branded with the kind of thing
 * it names, so a `HazardId` can never be passed where an `AccidentId` is expected. The ids are
 * opaque: the SDK never parses them, and a deployment may use UUIDs, ledger numbers
 * (`YH-2024-0017`) or anything else that is unique within its kind.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * 隐患编号 — id of a hazard (事故隐患) in the hazard ledger (台账).
 *
 * @since 0.1.0
 */
export const HazardId = Schema.NonEmptyString.pipe(Schema.brand("HazardId")).annotate({
  identifier: "HazardId",
  description: "隐患编号 — hazard id"
})
/** @since 0.1.0 */
export type HazardId = typeof HazardId.Type

/**
 * 专项行动编号 — id of a campaign (专项行动, 专项整治).
 *
 * @since 0.1.0
 */
export const CampaignId = Schema.NonEmptyString.pipe(Schema.brand("CampaignId")).annotate({
  identifier: "CampaignId",
  description: "专项行动编号 — campaign id"
})
/** @since 0.1.0 */
export type CampaignId = typeof CampaignId.Type

/**
 * 事故编号 — id of a production-safety accident (生产安全事故).
 *
 * @since 0.1.0
 */
export const AccidentId = Schema.NonEmptyString.pipe(Schema.brand("AccidentId")).annotate({
  identifier: "AccidentId",
  description: "事故编号 — accident id"
})
/** @since 0.1.0 */
export type AccidentId = typeof AccidentId.Type

/**
 * 检查编号 — id of an inspection (自查, 执法检查, 专家检查).
 *
 * @since 0.1.0
 */
export const InspectionId = Schema.NonEmptyString.pipe(Schema.brand("InspectionId")).annotate({
  identifier: "InspectionId",
  description: "检查编号 — inspection id"
})
/** @since 0.1.0 */
export type InspectionId = typeof InspectionId.Type

/**
 * 责任书编号 — id of a responsibility agreement (安全生产责任书).
 *
 * @since 0.1.0
 */
export const AgreementId = Schema.NonEmptyString.pipe(Schema.brand("AgreementId")).annotate({
  identifier: "AgreementId",
  description: "责任书编号 — responsibility agreement id"
})
/** @since 0.1.0 */
export type AgreementId = typeof AgreementId.Type

/**
 * 人员编号 — id of a person. Never a national ID number (身份证号): that is personal
 * information the SDK does not need.
 *
 * @since 0.1.0
 */
export const PersonId = Schema.NonEmptyString.pipe(Schema.brand("PersonId")).annotate({
  identifier: "PersonId",
  description: "人员编号 — person id (not a national ID number)"
})
/** @since 0.1.0 */
export type PersonId = typeof PersonId.Type

/**
 * 场所编号 — id of a site (厂区, 库区, 门店, 工地) of an enterprise.
 *
 * @since 0.1.0
 */
export const SiteId = Schema.NonEmptyString.pipe(Schema.brand("SiteId")).annotate({
  identifier: "SiteId",
  description: "场所编号 — site id"
})
/** @since 0.1.0 */
export type SiteId = typeof SiteId.Type

/**
 * 装置/设施编号 — id of an installation (装置, 储罐区, 库房, 重大危险源单元).
 *
 * @since 0.1.0
 */
export const InstallationId = Schema.NonEmptyString.pipe(Schema.brand("InstallationId")).annotate({
  identifier: "InstallationId",
  description: "装置/设施编号 — installation id"
})
/** @since 0.1.0 */
export type InstallationId = typeof InstallationId.Type

/**
 * 部门编号 — id of a department (a government department or an enterprise's internal department).
 *
 * @since 0.1.0
 */
export const DepartmentId = Schema.NonEmptyString.pipe(Schema.brand("DepartmentId")).annotate({
  identifier: "DepartmentId",
  description: "部门编号 — department id"
})
/** @since 0.1.0 */
export type DepartmentId = typeof DepartmentId.Type
