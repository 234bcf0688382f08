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
import { all, any, defineItem, eachOf, judge, L, lacks, one, t } from "../kit.ts"
import type { Cond, Edition, Entry } from "../kit.ts"

type Work = Entry<"confinedSpaceWorks">
const what = t("有限空间作业", "confined-space work")

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
  reads: ["facts.confinedSpaceManagement.identified", "facts.confinedSpaceManagement.warningSigns"],
  evaluate: (f) =>
    judge(one(f?.confinedSpaceManagement, "facts.confinedSpaceManagement", t("有限空间管理", "confined-space management"), (m, p) =>
      all(
        lacks(`${p}.identified`, m.identified, t("有限空间未辨识", "confined spaces not identified")),
        lacks(`${p}.warningSigns`, m.warningSigns, t("未在显著位置设置警示标志", "no warning signs"))
      )))
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
    reads: ["facts.confinedSpaceWorks[].approved", "facts.confinedSpaceWorks[].specialTraining", "facts.confinedSpaceWorks[].ventilatedTestedFirst"],
    evaluate: (f) =>
      judge(eachOf(f?.confinedSpaceWorks, "facts.confinedSpaceWorks", what, (w, p) =>
        any(
          lacks(`${p}.approved`, w.approved, t("未履行作业审批制度", "no work approval")),
          lacks(`${p}.specialTraining`, w.specialTraining, t("未进行专项安全教育培训", "no dedicated safety training")),
          lacks(`${p}.ventilatedTestedFirst`, w.ventilatedTestedFirst, t("未执行“先通风、再检测、后作业”", "did not ventilate, test, then work"))
        )))
  })

/** 2022 第十一条(一). @since 0.1.0 */
export const confinedSpaceWorkProcedure2022 = procedure("2022")
/** 2024 第十一条(二). @since 0.1.0 */
export const confinedSpaceWorkProcedure2024 = procedure("2024")

const noAttendant = (w: Work, p: string): Cond => lacks(`${p}.attendant`, w.attendant, t("作业现场未安排专人进行监护", "no dedicated attendant on site"))

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
  reads: ["facts.confinedSpaceWorks[].attendant"],
  evaluate: (f) => judge(eachOf(f?.confinedSpaceWorks, "facts.confinedSpaceWorks", what, noAttendant))
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
  reads: ["facts.confinedSpaceWorks[].attendant", "facts.confinedSpaceWorks[].safetyManagerOnSite"],
  evaluate: (f) =>
    judge(eachOf(f?.confinedSpaceWorks, "facts.confinedSpaceWorks", what, (w, p) =>
      any(
        noAttendant(w, p),
        lacks(`${p}.safetyManagerOnSite`, w.safetyManagerOnSite, t("未有专职安全生产管理人员现场监督", "no full-time safety manager supervising on site"))
      )))
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
  reads: [
    "facts.confinedSpaceWorks[].gasDetection",
    "facts.confinedSpaceWorks[].mechanicalVentilation",
    "facts.confinedSpaceWorks[].respiratoryProtection",
    "facts.confinedSpaceWorks[].rescueEquipment"
  ],
  evaluate: (f) =>
    judge(eachOf(f?.confinedSpaceWorks, "facts.confinedSpaceWorks", what, (w, p) =>
      any(
        lacks(`${p}.gasDetection`, w.gasDetection, t("未配备气体检测设备", "no gas detection")),
        lacks(`${p}.mechanicalVentilation`, w.mechanicalVentilation, t("未配备机械通风设备", "no mechanical ventilation")),
        lacks(`${p}.respiratoryProtection`, w.respiratoryProtection, t("未配备呼吸防护用品", "no respiratory protection")),
        lacks(`${p}.rescueEquipment`, w.rescueEquipment, t("未配备应急救援设备", "no rescue equipment"))
      )))
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
