/**
 * 餐饮等行业燃气场所可燃气体报警装置 — 安全生产法 (2021) 第三十六条 (third paragraph).
 *
 * regulations.md §7: 餐饮 and similar businesses using gas must install 可燃气体报警装置.
 * Penalty 第九十九条(八).
 *
 * Reads `facts.fuelGasUse`: whether the unit is a catering or similar business, whether it uses
 * fuel gas, and each place where it does with `combustibleGasAlarm`. An alarm that is installed but
 * switched off or unpowered is the concern of `work-safety-law/safety-equipment-in-service` (list it
 * under `facts.safetyEquipment`).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { fuelGasFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const CateringGasFacts = factSlice([], ["fuelGasUse"])

/**
 * 第三十六条第三款, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const cateringGasAlarm = Rule.fromCondition({
  id: "work-safety-law/catering-gas-alarm",
  title: { "zh-CN": "餐饮等行业使用燃气安装可燃气体报警装置", en: "Combustible gas alarms where catering businesses use gas" },
  message: {
    "zh-CN": "餐饮等行业的生产经营单位使用燃气，未安装可燃气体报警装置",
    en: "A catering or similar business uses fuel gas without a combustible gas alarm"
  },
  remediation: {
    "zh-CN": "在使用燃气的场所安装可燃气体报警装置，并保障其正常使用。",
    en: "Install a combustible gas alarm wherever fuel gas is used and keep it working."
  },
  citation: { document: "work-safety-law-2021", article: 36, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 99, item: 8, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: CateringGasFacts,
  facts: fuelGasFacts,
  evidence: "read",
  notApplicableWhen: Condition.any(Condition.eq("facts.fuelGasUse.cateringOrSimilar", false), Condition.eq("facts.fuelGasUse.usesFuelGas", false)),
  notApplicableReason: "not a catering or similar business using fuel gas",
  violationWhen: Condition.some(
    "facts.fuelGasUse.places",
    Condition.because(Condition.eq("combustibleGasAlarm", false), "使用燃气的{name|id|#}未安装可燃气体报警装置", "{name|id|#} uses fuel gas without a combustible gas alarm"),
    { heading: false }
  )
})
