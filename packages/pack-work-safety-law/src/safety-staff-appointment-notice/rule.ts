/**
 * 安全生产管理人员任免告知 — 安全生产法 (2021) 第二十六条 (third point).
 *
 * regulations.md §7: appointment or removal of safety staff at 危险物品 production/storage units,
 * 矿山 and 金属冶炼 must be notified to the supervising department. No penalty is attached: §7
 * lists none for 第二十六条. The article's other points (hearing the safety staff on safety
 * decisions; not penalising them for doing their job) cannot be seen in a unit's record.
 *
 * Reads `enterprise.sectors` and `.dangerousGoodsActivities` (scope) and
 * `facts.safetyStaffChanges` (changes dated after the as-of day are ignored).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { safetyStaffChangeFacts, scopeFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const AppointmentNoticeFacts = factSlice(["sectors", "dangerousGoodsActivities"], ["safetyStaffChanges"])

/**
 * 第二十六条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyStaffAppointmentNotice = Rule.fromCondition({
  id: "work-safety-law/safety-staff-appointment-notice",
  title: { "zh-CN": "安全生产管理人员任免告知主管部门", en: "Appointments and removals of safety staff notified" },
  message: {
    "zh-CN": "危险物品的生产、储存单位以及矿山、金属冶炼单位任免安全生产管理人员，未告知主管的负有安全生产监督管理职责的部门",
    en: "A dangerous-goods producer or store, mine or metal smelter appointed or removed safety staff without notifying the supervising department"
  },
  remediation: {
    "zh-CN": "任免安全生产管理人员时，告知主管的负有安全生产监督管理职责的部门。",
    en: "Notify the supervising department of every appointment and removal of safety staff."
  },
  citation: { document: "work-safety-law-2021", article: 26, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: AppointmentNoticeFacts,
  facts: { ...scopeFacts, ...safetyStaffChangeFacts },
  evidence: "read",
  notApplicableWhen: Condition.any(
    Condition.not(Condition.any(Condition.oneOf("enterprise.sectors", ["coal-mine", "non-coal-mine", "metal-smelting"]), Condition.oneOf("enterprise.dangerousGoodsActivities", ["production", "storage"]))),
    Condition.none("facts.safetyStaffChanges", undefined, { asOf: "date" })
  ),
  notApplicableReason: "not a dangerous-goods producer or store, mine or metal smelter, or no appointment or removal",
  violationWhen: Condition.some(
    "facts.safetyStaffChanges",
    Condition.because(Condition.eq("notified", false), "{kind:label|=任免}安全生产管理人员{name|#}未告知主管的负有安全生产监督管理职责的部门", "{kind:label|=change} of safety staff {name|#} not notified to the supervising department"),
    { heading: false, asOf: "date" }
  )
})
