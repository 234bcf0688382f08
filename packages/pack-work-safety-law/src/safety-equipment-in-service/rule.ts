/**
 * 安全设备不得关闭、破坏 — 安全生产法 (2021) 第三十六条 (second paragraph).
 *
 * regulations.md §7: do not switch off or damage monitoring, alarm, protective or life-saving
 * equipment, and do not tamper with, hide or destroy its data. Penalty 第九十九条(四).
 *
 * Reads `facts.safetyEquipment[].state`, `.placeInOperation` and `.dataTampered`. Damaged
 * equipment and tampered data are a breach whatever the plant does; equipment switched off or
 * removed is a breach while the place it guards is operating (`placeInOperation: true`) — a
 * detector taken down during a shutdown is not. Unknown operation leaves the rule indeterminate.
 * `dataTampered` is read only when given (an inspection records tampering when it finds it): absent
 * means none was found.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { safetyEquipmentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const EquipmentInServiceFacts = factSlice([], ["safetyEquipment"])

/**
 * 第三十六条第二款, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyEquipmentInService = Rule.fromCondition({
  id: "work-safety-law/safety-equipment-in-service",
  title: { "zh-CN": "不得关闭、破坏监控、报警、防护、救生设备", en: "Monitoring, alarm, protective and life-saving equipment kept in service" },
  message: {
    "zh-CN": "关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息",
    en: "Monitoring, alarm, protective or life-saving equipment is switched off or damaged, or its data is tampered with, hidden or destroyed"
  },
  remediation: {
    "zh-CN": "立即恢复监控、报警、防护、救生设备、设施的正常运行，恢复其数据、信息，查处关闭、破坏和篡改行为。",
    en: "Put the equipment back into service at once, restore its data, and deal with whoever switched it off, damaged it or tampered with it."
  },
  citation: { document: "work-safety-law-2021", article: 36, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 99, item: 4, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: EquipmentInServiceFacts,
  facts: safetyEquipmentFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.safetyEquipment"),
  notApplicableReason: "no safety equipment listed",
  violationWhen: Condition.some(
    "facts.safetyEquipment",
    Condition.all(
      Condition.show("place"),
      Condition.any(
        Condition.because(Condition.eq("state", "damaged"), "被破坏", "damaged"),
        Condition.because(
          Condition.all(Condition.oneOf("state", ["switched-off", "removed"]), Condition.eq("placeInOperation", true)),
          "在生产运行期间{state:label}",
          "{state:label} while the place it guards was operating"
        ),
        Condition.because(Condition.eq(Condition.factOr("dataTampered", false), true), "相关数据、信息被篡改、隐瞒或者销毁", "its data tampered with, hidden or destroyed")
      )
    ),
    { label: { join: ["place", "name"] }, entry: { "zh-CN": "安全设备", en: "safety equipment" } }
  )
})
