/**
 * 动火级别 — GB 30871-2022 §5.1.1–§5.1.4 (regulations.md §8, "动火 grades"): the grade a 动火 permit
 * must carry, from where the work is done.
 *
 * - **特级**: 动火 on operating equipment, pipelines, tanks or vessels in a fire/explosion-hazard
 *   place (带压不置换动火 included: `location.inFireExplosionHazardPlace` and
 *   `location.onOperatingEquipment` or `location.pressurisedWithoutPurging`); or inside the 防火堤
 *   of a 重大危险源 tank farm holding flammable or explosive media (`location.insideMajorHazardTankFarmDike`).
 * - **一级**: other 动火 in a fire/explosion-hazard place; 动火 on a 管廊 (`location.onPipeRack`).
 * - **二级**: everything else.
 * - After a full shutdown with 清洗, 置换, 分析 done and isolation in place, and approval by the
 *   enterprise's 生产负责人 or 安全管理负责人, the work may be managed as 二级
 *   (`shutdownDowngrade`: every condition `true` and `approvedBy` given). A permit without a
 *   `shutdownDowngrade` record claims no downgrade.
 *
 * In breach when the permit's `grade` is lower than the grade required. Unknown location facts are
 * needed only when they could raise the grade above the permit's. Permits starting before
 * 2022-10-01 (UTC+8) are out of scope. No 动火 permit → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkGradeFacts = sectionFacts(["specialOperationPermits"])

const C = Condition
const hotWork = permitsOfKind("hot-work")
const at = (f: string) => C.eq(`location.${f}`, true)

/** 特级 (§5.1.1): on operating equipment in a hazard place (带压不置换 included), or inside a major-hazard tank farm dike. */
const specialPlace = C.any(
  C.all(at("inFireExplosionHazardPlace"), C.any(at("onOperatingEquipment"), at("pressurisedWithoutPurging"))),
  at("insideMajorHazardTankFarmDike")
)
/** {@link specialPlace} known to hold (an unknown location fact counts as not); never evidence: it only chooses the words. */
const certainlySpecialPlace = (() => {
  const yes = (f: string) => C.eq({ fact: `location.${f}`, ifAbsent: false, evidence: false }, true)
  return C.any(C.all(yes("inFireExplosionHazardPlace"), C.any(yes("onOperatingEquipment"), yes("pressurisedWithoutPurging"))), yes("insideMajorHazardTankFarmDike"))
})()
/** Anything above 二级: a hazard place (特级 on operating equipment is inside one too), a tank farm dike, or a pipe rack. */
const aboveLevel2 = C.any(at("inFireExplosionHazardPlace"), at("insideMajorHazardTankFarmDike"), at("onPipeRack"))

/**
 * The approved shutdown downgrade (§5.1.4) applies: a record is given, every condition in it true and
 * an approver named. Without a record, no downgrade is claimed.
 */
const downgraded = (() => {
  const conditions = ["fullShutdown", "cleaned", "purged", "analysed", "isolated"].map((f) => `shutdownDowngrade.${f}`)
  const approver = "shutdownDowngrade.approvedBy"
  return C.when(
    C.present("shutdownDowngrade"),
    C.all(...conditions.map((f) => C.eq(f, true)), C.oneOf(approver, ["production-head", "safety-head"])),
    { guardEvidence: false }
  )
})()

/** A permit whose grade (`grade`) is below what its location (`needs`) requires (`required`), not downgraded (checked once, beside). */
const tooLow = (grade: Condition.Condition, needs: Condition.Condition, required: { readonly zh: string; readonly en: string }) =>
  C.because(
    C.all(grade, needs),
    `动火安全作业票{id|$entry}为{grade:label}，动火部位要求${required.zh}`,
    `hot-work permit {id|$entry} is {grade|=ungraded}, but the location requires ${required.en}`
  )

/**
 * 动火级别与作业票相符.
 *
 * @since 0.1.0
 */
export const permitHotWorkGrade: Rule.Rule<typeof PermitHotWorkGradeFacts.Type> = permitRule({
  slug: "permit-hot-work-grade",
  title: { "zh-CN": "动火作业按规定级别办理作业票", en: "Hot-work permits carry the grade the location requires" },
  message: {
    "zh-CN": "动火安全作业票的级别低于动火部位要求的级别",
    en: "A hot-work permit is of a lower grade than the location of the work requires"
  },
  remediation: {
    "zh-CN": "按GB 30871-2022确定动火级别：火灾爆炸危险场所内运行状态的设备、管道、储罐、容器上动火（含带压不置换动火）及存有易燃易爆介质的重大危险源罐区防火堤内动火为特级；火灾爆炸危险场所内的其他动火及管廊上动火为一级；其他为二级；按相应级别重新办理作业票和审批。",
    en: "Grade hot work by GB 30871-2022 — special: on operating equipment, pipelines, tanks or vessels in a fire/explosion-hazard place (including pressurised work without purging) or inside the dike of a major-hazard tank farm with flammable media; grade 1: other hot work in such places and on pipe racks; grade 2: the rest — and re-issue the permit and approvals at that grade."
  },
  schema: PermitHotWorkGradeFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: C.none(PERMITS, hotWork.inScope, { asOf: hotWork.asOf }),
  notApplicableReason: "no hot-work permit",
  // 特级 is always enough; 一级 needs a 特级 place; 二级 anything above it; without a grade, only a place
  // that needs no more than 二级 is known to be in order
  violationWhen: C.some(
    PERMITS,
    permitInBreach("hot-work", C.all(C.any(
      tooLow(C.eq("grade", "level-1"), specialPlace, { zh: "特级", en: "special" }),
      tooLow(C.eq("grade", "level-2"), C.all(certainlySpecialPlace, aboveLevel2), { zh: "特级", en: "special" }),
      tooLow(C.eq("grade", "level-2"), C.all(C.not(certainlySpecialPlace), aboveLevel2), { zh: "一级", en: "level-1" }),
      tooLow(C.not(C.oneOf("grade", ["special", "level-1", "level-2"])), aboveLevel2, { zh: "更高级别", en: "a higher grade" })
    ), C.not(downgraded))),
    { asOf: hotWork.asOf, heading: false }
  )
})
