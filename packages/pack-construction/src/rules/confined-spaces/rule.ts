/**
 * 第十一条 有限空间作业 (2022, 2 items; 2024, 4 items).
 *
 * | rule | 2022 第十一条 | 2024 第十一条 |
 * |---|---|---|
 * | `confined-space-identification` | — | (一) (new) |
 * | `confined-space-work-procedure` | (一) | (二) |
 * | `confined-space-supervision` | (二) 无专人监护 | (三) + **无专职安全生产管理人员现场监督** |
 * | `confined-space-equipment` | — | (四) (new) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, eq, one, some } = Condition

/**
 * 2024 第十一条(一) (new): 施工现场有限空间未辨识**且**未在显著位置设置警示标志.
 *
 * @since 0.1.0
 */
export const confinedSpaceIdentification2024 = defineItem({
  slug: "confined-space-identification",
  edition: "2024",
  article: 11,
  item: 1,
  verified: true,
  title: L("有限空间未辨识且未设置警示标志", "Confined spaces neither identified nor signed"),
  message: L("施工现场有限空间未辨识，且未在显著位置设置警示标志", "The site's confined spaces are not identified and have no warning signs in conspicuous places"),
  remediation: L("组织辨识施工现场有限空间，建立台账，并在显著位置设置警示标志。", "Identify and list the site's confined spaces, and post warning signs where they are seen."),
  keys: ["confinedSpaceManagement"],
  violationWhen: one(
    "facts.confinedSpaceManagement",
    all(
      because(eq("identified", false), "有限空间未辨识", "confined spaces not identified"),
      because(eq("warningSigns", false), "未在显著位置设置警示标志", "no warning signs")
    ),
    { entry: L("有限空间管理", "confined-space management") }
  )
})

const procedure = (edition: Edition) =>
  defineItem({
    slug: "confined-space-work-procedure",
    edition,
    article: 11,
    item: edition === "2022" ? 1 : 2,
    verified: true,
    title: L("有限空间作业未审批、未培训或未先通风再检测后作业", "Confined-space work without approval, training, or ventilate-test-enter"),
    message: L(
      "有限空间作业未履行作业审批制度，未对施工人员进行专项安全教育培训，未执行“先通风、再检测、后作业”原则",
      "Confined-space work without the approval procedure, without dedicated safety training, or without 'ventilate first, test next, then work'"
    ),
    remediation: L(
      "停止作业，履行审批，开展专项安全教育培训，严格执行“先通风、再检测、后作业”。",
      "Stop the work; get it approved, train the workers, and ventilate, test, then work."
    ),
    keys: ["confinedSpaceWorks"],
    violationWhen: some(
      "facts.confinedSpaceWorks",
      any(
        because(eq("approved", false), "未履行作业审批制度", "no work approval"),
        because(eq("specialTraining", false), "未进行专项安全教育培训", "no dedicated safety training"),
        because(eq("ventilatedTestedFirst", false), "未执行“先通风、再检测、后作业”", "did not ventilate, test, then work")
      ),
      named("facts.confinedSpaceWorks")
    )
  })

/** 2022 第十一条(一). @since 0.1.0 */
export const confinedSpaceWorkProcedure2022 = procedure("2022")
/** 2024 第十一条(二). @since 0.1.0 */
export const confinedSpaceWorkProcedure2024 = procedure("2024")

const noAttendant: Condition.Condition = because(eq("attendant", false), "作业现场未安排专人进行监护", "no dedicated attendant on site")

/**
 * 2022 第十一条(二): 有限空间作业时现场未有专人负责监护工作.
 *
 * @since 0.1.0
 */
export const confinedSpaceSupervision2022 = defineItem({
  slug: "confined-space-supervision",
  edition: "2022",
  article: 11,
  item: 2,
  verified: true,
  title: L("有限空间作业现场无专人监护", "Confined-space work without an attendant"),
  message: L("有限空间作业时现场未有专人负责监护工作", "No dedicated attendant watches the confined-space work on site"),
  remediation: L("停止作业，安排专人全程现场监护后方可作业。", "Stop the work; resume only with a dedicated attendant on site throughout."),
  keys: ["confinedSpaceWorks"],
  violationWhen: some(
    "facts.confinedSpaceWorks",
    noAttendant,
    named("facts.confinedSpaceWorks")
  )
})

/**
 * 2024 第十一条(三): 现场未有专人负责监护工作，**或未有专职安全生产管理人员现场监督**.
 *
 * @since 0.1.0
 */
export const confinedSpaceSupervision2024 = defineItem({
  slug: "confined-space-supervision",
  edition: "2024",
  article: 11,
  item: 3,
  verified: true,
  title: L("有限空间作业现场无专人监护或无专职安全管理人员监督", "Confined-space work without an attendant or a full-time safety manager on site"),
  message: L(
    "有限空间作业时现场未有专人负责监护工作，或未有专职安全生产管理人员现场监督",
    "No dedicated attendant watches the confined-space work, or no full-time safety manager supervises it on site"
  ),
  remediation: L("停止作业，安排专人监护并由专职安全生产管理人员现场监督后方可作业。", "Stop the work; resume only with a dedicated attendant and a full-time safety manager supervising on site."),
  keys: ["confinedSpaceWorks"],
  violationWhen: some(
    "facts.confinedSpaceWorks",
    any(
      noAttendant,
      because(eq("safetyManagerOnSite", false), "未有专职安全生产管理人员现场监督", "no full-time safety manager supervising on site")
    ),
    named("facts.confinedSpaceWorks")
  )
})

/**
 * 2024 第十一条(四) (new): 有限空间作业未配备气体检测、机械通风、呼吸防护或应急救援设施设备.
 *
 * @since 0.1.0
 */
export const confinedSpaceEquipment2024 = defineItem({
  slug: "confined-space-equipment",
  edition: "2024",
  article: 11,
  item: 4,
  verified: true,
  title: L("有限空间作业未配备检测、通风、呼吸防护或救援设备", "Confined-space work without detection, ventilation, breathing or rescue equipment"),
  message: L(
    "有限空间作业时未配备气体检测、机械通风、呼吸防护或应急救援等设施设备",
    "The confined-space work lacks gas detection, mechanical ventilation, respiratory protection or emergency rescue equipment"
  ),
  remediation: L("停止作业，配齐气体检测、机械通风、呼吸防护和应急救援设施设备后方可作业。", "Stop the work; resume only with gas detection, mechanical ventilation, respiratory protection and rescue equipment on site."),
  keys: ["confinedSpaceWorks"],
  violationWhen: some(
    "facts.confinedSpaceWorks",
    any(
      because(eq("gasDetection", false), "未配备气体检测设备", "no gas detection"),
      because(eq("mechanicalVentilation", false), "未配备机械通风设备", "no mechanical ventilation"),
      because(eq("respiratoryProtection", false), "未配备呼吸防护用品", "no respiratory protection"),
      because(eq("rescueEquipment", false), "未配备应急救援设备", "no rescue equipment")
    ),
    named("facts.confinedSpaceWorks")
  )
})

/** Every version of the 第十一条 rules. @since 0.1.0 */
export const confinedSpaceRules = [
  confinedSpaceIdentification2024,
  confinedSpaceWorkProcedure2022,
  confinedSpaceWorkProcedure2024,
  confinedSpaceSupervision2022,
  confinedSpaceSupervision2024,
  confinedSpaceEquipment2024
] as const
