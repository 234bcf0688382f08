/**
 * @anquan/pack-work-safety-law — the baseline duties of 中华人民共和国安全生产法 that bind every
 * production and business unit, with each version of the law in force on its own dates.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import { Pack } from "@anquan/core"
import { safetyManagementStaffing } from "./safety-management-staffing/rule.ts"

export { safetyManagementStaffing, staffing2002, staffing2014, staffing2021, StaffingFacts } from "./safety-management-staffing/rule.ts"

/**
 * The pack. Register it with every other pack you use.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * const engine = Engine.make({ packs: [workSafetyLaw] })
 * ```
 * @since 0.1.0
 */
export const workSafetyLaw = Pack.define({
  id: "work-safety-law",
  name: { "zh-CN": "中华人民共和国安全生产法", en: "Work Safety Law of the PRC" },
  version: "0.1.0",
  description: {
    "zh-CN": "适用于所有生产经营单位的安全生产法基本义务，按各版本施行日期判定。",
    en: "The Work Safety Law's baseline duties for every production and business unit, each version on its own dates."
  },
  rules: [...safetyManagementStaffing]
})
