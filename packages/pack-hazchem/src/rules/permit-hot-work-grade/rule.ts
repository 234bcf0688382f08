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
import type { Evidence, Rule } from "@anquan/core"
import type { HotWorkGrade, HotWorkPermit } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  isUnder2022Standard,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard
} from "../permits.ts"
import { all, and3, any, Assessment, definePermitRule, entryAt, eq, is, known, type Lit, not, or3, sectionFacts, type Tri, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkGradeFacts = sectionFacts(["specialOperationPermits"])

const gradeZh: Readonly<Record<HotWorkGrade, string>> = { "special": "特级", "level-1": "一级", "level-2": "二级" }

type Permit = typeof HotWorkPermit.Type

/** "The approved shutdown downgrade applies": every condition recorded true and an approver named. */
const downgradeApplies = (p: Permit, at: (f: string) => string): Lit => {
  const d = p.shutdownDowngrade
  if (d === undefined) return known(false)
  const s = (f: "fullShutdown" | "cleaned" | "purged" | "analysed" | "isolated") => is(at(`shutdownDowngrade.${f}`), d[f], true)
  return all(
    s("fullShutdown"),
    s("cleaned"),
    s("purged"),
    s("analysed"),
    s("isolated"),
    d.approvedBy === undefined ? unknown([at("shutdownDowngrade.approvedBy")]) : known(true, [{ path: at("shutdownDowngrade.approvedBy"), value: d.approvedBy }])
  )
}

/** {@link downgradeApplies} as a bare value. */
const isDowngraded = (p: Permit): Tri => {
  const d = p.shutdownDowngrade
  if (d === undefined) return false
  return and3(
    and3(and3(eq(d.fullShutdown, true), eq(d.cleaned, true)), and3(eq(d.purged, true), eq(d.analysed, true))),
    and3(eq(d.isolated, true), d.approvedBy === undefined ? undefined : true)
  )
}

/** "The location requires a grade above the permit's" (before any shutdown downgrade), as a bare value. */
const locationNeedsMore = (p: Permit): Tri => {
  const loc = p.location
  const hazardPlace = eq(loc?.inFireExplosionHazardPlace, true)
  const aboveLevel2 = or3(or3(hazardPlace, eq(loc?.insideMajorHazardTankFarmDike, true)), eq(loc?.onPipeRack, true))
  switch (p.grade) {
    case "special":
      return false
    case "level-1":
      return or3(
        and3(hazardPlace, or3(eq(loc?.onOperatingEquipment, true), eq(loc?.pressurisedWithoutPurging, true))),
        eq(loc?.insideMajorHazardTankFarmDike, true)
      )
    case "level-2":
      return aboveLevel2
    default:
      return aboveLevel2 === false ? false : undefined
  }
}

/** One hot-work permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"hot-work">, i: number): void => {
  const downgraded = isDowngraded(p)
  if (!a.entry(isUnder2022Standard(p), and3(locationNeedsMore(p), downgraded === undefined ? undefined : !downgraded))) return
  const { path, at } = entryAt(PERMITS, i)
  const loc = p.location
  const l = (f: "inFireExplosionHazardPlace" | "onOperatingEquipment" | "pressurisedWithoutPurging" | "insideMajorHazardTankFarmDike" | "onPipeRack") =>
    is(at(`location.${f}`), loc?.[f], true)
  const special = any(
    all(l("inFireExplosionHazardPlace"), any(l("onOperatingEquipment"), l("pressurisedWithoutPurging"))),
    l("insideMajorHazardTankFarmDike")
  )
  const grade = p.grade
  const gradeEvidence: ReadonlyArray<Evidence> = grade === undefined ? [] : [{ path: at("grade"), value: grade }]
  // "The location requires a grade above the permit's" (before any shutdown downgrade).
  let above: Lit
  let required: HotWorkGrade | undefined
  if (grade === "special") above = known(false, gradeEvidence)
  else if (grade === "level-1") {
    above = { ...special, evidence: [...gradeEvidence, ...special.evidence] }
    required = "special"
  } else if (grade === "level-2") {
    // Anything above 二级: a hazard place (特级 on operating equipment is inside one too), a
    // major-hazard tank farm dike, or a pipe rack.
    above = any(l("inFireExplosionHazardPlace"), l("insideMajorHazardTankFarmDike"), l("onPipeRack"))
    above = { ...above, evidence: [...gradeEvidence, ...above.evidence] }
    required = special.holds === true ? "special" : "level-1"
  } else {
    // Without a grade on the permit, only a location that needs no more than 二级 is known to be in order.
    const need = any(l("inFireExplosionHazardPlace"), l("insideMajorHazardTankFarmDike"), l("onPipeRack"))
    above = need.holds === false ? need : unknown([at("grade"), ...need.missing])
  }
  a.check({
    scope: under2022Standard(p, at),
    breach: all(above, not(downgradeApplies(p, at))),
    context: permitContext(p, at),
    zh: `动火安全作业票${permitLabel(p, path)}为${grade === undefined ? "" : gradeZh[grade]}，动火部位要求${required === undefined ? "更高级别" : gradeZh[required]}`,
    en: `hot-work permit ${permitLabel(p, path)} is ${grade ?? "ungraded"}, but the location requires ${required ?? "a higher grade"}`
  })
}

/**
 * 动火级别与作业票相符.
 *
 * @since 0.1.0
 */
export const permitHotWorkGrade: Rule.Rule<typeof PermitHotWorkGradeFacts.Type> = definePermitRule({
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
  facts: PermitHotWorkGradeFacts,
  reads: [
    "facts.specialOperationPermits[kind=hot-work].grade",
    "facts.specialOperationPermits[kind=hot-work].location.inFireExplosionHazardPlace",
    "facts.specialOperationPermits[kind=hot-work].location.onOperatingEquipment",
    "facts.specialOperationPermits[kind=hot-work].location.pressurisedWithoutPurging",
    "facts.specialOperationPermits[kind=hot-work].location.insideMajorHazardTankFarmDike",
    "facts.specialOperationPermits[kind=hot-work].location.onPipeRack",
    "facts.specialOperationPermits[kind=hot-work].shutdownDowngrade",
    "facts.specialOperationPermits[kind=hot-work].validFrom",
    "facts.specialOperationPermits[kind=hot-work].workStartedAt"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "hot-work", "no hot-work permit", assessPermit)
})
