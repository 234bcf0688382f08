/**
 * 第13项 — 控制室或者机柜间面向具有火灾、爆炸危险性装置一侧不满足国家标准关于防火防爆的要求
 * (hazchem-major-hazard-2017 item 13).
 *
 * A `controlRooms[]` entry is in scope when it faces a fire- or explosion-hazard unit, and in
 * breach when `fireAndBlastProtectionCompliant` is `false`. No room in scope → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { controlRoomsFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 13 reads. @since 0.1.0 */
export const ControlRoomBlastProtectionFacts = sectionFacts(["controlRooms"])

const ROOMS = "facts.controlRooms"

/**
 * 控制室、机柜间防火防爆.
 *
 * @since 0.1.0
 */
export const controlRoomBlastProtection: Rule.Rule<typeof ControlRoomBlastProtectionFacts.Type> = itemRule({
  item: 13,
  slug: "control-room-blast-protection",
  title: {
    "zh-CN": "控制室、机柜间面向火灾爆炸危险性装置一侧满足防火防爆要求",
    en: "Control and cabinet rooms facing fire- or explosion-hazard units meet the fire and blast requirements"
  },
  message: {
    "zh-CN": "控制室或者机柜间面向具有火灾、爆炸危险性装置一侧不满足国家标准关于防火防爆的要求",
    en: "The side of a control room or cabinet room facing a fire- or explosion-hazard unit does not meet the national fire and blast protection requirements"
  },
  remediation: {
    "zh-CN": "按国家标准对控制室、机柜间面向火灾、爆炸危险性装置一侧进行防火防爆改造，或者迁移控制室、机柜间。",
    en: "Bring the side facing the hazardous unit up to the national fire and blast protection requirements, or move the room."
  },
  schema: ControlRoomBlastProtectionFacts,
  facts: controlRoomsFact,
  notApplicableWhen: Condition.every(ROOMS, Condition.all(Condition.present("facesFireExplosionHazardUnit"), Condition.eq("facesFireExplosionHazardUnit", false))),
  notApplicableReason: "no control room or cabinet room faces a fire- or explosion-hazard unit",
  violationWhen: Condition.some(
    ROOMS,
    Condition.because(
      Condition.all(Condition.show("kind"), Condition.show("id"), Condition.eq("facesFireExplosionHazardUnit", true), Condition.eq("fireAndBlastProtectionCompliant", false)),
      "{kind:label}{$entry}面向火灾爆炸危险性装置一侧不满足防火防爆要求",
      "{kind:label} {$entry} does not meet the fire and blast requirements on the side facing the hazardous unit"
    ),
    { label: "id", heading: false }
  )
})
