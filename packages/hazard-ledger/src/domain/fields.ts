/**
 * 字段 — the field lists a command and the event it produces share, so that the two cannot drift
 * apart: what a report says about the hazard (`reportedSubject`, `reportedDiscovery`) and the 五落实
 * items (`planItems`).
 *
 * @since 0.1.0
 */
import {
  CalendarDate,
  CampaignId,
  HazardLevel,
  InstallationId,
  JurisdictionCode,
  NonNegativeYuan,
  PersonRef,
  Sector,
  SiteId,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Schema } from "effect"

/**
 * Who and where (the enterprise, its site and installation, the jurisdiction and sector) and the
 * level as found — the leading fields of `Report` and `HazardReported`.
 *
 * @since 0.1.0
 */
export const reportedSubject = {
  subject: UnifiedSocialCreditCode,
  site: Schema.optionalKey(SiteId),
  installation: Schema.optionalKey(InstallationId),
  jurisdiction: JurisdictionCode,
  sector: Sector,
  level: HazardLevel
} as const

/**
 * The campaign it was found in, when and by whom, and the deadline and responsible person set at
 * once — the fields of `Report` and `HazardReported` after the description and source.
 *
 * @since 0.1.0
 */
export const reportedDiscovery = {
  campaignId: Schema.optionalKey(CampaignId),
  discoveredOn: CalendarDate.CalendarDate,
  discoveredBy: Schema.optionalKey(PersonRef),
  deadline: Schema.optionalKey(CalendarDate.CalendarDate),
  responsiblePerson: Schema.optionalKey(PersonRef)
} as const

/**
 * 五落实 items: measures, funds, emergency plan, deadline and responsible person (the fifth, 责任,
 * is the person), each optional — `RecordFiveInPlace`/`PlanRectification` and their events.
 *
 * @since 0.1.0
 */
export const planItems = {
  measures: Schema.optionalKey(Schema.NonEmptyString),
  funds: Schema.optionalKey(NonNegativeYuan),
  emergencyPlan: Schema.optionalKey(Schema.NonEmptyString),
  deadline: Schema.optionalKey(CalendarDate.CalendarDate),
  responsiblePerson: Schema.optionalKey(PersonRef)
} as const
