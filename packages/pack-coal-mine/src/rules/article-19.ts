/**
 * 第十九条 “改制、合并、分立期间，未明确安全生产责任人和安全生产管理机构，或者在完成改制、合并、分立后，未重新取得或者及时变更安全生产许可证等”重大事故隐患，是指有下列情形之一的： — 2 情形.
 *
 * Applies to 井工 and 露天煤矿, by `facts.restructuring.status`.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { flagRule } from "./shared.ts"

const { ne } = Condition

/** 第十九条(一): “改制、合并、分立期间，未明确安全生产责任主体或者安全生产第一责任人进行生产建设。” @since 0.2.0 */
export const restructuringResponsibility = flagRule({
  article: 19, item: 1, slug: "restructuring-responsibility",
  title: ["改制期间未明确安全生产责任主体", "No named responsible party during restructuring"],
  message: ["改制、合并、分立期间，未明确安全生产责任主体或者安全生产第一责任人进行生产建设", "The mine produces during restructuring, merger or split without a named responsible entity or first responsible person"],
  remediation: ["明确安全生产责任主体和第一责任人后再生产建设。", "Name the responsible entity and person before producing."],
  path: "facts.restructuring.responsibleNotNamed", breach: true, notApplicableWhen: ne("facts.restructuring.status", "underway")
})

/** 第十九条(二): “完成改制、合并、分立后，未重新取得或者按照规定时间变更安全生产许可证进行生产建设。” @since 0.2.0 */
export const restructuringLicence = flagRule({
  article: 19, item: 2, slug: "restructuring-licence",
  title: ["改制后未重新取得或按时变更安全生产许可证", "Licence not renewed after restructuring"],
  message: ["完成改制、合并、分立后，未重新取得或者按照规定时间变更安全生产许可证进行生产建设", "After restructuring, merger or split the mine produces without a new licence or one amended in time"],
  remediation: ["重新取得或按时变更安全生产许可证。", "Obtain or amend the work-safety licence in time."],
  path: "facts.restructuring.licenceNotRenewedInTime", breach: true, notApplicableWhen: ne("facts.restructuring.status", "completed")
})

/** 第十九条, in the order of its 情形. @since 0.2.0 */
export const article19: ReadonlyArray<Rule.Rule<any>> = [restructuringResponsibility, restructuringLicence]
